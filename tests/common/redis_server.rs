//! A real `redis-server` for the tests of shared state: started on a free port of 127.0.0.1,
//! with nothing saved to disk, and stopped when dropped.
//!
//! Tests that need it fail when `redis-server` is not installed, rather than pass without
//! testing anything: `.ci/run` installs it from Debian's packages.

// The benchmark uses less of it than the tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` child process.
pub struct RedisServer {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
}

impl RedisServer {
    /// Starts a server on a free port and waits until it answers PING.
    pub fn start() -> RedisServer {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
            listener.local_addr().expect("local address").port()
        };
        let dir = std::env::temp_dir().join(format!("aqb-redis-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create the Redis directory");
        let mut server = RedisServer { child: None, port, dir };
        server.restart();
        server
    }

    /// Starts the server again on the same port (after [`RedisServer::stop`]).
    pub fn restart(&mut self) {
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no", "--dir"])
            .arg(&self.dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!(
                    "cannot start redis-server ({err}): these tests need a real Redis; install \
                     it (Debian: apt-get install redis-server), as .ci/run does"
                )
            });
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.answers() {
            assert!(Instant::now() < deadline, "redis-server did not answer within 10 s");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Kills the server (as a crash would), keeping its port for [`RedisServer::restart`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// `redis://127.0.0.1:PORT/0`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/0", self.port)
    }

    /// A connection for the test to look at what the bot stored.
    pub fn connection(&self) -> redis::Connection {
        redis::Client::open(self.url())
            .and_then(|client| client.get_connection_with_timeout(Duration::from_secs(2)))
            .expect("connect to the test Redis")
    }

    /// Every key and its value (strings only: all the bot stores), sorted.
    pub fn dump(&self) -> Vec<(String, String)> {
        let mut connection = self.connection();
        let keys: Vec<String> = redis::cmd("KEYS").arg("*").query(&mut connection).expect("KEYS *");
        let mut pairs: Vec<(String, String)> = keys
            .into_iter()
            .map(|key| {
                let value: String =
                    redis::cmd("GET").arg(&key).query(&mut connection).unwrap_or_default();
                (key, value)
            })
            .collect();
        pairs.sort();
        pairs
    }

    /// The time to live of `key`, in milliseconds (-1: none, -2: no such key).
    pub fn ttl_ms(&self, key: &str) -> i64 {
        redis::cmd("PTTL").arg(key).query(&mut self.connection()).expect("PTTL")
    }

    fn answers(&self) -> bool {
        let Ok(client) = redis::Client::open(self.url()) else { return false };
        let Ok(mut connection) = client.get_connection_with_timeout(Duration::from_millis(200))
        else {
            return false;
        };
        redis::cmd("PING").query::<String>(&mut connection).is_ok_and(|pong| pong == "PONG")
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
