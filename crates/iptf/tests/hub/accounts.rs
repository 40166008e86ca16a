use crate::harness::{PASSWORD, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn register_confirm_sign_in_and_out() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    let r = b.get("/register").await;
    assert_eq!(r.status, StatusCode::OK);
    let r =
        b.post_form("/register", &[("name", "Ana Buyer"), ("email", "Ana@City.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Check your inbox");

    // Not confirmed yet: the right password does not open a session.
    let r = b.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_contains("Confirm your e-mail address first");

    let mails = app.mails_to("ana@city.example").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("Confirm your e-mail"), "{}", mails[0].subject);
    let link = app.link_for("ana@city.example").await;
    assert!(link.contains("/account/confirm/"));
    // Opening the link (as a mail scanner would, twice) uses nothing: it shows a button.
    for _ in 0..2 {
        let r = b.get(&link).await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_contains("Confirm my address");
        assert_eq!(r.headers["cache-control"], "no-store");
    }
    let r = b.post_form(&link, &[]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/sign-in?email=ana%40city.example"));
    b.get(&r.location()).await.assert_contains(r#"value="ana@city.example""#);
    // A confirmation link works once; used again it says so and offers to sign in.
    let r = b.post_form(&link, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Address already confirmed");
    r.assert_contains(r#"href="/sign-in?email=ana%40city.example""#);
    b.get(&link).await.assert_contains("Address already confirmed");
    let r = b.get("/account/confirm/0000000000000000000000000000000000000000000000000000000000000000").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    r.assert_contains("This link cannot be used");

    b.sign_in("ana@city.example", PASSWORD).await;
    let r = b.get("/account").await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Ana Buyer");
    r.assert_contains("Waiting for review by an administrator");
    r.assert_contains("usually within two working days. You will get an e-mail with the decision.");

    let r = b.post_form("/sign-out", &[]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/"));
    let r = b.get("/account").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/sign-in?next=%2Faccount");
}

#[tokio::test]
async fn registering_a_taken_address_answers_the_same_and_warns_its_owner() {
    let app = TestApp::spawn().await;
    let mut first = app.browser();
    let a =
        first.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", PASSWORD)]).await;
    let mut second = app.browser();
    let b = second
        .post_form(
            "/register",
            &[("name", "Mallory"), ("email", "ANA@city.example"), ("password", "another long passphrase")],
        )
        .await;
    assert_eq!(a.status, b.status);
    // The same page, but for what each typed (the address the mail went to, the name).
    let main = |s: &str, email: &str, name: &str| {
        s.split("<main").nth(1).unwrap().split("</main>").next().unwrap().replace(email, "EMAIL").replace(name, "NAME")
    };
    assert_eq!(main(&a.body, "ana@city.example", "Ana"), main(&b.body, "ANA@city.example", "Mallory"));
    // Unconfirmed: the second registration gets a fresh link of its own. Ana confirms with
    // hers, and her password is the one that signs in.
    let mails = app.mails_to("ana@city.example").await;
    assert_eq!(mails.len(), 2);
    assert!(
        mails.iter().all(|m| m.subject.contains("Confirm")),
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let anas_link = mails[0].links(&app.url).into_iter().find(|l| l.contains("/account/confirm/")).unwrap();
    assert_eq!(first.follow_link(&anas_link).await.status, StatusCode::SEE_OTHER);
    let mut fresh = app.browser();
    let r =
        fresh.post_form("/sign-in", &[("email", "ana@city.example"), ("password", "another long passphrase")]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER, "the second registrant's password does not sign in");
    fresh.sign_in("ana@city.example", PASSWORD).await;
    let users =
        app.db.users_by_status(domain::accounts::AccountStatus::Pending, &Default::default(), 10).await.unwrap().items;
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].name, "Ana");
    // Once confirmed, registering the address again warns its owner instead.
    second
        .post_form(
            "/register",
            &[("name", "Mallory"), ("email", "ana@city.example"), ("password", "another long passphrase")],
        )
        .await;
    assert!(app.mails_to("ana@city.example").await.last().unwrap().subject.contains("already have an account"));
}

#[tokio::test]
async fn registration_errors_are_shown_next_to_each_field() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    let r = b.post_form("/register", &[("name", ""), ("email", "not-an-address"), ("password", "short")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("There is a problem");
    r.assert_contains(r#"id="f-name-error""#);
    r.assert_contains("Enter an e-mail address like name@example.eu");
    r.assert_contains("Use at least 12 characters.");
    r.assert_contains(r#"value="not-an-address""#);
    r.assert_contains(r#"aria-invalid="true""#);
    assert!(!r.body.contains(r#"value="short""#), "a password is never sent back");

    let r =
        b.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", "qwerty123456")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("too common");
    let long = "x".repeat(101);
    let r = b.post_form("/register", &[("name", &long), ("email", "ana@city.example"), ("password", PASSWORD)]).await;
    r.assert_contains("Enter at most 100 characters.");
    assert!(app.mails().await.is_empty());
}

#[tokio::test]
async fn wrong_credentials_get_one_message_and_sessions_rotate() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let mut other = app.browser();
    let wrong = other.post_form("/sign-in", &[("email", "ana@city.example"), ("password", "not the password!")]).await;
    let unknown =
        other.post_form("/sign-in", &[("email", "nobody@city.example"), ("password", "not the password!")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("The e-mail address or the password is not right.");
    unknown.assert_contains("The e-mail address or the password is not right.");

    // Signing in again gives a new session token; the old one stops working.
    let cookie = |r: &crate::harness::Resp| {
        r.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("iptf_session="))
            .unwrap()
    };
    let first = b.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    let old = cookie(&first);
    b.get("/account").await; // the new session has a new CSRF token
    let second = b.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(second.status, StatusCode::SEE_OTHER, "{}", second.body);
    let new = cookie(&second);
    assert_ne!(old, new);
    let old_value = old.split(';').next().unwrap().to_owned();
    let stale = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let r = stale.get(format!("{}/account", app.url)).header("cookie", old_value).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "the replaced session is gone");
}

#[tokio::test]
async fn sign_in_is_throttled_per_account() {
    let app = TestApp::spawn().await;
    app.signed_in("ana@city.example", "Ana").await;
    let mut attacker = app.browser();
    for _ in 0..5 {
        let r =
            attacker.post_form("/sign-in", &[("email", "ana@city.example"), ("password", "guess guess guess")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Even the right password is refused now, before it is checked.
    let r = attacker.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    r.assert_contains("Too many failed attempts");
    // Another account from the same address is still fine.
    app.signed_in("bob@city.example", "Bob").await;
}

#[tokio::test]
async fn sign_in_is_throttled_per_address() {
    let app = TestApp::spawn().await;
    app.signed_in("ana@city.example", "Ana").await;
    let mut attacker = app.browser();
    for i in 0..20 {
        let email = format!("victim{i}@city.example");
        let r = attacker.post_form("/sign-in", &[("email", &email), ("password", "guess guess guess")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let r = attacker.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn password_reset_by_single_use_link() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut b = app.browser();
    let known = b.post_form("/password/forgot", &[("email", "ana@city.example")]).await;
    let unknown = b.post_form("/password/forgot", &[("email", "ghost@city.example")]).await;
    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(unknown.status, StatusCode::OK);
    known.assert_contains("If an account uses this address");
    unknown.assert_contains("If an account uses this address");
    assert!(app.mails_to("ghost@city.example").await.is_empty());

    let link = app.link_for("ana@city.example").await;
    assert!(link.contains("/password/reset/"));
    let r = b.get(&link).await;
    assert_eq!(r.status, StatusCode::OK);
    let path = link.trim_start_matches(&app.url).to_owned();
    let r = b.post_form(&path, &[("password", "short")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a bad password keeps the link usable");
    let r = b.post_form(&path, &[("password", "a brand new passphrase")]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/sign-in"));
    // Used once; Ana's old session ended; the new password works, the old one not.
    let r = b.get(&link).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(ana.get("/account").await.status, StatusCode::SEE_OTHER);
    let r = b.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    b.sign_in("ana@city.example", "a brand new passphrase").await;
    assert!(app.mails_to("ana@city.example").await.last().unwrap().subject.contains("password was changed"));
}

#[tokio::test]
async fn expired_reset_link_is_refused() {
    let app = TestApp::spawn().await;
    app.signed_in("ana@city.example", "Ana").await;
    let mut b = app.browser();
    b.post_form("/password/forgot", &[("email", "ana@city.example")]).await;
    let link = app.link_for("ana@city.example").await;
    sqlx::query("UPDATE email_links SET expires_at = 1").execute(app.db.pool()).await.unwrap();
    assert_eq!(b.get(&link).await.status, StatusCode::NOT_FOUND);
    let path = link.trim_start_matches(&app.url).to_owned();
    let r = b.post_form(&path, &[("password", "a brand new passphrase")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn change_password_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::spawn().await;
    let mut here = app.signed_in("ana@city.example", "Ana").await;
    let mut elsewhere = app.browser();
    elsewhere.sign_in("ana@city.example", PASSWORD).await;
    let r = here
        .post_form(
            "/account/password",
            &[("current_password", "wrong wrong wrong"), ("new_password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("The password is not right.");
    let r = here
        .post_form("/account/password", &[("current_password", PASSWORD), ("new_password", "a brand new passphrase")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(here.get("/account").await.status, StatusCode::OK);
    assert_eq!(elsewhere.get("/account").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn change_email_through_a_link_to_the_new_address() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_form("/account/email", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    r.assert_contains("This is already your e-mail address.");
    let r = b.post_form("/account/email", &[("email", "ana@region.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = app.link_for("ana@region.example").await;
    assert!(link.contains("/account/email/confirm/"));
    assert_eq!(b.get(&link).await.status, StatusCode::OK, "opening the link changes nothing");
    b.get("/account").await.assert_contains("ana@city.example");
    assert_eq!(b.follow_link(&link).await.status, StatusCode::SEE_OTHER);
    b.get("/account").await.assert_contains("ana@region.example");
    assert!(app.mails_to("ana@city.example").await.last().unwrap().subject.contains("e-mail address was changed"));
    let mut fresh = app.browser();
    fresh.sign_in("ana@region.example", PASSWORD).await;
}

/// The new address was free when Ana asked, but Bea registered it before Ana confirmed:
/// the link is refused with the reason, and both accounts keep their addresses.
#[tokio::test]
async fn an_address_taken_meanwhile_is_not_given_twice() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let r = ana.post_form("/account/email", &[("email", "shared@region.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let link = app.link_for("shared@region.example").await;
    app.signed_in("shared@region.example", "Bea").await;
    let r = ana.follow_link(&link).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    r.assert_contains("Another account already uses this address.");
    ana.get("/account").await.assert_contains("ana@city.example");
    let e = domain::accounts::Email::parse("e", "shared@region.example").unwrap();
    assert_eq!(app.db.user_by_email(&e).await.unwrap().unwrap().name, "Bea");
    // The same through the API.
    let mut ana2 = app.signed_in("ana2@city.example", "Ana Two").await;
    let token = crate::harness::token_for(&mut ana2, "cli").await;
    let api = crate::harness::Api::new(&app, Some(&token));
    let r = api
        .send(
            reqwest::Method::PUT,
            "/api/v1/me/email",
            serde_json::json!({"email": "later@region.example", "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let link = app.link_for("later@region.example").await;
    app.signed_in("later@region.example", "Cem").await;
    let t = link.rsplit('/').next().unwrap();
    let r = api.send(reqwest::Method::POST, "/api/v1/account/email/confirm", serde_json::json!({"token": t})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(r.json()["errors"][0]["code"], "email-taken");
}

#[tokio::test]
async fn delete_account_erases_it() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_form("/account/delete", &[("password", "wrong wrong wrong")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = b.post_form("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/"));
    assert_eq!(b.get("/account").await.status, StatusCode::SEE_OTHER);
    let e = domain::accounts::Email::parse("e", "ana@city.example").unwrap();
    assert!(app.db.user_by_email(&e).await.unwrap().is_none());
    let entries = app.db.audit_entries(&Default::default(), &Default::default(), 10).await.unwrap().items;
    assert!(entries.iter().any(|e| e.action == "user.deleted"));
}

#[tokio::test]
async fn language_follows_the_browser_then_the_choice() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let fr =
        client.get(format!("{}/sign-in", app.url)).header("accept-language", "fr-BE,fr;q=0.9").send().await.unwrap();
    let body = fr.text().await.unwrap();
    assert!(body.contains("<html lang=\"fr\">") && body.contains("Se connecter"), "{body}");

    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_form("/language", &[("lang", "de"), ("next", "/account")]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/account"));
    b.get("/account").await.assert_contains("Ihr Konto");
    // Remembered on the account: another browser signing in gets German too.
    let mut other = app.browser();
    other.sign_in("ana@city.example", PASSWORD).await;
    other.get("/account").await.assert_contains("Ihr Konto");
    let r = b.post_form("/language", &[("lang", "xx")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn mail_sending_requests_are_throttled() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    for i in 0..10 {
        let email = format!("user{i}@city.example");
        let r = b.post_form("/password/forgot", &[("email", &email)]).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let r = b.post_form("/password/forgot", &[("email", "one-more@city.example")]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    r.assert_contains("Too many attempts");

    // Registering the same address again and again mails its owner a few times only.
    for _ in 0..5 {
        let r =
            b.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", PASSWORD)]).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    assert_eq!(app.mails_to("ana@city.example").await.len(), 3);
    for i in 0..5 {
        let email = format!("new{i}@city.example");
        b.post_form("/register", &[("name", "N"), ("email", &email), ("password", PASSWORD)]).await;
    }
    let r = b.post_form("/register", &[("name", "N"), ("email", "last@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "ten registrations an hour from one address");
}

/// A German common password is refused with the reason, on the page and in the API, in
/// the person's language.
#[tokio::test]
async fn guessable_passwords_are_refused_with_the_reason() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.get("/register").await;
    let r = b
        .post_form(
            "/register",
            &[("name", "Anna Schneider"), ("email", "anna@stadt-koeln.de"), ("password", "passwort1234")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("easy to guess");
    let r = b
        .post_form(
            "/register",
            &[("name", "Anna Schneider"), ("email", "anna@stadt-koeln.de"), ("password", "Schneider2026")],
        )
        .await;
    r.assert_contains("contains your name or e-mail address");
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/account/register", app.url))
        .header("accept-language", "de")
        .json(&serde_json::json!({"name": "Anna", "email": "anna@stadt-koeln.de", "password": "passwort1234"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p: serde_json::Value = r.json().await.unwrap();
    assert_eq!(p["errors"][0]["field"], "password");
    assert!(p["errors"][0]["detail"].as_str().unwrap().contains("erraten"), "{p}");
}

/// The language can be switched from the header of every page, without JavaScript.
#[tokio::test]
async fn the_language_switch_is_in_the_header() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    for path in ["/", "/organisations", "/sign-in", "/register"] {
        let r = b.get(path).await;
        let header = r.body.split("<header").nth(1).unwrap().split("</header>").next().unwrap().to_owned();
        assert!(header.contains(r#"action="/language""#), "{path}");
        assert!(header.contains(r#"name="lang" value="fr""#) && header.contains(r#"name="lang" value="de""#), "{path}");
    }
    let r = b.post_form("/language", &[("lang", "de"), ("next", "/organisations")]).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/organisations"));
    b.get("/organisations").await.assert_contains(r#"<html lang="de""#);
}
