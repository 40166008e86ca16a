//! Argon2id password hashing, off the async threads (it is slow on purpose), at most
//! as many at once as there are cores. Each hash takes 19 MiB: unbounded, a burst of
//! sign-ins would take gigabytes; bounded, the rest wait their turn in a queue (and the
//! throttles keep that queue short).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

/// OWASP's recommended Argon2id setting: 19 MiB, 2 passes, 1 lane.
fn argon() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid parameters"))
}

/// The hashing slots. A process-wide limit on purpose: it bounds a process-wide
/// resource (memory), whichever app state asks.
static SLOTS: LazyLock<tokio::sync::Semaphore> =
    LazyLock::new(|| tokio::sync::Semaphore::new(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)));

pub async fn hash(password: String) -> anyhow::Result<String> {
    let _slot = SLOTS.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| anyhow::anyhow!("{e}"))
    })
    .await?
}

/// A hash to check against when the account does not exist, so that the answer takes
/// as long as for a real account.
static DUMMY: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    argon().hash_password(b"no such account", &salt).expect("hashing works").to_string()
});

pub async fn verify(password: String, hash: Option<String>) -> bool {
    let Ok(_slot) = SLOTS.acquire().await else { return false };
    tokio::task::spawn_blocking(move || {
        let real = hash.is_some();
        let stored = hash.unwrap_or_else(|| DUMMY.clone());
        let ok = PasswordHash::new(&stored).is_ok_and(|h| argon().verify_password(password.as_bytes(), &h).is_ok());
        ok && real
    })
    .await
    .unwrap_or(false)
}
