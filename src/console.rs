//! The test console (`chat`): the bot's conversation in a terminal, on the same
//! [`Responder`] as Telegram (commands, small talk, follow-ups in context), with its replies
//! rendered as plain text and buttons listed as numbers.
//!
//! [`Console`] is a state machine from one input line to the text to print, so it is tested
//! without a process or a terminal; [`run`] only moves lines between a reader and a writer. No
//! Telegram and no network.

use std::io::{self, BufRead, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::conversation::reply::{self, Action, Reply};
use crate::conversation::{Command, Request, Responder, State};
use crate::explain::explanation;

/// The longest input line read, in bytes; the rest of a longer line is skipped (with a notice).
/// Far above any question (the matcher reads 1000 characters), and it bounds memory when a file
/// without newlines is piped in.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// What the console answers to `:help`.
pub const HELP: &str = "Type a question about the article, or the number of a button to press it.
Bot commands work too: /start, /topics, /about, /random, /help, /ask.
Console commands:
  :explain   turn explanations (terms, weights, scores) on or off
  :help      show this help
  :quit      leave (end of input does too)";

/// What to do after a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Print this and read the next line.
    Print(String),
    /// Print this and stop.
    Quit(String),
}

/// The console's state: the conversation's context, the buttons on screen and whether
/// explanations are on.
#[derive(Debug)]
pub struct Console<'r> {
    responder: &'r Responder,
    state: State,
    explain: bool,
    /// The actions of the buttons last shown, numbered from 1.
    buttons: Vec<Action>,
}

