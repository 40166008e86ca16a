//! Argon2id password hashing, off the async threads (it is slow on purpose), on a pool of
//! as many threads of its own as there are cores; the rest wait their turn in a queue
//! (and the throttles keep that queue short).
//!
//! Each hash needs 19 MiB of work memory. Allocated per hash, the C allocator kept much
//! of it after every burst (its arenas fragment on such large aligned blocks: 500
//! sign-ins left 700 MB behind, 20 left 400 MB). So each hashing thread allocates its
//! work memory once and reuses it (`hash_password_into_with_memory`): the hub's hashing
//! memory is threads × 19 MiB, during a burst and after it.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;
use std::sync::{Arc, LazyLock, Mutex, mpsc};

/// OWASP's recommended Argon2id setting: 19 MiB, 2 passes, 1 lane.
fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid parameters")
}

thread_local! {
    /// This thread's Argon2 work memory, allocated on first use and kept.
    static WORK: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Argon2 of `password` and `salt` (raw bytes) into `out`, in this thread's work memory.
fn compute(a: &Argon2<'_>, blocks: usize, password: &[u8], salt: &[u8], out: &mut [u8]) -> Result<(), argon2::Error> {
    WORK.with_borrow_mut(|work| {
        if work.len() != blocks {
            *work = vec![Block::new(); blocks];
        }
        a.hash_password_into_with_memory(password, salt, out, &mut work[..])
    })
}

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) of `password`.
fn phc(password: &[u8]) -> Result<String, argon2::password_hash::Error> {
    let params = params();
    let salt = SaltString::generate(&mut OsRng);
    let mut raw_salt = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut raw_salt)?;
    let mut out = [0u8; 32];
    let a = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    compute(&a, params.block_count(), password, raw_salt, &mut out)?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out)?),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `stored` (whatever Argon2 parameters it names).
fn matches(password: &[u8], stored: &str) -> bool {
    let check = || -> Result<bool, argon2::password_hash::Error> {
        let h = PasswordHash::new(stored)?;
        let (Some(salt), Some(expected)) = (h.salt, h.hash) else { return Ok(false) };
        let params = Params::try_from(&h)?;
        let version = h.version.map(Version::try_from).transpose()?.unwrap_or_default();
        let a = Argon2::new(Algorithm::try_from(h.algorithm)?, version, params.clone());
        let mut raw_salt = [0u8; 64];
        let raw_salt = salt.decode_b64(&mut raw_salt)?;
        let mut out = vec![0u8; expected.len()];
        compute(&a, params.block_count(), password, raw_salt, &mut out)?;
        // `Output` compares in constant time.
        Ok(Output::new(&out)? == expected)
    };
    check().unwrap_or(false)
}

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads, fed by one queue. Process-wide on purpose: they bound a
/// process-wide resource (memory), whichever app state asks.
static POOL: LazyLock<Mutex<mpsc::Sender<Job>>> = LazyLock::new(|| {
    let (tx, rx) = mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));
    for i in 0..std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) {
        let rx = rx.clone();
        std::thread::Builder::new()
            .name(format!("argon2-{i}"))
            .spawn(move || {
                loop {
                    let job = match rx.lock().unwrap_or_else(|p| p.into_inner()).recv() {
                        Ok(job) => job,
                        Err(_) => return,
                    };
                    // A panicking job must not take its thread (and a slot of the pool) along.
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                }
            })
            .expect("a hashing thread starts");
    }
    Mutex::new(tx)
});

/// Runs `f` on the hashing pool and waits for its answer without blocking async threads.
async fn on_pool<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(f());
    });
    POOL.lock()
        .unwrap_or_else(|p| p.into_inner())
        .send(job)
        .map_err(|_| anyhow::anyhow!("the hashing pool stopped"))?;
    Ok(rx.await?)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    on_pool(move || phc(password.as_bytes()).map_err(|e| anyhow::anyhow!("{e}"))).await?
}

/// A hash to check against when the account does not exist, so that the answer takes
/// as long as for a real account.
static DUMMY: LazyLock<String> = LazyLock::new(|| phc(b"no such account").expect("hashing works"));

pub async fn verify(password: String, hash: Option<String>) -> bool {
    on_pool(move || {
        let real = hash.is_some();
        let stored = hash.unwrap_or_else(|| DUMMY.clone());
        matches(password.as_bytes(), &stored) && real
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn hashes_are_standard_phc_strings_both_ways() {
        let ours = phc(b"correct horse battery").unwrap();
        assert!(ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{ours}");
        let parsed = PasswordHash::new(&ours).unwrap();
        let standard = Argon2::new(Algorithm::Argon2id, Version::V0x13, params());
        assert!(standard.verify_password(b"correct horse battery", &parsed).is_ok());
        assert!(matches(b"correct horse battery", &ours));
        assert!(!matches(b"correct horse batterY", &ours));
        // Hashes written by the crate's own hasher, with other costs, still verify.
        let lighter = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8 * 1024, 1, 1, None).unwrap());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = lighter.hash_password(b"older account", &salt).unwrap().to_string();
        assert!(matches(b"older account", &theirs));
        assert!(!matches(b"older account!", &theirs));
        assert!(!matches(b"x", "not a phc string"));
    }
}
