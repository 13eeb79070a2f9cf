//! Telegram's HTML parse mode, as a check of what a bot sends: the one checker every test uses.
//!
//! Stricter than Telegram where a bot has no reason to differ: only the tags in [`TAGS`], in
//! lower case, without Telegram's synonyms (`strong`, `em`, `ins`, `strike`, `del`, `span
//! class="tg-spoiler"`); attributes only `href` on `a` and `expandable` on `blockquote`; only
//! the named entities `&lt;`, `&gt;`, `&amp;` and `&quot;`; and at most [`MAX_MESSAGE_CHARS`]
//! characters of HTML, not only of the text Telegram shows. Where Telegram would answer "can't
//! parse entities", "message is too long" or "message text is empty", so does [`check`].

/// Telegram's limit on a message's text, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// The tags a message may use.
pub const TAGS: &[&str] = &["b", "i", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"];

/// What [`check`] found in a valid message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The length of the text Telegram shows, in UTF-16 code units, as Telegram counts.
    pub visible_len: usize,
    /// The content of each blockquote, still escaped, in the order they close.
    pub quotes: Vec<String>,
}

/// Checks `html` as a message text in Telegram's HTML parse mode: only the allowed tags and
/// attributes, every tag closed in order and nested as Telegram allows, every `<`, `>` and `&`
/// of the text escaped, some visible text, and no more than [`MAX_MESSAGE_CHARS`] characters.
/// The error says what is wrong and where (a byte offset).
pub fn check(html: &str) -> Result<Checked, String> {
    let chars = html.chars().count();
    if chars > MAX_MESSAGE_CHARS {
        return Err(format!("{chars} characters; Telegram's limit is {MAX_MESSAGE_CHARS}"));
    }
    // Open tags, each with where its content starts.
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut quotes = Vec::new();
    let (mut visible_len, mut blank) = (0, true);
    let mut at = 0;
    while let Some(c) = html[at..].chars().next() {
        match c {
            '<' => {
                let end = html[at..].find('>').ok_or(format!("an unterminated tag at {at}"))?;
                let tag = &html[at + 1..at + end];
                let after = at + end + 1;
                match tag.strip_prefix('/') {
                    Some(name) => match open.pop() {
                        Some((top, content)) if top == name => {
                            if name == "blockquote" {
                                quotes.push(html[content..at].to_owned());
                            }
                        }
                        top => return Err(format!("</{name}> at {at} closes {top:?}")),
                    },
                    None => {
                        let name = opening_tag(tag).map_err(|err| format!("{err} at {at}"))?;
                        nesting(&open, name).map_err(|err| format!("{err} at {at}"))?;
                        open.push((name, after));
                    }
                }
                at = after;
            }
            '&' => {
                let entity = ["&lt;", "&gt;", "&amp;", "&quot;"]
                    .into_iter()
                    .find(|entity| html[at..].starts_with(entity))
                    .ok_or(format!(
                        "a bare '&' or an entity other than lt, gt, amp, quot at {at}"
                    ))?;
                visible_len += 1;
                blank = false;
                at += entity.len();
            }
            '>' => return Err(format!("a bare '>' at {at}")),
            c => {
                visible_len += c.len_utf16();
                blank &= c.is_whitespace();
                at += c.len_utf8();
            }
        }
    }
    if let Some((name, _)) = open.last() {
        return Err(format!("<{name}> is never closed (open: {open:?})"));
    }
    if blank {
        return Err("no visible text: Telegram refuses an empty message".to_owned());
    }
    if visible_len > MAX_MESSAGE_CHARS {
        return Err(format!(
            "{visible_len} UTF-16 units of text; the limit is {MAX_MESSAGE_CHARS}"
        ));
    }
    Ok(Checked { visible_len, quotes })
}

