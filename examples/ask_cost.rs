//! Developer tool: asks one input once, for counting the instructions of `Matcher::ask` under
//! callgrind (load-independent, unlike timings on a shared machine). usage:
//! valgrind --tool=callgrind --toggle-collect='article_qa_bot::matcher::Matcher::ask' \
//!     target/release/examples/ask_cost INPUT
//! where INPUT names one of the inputs below (`list` prints them).
use std::hint::black_box;

use article_qa_bot::knowledge::Knowledge;
use article_qa_bot::matcher::{MatchConfig, Matcher};

/// The longest message Telegram delivers, in characters.
const MAX_CHARS: usize = 4096;

fn cycle(text: &str) -> String {
    text.chars().cycle().take(MAX_CHARS).collect()
}

/// A maximum-length message of words, each different: `word(i)` is the i-th.
fn distinct(word: impl Fn(u32) -> String) -> String {
    (0..).flat_map(|i| word(i).chars().collect::<Vec<_>>()).take(MAX_CHARS).collect()
}

fn letter(i: u32) -> char {
    char::from(b'a' + (i % 26) as u8)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let knowledge = Knowledge::embedded()?;
    let article: Vec<&str> = knowledge.article.blocks.iter().map(|b| b.text.as_str()).collect();
    let inputs: Vec<(&str, String)> = vec![
        ("question", "What did Dmitri Trenin say about friendship with China?".to_owned()),
        ("keywords", "nato enlargement".to_owned()),
        ("message-4096", cycle(&article.join(" "))),
        ("words-10000", "nato ".repeat(10_000)),
        ("zero-width-4096", "\u{200B}".repeat(MAX_CHARS)),
        ("emoji-4096", "🙂".repeat(MAX_CHARS)),
        ("punctuation-4096", "?!.,".repeat(MAX_CHARS / 4)),
        ("mixed-scripts-4096", cycle("Путин 習近平 ترينين nato ")),
        ("cjk-4096", cycle("普京和习近平在北京会面讨论中俄关系的未来与北约东扩问题以及伊朗核协议")),
        (
            "cyrillic-4096",
            cycle("Путин и Си Цзиньпин встретились в Пекине, чтобы обсудить будущее. "),
        ),
        ("combining-4096", cycle("n\u{0301}a\u{0308}t\u{0327}o\u{0300} ")),
        ("combining-only-4096", "\u{0301}".repeat(MAX_CHARS)),
        ("rtl-4096", cycle("ماذا قال دميتري ترينين عن الصداقة مع الصين؟ ")),
        ("hebrew-4096", cycle("מה אמר דמיטרי טרנין על הידידות עם סין? ")),
        ("accented-4096", cycle("Qu'a dit Dmitri Trénine de l'amitié avec la Chine? Détente. ")),
        ("letters-4096", "a".repeat(MAX_CHARS)),
        ("cyrillic-word-4096", "ж".repeat(MAX_CHARS)),
        ("cjk-word-4096", "習".repeat(MAX_CHARS)),
        ("distinct-words-4096", distinct(|i| format!("w{i:x}q "))),
        // Unknown words one or two edits from "trenin": each is looked up for typos.
        ("distinct-typos-4096", distinct(|i| format!("tren{}{}n ", letter(i), letter(i / 26)))),
        // The longest words still looked up for typos.
        ("long-words-4096", distinct(|i| format!("{:a>31x} ", i.wrapping_mul(2_654_435_761)))),
        ("fullwidth-4096", cycle("ｎａｔｏ ｅｎｌａｒｇｅｍｅｎｔ ")),
        ("dotted-4096", cycle("u.s.a.b.c.d.e.f.g.h.i.j.k. ")),
        ("apostrophes-4096", cycle("a'b'c'd'e'f'g'h'i'j'k'l'm'n'o'p ")),
        ("hangul-4096", cycle("푸틴과 시진핑의 우정에 대해 ")),
        ("thai-4096", cycle("ปูตินและสีจิ้นผิงพบกันที่ปักกิ่ง ")),
        ("ethiopic-4096", cycle("ፑቲን እና ሺ ጂንፒንግ ")),
        ("devanagari-4096", cycle("पुतिन और शी जिनपिंग की दोस्ती ")),
        ("math-bold-4096", cycle("𝐧𝐚𝐭𝐨 𝐞𝐧𝐥𝐚𝐫𝐠𝐞𝐦𝐞𝐧𝐭 ")),
        ("circled-4096", cycle("ⓝⓐⓣⓞ ⓔⓝⓛⓐⓡⓖⓔⓜⓔⓝⓣ ")),
    ];
    let name = std::env::args().nth(1).unwrap_or_else(|| "list".to_owned());
    if name == "list" {
        for (name, _) in &inputs {
            println!("{name}");
        }
        return Ok(());
    }
    let (_, input) = inputs.iter().find(|(n, _)| *n == name).ok_or("unknown input")?;
    let matcher = Matcher::new(knowledge, MatchConfig::DEFAULT);
    let answer = matcher.ask(black_box(input));
    println!("{name}: {:?} {:.4}", answer.verdict, answer.score());
    Ok(())
}
