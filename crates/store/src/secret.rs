//! Bearer secrets (session cookies, mailed links, API tokens): random, shown to their
//! owner once, and stored only as a SHA-256 hash so a copy of the database grants nothing.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh 256-bit secret as hex, and its hash for storage.
pub fn new_secret() -> (String, String) {
    let plain = random_hex();
    let hash = hash(&plain);
    (plain, hash)
}

/// 256 random bits as hex, for ids that are not stored (anonymous visitors, file names).
pub fn random_hex() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash(plain: &str) -> String {
    hex::encode(Sha256::digest(plain.as_bytes()))
}