/// The name of an opening tag (the text between `<` and `>`), if the tag and its attributes are
/// allowed.
fn opening_tag(tag: &str) -> Result<&str, String> {
    let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
    if !TAGS.contains(&name) {
        return Err(format!("tag <{tag}> is not allowed"));
    }
    let allowed = match name {
        "a" => attributes
            .strip_prefix("href=\"")
            .and_then(|rest| rest.strip_suffix('"'))
            .is_some_and(|url| !url.is_empty() && !url.contains(['"', '<', '>'])),
        "blockquote" => attributes.is_empty() || attributes == "expandable",
        _ => attributes.is_empty() && !tag.contains(char::is_whitespace),
    };
    match allowed {
        true => Ok(name),
        false => Err(format!("tag <{tag}> has attributes that are not allowed")),
    }
}

/// Whether `name` may open inside the tags in `open`: nothing inside `code` or `pre` but `code`
/// directly in `pre`, no blockquote in a blockquote, no link in a link.
fn nesting(open: &[(&str, usize)], name: &str) -> Result<(), String> {
    let inside = |tag: &str| open.iter().any(|(open, _)| *open == tag);
    let code_in_pre = name == "code" && open.last().is_some_and(|(top, _)| *top == "pre");
    if (inside("code") || inside("pre")) && !code_in_pre {
        return Err(format!("<{name}> inside preformatted text"));
    }
    if matches!(name, "blockquote" | "a") && inside(name) {
        return Err(format!("<{name}> inside <{name}>"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejects(html: &str) {
        assert!(check(html).is_err(), "{html:?} was accepted");
    }

    #[test]
    fn accepts_what_telegram_accepts() {
        let checked = check("<b>ok</b> &amp; <blockquote>a &lt; b</blockquote>").unwrap();
        assert_eq!(checked.quotes, ["a &lt; b"]);
        assert_eq!(check("<b>ab</b>&lt;").unwrap().visible_len, 3);
        // Telegram counts UTF-16 code units: an emoji outside the basic plane is two.
        assert_eq!(check("🙂é").unwrap().visible_len, 3);
        for html in [
            "<i>x</i> <u>y</u> <s>z</s> <tg-spoiler>w</tg-spoiler>",
            "<pre><code>let x;</code></pre>",
            "<a href=\"https://example.com/?a=1&amp;b=2\">link</a>",
            "<blockquote expandable>long</blockquote>",
            "<blockquote><b>bold</b> in a quote</blockquote>",
            "quotes \" and ' need no escaping",
        ] {
            assert!(check(html).is_ok(), "{html}: {:?}", check(html));
        }
    }

    #[test]
    fn rejects_what_telegram_or_our_rules_reject() {
        // Unescaped text.
        rejects("1 < 2");
        rejects("2 > 1");
        rejects("a & b");
        rejects("&nbsp;");
        rejects("&#60;");
        // Tags: unknown, synonyms, upper case, attributes, unbalanced, misnested.
        rejects("<div>x</div>");
        rejects("<strong>x</strong>");
        rejects("<span class=\"tg-spoiler\">x</span>");
        rejects("<B>x</B>");
        rejects("<b class=\"x\">x</b>");
        rejects("<blockquote collapsed>x</blockquote>");
        rejects("<a>x</a>");
        rejects("<a href=\"\">x</a>");
        rejects("<b>unclosed");
        rejects("closed</b>");
        rejects("<b><i>x</b></i>");
        rejects("<b");
        // Nesting Telegram refuses.
        rejects("<code><b>x</b></code>");
        rejects("<blockquote><blockquote>x</blockquote></blockquote>");
        rejects("<a href=\"u\"><a href=\"v\">x</a></a>");
        // Empty and too long.
        rejects("");
        rejects(" <b>\n</b> ");
        rejects(&"x".repeat(MAX_MESSAGE_CHARS + 1));
        assert!(check(&"x".repeat(MAX_MESSAGE_CHARS)).is_ok());
        // Short in characters, too long in UTF-16 units.
        rejects(&"🙂".repeat(MAX_MESSAGE_CHARS / 2 + 1));
        // Within Telegram's limit once parsed, but not as sent: our rule is the stricter.
        rejects(&"&amp;".repeat(1000));
    }
}
