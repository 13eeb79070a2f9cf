//! The matcher on the shipped knowledge base: questions in, expected entries (or a decline) out.
//!
//! Two tables: a short one written in `tables.rs`, each row naming one behaviour (typos,
//! abbreviations, casing, word order, off-topic), which must all pass; and `tests/data/table.jsonl`,
//! over 200 of our own questions with the expected entry id, which must stay above the stated
//! accuracy.
//!
//! One test binary, one module per subject.

/// The matcher in each language and the helpers the tests share.
mod support;

/// What came after the article or holds today.
mod after_the_article;
/// Chat spellings, fillers, typos and what is said around the question.
mod chat_and_framing;
/// Chinese questions.
mod chinese;
/// Readers' everyday words the article does not use (after `readers_words`): synonyms and
/// chat contractions.
mod everyday_words;
/// Where, why and other facts an entry must give itself.
mod facts_and_reasons;
/// Sentences before the question: the reader's life, day, what they read.
mod lead_ins;
/// Dates, ages, counts, amounts, measures and spans of time.
mod numbers_and_dates;
/// Readers' everyday words, synonyms and paraphrases.
mod readers_words;
/// Russian questions.
mod russian;
/// The tables, and checks over every question set.
mod tables;
/// Who and whose: authors, names, views, speakers, members.
mod who_and_whose;
/// A word read in the sense the question means.
mod word_senses;
