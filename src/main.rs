//! The `article-qa-bot` binary: all the work is in the library.

fn main() -> std::process::ExitCode {
    article_qa_bot::cli::main()
}
