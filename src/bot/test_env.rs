//! Telegram's test environment through a local reverse proxy.
//!
//! Bots made with a test-server account live at `https://api.telegram.org/bot<token>/test/METHOD`,
//! a URL teloxide cannot build (teloxide issue #1039). As its maintainers suggest, the bot talks to
//! a small proxy on 127.0.0.1 that inserts `/test` after the token and forwards everything else
//! unchanged. The proxy never logs paths, which carry the token.

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::response::Response;

/// The largest request body forwarded: Telegram's own upload limit for bots is 50 MB.
const MAX_BODY_BYTES: usize = 50 * 1024 * 1024;

/// Starts the proxy on a free port of 127.0.0.1, forwarding to `upstream`; returns its URL.
pub async fn start_proxy(upstream: reqwest::Url) -> std::io::Result<reqwest::Url> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let client = reqwest::Client::new();
    let upstream = upstream.as_str().trim_end_matches('/').to_owned();
    let app = axum::Router::new()
        .fallback(move |request: Request| forward(client.clone(), upstream.clone(), request));
    tokio::spawn(async move {
        if let Err(err) = axum::serve(listener, app).await {
            log::error!("test-environment proxy stopped: {err}");
        }
    });
    reqwest::Url::parse(&format!("http://{address}/")).map_err(std::io::Error::other)
}

/// Returns the test-environment path for a Bot API path: `/bot<token>/METHOD` becomes
/// `/bot<token>/test/METHOD`, and file downloads `/file/bot<token>/PATH` become
/// `/file/bot<token>/test/PATH`. `None` for anything else.
pub fn test_path(path: &str) -> Option<String> {
    let (prefix, rest) = match path.strip_prefix("/file/bot") {
        Some(rest) => ("/file/bot", rest),
        None => ("/bot", path.strip_prefix("/bot")?),
    };
    let (token, tail) = rest.split_once('/')?;
    if token.is_empty() || tail.is_empty() {
        return None;
    }
    Some(format!("{prefix}{token}/test/{tail}"))
}

async fn forward(client: reqwest::Client, upstream: String, request: Request) -> Response {
    let Some(path) = test_path(request.uri().path()) else {
        return error(StatusCode::NOT_FOUND, "not a Bot API path");
    };
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    let method = request.method().clone();
    let content_type = request.headers().get(header::CONTENT_TYPE).cloned();
    let body = match to_bytes(request.into_body(), MAX_BODY_BYTES).await {
        Ok(body) => body,
        Err(_) => return error(StatusCode::PAYLOAD_TOO_LARGE, "request body too large"),
    };
    let mut outgoing = client.request(method, format!("{upstream}{path}{query}")).body(body);
    if let Some(content_type) = content_type {
        outgoing = outgoing.header(header::CONTENT_TYPE, content_type);
    }
    let response = match outgoing.send().await {
        Ok(response) => response,
        // reqwest's error would name the URL, and with it the token.
        Err(_) => {
            return error(
                StatusCode::BAD_GATEWAY,
                "test-environment proxy: Telegram did not answer",
            )
        }
    };
    let status = response.status();
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let bytes = match response.bytes().await {
        Ok(bytes) => bytes,
        Err(_) => {
            return error(StatusCode::BAD_GATEWAY, "test-environment proxy: response cut short")
        }
    };
    let mut builder = Response::builder().status(status);
    if let Some(content_type) = content_type {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    builder
        .body(Body::from(bytes))
        .unwrap_or_else(|_| error(StatusCode::BAD_GATEWAY, "bad upstream response"))
}

/// A Bot API-shaped error, so teloxide reports it like any other.
fn error(status: StatusCode, description: &str) -> Response {
    let body = serde_json::json!({ "ok": false, "error_code": status.as_u16(), "description": description });
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::test_path;

    #[test]
    fn inserts_test_after_the_token() {
        assert_eq!(test_path("/bot123:ABC/getMe").as_deref(), Some("/bot123:ABC/test/getMe"));
        assert_eq!(
            test_path("/file/bot123:ABC/photos/a.jpg").as_deref(),
            Some("/file/bot123:ABC/test/photos/a.jpg")
        );
    }

    #[test]
    fn rejects_other_paths() {
        assert_eq!(test_path("/"), None);
        assert_eq!(test_path("/bot"), None);
        assert_eq!(test_path("/bot123:ABC"), None);
        assert_eq!(test_path("/bot/getMe"), None);
        assert_eq!(test_path("/other/bot1/getMe"), None);
    }
}
