//! Parsing the knowledge files' text: the article's blocks, the entries and the synonyms, with
//! lines for every problem.

use super::*;

impl Knowledge {
    /// Parses and validates a knowledge base from the text of its files.
    ///
    /// ```
    /// use article_qa_bot::knowledge::{Knowledge, Sources, SourceFile};
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
    /// sources.synonyms = Some(SourceFile::new("synonyms.toml", r#"groups = [["sky", "heavens"]]"#));
    /// let knowledge = Knowledge::parse(&sources)?;
    /// assert_eq!(knowledge.entries[0].block, 1);
    /// assert_eq!(knowledge.synonyms.len(), 1);
    /// // A problem names the file, the line and the entry.
    /// sources.entries[0].text = sources.entries[0].text.replace("blue today", "green");
    /// let err = Knowledge::parse(&sources).unwrap_err();
    /// assert!(err.to_string().contains("entries.toml:2: entry `sky`"), "{err}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(sources: &Sources) -> Result<Knowledge, KnowledgeError> {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        std::thread::scope(|scope| {
            let preparsed = Preparsed::on_threads(scope, sources, cores);
            Knowledge::parse_with(sources, preparsed)
        })
    }

    /// [`Knowledge::parse`], with the files already parsed where `preparsed` says so.
    pub(super) fn parse_with(
        sources: &Sources,
        preparsed: Preparsed<'_>,
    ) -> Result<Knowledge, KnowledgeError> {
        let mut problems = Vec::new();
        let mut preparsed = preparsed;
        let meta = match preparsed.article_meta.take() {
            Some(meta) => Some(meta),
            None => parse_toml(&sources.article_meta, &mut problems),
        };
        let article = meta.and_then(|meta| parse_article(&sources.article, meta, &mut problems));
        // Checked on another thread, the synonyms' problems go where they would have been.
        let synonyms_at = problems.len();
        let pending_synonyms = preparsed.pending_synonyms.take();
        let mut synonyms = match (&sources.synonyms, preparsed.synonyms.take()) {
            _ if pending_synonyms.is_some() => Vec::new(),
            // The shipped groups, parsed by build.rs: loading the same file from text
            // (`check`, the tests, `--knowledge`) checks them; checking them again at every
            // start of the bot was 9% of its start-up.
            (Some(_), Some(groups)) => groups,
            (Some(file), None) => parse_synonyms(file, &mut problems),
            (None, _) => Vec::new(),
        };
        let mut entries = Vec::new();
        let mut seen_ids: HashMap<String, String> = HashMap::default();
        let mut related_to_check = Vec::new();
        let mut preparsed_entries = preparsed.entries.take();
        // A file of entries that could not be read at all (a type error anywhere in it): the
        // translations of its entries are then not reported as translating nothing, which
        // would bury the one problem under a line per translation.
        let mut entries_unreadable = false;
        for file in &sources.entries {
            let raw_entries = match preparsed_entries.take() {
                Some(raw_entries) => raw_entries,
                None => match parse_entries(file) {
                    Ok(raw_entries) => raw_entries,
                    Err(problem) => {
                        problems.push(*problem);
                        entries_unreadable = true;
                        continue;
                    }
                },
            };
            check_entries(
                file,
                raw_entries,
                article.as_ref(),
                &mut seen_ids,
                &mut entries,
                &mut related_to_check,
                &mut problems,
            );
        }
        for (file, line, id, field, target) in related_to_check {
            if !seen_ids.contains_key(&target) {
                problems.push(Problem {
                    file,
                    line: Some(line),
                    entry: Some(id),
                    kind: ProblemKind::UnknownLink { field, id: target },
                });
            }
        }
        let mut smalltalk = match &sources.smalltalk {
            Some(file) => {
                let raw = preparsed.smalltalk.take();
                parse_smalltalk(file, raw, Language::En, &mut problems)
            }
            None => SmallTalk::default(),
        };
        // The built-in English strings first, so that a knowledge base without a ui.toml (or
        // with only some keys) says everything; its own ui.toml overrides them. They are the
        // shipped ui.toml, parsed by build.rs when it parsed.
        let mut ui = Ui::default();
        let builtin = SourceFile::new("knowledge/ui.toml (built in)", BUILTIN_UI);
        let builtin_values = preparsed::UI.map(ui_to_raw);
        parse_ui(&builtin, builtin_values, Language::En, &mut ui, &mut problems);
        if let Some(file) = &sources.ui {
            parse_ui(file, preparsed.ui.take(), Language::En, &mut ui, &mut problems);
        }
        check_duplicate_questions(&entries, &mut problems);
        let mut entries: Vec<Entry> = entries.into_iter().map(|(e, _)| e).collect();
        if let Some(pending) = preparsed.pending_languages.take() {
            preparsed.languages.extend(pending());
        }
        for language in &sources.languages {
            let mut files = preparsed
                .languages
                .iter_mut()
                .find(|(code, _)| *code == language.language)
                .map(|(_, files)| std::mem::take(files))
                .unwrap_or_default();
            if let Some(file) = &language.entries {
                let raw = files.entries.take();
                let known = Entries { entries: &mut entries, complete: !entries_unreadable };
                parse_translations(file, raw, language.language, known, &mut problems);
            }
            if let Some(file) = &language.ui {
                parse_ui(file, files.ui.take(), language.language, &mut ui, &mut problems);
            }
            if let Some(file) = &language.smalltalk {
                let raw = files.smalltalk.take();
                let more = parse_smalltalk(file, raw, language.language, &mut problems);
                merge_smalltalk(&mut smalltalk, more, file, &mut problems);
            }
        }
        if let Some(pending) = pending_synonyms {
            let found;
            (synonyms, found) = pending();
            problems.splice(synonyms_at..synonyms_at, found);
        }
        if entries.is_empty() && problems.is_empty() {
            let file =
                sources.entries.first().map_or_else(|| "entries".to_owned(), |f| f.name.clone());
            problems.push(Problem { file, line: None, entry: None, kind: ProblemKind::NoEntries });
        }
        match (article, problems.is_empty()) {
            (Some(article), true) => Ok(Knowledge { article, entries, synonyms, smalltalk, ui }),
            _ => Err(KnowledgeError { problems }),
        }
    }

    /// A small knowledge base from text, for tests and experiments: `article` is the article
    /// (blocks separated by blank lines, the first one its title) and `entries` the TOML of an
    /// entries file. No synonyms.
    ///
    /// ```
    /// use article_qa_bot::knowledge::Knowledge;
    /// let knowledge = Knowledge::from_text(
    ///     "A Title\n\nThe sky is blue today.",
    ///     r#"[[entry]]
    /// id = "sky"
    /// title = "The sky"
    /// topic = "Weather"
    /// questions = ["What colour is the sky?"]
    /// answer = "Blue, today."
    /// quote = "The sky is blue today."
    /// "#,
    /// )?;
    /// assert_eq!(knowledge.entries[0].id, "sky");
    /// # Ok::<(), article_qa_bot::knowledge::KnowledgeError>(())
    /// ```
    pub fn from_text(article: &str, entries: &str) -> Result<Knowledge, KnowledgeError> {
        let title = article.split("\n\n").next().unwrap_or("").trim();
        let meta = format!(
            "title = {}\npublication = \"(in memory)\"\nfront_matter = [\"title\"]",
            toml_string(title)
        );
        Knowledge::parse(&Sources::new(
            SourceFile::new("article.txt", article),
            SourceFile::new("article.toml", meta),
            vec![SourceFile::new("entries.toml", entries)],
        ))
    }

    /// Returns the knowledge base built into the binary (the `knowledge/` directory at build time).
    ///
    /// ```
    /// use article_qa_bot::{Knowledge, Language};
    /// let knowledge = Knowledge::embedded()?;
    /// let trenin = knowledge.entry("trenin").expect("an entry about Trenin");
    /// assert_eq!(knowledge.source_of(trenin).to_string(), "paragraph 11");
    /// assert!(trenin.translation(Language::Ru).is_some());
    /// # Ok::<(), article_qa_bot::KnowledgeError>(())
    /// ```
    pub fn embedded() -> Result<Knowledge, KnowledgeError> {
        let preparsed = Preparsed {
            entries: preparsed::ENTRIES
                .map(|entries| entries.iter().map(|e| (e.line, e.to_raw())).collect()),
            synonyms: preparsed::SYNONYMS.map(|groups| {
                groups.iter().map(|group| group.iter().map(|&s| s.to_owned()).collect()).collect()
            }),
            article_meta: preparsed::ARTICLE_META.as_ref().map(PreparsedArticleMeta::to_raw),
            smalltalk: preparsed::SMALLTALK.as_ref().map(PreparsedSmallTalk::to_raw),
            ui: preparsed::UI.map(ui_to_raw),
            languages: preparsed::LANGUAGES
                .iter()
                .filter_map(|files| {
                    let language = Language::ALL.into_iter().find(|l| l.code() == files.code)?;
                    let translations = files.entries.map(|entries| {
                        entries.iter().map(|entry| (entry.line, entry.to_raw())).collect()
                    });
                    let files = PreparsedFiles {
                        entries: translations,
                        ui: files.ui.map(ui_to_raw),
                        smalltalk: files.smalltalk.as_ref().map(PreparsedSmallTalk::to_raw),
                    };
                    Some((language, files))
                })
                .collect(),
            pending_languages: None,
            pending_synonyms: None,
        };
        // Only the files build.rs did not parse are read from their text, and the article
        // and the synonyms, whose text is read for its blocks and its groups' lines.
        let sources = embedded_sources_where(|name| match name.split_once('/') {
            None => match name {
                files::ARTICLE_META => preparsed::ARTICLE_META.is_none(),
                files::ENTRIES => preparsed::ENTRIES.is_none(),
                files::SMALLTALK => preparsed::SMALLTALK.is_none(),
                files::UI => preparsed::UI.is_none(),
                _ => true,
            },
            Some((code, file)) => {
                let Some(parsed) = preparsed::LANGUAGES.iter().find(|l| l.code == code) else {
                    return true;
                };
                match file {
                    files::ENTRIES => parsed.entries.is_none(),
                    files::UI => parsed.ui.is_none(),
                    files::SMALLTALK => parsed.smalltalk.is_none(),
                    _ => true,
                }
            }
        });
        // On this thread alone: the synonyms checked on another gained nothing in a fresh
        // process (load 2.93 ms on one thread, 2.96 ms with a helper; page faults, not
        // instructions, bound it), and the bot starts once.
        Knowledge::parse_with(&sources, preparsed)
    }

    /// Reads and validates the knowledge base in `dir`: `article.txt`, `article.toml`, an optional
    /// `synonyms.toml`, `smalltalk.toml` and `ui.toml`, the translations in `ru/` and `zh/`,
    /// and every other `*.toml` file as entries, in name order.
    ///
    /// ```
    /// use article_qa_bot::Knowledge;
    /// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    /// assert_eq!(Knowledge::load_dir(&dir)?.entries.len(), Knowledge::embedded()?.entries.len());
    /// let err = Knowledge::load_dir(std::path::Path::new("/nonexistent")).unwrap_err();
    /// assert!(err.to_string().contains("/nonexistent"), "{err}");
    /// # Ok::<(), article_qa_bot::KnowledgeError>(())
    /// ```
    pub fn load_dir(dir: &Path) -> Result<Knowledge, KnowledgeError> {
        Knowledge::parse(&read_sources(dir)?)
    }
}

