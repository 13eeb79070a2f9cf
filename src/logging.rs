//! Logging through pretty_env_logger, with secrets removed from every line.
//!
//! Any crate may log a URL that carries the bot token (an HTTP client's error, a debug trace).
//! Rather than trust each one, the logger itself replaces the token in every message before it
//! is written, at every level.

use log::{Log, Metadata, Record};

/// The filter used when RUST_LOG is not set: start-up, one line per question, and errors.
pub const DEFAULT_FILTER: &str = "warn,article_qa_bot=info";

/// Installs the logger, reading RUST_LOG (or [`DEFAULT_FILTER`]). `secrets` never reach the log.
pub fn init(secrets: &[&str]) {
    let mut builder = pretty_env_logger::formatted_builder();
    let filters = std::env::var("RUST_LOG").unwrap_or_else(|_| DEFAULT_FILTER.to_owned());
    builder.parse_filters(&filters);
    let inner = builder.build();
    let level = inner.filter();
    let logger = Redacting { inner: Box::new(inner), secrets: secret_forms(secrets) };
    if log::set_boxed_logger(Box::new(logger)).is_ok() {
        log::set_max_level(level);
    }
}

/// Every form in which a secret may show up: as is, percent-encoded (a URL encodes ':'), and a
/// bot token's secret half after the ':' on its own.
fn secret_forms(secrets: &[&str]) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        forms.push((*secret).to_owned());
        forms.push(secret.replace(':', "%3A"));
        forms.push(secret.replace(':', "%3a"));
        if let Some((_, tail)) = secret.split_once(':') {
            if tail.len() >= 8 {
                forms.push(tail.to_owned());
            }
        }
    }
    // Longest first, so a whole token is replaced before its tail is looked for.
    forms.sort_by_key(|form| std::cmp::Reverse(form.len()));
    forms.dedup();
    forms
}

/// Returns `text` with every secret form replaced by `<redacted>`.
pub fn redact(text: &str, forms: &[String]) -> String {
    let mut text = text.to_owned();
    for form in forms {
        if text.contains(form.as_str()) {
            text = text.replace(form.as_str(), "<redacted>");
        }
    }
    text
}

struct Redacting {
    inner: Box<dyn Log>,
    secrets: Vec<String>,
}

impl Log for Redacting {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        self.inner.enabled(metadata)
    }

    fn log(&self, record: &Record<'_>) {
        if !self.inner.enabled(record.metadata()) {
            return;
        }
        let message = redact(&record.args().to_string(), &self.secrets);
        self.inner.log(
            &Record::builder()
                .metadata(record.metadata().clone())
                .args(format_args!("{message}"))
                .module_path(record.module_path())
                .file(record.file())
                .line(record.line())
                .build(),
        );
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_the_token_in_every_form() {
        let forms = secret_forms(&["123456:AAbbCCddEEff"]);
        let line = "GET https://api.telegram.org/bot123456:AAbbCCddEEff/getMe and bot123456%3AAAbbCCddEEff and AAbbCCddEEff";
        assert_eq!(
            redact(line, &forms),
            "GET https://api.telegram.org/bot<redacted>/getMe and bot<redacted> and <redacted>"
        );
    }

    #[test]
    fn leaves_text_without_secrets_alone() {
        assert_eq!(redact("nothing here", &secret_forms(&["", "abc:12345678"])), "nothing here");
    }
}