impl<'r> Console<'r> {
    /// A console with explanations off, no buttons on screen and no context.
    pub fn new(responder: &'r Responder) -> Console<'r> {
        Console { responder, state: State::default(), explain: false, buttons: Vec::new() }
    }

    /// The first thing to print: what the console is, and the /start reply.
    pub fn greeting(&mut self) -> String {
        let start = self.ask(&Request::Command(Command::Start(String::new())));
        format!("Test console: type :help for help, :quit to leave.\n\n{start}")
    }

    /// Whether explanations are on.
    pub fn explaining(&self) -> bool {
        self.explain
    }

    /// Handles one input line (without its line ending).
    pub fn handle(&mut self, line: &str) -> Step {
        let line = line.trim();
        if let Some(command) = line.strip_prefix(':') {
            return self.console_command(command.trim());
        }
        if line.is_empty() {
            return Step::Print("Type a question, a button number, or :help.\n".to_owned());
        }
        if line.bytes().all(|b| b.is_ascii_digit()) {
            return Step::Print(self.press(line));
        }
        Step::Print(self.ask(&Request::from_message(line, None)))
    }

    /// Asks the responder, as the bot does, and renders the reply; with explanations on, adds
    /// how the question was matched.
    fn ask(&mut self, request: &Request) -> String {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let responder = self.responder;
        let response = responder.respond(&mut self.state, request, None, now);
        let mut text = self.show(response.reply);
        if let (true, Some(ranking), Request::Text(question)) =
            (self.explain, &response.ranking, request)
        {
            text.push('\n');
            if let Some(context) = response.context {
                text.push_str(&format!("Read as a follow-up of: {context}\n"));
            }
            // The matcher of the reply's language ranked the question.
            let matcher = responder.matcher_for(response.language);
            text.push_str(&explanation(matcher, question, ranking));
        }
        text
    }

    fn console_command(&mut self, command: &str) -> Step {
        match command {
            "quit" | "q" | "exit" => Step::Quit("Bye.\n".to_owned()),
            "help" | "h" | "?" => Step::Print(format!("{HELP}\n")),
            "explain" => {
                self.explain = !self.explain;
                let state = if self.explain { "on" } else { "off" };
                Step::Print(format!("Explanations are {state}.\n"))
            }
            other => Step::Print(format!(
                "Unknown command :{}. Commands: :help, :explain, :quit.\n",
                reply::cut(other, 40)
            )),
        }
    }

    /// Follows button `number`, or says why it cannot.
    fn press(&mut self, number: &str) -> String {
        let count = self.buttons.len();
        let chosen = number.parse::<usize>().ok().filter(|n| (1..=count).contains(n));
        let Some(chosen) = chosen else {
            return match count {
                0 => "There are no buttons to press now: type a question.\n".to_owned(),
                1 => format!("There is no button {}: press 1, or type a question.\n", cut(number)),
                _ => format!(
                    "There is no button {}: press 1 to {count}, or type a question.\n",
                    cut(number)
                ),
            };
        };
        let action = self.buttons[chosen - 1].clone();
        self.ask(&Request::Button(action))
    }

    /// Renders a reply as plain text with its buttons numbered, and remembers the buttons.
    fn show(&mut self, reply: Reply) -> String {
        let mut text = reply::plain_text(&reply.html);
        text.push('\n');
        self.buttons.clear();
        if !reply.buttons.is_empty() {
            text.push('\n');
        }
        for button in reply.buttons.iter().flatten() {
            self.buttons.push(button.action.clone());
            text.push_str(&format!("  [{}] {}\n", self.buttons.len(), button.label));
        }
        text
    }
}

/// A number typed by the reader, shortened for messages.
fn cut(number: &str) -> String {
    reply::cut(number, 12)
}

/// Runs the console: greets, then handles each line of `input` until `:quit` or the end of
/// input. With `interactive` (a terminal), prints a prompt; without (a pipe), echoes each line
/// after "> " so the output reads as a transcript.
pub fn run(
    responder: &Responder,
    mut input: impl BufRead,
    out: &mut impl Write,
    interactive: bool,
) -> io::Result<()> {
    let mut console = Console::new(responder);
    write!(out, "{}", console.greeting())?;
    let mut line = Vec::new();
    loop {
        if interactive {
            write!(out, "\n> ")?;
        }
        out.flush()?;
        line.clear();
        let (read, cut_short) = read_line(&mut input, &mut line)?;
        if read == 0 {
            // End of input: on a terminal the prompt line is still open.
            if interactive {
                writeln!(out)?;
            }
            return Ok(());
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        let text = String::from_utf8_lossy(&line);
        if !interactive {
            writeln!(out, "\n> {}", reply::cut(&text, 200))?;
        }
        if cut_short {
            writeln!(
                out,
                "(That line was longer than {MAX_LINE_BYTES} bytes; only its start is read.)"
            )?;
        }
        match console.handle(&text) {
            Step::Print(reply) => write!(out, "{reply}")?,
            Step::Quit(reply) => {
                write!(out, "{reply}")?;
                return out.flush();
            }
        }
    }
}

/// Reads one line of at most [`MAX_LINE_BYTES`] into `line`, skipping the rest of a longer one.
/// Returns the bytes read (0 at the end of input) and whether the line was cut.
fn read_line<R: BufRead>(input: &mut R, line: &mut Vec<u8>) -> io::Result<(usize, bool)> {
    let read = io::Read::take(&mut *input, MAX_LINE_BYTES as u64).read_until(b'\n', line)?;
    if read < MAX_LINE_BYTES || line.last() == Some(&b'\n') {
        return Ok((read, false));
    }
    // Skip to the end of the line without keeping it.
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok((read, true));
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => {
                input.consume(at + 1);
                return Ok((read, true));
            }
            None => {
                let len = buffer.len();
                input.consume(len);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::responder;

    fn printed(step: Step) -> String {
        match step {
            Step::Print(text) => text,
            Step::Quit(text) => panic!("unexpected quit: {text}"),
        }
    }

    #[test]
    fn a_question_gets_the_answer_with_numbered_buttons() {
        let responder = responder();
        let entry = responder.knowledge().entry("trenin").expect("an entry `trenin`");
        let mut console = Console::new(&responder);
        let text = printed(console.handle("who is trenin"));
        assert!(text.starts_with(&format!("{}\n", entry.title)), "{text}");
        assert!(text.contains(&format!("┃ {}", entry.quote)), "{text}");
        assert!(!text.contains("<b>"), "HTML left in: {text}");
        let first_related = responder.knowledge().entry(&entry.related[0]).unwrap();
        assert!(text.contains(&format!("  [1] {}\n", first_related.questions[0])), "{text}");
        // Pressing 1 answers the first related entry.
        let pressed = printed(console.handle("1"));
        assert!(pressed.starts_with(&format!("{}\n", first_related.title)), "{pressed}");
    }

    #[test]
    fn numbers_without_such_a_button_are_explained() {
        let responder = responder();
        let mut console = Console::new(&responder);
        assert_eq!(
            printed(console.handle("2")),
            "There are no buttons to press now: type a question.\n"
        );
        console.handle("who is trenin");
        let count = responder.knowledge().entry("trenin").unwrap().related.len().min(3);
        assert_eq!(
            printed(console.handle("99999999999999999999999")),
            format!("There is no button 99999999999…: press 1 to {count}, or type a question.\n")
        );
    }

    #[test]
    fn console_commands() {
        let responder = responder();
        let mut console = Console::new(&responder);
        assert_eq!(printed(console.handle(":help")), format!("{HELP}\n"));
        assert_eq!(printed(console.handle(":explain")), "Explanations are on.\n");
        assert!(console.explaining());
        let explained = printed(console.handle("who is trenin"));
        assert!(explained.contains("Why:") && explained.contains("trenin"), "{explained}");
        assert_eq!(printed(console.handle(" :explain ")), "Explanations are off.\n");
        assert!(!printed(console.handle("who is trenin")).contains("Why:"));
        assert_eq!(
            printed(console.handle(":frobnicate")),
            "Unknown command :frobnicate. Commands: :help, :explain, :quit.\n"
        );
        assert_eq!(console.handle(":quit"), Step::Quit("Bye.\n".to_owned()));
    }

    #[test]
    fn declines_and_topics_offer_buttons() {
        let responder = responder();
        let mut console = Console::new(&responder);
        let declined = printed(console.handle("best pizza in naples"));
        assert!(declined.starts_with("Sorry, the article doesn't answer “best pizza in naples”."));
        assert!(declined.contains("  [3] "), "{declined}");
        let topics = printed(console.handle("/topics"));
        let first_topic = responder.knowledge().topics()[0];
        assert!(topics.contains(&format!("  [1] {first_topic}\n")), "{topics}");
        let topic = printed(console.handle("1"));
        assert!(topic.starts_with(&format!("{first_topic}: pick a question.")), "{topic}");
        assert!(printed(console.handle("/ask")).starts_with("Usage: /ask"));
        let asked = printed(console.handle("/ask who is trenin"));
        assert!(asked.starts_with("Dmitri Trenin"), "{asked}");
        let random = printed(console.handle("/random"));
        let titles = responder.knowledge().entries.iter().map(|e| e.title.as_str());
        assert!(titles.into_iter().any(|t| random.starts_with(t)), "{random}");
    }

    #[test]
    fn run_reads_a_pipe_to_the_end_and_cuts_long_lines() {
        let responder = responder();
        let long = "nato ".repeat(MAX_LINE_BYTES / 4);
        let input = format!("who is trenin\n{long}\n:frob\n1\n");
        let mut out = Vec::new();
        run(&responder, input.as_bytes(), &mut out, false).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("\n> who is trenin\n"), "{out}");
        assert_eq!(out.matches("only its start is read").count(), 1, "{out}");
        assert!(out.contains("Unknown command :frob."), "{out}");
        // The long line showed buttons of its own, so "1" pressed one of them: no complaint.
        assert!(!out.contains("There is no button"), "{out}");
        assert!(!out.contains("Bye."), "the end of input is not :quit: {out}");
    }
}