/// `text` as a TOML basic string.
pub(super) fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The article, in blocks named by its metadata.
pub(super) fn parse_article(
    text: &SourceFile,
    meta: RawArticleMeta,
    problems: &mut Vec<Problem>,
) -> Option<Article> {
    let raw_blocks: Vec<&str> = split_blocks(&text.text);
    if raw_blocks.len() <= meta.front_matter.len() {
        problems.push(Problem {
            file: text.name.clone(),
            line: None,
            entry: None,
            kind: ProblemKind::ShortArticle {
                blocks: raw_blocks.len(),
                named: meta.front_matter.len(),
            },
        });
        return None;
    }
    let blocks = raw_blocks
        .iter()
        .enumerate()
        .map(|(i, block)| Block {
            part: match meta.front_matter.get(i) {
                Some(name) => Part::Front(name.clone()),
                None => Part::Paragraph(i + 1 - meta.front_matter.len()),
            },
            text: (*block).to_owned(),
        })
        .collect();
    Some(Article { title: meta.title, publication: meta.publication, blocks })
}

/// Splits text into blocks separated by blank lines, each trimmed.
pub(super) fn split_blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                blocks.push(text[s..offset].trim());
                start = None;
            }
            (false, None) => start = Some(offset),
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        blocks.push(text[s..].trim());
    }
    blocks
}

