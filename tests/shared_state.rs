//! Shared state in a real Redis, as two replicas see it: claims on updates, one flood limit,
//! contexts, the keys' times to live, and what happens when Redis goes away.

#[path = "common/redis_server.rs"]
mod redis_server;

use std::sync::Arc;
use std::time::Duration;

use article_qa_bot::bot::shared::{Claim, Shared, StateConfig, ALIVE_TTL, ANSWERED_TTL, CLAIM_TTL};
use article_qa_bot::conversation::context::IDLE_EXPIRY;
use article_qa_bot::conversation::State;
use article_qa_bot::flood::{Admission, FloodGate};
use redis_server::RedisServer;

const BOT: u64 = 4242;

async fn replica(redis: &RedisServer, limit: u32) -> Arc<Shared> {
    let config: StateConfig = redis.url().parse().expect("a Redis URL");
    let shared =
        Shared::connect(&config, BOT, FloodGate::new(limit, Duration::from_secs(60))).await;
    assert!(shared.is_shared() && !shared.is_degraded(), "{shared:?}");
    shared
}

#[tokio::test]
async fn an_update_is_answered_by_one_replica_once() {
    let redis = RedisServer::start();
    let (a, b) = (replica(&redis, 20).await, replica(&redis, 20).await);
    assert_eq!(a.claim(100).await, Claim::Ours);
    assert_eq!(a.claim(100).await, Claim::Resumed, "a delivery again to the same process");
    assert_eq!(b.claim(100).await, Claim::Busy, "the other replica leaves it");
    a.finished(100, true).await;
    assert_eq!(b.claim(100).await, Claim::Answered);
    assert_eq!(a.claim(100).await, Claim::Answered);
    let ttl = redis.ttl_ms(&format!("aqb:{BOT}:update:100"));
    assert!(ttl > (ANSWERED_TTL - Duration::from_secs(60)).as_millis() as i64, "{ttl}");

    // Not answered for good (the reply failed): free for the next delivery, anywhere.
    assert_eq!(a.claim(101).await, Claim::Ours);
    let claim_ttl = redis.ttl_ms(&format!("aqb:{BOT}:update:101"));
    assert!(claim_ttl > 0 && claim_ttl <= CLAIM_TTL.as_millis() as i64, "{claim_ttl}");
    a.finished(101, false).await;
    assert_eq!(b.claim(101).await, Claim::Resumed, "counted against the flood limit already");
}

#[tokio::test]
async fn an_update_held_by_a_dead_replica_is_taken_over_within_seconds() {
    let redis = RedisServer::start();
    let survivor = replica(&redis, 20).await;
    let dying = replica(&redis, 20).await;
    assert_eq!(dying.claim(7).await, Claim::Ours);
    assert_eq!(survivor.claim(7).await, Claim::Busy);
    drop(dying); // Its heartbeat stops with it.
    let started = std::time::Instant::now();
    loop {
        match survivor.claim(7).await {
            Claim::Resumed => break,
            claim => assert_eq!(claim, Claim::Busy),
        }
        assert!(started.elapsed() < ALIVE_TTL * 3, "never taken over");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(started.elapsed() >= ALIVE_TTL / 2, "taken over while its owner may be alive");
}

#[tokio::test]
async fn concurrent_claims_give_an_update_to_exactly_one_replica() {
    let redis = RedisServer::start();
    let replicas =
        [replica(&redis, 20).await, replica(&redis, 20).await, replica(&redis, 20).await];
    for id in 0..50u32 {
        let claims = futures_join(&replicas, id).await;
        let ours = claims.iter().filter(|claim| **claim == Claim::Ours).count();
        assert_eq!(ours, 1, "update {id}: {claims:?}");
    }
}

async fn futures_join(replicas: &[Arc<Shared>; 3], id: u32) -> Vec<Claim> {
    let [a, b, c] = replicas.clone();
    let (x, y, z) = tokio::join!(
        tokio::spawn(async move { a.claim(id).await }),
        tokio::spawn(async move { b.claim(id).await }),
        tokio::spawn(async move { c.claim(id).await })
    );
    vec![x.unwrap(), y.unwrap(), z.unwrap()]
}

#[tokio::test]
async fn a_flooder_spread_over_replicas_gets_one_limit() {
    let redis = RedisServer::start();
    let (a, b) = (replica(&redis, 5).await, replica(&redis, 5).await);
    let mut verdicts = Vec::new();
    for turn in 0..16 {
        let replica = if turn % 2 == 0 { &a } else { &b };
        verdicts.push(replica.admit(-1001).await);
    }
    let answered = verdicts.iter().filter(|v| **v == Admission::Answer).count();
    let warned = verdicts.iter().filter(|v| matches!(v, Admission::SlowDown { .. })).count();
    assert_eq!((answered, warned), (5, 1), "{verdicts:?}");
    assert!(
        matches!(verdicts[5], Admission::SlowDown { retry_in } if retry_in <= Duration::from_secs(60))
    );
    assert_eq!(a.admit(-1002).await, Admission::Answer, "another chat is not held up");
    let ttl = redis.ttl_ms(&format!("aqb:{BOT}:flood:-1001"));
    assert!(ttl > 0 && ttl <= 60_000, "the window's key lives as long as the window: {ttl}");
}

#[tokio::test]
async fn a_context_saved_by_one_replica_is_read_by_the_other_and_holds_no_text() {
    let redis = RedisServer::start();
    let (a, b) = (replica(&redis, 20).await, replica(&redis, 20).await);
    let mut state = State::default();
    state.answered("trenin", 1_700_000_000);
    a.save_context("555:777", &state).await;
    assert_eq!(b.load_context("555:777").await, state);
    assert_eq!(b.load_context("555:778").await, State::default());
    let key = format!("aqb:{BOT}:ctx:555:777");
    let ttl = redis.ttl_ms(&key);
    assert!(ttl > 0 && ttl <= IDLE_EXPIRY.as_millis() as i64, "{ttl}");
    let stored = redis.dump();
    let (_, json) = stored.iter().find(|(k, _)| *k == key).expect("the context key");
    assert!(json.contains("trenin") && json.len() < 200, "{json}");
    for (key, _) in &stored {
        assert!(
            key.starts_with(&format!("aqb:{BOT}:")),
            "a key outside the bot's namespace: {key}"
        );
    }
}

#[tokio::test]
async fn without_redis_the_bot_keeps_answering_and_comes_back_to_it() {
    let mut redis = RedisServer::start();
    let shared = replica(&redis, 3).await;
    redis.stop();
    // Every call works, from this process's memory, and quickly.
    let started = std::time::Instant::now();
    assert_eq!(shared.claim(1).await, Claim::Ours);
    let mut state = State::default();
    state.answered("sco", 1_700_000_000);
    shared.save_context("c", &state).await;
    assert_eq!(shared.load_context("c").await, state);
    let verdicts: Vec<Admission> = futures::future::join_all((0..5).map(|_| shared.admit(9))).await;
    assert_eq!(verdicts.iter().filter(|v| **v == Admission::Answer).count(), 3, "{verdicts:?}");
    assert!(shared.is_degraded());
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());

    redis.restart();
    let deadline = std::time::Instant::now() + Duration::from_secs(40);
    while shared.is_degraded() {
        assert!(std::time::Instant::now() < deadline, "never reconnected");
        let _ = shared.claim(2).await;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    shared.save_context("c", &state).await;
    assert!(redis.dump().iter().any(|(key, _)| key.ends_with(":ctx:c")), "{:?}", redis.dump());
}
