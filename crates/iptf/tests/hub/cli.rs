//! The binary as an operator meets it.

use std::process::Command;

fn iptf() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_iptf"));
    c.env_remove("IPTF_DATABASE_URL").env_remove("IPTF_DATA_DIR").env_remove("IPTF_BIND");
    c
}

#[test]
fn an_unknown_database_scheme_is_a_one_line_error() {
    let dir = std::env::temp_dir().join(format!("iptf-cli-{}", std::process::id()));
    let out = iptf()
        .args(["--data-dir", dir.to_str().unwrap(), "--database-url", "mysql://x/y", "migrate"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unsupported database URL scheme `mysql`"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn an_unreachable_server_is_a_one_line_error() {
    let out = iptf().args(["--database-url", "postgres://nobody:secret@127.0.0.1:1/none", "migrate"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot reach the database at postgres://nobody:***@127.0.0.1:1/none"), "{err}");
    assert!(!err.contains("secret"), "the password is not printed");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn a_bad_bind_address_is_reported() {
    let out = iptf().env("IPTF_BIND", "localhost").arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bind address `localhost`"));
}

#[test]
fn seeding_and_admin_creation_on_the_embedded_database() {
    let dir = std::env::temp_dir().join(format!("iptf-cli-seed-{}", std::process::id()));
    let d = dir.to_str().unwrap();
    let out = iptf().args(["--data-dir", d, "seed", "--demo"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Twice is harmless.
    assert!(iptf().args(["--data-dir", d, "seed", "--demo", "--synthetic", "3"]).output().unwrap().status.success());
    let mut child = iptf()
        .args(["--data-dir", d, "admin", "create", "--email", "ops@hub.example", "--name", "Ops", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password-too-short"));
    let mut child = iptf()
        .args(["--data-dir", d, "admin", "create", "--email", "ops@hub.example", "--name", "Ops", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long operator passphrase\n").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let _ = std::fs::remove_dir_all(&dir);
}