/// A file's entries, each with the line of its `[[entry]]` table.
pub(super) fn parse_entries(file: &SourceFile) -> Result<Vec<(usize, RawEntry)>, Box<Problem>> {
    let parsed: EntriesFile =
        toml::from_str(&file.text).map_err(|err| Box::new(syntax_problem(file, &err)))?;
    Ok(with_lines(file, parsed.entry))
}

/// A file's TOML as `T`; `None`, and a problem with its line, when it does not parse.
pub(super) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match toml::from_str(&file.text) {
        Ok(parsed) => Some(parsed),
        Err(err) => {
            problems.push(syntax_problem(file, &err));
            None
        }
    }
}

/// A `ui.toml`'s text parsed.
pub(super) fn read_ui(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<Vec<(String, RawUiValue)>> {
    parse_toml(file, problems).map(ui_values)
}

/// A language's `entries.toml` text parsed, each entry with its line.
pub(super) fn read_translations(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<Vec<(usize, RawTranslation)>> {
    let parsed: TranslationsFile = parse_toml(file, problems)?;
    Some(with_lines(file, parsed.entry))
}

/// Tables of a file, each with the 1-based line where it starts.
pub(super) fn with_lines<T>(file: &SourceFile, tables: Vec<toml::Spanned<T>>) -> Vec<(usize, T)> {
    let lines = LineIndex::new(&file.text);
    tables
        .into_iter()
        .map(|spanned| (lines.line_of(spanned.span().start), spanned.into_inner()))
        .collect()
}

/// The id of the last entry that starts in `text`, an entries file cut short: the entry a
/// problem at its end belongs to.
pub(super) fn last_entry_id(text: &str) -> Option<String> {
    let at = text.rfind("[[entry]]")?;
    let rest = &text[at..];
    let line = rest.lines().find(|line| line.trim_start().starts_with("id"))?;
    let value = line.split_once('=')?.1.trim();
    Some(value.trim_matches('"').to_owned())
}

/// A link to check once every id is known: (file, line, entry, field, the id it names).
pub(super) type RelatedCheck = (String, usize, String, &'static str, String);

/// Files parsed before [`Knowledge::parse_with`] runs (by `build.rs`, for the embedded base),
/// as parsing their text would give them: the first entries file's entries with their lines,
/// the synonym groups, the article's metadata, small talk, interface strings, and each
/// language's files. `None` where the text is to be parsed.
#[derive(Default)]
pub(super) struct Preparsed<'a> {
    entries: Option<Vec<(usize, RawEntry)>>,
    synonyms: Option<Vec<Vec<String>>>,
    article_meta: Option<RawArticleMeta>,
    smalltalk: Option<RawSmallTalk>,
    ui: Option<Vec<(String, RawUiValue)>>,
    pub(super) languages: Vec<(Language, PreparsedFiles)>,
    /// Languages' files still being parsed, and the synonyms being checked (with the problems
    /// found), on other threads: waited for when they are needed.
    pub(super) pending_languages: Option<Pending<'a, Vec<(Language, PreparsedFiles)>>>,
    pub(super) pending_synonyms: Option<Pending<'a, CheckedSynonyms>>,
}

/// The synonym groups checked, with the problems found.
pub(super) type CheckedSynonyms = (Vec<Vec<String>>, Vec<Problem>);

/// Waits for a value being made on another thread.
pub(super) type Pending<'a, T> = Box<dyn FnOnce() -> T + 'a>;

/// A language's files, parsed before [`Knowledge::parse_with`] runs.
#[derive(Default)]
pub(super) struct PreparsedFiles {
    pub(super) entries: Option<Vec<(usize, RawTranslation)>>,
    pub(super) ui: Option<Vec<(String, RawUiValue)>>,
    pub(super) smalltalk: Option<RawSmallTalk>,
}

pub(super) fn syntax_problem(file: &SourceFile, err: &toml::de::Error) -> Problem {
    let line = err.span().map(|span| LineIndex::new(&file.text).line_of(span.start));
    let entry = line.and_then(|line| entry_id_near(&file.text, line));
    Problem {
        file: file.name.clone(),
        line,
        entry,
        kind: ProblemKind::Syntax(err.message().trim().to_owned()),
    }
}

/// Where each line of a text starts, so that every entry's line is found by a binary search
/// rather than by counting newlines from the top of a 100 kB file for each entry.
pub(super) struct LineIndex {
    len: usize,
    ends_with_newline: bool,
    newlines: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(text: &str) -> LineIndex {
        LineIndex {
            len: text.len(),
            ends_with_newline: text.ends_with('\n'),
            newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect(),
        }
    }

    /// Returns the 1-based line of a byte offset.
    pub(super) fn line_of(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.len);
        // An error at the very end (an unterminated string on the last line) is on that line,
        // not on the empty one after the final newline.
        if offset == self.len && self.ends_with_newline {
            offset -= 1;
        }
        self.newlines.partition_point(|&at| at < offset) + 1
    }
}

/// Finds the id of the `[[entry]]` table that contains a 1-based line, so that a syntax error can
/// name the entry it is in.
pub(super) fn entry_id_near(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let upto = line.min(lines.len());
    let table_start = lines[..upto].iter().rposition(|l| l.trim() == "[[entry]]")?;
    lines[table_start + 1..].iter().take_while(|l| l.trim() != "[[entry]]").find_map(|l| {
        let rest = l.trim().strip_prefix("id")?.trim_start().strip_prefix('=')?;
        Some(rest.trim().trim_matches('"').to_owned())
    })
}

/// The interface strings built into the binary: English, every key.
const BUILTIN_UI: &str = include_str!("../../knowledge/ui.toml");

/// Parses (unless `preparsed`) a `ui.toml` into `ui`: string keys, and the `[part_names]` and
/// `[topic_names]` tables. Another language than English may only use English's keys (a typo
/// would silently never show).
pub(super) fn parse_ui(
    file: &SourceFile,
    preparsed: Option<Vec<(String, RawUiValue)>>,
    language: Language,
    ui: &mut Ui,
    problems: &mut Vec<Problem>,
) {
    let Some(values) = preparsed.or_else(|| read_ui(file, problems)) else { return };
    let mut problem = |key: &str, kind: ProblemKind| {
        problems.push(Problem {
            file: file.name.clone(),
            line: None,
            entry: Some(key.to_owned()),
            kind,
        })
    };
    for (key, value) in values {
        match (key.as_str(), value) {
            ("part_names" | "topic_names", RawUiValue::Names(names)) => {
                for (name, value) in names {
                    let Some(text) = value else {
                        problem(&name, ProblemKind::Syntax("a name must be a string".to_owned()));
                        continue;
                    };
                    let map = if key == "part_names" { &mut ui.parts } else { &mut ui.topics };
                    map.insert((language, name), trimmed(text));
                }
            }
            (_, RawUiValue::Text(text)) => {
                let known = language == Language::En
                    || ui.strings.contains_key(&(Language::En, key.clone()));
                if !known {
                    problem(&key, ProblemKind::UnknownUiKey(key.clone()));
                }
                if text.trim().is_empty() {
                    problem(&key, ProblemKind::EmptyField("ui string"));
                }
                ui.strings.insert((language, key), trimmed(text));
            }
            (_, _) => problem(&key, ProblemKind::Syntax("a ui string must be a string".to_owned())),
        }
    }
}

/// The English entries translations attach to, and whether they are all there (every file of
/// them could be read): a translation of an id not among them is a problem only then.
pub(super) struct Entries<'e> {
    pub(super) entries: &'e mut [Entry],
    pub(super) complete: bool,
}

