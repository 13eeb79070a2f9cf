//! Synthetic knowledge bases of any size, for the scaling benchmark and for tests that the
//! indexed matcher agrees with its reference on more than the shipped 97 entries.
//!
//! Deterministic: the same seed and size give the same knowledge base and the same questions.
//! The vocabulary is realistic in the way that matters to the matcher: the article's own words
//! (a few very common, most rare), plus generated people's names and topic words, so that
//! postings have the skewed lengths of real text. Entries look like the shipped ones: a title,
//! sample questions, keywords, an answer and a quote that is a block of the article.

use crate::knowledge::{Article, Block, Entry, Keyword, Knowledge, Part};
use crate::text::{normalize, words};

/// A small, fast, seedable generator (SplitMix64; Steele, Lea and Flood 2014): benchmarks and
/// the tests' fault-injecting fake API must not depend on a random crate's stream staying the
/// same across versions.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator that starts from `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0.0..1.0`, uniformly (the top 53 bits, as many as an f64 holds).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `0..n`, small ones far more often (roughly Zipf's law, as word frequencies
    /// are): the minimum of two uniform draws, squared in effect.
    pub fn skewed_below(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b) * a.min(b) / n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const ONSETS: &[&str] = &[
    "ka", "lo", "mi", "dra", "ve", "sor", "ta", "ni", "bre", "go", "zu", "fe", "ar", "pel", "tri",
    "mo", "sa", "den", "ku", "ral",
];
const CODAS: &[&str] = &["ov", "enko", "ski", "son", "berg", "ani", "ez", "ova", "in", "stad"];
const FIRST_NAMES: &[&str] = &[
    "Anna", "Boris", "Chen", "Daria", "Elena", "Farid", "Gleb", "Hana", "Igor", "Jun", "Karl",
    "Lena", "Mikhail", "Nadia", "Oleg", "Ping", "Rustam", "Sofia", "Timur", "Wei",
];
const TOPIC_ENDINGS: &[&str] = &["ation", "ism", "ity", "ance", "ment", "ship", "ure", "ology"];

/// One generated knowledge base with questions to ask it.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// The knowledge base: `entries` entries, one article block each.
    pub knowledge: Knowledge,
    /// Questions an entry answers, in a reader's words.
    pub hits: Vec<String>,
    /// The same questions with typos in the longer words.
    pub typos: Vec<String>,
    /// Questions about something else, made of words the knowledge base does not have.
    pub misses: Vec<String>,
    /// Questions about something else that use one of the knowledge base's commonest words,
    /// the hardest case for candidate pruning.
    pub near_misses: Vec<String>,
}

/// Generates a knowledge base of `entries` entries (at least 1), and 20 questions of each kind.
///
/// `article_text` seeds the vocabulary (pass the shipped article's text); `synonyms` is used as
/// the synonyms table.
pub fn generate(
    entries: usize,
    seed: u64,
    article_text: &str,
    synonyms: Vec<Vec<String>>,
) -> Synthetic {
    let mut rng = SplitMix64::new(seed);
    let normalized = normalize(article_text);
    let mut seen = std::collections::HashSet::new();
    let vocabulary: Vec<String> = words(&normalized)
        .into_iter()
        .filter(|word| word.chars().count() >= 4 && word.chars().all(char::is_alphabetic))
        .filter(|word| seen.insert(word.clone()))
        .map(|word| word.into_owned())
        .collect();
    let surnames: Vec<String> = (0..2000)
        .map(|_| {
            let syllables = 1 + rng.below(2);
            let mut name: String = (0..syllables).map(|_| *rng.pick(ONSETS)).collect();
            name.push_str(rng.pick::<&str>(CODAS));
            capitalise(&name)
        })
        .collect();
    let topics: Vec<String> = (0..(entries / 5).clamp(50, 20_000))
        .map(|_| {
            let mut topic: String = (0..2).map(|_| *rng.pick(ONSETS)).collect();
            topic.push_str(rng.pick::<&str>(TOPIC_ENDINGS));
            topic
        })
        .collect();

    let mut blocks = vec![Block { part: Part::Front("title".into()), text: "Synthetic".into() }];
    let mut generated = Vec::with_capacity(entries);
    for index in 0..entries.max(1) {
        let first = rng.pick(FIRST_NAMES);
        let last = &surnames[rng.skewed_below(surnames.len())];
        let topic = &topics[rng.skewed_below(topics.len())];
        let [w1, w2, w3] = [0; 3].map(|_| &vocabulary[rng.skewed_below(vocabulary.len())]);
        let quote = format!("{first} {last} said that {topic} turns on {w1}, {w2} and {w3}.");
        blocks.push(Block { part: Part::Paragraph(index + 1), text: quote.clone() });
        generated.push(Entry {
            id: format!("e{index}"),
            title: format!("{first} {last} on {topic}"),
            topic: topic.clone(),
            questions: vec![
                format!("Who is {first} {last}?"),
                format!("What did {last} say about {topic}?"),
                format!("{topic} and {w1}"),
                format!("Why does {w1} affect {topic}?"),
                format!("How is {w2} linked to {topic}?"),
                format!("{last} on {w3}"),
            ],
            keywords: [last.as_str(), topic, w1]
                .into_iter()
                .map(|term| Keyword { term: term.to_owned(), weight: 1.0 })
                .collect(),
            answer: format!("{first} {last} argues that {topic} depends on {w1} and {w2}."),
            view_of: None,
            quote,
            related: Vec::new(),
            exceptions: Vec::new(),
            gives: None,
            subject: None,
            why: None,
            more: None,
            source: None,
            evidence: None,
            declines: false,
            translations: Vec::new(),
            block: index + 1,
        });
    }

    let ask = |template: usize, rng: &mut SplitMix64| {
        let entry = &generated[rng.below(generated.len())];
        let last = entry.title.split(' ').nth(1).unwrap_or_default();
        let w1 = entry.keywords[2].term.as_str();
        match template % 2 {
            0 => format!("what does {last} think about {}?", entry.topic),
            _ => format!("how does {w1} affect {}", entry.topic),
        }
    };
    let hits: Vec<String> = (0..20).map(|i| ask(i, &mut rng)).collect();
    let typos = hits.iter().map(|q| with_typos(q, &mut rng)).collect();
    let misses = (0..20)
        .map(|_| {
            let [a, b] = [0; 2].map(|_| *rng.pick(MISS_WORDS));
            format!("what is the best {a} for {b}?")
        })
        .collect();
    let near_misses = (0..20)
        .map(|i| {
            let common = &vocabulary[rng.skewed_below(vocabulary.len()).min(i % 3)];
            format!("what is the best {} in {common}?", rng.pick(MISS_WORDS))
        })
        .collect();
    Synthetic {
        knowledge: Knowledge {
            article: Article { title: "Synthetic".into(), publication: "Generated".into(), blocks },
            entries: generated,
            synonyms,
            smalltalk: Default::default(),
            ui: Default::default(),
        },
        hits,
        typos,
        misses,
        near_misses,
    }
}

