#!/usr/bin/env python3
"""Developer aid: scores `ask --json` on question sets and shows the score distribution, so the
decline threshold can be chosen from data. usage: tune.py BIN SET.jsonl [SET.jsonl ...] [-v]"""
import json, subprocess, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from common import norm

def right(quote, anchors):
    q = norm(quote)
    return bool(q) and any(norm(a) in q or (len(q) >= 30 and q in norm(a)) for a in anchors)

binary, sets = sys.argv[1], [a for a in sys.argv[2:] if not a.startswith("-")]
verbose = "-v" in sys.argv
for path in sets:
    gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    out = subprocess.run([binary, "ask", "--json"], input="\n".join(g["q"] for g in gold) + "\n",
                         capture_output=True, text=True, check=True).stdout
    pred = [json.loads(l) for l in out.splitlines()]
    rows = []
    for g, p in zip(gold, pred):
        if g["kind"] == "in":
            # the top candidate, whether or not it was declined
            top_quote = p["quote"]
            ok = right(top_quote, g["anchors"]) if p["answered"] else None
            rows.append(("in", p["answered"], ok, p["score"], g["q"], p["id"]))
        else:
            rows.append(("out", p["answered"], None, p["score"], g["q"], p["id"]))
    n_in = sum(r[0] == "in" for r in rows); n_out = len(rows) - n_in
    in_right = sum(1 for r in rows if r[0] == "in" and r[1] and r[2])
    in_wrong = sum(1 for r in rows if r[0] == "in" and r[1] and not r[2])
    out_dec = sum(1 for r in rows if r[0] == "out" and not r[1])
    print(f"{path}: in_accuracy={in_right/n_in:.3f} in_wrong={in_wrong/n_in:.3f} "
          f"in_declined={(n_in-in_right-in_wrong)/n_in:.3f} out_decline={out_dec/max(n_out,1):.3f} (n_in={n_in}, n_out={n_out})")
    if verbose:
        for r in rows:
            if r[0] == "in" and r[1] and not r[2]: print(f"  WRONG {r[3]:.3f} {r[4]!r} -> {r[5]}")
            if r[0] == "in" and not r[1]: print(f"  DECL  {r[3]:.3f} {r[4]!r}")
            if r[0] == "out" and r[1]: print(f"  OUT   {r[3]:.3f} {r[4]!r} -> {r[5]}")

    if "--sweep" in sys.argv:
        # Re-decide with other thresholds: answered when score >= t (top candidate's quote needed).
        full = subprocess.run([binary, "ask", "--json", "--min-score", "0"], input="\n".join(g["q"] for g in gold) + "\n",
                              capture_output=True, text=True, check=True).stdout
        fp = [json.loads(l) for l in full.splitlines()]
        for t in [x / 100 for x in range(30, 75, 3)]:
            ir = iw = od = 0
            for g, p in zip(gold, fp):
                ans = p["score"] >= t
                if g["kind"] == "in":
                    if ans and right(p["quote"], g["anchors"]): ir += 1
                    elif ans: iw += 1
                elif not ans: od += 1
            print(f"   t={t:.2f} in_acc={ir/n_in:.3f} in_wrong={iw/n_in:.3f} out_decline={od/max(n_out,1):.3f}")
