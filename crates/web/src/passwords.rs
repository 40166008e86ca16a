//! Argon2id password hashing, off the async threads (it is slow on purpose).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::LazyLock;

/// OWASP's recommended Argon2id setting: 19 MiB, 2 passes, 1 lane.
fn argon() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19 * 1024, 2, 1, None).expect("valid parameters"))
}

pub async fn hash(password: String) -> anyhow::Result<String> {
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
    tokio::task::spawn_blocking(move || {
        let real = hash.is_some();
        let stored = hash.unwrap_or_else(|| DUMMY.clone());
        let ok = PasswordHash::new(&stored).is_ok_and(|h| argon().verify_password(password.as_bytes(), &h).is_ok());
        ok && real
    })
    .await
    .unwrap_or(false)
}