/// Everyday words that no generated entry uses.
const MISS_WORDS: &[&str] = &[
    "pizza", "topping", "weather", "football", "recipe", "guitar", "holiday", "laptop", "garden",
    "coffee", "marathon", "painting",
];

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// `question` with one letter dropped or two swapped in each word of six letters or more (not
/// the first letter, which readers rarely get wrong).
fn with_typos(question: &str, rng: &mut SplitMix64) -> String {
    let words = question.split(' ').map(|word| {
        let mut chars: Vec<char> = word.chars().collect();
        if chars.len() >= 6 {
            let at = 1 + rng.below(chars.len() - 2);
            match rng.below(2) {
                0 => {
                    chars.remove(at);
                }
                _ => chars.swap(at, at + 1),
            }
        }
        chars.into_iter().collect::<String>()
    });
    words.collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{MatchConfig, Matcher, Verdict};

    fn sample(entries: usize) -> Synthetic {
        let article = "Moscow and Beijing deepen their partnership on energy, trade and security.";
        generate(entries, 7, article, vec![vec!["us".into(), "america".into()]])
    }

    #[test]
    fn is_deterministic_and_sized() {
        let (a, b) = (sample(300), sample(300));
        assert_eq!(a.knowledge.entries.len(), 300);
        assert_eq!(a.hits, b.hits);
        assert_eq!(a.knowledge.entries[299].quote, b.knowledge.entries[299].quote);
        assert_eq!((a.hits.len(), a.typos.len(), a.misses.len()), (20, 20, 20));
        assert_eq!(a.near_misses.len(), 20);
    }

    #[test]
    fn questions_behave_as_their_kind_says() {
        let synthetic = sample(500);
        let matcher = Matcher::new(synthetic.knowledge.clone(), MatchConfig::DEFAULT);
        let answered = |questions: &[String]| {
            questions.iter().filter(|q| matcher.ask(q).verdict != Verdict::Declined).count()
        };
        assert!(answered(&synthetic.hits) >= 18, "hits should mostly be answered");
        assert!(
            answered(&synthetic.typos) >= 14,
            "typos should mostly be answered: {}",
            answered(&synthetic.typos)
        );
        assert_eq!(answered(&synthetic.misses), 0, "misses must be declined");
        assert_eq!(answered(&synthetic.near_misses), 0, "near misses must be declined");
    }

    #[test]
    fn indexed_matcher_agrees_with_its_reference_at_scale() {
        let synthetic = sample(1500);
        let matcher = Matcher::new(synthetic.knowledge.clone(), MatchConfig::DEFAULT);
        let key = |ranking: crate::matcher::Ranking| {
            let ranked: Vec<(usize, u64)> =
                ranking.ranked.iter().map(|hit| (hit.index, hit.score.to_bits())).collect();
            (ranking.verdict, ranked)
        };
        let questions = synthetic.hits.iter().chain(&synthetic.typos).chain(&synthetic.misses);
        let questions = questions.chain(&synthetic.near_misses);
        for question in questions {
            assert_eq!(
                key(matcher.ask(question)),
                key(matcher.ask_exhaustive(question)),
                "{question}"
            );
        }
    }
}
