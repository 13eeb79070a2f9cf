//! The text of the files a knowledge base is made of, and the only file I/O of this module:
//! reading a directory, with a size limit and UTF-8 errors named by line.

use std::path::{Path, PathBuf};

use super::*;

/// The text of the files a knowledge base is made of, with the names to report errors against.
#[derive(Debug, Clone)]
pub struct Sources {
    /// `article.txt`.
    pub article: SourceFile,
    /// `article.toml`.
    pub article_meta: SourceFile,
    /// One or more entry files.
    pub entries: Vec<SourceFile>,
    /// `synonyms.toml`, if there is one.
    pub synonyms: Option<SourceFile>,
    /// `smalltalk.toml`, if there is one: greetings, thanks and the like, and their replies.
    pub smalltalk: Option<SourceFile>,
    /// `ui.toml`, if there is one: the interface's strings in English.
    pub ui: Option<SourceFile>,
    /// Translations: a directory per language (`ru/`, `zh/`) with the same files.
    pub languages: Vec<LanguageSources>,
}

/// The files of one language's directory (`ru/`, `zh/`), each optional.
#[derive(Debug, Clone)]
pub struct LanguageSources {
    /// The language.
    pub language: Language,
    /// `entries.toml`: the entries translated.
    pub entries: Option<SourceFile>,
    /// `ui.toml`: the interface translated.
    pub ui: Option<SourceFile>,
    /// `smalltalk.toml`: small talk in that language.
    pub smalltalk: Option<SourceFile>,
}

/// A file's name (for messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name errors refer to, usually the path.
    pub name: String,
    /// The file's content.
    pub text: String,
}

impl SourceFile {
    /// A file named `name` (as problems will call it) holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile { name: name.into(), text: text.into() }
    }
}

impl Sources {
    /// The files every knowledge base has: the article, its metadata and one or more entry
    /// files. No synonyms, small talk, interface strings of its own or translations: set those
    /// fields for more.
    ///
    /// ```
    /// use article_qa_bot::knowledge::{Knowledge, Language, LanguageSources, SourceFile, Sources};
    /// let mut sources = Sources::new(
    ///     SourceFile::new("article.txt", "A Title\n\nThe sky is blue today."),
    ///     SourceFile::new("article.toml", "title = \"A Title\"\npublication = \"Gazette\"\nfront_matter = [\"title\"]"),
    ///     vec![SourceFile::new("entries.toml", r#"
    ///         [[entry]]
    ///         id = "sky"
    ///         title = "The sky"
    ///         topic = "Weather"
    ///         questions = ["What colour is the sky?"]
    ///         answer = "Blue."
    ///         quote = "The sky is blue today."
    ///     "#)],
    /// );
    /// let mut russian = LanguageSources::new(Language::Ru);
    /// russian.entries = Some(SourceFile::new("ru/entries.toml", r#"
    ///     [[entry]]
    ///     id = "sky"
    ///     title = "Небо"
    ///     questions = ["Какого цвета небо?"]
    ///     answer = "Голубое."
    ///     quote = "Сегодня небо голубое."
    /// "#));
    /// sources.languages.push(russian);
    /// let knowledge = Knowledge::parse(&sources)?;
    /// assert_eq!(knowledge.entries[0].answer_in(Language::Ru), "Голубое.");
    /// # Ok::<(), article_qa_bot::KnowledgeError>(())
    /// ```
    pub fn new(article: SourceFile, article_meta: SourceFile, entries: Vec<SourceFile>) -> Sources {
        Sources {
            article,
            article_meta,
            entries,
            synonyms: None,
            smalltalk: None,
            ui: None,
            languages: Vec::new(),
        }
    }
}

impl LanguageSources {
    /// A language with none of its files yet: set `entries`, `ui` and `smalltalk` as needed.
    pub fn new(language: Language) -> LanguageSources {
        LanguageSources { language, entries: None, ui: None, smalltalk: None }
    }
}

/// The sources of the knowledge base embedded in the binary.
pub fn embedded_sources() -> Sources {
    embedded_sources_where(|_| true)
}

