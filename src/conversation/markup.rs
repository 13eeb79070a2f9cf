//! Our markup and its limits: plain text for a terminal from the HTML the bot writes, and text
//! cut or escaped to fit a limit of Telegram without breaking a character or an entity.

use teloxide::utils::html::escape;

/// Turns the HTML of a reply into plain text for a terminal: the tags this module writes (b, i,
/// blockquote) are dropped, quoted lines are marked with "┃ ", and entities are unescaped.
/// Only for our own markup, which is small and known; not a general HTML converter.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_quote = false;
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        push_unescaped(&mut text, &rest[..start], in_quote);
        let Some(end) = rest[start..].find('>') else {
            // Never produced by this module; show it rather than lose text.
            rest = &rest[start..];
            break;
        };
        match &rest[start + 1..start + end] {
            "blockquote" => {
                in_quote = true;
                text.push_str("┃ ");
            }
            "/blockquote" => in_quote = false,
            _ => {}
        }
        rest = &rest[start + end + 1..];
    }
    push_unescaped(&mut text, rest, in_quote);
    text
}

fn push_unescaped(text: &mut String, html: &str, in_quote: bool) {
    let unescaped = html
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    match in_quote {
        true => text.push_str(&unescaped.replace('\n', "\n┃ ")),
        false => text.push_str(&unescaped),
    }
}

/// Cuts `text` to at most `max` characters, ending with "…" when cut.
pub fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    match text.char_indices().nth(max.saturating_sub(1)) {
        Some((at, _)) if text.chars().count() > max => format!("{}…", text[..at].trim_end()),
        _ => text.to_owned(),
    }
}

/// `text` escaped for HTML, cut (ending with "…") so that the escaped text has at most `max`
/// characters.
pub(super) fn escape_within(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for (at, c) in text.char_indices() {
        let escaped = escape(&text[at..at + c.len_utf8()]);
        let len = escaped.chars().count();
        // Room for the "…" unless this is the last character.
        let last = at + c.len_utf8() == text.len();
        if chars + len + usize::from(!last) > max {
            out.push('…');
            break;
        }
        out.push_str(&escaped);
        chars += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_our_tags_and_unescapes() {
        assert_eq!(plain_text("<blockquote>one\ntwo</blockquote>\nthree"), "┃ one\n┃ two\nthree");
        assert_eq!(plain_text("<b>x</b> &lt;y&gt; &quot;z&quot;"), "x <y> \"z\"");
        assert_eq!(plain_text("a &amp;lt; b"), "a &lt; b");
    }

    #[test]
    fn cut_marks_cut_text() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("exactly ten", 11), "exactly ten");
        assert_eq!(cut("a little too long", 9), "a little…");
        assert_eq!(cut("🙂🙂🙂🙂", 2), "🙂…");
    }

    #[test]
    fn escape_within_escapes_and_fits() {
        assert_eq!(escape_within("a<b", 10), "a&lt;b");
        assert_eq!(escape_within("abc", 3), "abc");
        assert_eq!(escape_within("abcd", 3), "ab…");
        // "&amp;" does not fit in what is left: cut before it, not in the middle of it.
        assert_eq!(escape_within("ab&c", 6), "ab…");
    }
}
