//! Bot API calls made with the bot's own HTTP client instead of teloxide-core's request path.
//!
//! teloxide-core sleeps 10 s after any 5xx before it reads the answer, so a 5xx on getUpdates
//! holds up every chat for 10 s. These calls read the answer at once and turn it into the same
//! [`RequestError`] teloxide-core would, so the listener's backoff and [`super::retry`] decide
//! what happens next, as for any other failure. They use the bot's client (its timeouts and
//! proxy), token and API URL (which is the local proxy in the test environment).
//!
//! The token is part of the URL, so no error made here keeps the URL.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use teloxide::payloads::GetUpdates;
use teloxide::requests::Payload;
use teloxide::types::{False, ResponseParameters, True, Update, UpdateKind};
use teloxide::{ApiError, Bot, RequestError};

/// Calls getUpdates. An update of a kind teloxide cannot parse comes back as
/// [`UpdateKind::Error`] holding its JSON, as teloxide-core does it, so its id still counts
/// and the rest of the batch is not lost.
pub(super) async fn get_updates(
    bot: &Bot,
    payload: &GetUpdates,
) -> Result<Vec<Update>, RequestError> {
    let text = post(bot, payload).await?;
    let mut updates: Vec<Update> = parse(&text)?;
    keep_unparsed(&mut updates, &text);
    Ok(updates)
}

/// Posts `payload` as JSON to `{api_url}/bot{token}/{method}` and returns the answer's body,
/// whatever its HTTP status: Telegram explains errors in the body.
async fn post<P: Payload + Serialize>(bot: &Bot, payload: &P) -> Result<String, RequestError> {
    let body = serde_json::to_vec(payload)
        .map_err(|err| RequestError::Io(Arc::new(std::io::Error::other(err))))?;
    let response = bot
        .client()
        .post(method_url(bot, P::NAME))
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .map_err(network)?;
    response.text().await.map_err(network)
}

/// The URL of `method`, built as teloxide-core builds it.
fn method_url(bot: &Bot, method: &str) -> reqwest::Url {
    let mut url = bot.api_url();
    // Only a URL that cannot be a base (`mailto:x`) has no path; teloxide-core panics on one.
    if let Ok(mut segments) = url.path_segments_mut() {
        segments.push(&format!("bot{}", bot.token())).push(method);
    }
    url
}

/// A failure to reach the server or to read its answer, without the URL (and so the token).
fn network(err: reqwest::Error) -> RequestError {
    RequestError::from(err.without_url())
}

/// A Bot API answer, as teloxide-core reads it.
#[derive(Deserialize)]
#[serde(untagged)]
enum Answer<T> {
    Ok {
        #[allow(dead_code)]
        ok: True,
        result: T,
    },
    Err {
        #[allow(dead_code)]
        ok: False,
        description: ApiError,
        parameters: Option<ResponseParameters>,
    },
}

/// Reads an answer: its result, or the error teloxide-core makes of it (`RetryAfter` and
/// `MigrateToChatId` from the parameters, else the description as an [`ApiError`];
/// `InvalidJson` for anything that is not an answer).
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, RequestError> {
    let answer = serde_json::from_str(text).map_err(|source| RequestError::InvalidJson {
        source: Arc::new(source),
        raw: text.into(),
    })?;
    match answer {
        Answer::Ok { result, .. } => Ok(result),
        Answer::Err { parameters: Some(ResponseParameters::RetryAfter(wait)), .. } => {
            Err(RequestError::RetryAfter(wait))
        }
        Answer::Err { parameters: Some(ResponseParameters::MigrateToChatId(chat)), .. } => {
            Err(RequestError::MigrateToChatId(chat))
        }
        Answer::Err { description, .. } => Err(RequestError::Api(description)),
    }
}

/// Puts the JSON of each update teloxide could not parse into its [`UpdateKind::Error`], as
/// teloxide-core does, so the dispatcher's log of it says what it was.
fn keep_unparsed(updates: &mut [Update], text: &str) {
    if !updates.iter().any(|update| matches!(update.kind, UpdateKind::Error(_))) {
        return;
    }
    let Ok(Answer::Ok { result: values, .. }) = serde_json::from_str::<Answer<Vec<_>>>(text) else {
        return;
    };
    for (update, value) in updates.iter_mut().zip(values) {
        if let UpdateKind::Error(unparsed) = &mut update.kind {
            *unparsed = value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::{ChatId, Seconds, UpdateId};

    fn error(text: &str) -> RequestError {
        parse::<Vec<Update>>(text).expect_err("an error")
    }

    #[test]
    fn the_url_is_teloxides() {
        let bot = Bot::new("123:ABC").set_api_url("http://127.0.0.1:8081/".parse().unwrap());
        assert_eq!(
            method_url(&bot, "GetUpdates").as_str(),
            "http://127.0.0.1:8081/bot123:ABC/GetUpdates"
        );
        let bot = Bot::new("123:ABC").set_api_url("https://example.com/telegram".parse().unwrap());
        assert_eq!(
            method_url(&bot, "GetUpdates").as_str(),
            "https://example.com/telegram/bot123:ABC/GetUpdates"
        );
    }

    #[test]
    fn errors_are_classified_as_teloxide_does() {
        let unauthorized = r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#;
        assert!(matches!(error(unauthorized), RequestError::Api(ApiError::InvalidToken)));
        let conflict = r#"{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}"#;
        assert!(matches!(
            error(conflict),
            RequestError::Api(ApiError::TerminatedByOtherGetUpdates)
        ));
        let flood = r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"#;
        assert!(
            matches!(error(flood), RequestError::RetryAfter(wait) if wait == Seconds::from_seconds(3))
        );
        let migrated = r#"{"ok":false,"description":"x","parameters":{"migrate_to_chat_id":-100}}"#;
        assert!(matches!(error(migrated), RequestError::MigrateToChatId(ChatId(-100))));
        let internal = r#"{"ok":false,"error_code":500,"description":"Internal Server Error"}"#;
        assert!(
            matches!(error(internal), RequestError::Api(ApiError::Unknown(d)) if d == "Internal Server Error")
        );
        for garbage in ["<html>502 Bad Gateway</html>", r#"{"ok":true,"result":{"message_id":"#, ""]
        {
            let err = error(garbage);
            assert!(
                matches!(&err, RequestError::InvalidJson { raw, .. } if &**raw == garbage),
                "{err:?}"
            );
        }
    }

    #[test]
    fn an_update_teloxide_cannot_parse_keeps_its_id_and_json() {
        let text = r#"{"ok":true,"result":[
            {"update_id":1,"message":{"message_id":1,"date":0,
                "chat":{"id":1,"type":"private","first_name":"A"},"text":"hi"}},
            {"update_id":2,"no_such_kind":{"x":1}},
            {"update_id":3,"message":{"fields are missing":true}}
        ]}"#;
        let mut updates: Vec<Update> = parse(text).expect("the batch parses");
        keep_unparsed(&mut updates, text);
        let ids: Vec<UpdateId> = updates.iter().map(|update| update.id).collect();
        assert_eq!(ids, [UpdateId(1), UpdateId(2), UpdateId(3)]);
        assert!(matches!(updates[0].kind, UpdateKind::Message(_)));
        match &updates[1].kind {
            UpdateKind::Error(value) => assert_eq!(value["no_such_kind"]["x"], 1),
            other => panic!("{other:?}"),
        }
        match &updates[2].kind {
            UpdateKind::Error(value) => assert_eq!(value["update_id"], 3),
            other => panic!("{other:?}"),
        }
    }
}