/// Parses (unless `preparsed`) a language's `entries.toml` and attaches each translation to
/// the English entry of its id.
pub(super) fn parse_translations(
    file: &SourceFile,
    preparsed: Option<Vec<(usize, RawTranslation)>>,
    language: Language,
    known: Entries<'_>,
    problems: &mut Vec<Problem>,
) {
    let Entries { entries, complete } = known;
    let Some(parsed) = preparsed.or_else(|| read_translations(file, problems)) else { return };
    for (line, mut raw) in parsed {
        let mut report = |kind: ProblemKind| {
            problems.push(Problem {
                file: file.name.clone(),
                line: Some(line),
                entry: Some(raw.id.clone()),
                kind,
            });
        };
        for (field, value) in
            [("title", &raw.title), ("answer", &raw.answer), ("quote", &raw.quote)]
        {
            if value.trim().is_empty() {
                report(ProblemKind::EmptyField(field));
            }
        }
        for (field, value, max) in [
            ("title", &raw.title, MAX_TITLE_CHARS),
            ("answer", &raw.answer, MAX_TEXT_CHARS),
            ("quote", &raw.quote, MAX_TEXT_CHARS),
        ] {
            let len = value.chars().count();
            if len > max {
                report(ProblemKind::TooLong { field, len, max });
            }
        }
        let Some(entry) = entries.iter_mut().find(|entry| entry.id == raw.id) else {
            if complete {
                report(ProblemKind::UnknownTranslation(raw.id.clone()));
            }
            continue;
        };
        if entry.translation(language).is_some() {
            report(ProblemKind::DuplicateId { id: raw.id.clone(), first: file.name.clone() });
            continue;
        }
        let keywords = std::mem::take(&mut raw.keywords).into_iter().map(keyword_of).collect();
        entry.translations.push(Translation {
            language,
            title: trimmed(raw.title),
            questions: raw.questions.into_iter().filter(|q| !q.trim().is_empty()).collect(),
            keywords,
            answer: trimmed(raw.answer),
            view_of: raw.view_of.map(trimmed).filter(|v| !v.is_empty()),
            subject: raw.subject.map(trimmed).filter(|s| !s.is_empty()),
            quote: trimmed(raw.quote),
        });
    }
}