/// [`embedded_sources`], with the text of a file (named by its path in `knowledge/`) copied
/// only where `needed` says so, an empty text otherwise: the files that `build.rs` parsed are
/// validated from their parsed values, and copying their text (most of the 800 kB of knowledge
/// in the binary) only cost start-up time and fresh memory.
pub(super) fn embedded_sources_where(needed: impl Fn(&str) -> bool) -> Sources {
    let file = |name: &str, text: &'static str| {
        let text = if needed(name) { text } else { "" };
        SourceFile::new(format!("knowledge/{name} (embedded)"), text)
    };
    Sources {
        article: file(files::ARTICLE, include_str!("../../knowledge/article.txt")),
        article_meta: file(files::ARTICLE_META, include_str!("../../knowledge/article.toml")),
        entries: vec![file(files::ENTRIES, include_str!("../../knowledge/entries.toml"))],
        synonyms: Some(file(files::SYNONYMS, include_str!("../../knowledge/synonyms.toml"))),
        smalltalk: Some(file(files::SMALLTALK, include_str!("../../knowledge/smalltalk.toml"))),
        ui: Some(file(files::UI, include_str!("../../knowledge/ui.toml"))),
        languages: vec![
            LanguageSources {
                language: Language::Ru,
                entries: Some(file(
                    "ru/entries.toml",
                    include_str!("../../knowledge/ru/entries.toml"),
                )),
                ui: Some(file("ru/ui.toml", include_str!("../../knowledge/ru/ui.toml"))),
                smalltalk: Some(file(
                    "ru/smalltalk.toml",
                    include_str!("../../knowledge/ru/smalltalk.toml"),
                )),
            },
            LanguageSources {
                language: Language::Zh,
                entries: Some(file(
                    "zh/entries.toml",
                    include_str!("../../knowledge/zh/entries.toml"),
                )),
                ui: Some(file("zh/ui.toml", include_str!("../../knowledge/zh/ui.toml"))),
                smalltalk: Some(file(
                    "zh/smalltalk.toml",
                    include_str!("../../knowledge/zh/smalltalk.toml"),
                )),
            },
        ],
    }
}

/// Reads the files of a knowledge directory.
pub fn read_sources(dir: &Path) -> Result<Sources, KnowledgeError> {
    let read = |path: PathBuf| -> Result<SourceFile, KnowledgeError> {
        let name = path.display().to_string();
        let fail = |line: Option<usize>, entry: Option<String>, kind: ProblemKind| KnowledgeError {
            problems: vec![Problem { file: name.clone(), line, entry, kind }],
        };
        let size = std::fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0);
        if size > MAX_FILE_BYTES {
            return Err(fail(
                None,
                None,
                ProblemKind::TooLarge { bytes: size, max: MAX_FILE_BYTES },
            ));
        }
        let bytes = std::fs::read(&path)
            .map_err(|err| fail(None, None, ProblemKind::Io(err.to_string())))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(name, text)),
            Err(err) => {
                let byte = err.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&err.as_bytes()[..byte]);
                let line = valid.matches('\n').count() + 1;
                Err(fail(Some(line), last_entry_id(&valid), ProblemKind::NotUtf8 { byte }))
            }
        }
    };
    let listing = std::fs::read_dir(dir).map_err(|err| KnowledgeError {
        problems: vec![Problem {
            file: dir.display().to_string(),
            line: None,
            entry: None,
            kind: ProblemKind::Io(err.to_string()),
        }],
    })?;
    let mut entry_paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            ![files::ARTICLE_META, files::SYNONYMS, files::SMALLTALK, files::UI].contains(&name)
        })
        .collect();
    entry_paths.sort();
    let synonyms_path = dir.join(files::SYNONYMS);
    let smalltalk_path = dir.join(files::SMALLTALK);
    let optional = |path: PathBuf| -> Result<Option<SourceFile>, KnowledgeError> {
        match path.exists() {
            true => read(path).map(Some),
            false => Ok(None),
        }
    };
    let mut languages = Vec::new();
    for language in [Language::Ru, Language::Zh] {
        let sub = dir.join(language.code());
        if !sub.is_dir() {
            continue;
        }
        languages.push(LanguageSources {
            language,
            entries: optional(sub.join(files::ENTRIES))?,
            ui: optional(sub.join(files::UI))?,
            smalltalk: optional(sub.join(files::SMALLTALK))?,
        });
    }
    Ok(Sources {
        article: read(dir.join(files::ARTICLE))?,
        article_meta: read(dir.join(files::ARTICLE_META))?,
        entries: entry_paths.into_iter().map(read).collect::<Result<_, _>>()?,
        synonyms: if synonyms_path.exists() { Some(read(synonyms_path)?) } else { None },
        smalltalk: if smalltalk_path.exists() { Some(read(smalltalk_path)?) } else { None },
        ui: optional(dir.join(files::UI))?,
        languages,
    })
}
