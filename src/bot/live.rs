//! The knowledge base the bot answers from, and reloading it: on SIGHUP, or on /reload from one
//! of the bot's administrators. Both go through [`LiveKnowledge::reload`], so they behave alike.
//! No Telegram here.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use crate::conversation::Responder;
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::matcher::{MatchConfig, Matcher};

/// The responder in use, swapped for a new one when a reload validates. Each update takes the
/// one current when it arrives, so answers already under way finish with the old one.
pub struct LiveKnowledge {
    responder: RwLock<Arc<Responder>>,
    /// Where the knowledge base came from; `None` when it is the one built into the binary.
    dir: Option<PathBuf>,
}

/// Why a reload left the current knowledge base in place.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    /// The knowledge base is built into the binary, so it cannot change while the bot runs.
    #[error("nothing to reload: the knowledge base is built in (start with --knowledge DIR to reload it)")]
    BuiltIn,
    /// The directory holds an invalid knowledge base (the error names the file, line and entry).
    #[error("the knowledge base is invalid, keeping the current one: {0}")]
    Invalid(KnowledgeError),
    /// The loading task failed (it panicked); the current knowledge base is kept.
    #[error("reloading failed, keeping the current one: {0}")]
    Failed(String),
}

impl LiveKnowledge {
    /// Starts with `matcher`; reloads read `dir` (`None`: the built-in base, no reloading).
    pub fn new(matcher: Matcher, dir: Option<PathBuf>) -> LiveKnowledge {
        LiveKnowledge { responder: RwLock::new(Arc::new(Responder::new(matcher))), dir }
    }

    /// The responder in use now.
    pub fn current(&self) -> Arc<Responder> {
        // A writer that panicked cannot leave half a swap behind: the swap is one assignment.
        Arc::clone(&self.responder.read().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Loads the knowledge directory again and, if it validates, answers from it from now on.
    /// Returns its number of entries; on error the current knowledge base stays.
    pub async fn reload(&self) -> Result<usize, ReloadError> {
        let dir = self.dir.clone().ok_or(ReloadError::BuiltIn)?;
        // Loading and indexing take milliseconds of CPU: off the async threads.
        let loaded = tokio::task::spawn_blocking(move || {
            Knowledge::load_dir(&dir)
                .map(|knowledge| Responder::new(Matcher::new(knowledge, MatchConfig::DEFAULT)))
        })
        .await
        .map_err(|err| ReloadError::Failed(err.to_string()))?;
        let responder = loaded.map_err(ReloadError::Invalid)?;
        let entries = responder.knowledge().entries.len();
        *self.responder.write().unwrap_or_else(|poisoned| poisoned.into_inner()) =
            Arc::new(responder);
        Ok(entries)
    }
}
