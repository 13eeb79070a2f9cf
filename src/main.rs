//! The `article-qa-bot` binary: all the work is in the library.

// The allocator the bot runs with: its index and each turn allocate many small strings, for
// which mimalloc takes a fraction of glibc's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    article_qa_bot::cli::main()
}
