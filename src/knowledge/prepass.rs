//! The work of loading a knowledge directory that needs nothing else, on helper threads while
//! the English entries are parsed and validated: parsing the Russian and Chinese files (they
//! made `--knowledge DIR` read four times the text of the English files alone, and are not
//! needed until the translations are checked against the English entries) and the synonyms
//! (needed by nothing else). The English entries on a helper too was slower on two cores: the
//! validation waits for them first. The rest of the validation stays on the calling thread, in
//! the order it always had, and the problems found on helpers are put where they were found
//! before, so every report reads as it did. The embedded base, parsed by build.rs, uses none.

use std::sync::mpsc::{self, Receiver};
use std::thread::Scope;

use super::*;

/// Below this much text in a language's files, the calling thread parses them sooner than
/// another thread starts.
const THREAD_FROM_BYTES: usize = 32 * 1024;
/// At most this many helper threads: there are at most three jobs.
const MAX_HELPERS: usize = 3;

/// Work for a helper thread; it sends its result back on a channel of its own.
type Job<'a> = Box<dyn FnOnce() + Send + 'a>;

/// `work` as a job, with the receiver of its result.
fn job<'a, T: Send + 'a>(work: impl FnOnce() -> T + Send + 'a) -> (Job<'a>, Receiver<T>) {
    let (sender, receiver) = mpsc::sync_channel(1);
    // The receiver gone means the load ended early; nobody wants the result.
    (Box::new(move || drop(sender.send(work()))), receiver)
}

impl<'scope> Preparsed<'scope> {
    /// Starts parsing each language's files (when there is enough text), then the synonyms,
    /// on `cores` - 1 helper threads of `scope`; [`Knowledge::parse_with`]
    /// waits for each result when it needs it. One thread per job would be slower on two
    /// cores: the calling thread, which does the most, would get half a core instead of one.
    pub(super) fn on_threads<'env>(
        scope: &'scope Scope<'scope, 'env>,
        sources: &'env Sources,
        cores: usize,
    ) -> Preparsed<'scope> {
        let mut preparsed = Preparsed::default();
        let helpers = cores.saturating_sub(1).min(MAX_HELPERS);
        if helpers == 0 {
            return preparsed;
        }
        // Each job with its estimated size, in the order they are needed.
        let mut jobs: Vec<(usize, Job)> = Vec::new();
        let mut languages = Vec::new();
        for language in &sources.languages {
            let bytes = language_bytes(language);
            if bytes >= THREAD_FROM_BYTES {
                let (work, parsed) = job(move || (language.language, parse_language(language)));
                jobs.push((bytes, work));
                languages.push(parsed);
            }
        }
        if !languages.is_empty() {
            // A job that panicked leaves its files to be parsed, and reported, again.
            let wait = move || languages.into_iter().filter_map(|r| r.recv().ok()).collect();
            preparsed.pending_languages = Some(Box::new(wait));
        }
        if let Some(file) = &sources.synonyms {
            let parse = || {
                let mut problems = Vec::new();
                (parse_synonyms(file, &mut problems), problems)
            };
            let (work, checked) = job(parse);
            jobs.push((file.text.len(), work));
            // A parse that panicked is made again here.
            let wait = move || checked.recv().unwrap_or_else(|_| parse());
            preparsed.pending_synonyms = Some(Box::new(wait));
        }
        // Each job to the helper with the least text so far, keeping their order.
        let mut shares: Vec<(usize, Vec<Job>)> = (0..helpers).map(|_| (0, Vec::new())).collect();
        for (bytes, work) in jobs {
            let share = shares.iter_mut().min_by_key(|(load, _)| *load).expect("helpers > 0");
            share.0 += bytes;
            share.1.push(work);
        }
        for (_, share) in shares.into_iter().filter(|(_, share)| !share.is_empty()) {
            scope.spawn(move || share.into_iter().for_each(|work| work()));
        }
        preparsed
    }
}

fn language_bytes(language: &LanguageSources) -> usize {
    let files = [&language.entries, &language.ui, &language.smalltalk];
    files.into_iter().flatten().map(|file| file.text.len()).sum()
}

/// A language's files parsed; a file with a problem is left out, for [`Knowledge::parse_with`]
/// to parse again and report where it always did.
fn parse_language(language: &LanguageSources) -> PreparsedFiles {
    fn without_problems<'f, T>(
        file: &'f Option<SourceFile>,
        read: impl FnOnce(&'f SourceFile, &mut Vec<Problem>) -> Option<T>,
    ) -> Option<T> {
        let mut problems = Vec::new();
        read(file.as_ref()?, &mut problems).filter(|_| problems.is_empty())
    }
    PreparsedFiles {
        entries: without_problems(&language.entries, read_translations),
        ui: without_problems(&language.ui, read_ui),
        smalltalk: without_problems(&language.smalltalk, read_smalltalk),
    }
}
