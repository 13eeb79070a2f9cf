//! A small knowledge base of the tests' own, so that unit tests of modules other than the
//! knowledge base do not break when a curator edits `knowledge/`.

use crate::conversation::Responder;
use crate::knowledge::{Knowledge, SourceFile, Sources};
use crate::matcher::{MatchConfig, Matcher};

/// The article: a title and four short paragraphs.
pub(crate) const ARTICLE: &str = "Friends in the East\n\n\
    Dmitri Trenin leads a Moscow think tank. He says friendship with China matters most.\n\n\
    Russia fears NATO enlargement because it brings a military bloc to its borders.\n\n\
    The Shanghai Cooperation Organization is a regional club that China leads.\n\n\
    Russia sells Sukhoi jets to China.";

const ENTRIES: &str = r#"
[[entry]]
id = "trenin"
title = "Dmitri Trenin"
topic = "People"
questions = ["Who is Dmitri Trenin?", "What does Trenin say?", "Trenin think tank"]
keywords = ["trenin"]
answer = "He leads a Moscow think tank and says friendship with China matters most."
view_of = "Dmitri Trenin"
quote = "Dmitri Trenin leads a Moscow think tank. He says friendship with China matters most."
gives = ["who", "where"]
subject = "Dmitri Trenin"
more = "jets"
related = ["nato", "sco"]

[[entry]]
id = "nato"
title = "NATO enlargement"
topic = "Security"
questions = ["What does Russia fear about NATO?", "Why does Russia oppose NATO enlargement?", "nato enlargement"]
keywords = ["nato", "enlargement"]
answer = "Russia fears NATO enlargement: it brings a military bloc to its borders."
quote = "Russia fears NATO enlargement because it brings a military bloc to its borders."
gives = ["why"]
subject = "NATO enlargement"
why = "nato"
related = ["trenin"]

[[entry]]
id = "sco"
title = "The SCO"
topic = "Security"
questions = ["What is the SCO?", "Who leads the Shanghai Cooperation Organization?"]
keywords = ["sco", "shanghai cooperation organization"]
answer = "A regional club that China leads."
quote = "The Shanghai Cooperation Organization is a regional club that China leads."
gives = ["who"]
subject = "the SCO"
related = ["nato"]

[[entry]]
id = "jets"
title = "Sukhoi jets"
topic = "Arms"
questions = ["What does Russia sell to China?", "Sukhoi jets for China", "arms sales"]
keywords = ["sukhoi", "jets"]
answer = "Sukhoi jets."
quote = "Russia sells Sukhoi jets to China."
gives = ["who"]
subject = "the Sukhoi jets"
related = ["trenin"]
"#;

const SMALLTALK: &str = r#"
fillers = ["bot", "so", "much", "there", "a", "you"]

[[intent]]
name = "greeting"
suggest = true
phrases = ["hi", "hello", "hey"]
replies = ["Hello! Ask me about the article."]

[[intent]]
name = "thanks"
phrases = ["thanks", "thank you"]
replies = ["You're welcome."]

[[intent]]
name = "identity"
suggest = true
phrases = ["who are you", "are you a bot"]
replies = ["A bot that answers from one article."]
"#;

/// The fixture knowledge base.
pub(crate) fn knowledge() -> Knowledge {
    Knowledge::parse(&Sources {
        article: SourceFile::new("article.txt", ARTICLE),
        article_meta: SourceFile::new(
            "article.toml",
            "title = \"Friends in the East\"\npublication = \"Test Gazette\"\nfront_matter = [\"title\"]",
        ),
        entries: vec![SourceFile::new("entries.toml", ENTRIES)],
        synonyms: None,
        smalltalk: Some(SourceFile::new("smalltalk.toml", SMALLTALK)),
        ui: None,
        languages: Vec::new(),
    })
    .expect("the fixture knowledge base is valid")
}

/// A matcher over the fixture.
pub(crate) fn matcher() -> Matcher {
    Matcher::new(knowledge(), MatchConfig::DEFAULT)
}

/// A responder over the fixture.
pub(crate) fn responder() -> Responder {
    Responder::new(matcher())
}
