//! Long lists page through everything by keyset, on pages and in the API, and name
//! search folds case and accents the same way on both backends.

use crate::harness::{Api, Browser, TestApp, token_for};
use domain::accounts::{AccountStatus, Email};
use domain::organisations::{OrganisationInput, ReviewStatus};
use reqwest::StatusCode;
use store::accounts::NewUser;

/// Writes `names` as organisations of one new person, in one transaction (fast: no
/// password hashing), with the given review status.
async fn organisations(app: &TestApp, names: &[String], status: ReviewStatus) {
    let now = store::now();
    let mut tx = app.db.begin().await.unwrap();
    let email = Email::parse("email", &format!("owner-{}@bulk.example", names.len())).unwrap();
    let user = NewUser {
        email: &email,
        name: "Bulk Owner",
        password_hash: "not-a-hash",
        language: None,
        is_admin: false,
        confirmed_at: Some(now),
        status: AccountStatus::Approved,
    };
    let uid = tx.create_user(user, now).await.unwrap();
    for name in names {
        let input =
            OrganisationInput { name: name.clone(), kind: "ngo".into(), country: "AT".into(), ..Default::default() };
        let id = tx.create_organisation(&input.parse().unwrap(), uid, now).await.unwrap();
        tx.set_organisation_status(id, status, now).await.unwrap();
    }
    tx.commit().await.unwrap();
}

/// The organisation names on a directory page, in order.
fn names_on(body: &str) -> Vec<String> {
    body.split(r#"<h2 class="card-title"><a href="/organisations/"#)
        .skip(1)
        .map(|s| unescape(s.split_once('>').unwrap().1.split("</a>").next().unwrap()))
        .collect()
}

fn link(body: &str, rel: &str) -> Option<String> {
    let at = body.find(&format!(r#"" rel="{rel}""#))?;
    let start = body[..at].rfind("href=\"")? + 6;
    Some(unescape(&body[start..at]))
}

/// Undoes the HTML escaping of an attribute value (`&amp;`, `&#38;`, `&#x2B;`).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').map(|e| at + e).expect("an entity ends with ;");
        let entity = &rest[at + 1..end];
        let c = match entity {
            "amp" => '&',
            "quot" => '"',
            "lt" => '<',
            "gt" => '>',
            e if e.starts_with("#x") => char::from_u32(u32::from_str_radix(&e[2..], 16).unwrap()).unwrap(),
            e => char::from_u32(e[1..].parse().unwrap()).unwrap(),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The organisation names of every directory page from `start`, following `rel` links
/// (`next` or `prev`), in list order.
async fn walk(b: &mut Browser, start: &str, rel: &str) -> Vec<String> {
    let mut pages = html_pages(b, start, rel).await;
    if rel == "prev" {
        pages.reverse();
    }
    pages.iter().flat_map(|p| names_on(p)).collect()
}

#[tokio::test]
async fn the_directory_pages_through_everything_in_folded_name_order() {
    let app = TestApp::spawn().await;
    let mut names: Vec<String> = (1..=44).map(|i| format!("Org {i:03}")).collect();
    names.extend(["Österreichische Stadt".into(), "Ostrava".into(), "École d'Été".into(), "Straße der Ämter".into()]);
    organisations(&app, &names, ReviewStatus::Approved).await;
    let mut expected = names.clone();
    expected.sort_by_key(|n| domain::text::fold(n));
    assert_eq!(expected[..2], ["École d'Été", "Org 001"]);
    assert_eq!(expected[44..], ["Org 044", "Österreichische Stadt", "Ostrava", "Straße der Ämter"]);

    let mut b = app.browser();
    let first = b.get("/organisations").await;
    first.assert_contains("48 organisations found");
    assert!(link(&first.body, "prev").is_none());
    let forward = walk(&mut b, "/organisations", "next").await;
    assert_eq!(forward, expected);
    let last = link(&first.body, "next").map(|_| "/organisations?last=1".to_owned()).unwrap();
    let backward = walk(&mut b, &last, "prev").await;
    assert_eq!(backward, expected);

    let api = Api::new(&app, None);
    let seen: Vec<String> = api_items(&api, "/api/v1/organisations", 48)
        .await
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, expected);
}

/// Every item of an API list, following `next` cursors from `path` (which may already
/// hold a query string), checking that each page states `total`.
async fn api_items(api: &Api, path: &str, total: i64) -> Vec<serde_json::Value> {
    let sep = if path.contains('?') { '&' } else { '?' };
    let (mut items, mut cursor) = (Vec::new(), None::<String>);
    for _ in 0..20 {
        let url = match &cursor {
            Some(c) => format!("{path}{sep}after={}", web::error::urlencode(c)),
            None => path.to_owned(),
        };
        let page = api.get(&url).await.json();
        assert_eq!(page["total"], total, "{url}");
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return items,
        }
    }
    panic!("more than 20 pages at {path}: the cursors go round in circles");
}

/// Every page of an HTML list, following its `rel` (`next` or `prev`) links from `path`.
async fn html_pages(b: &mut Browser, path: &str, rel: &str) -> Vec<String> {
    let (mut bodies, mut next) = (Vec::new(), Some(path.to_owned()));
    for _ in 0..20 {
        let Some(path) = next else { return bodies };
        let r = b.get(&path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        next = link(&r.body, rel);
        bodies.push(r.body);
    }
    panic!("more than 20 pages: the pager goes round in circles");
}

#[tokio::test]
async fn name_search_ignores_case_and_accents() {
    let app = TestApp::spawn().await;
    let names = ["Österreichische Bundesbeschaffung", "ÉCOLE Polytechnique", "Straße der Ämter", "Oslo Kommune"];
    organisations(&app, &names.map(String::from), ReviewStatus::Approved).await;
    let api = Api::new(&app, None);
    for (q, found) in [
        ("osterreich", "Österreichische Bundesbeschaffung"),
        ("ÖSTERREICH", "Österreichische Bundesbeschaffung"),
        ("école", "ÉCOLE Polytechnique"),
        ("Ecole", "ÉCOLE Polytechnique"),
        ("strasse", "Straße der Ämter"),
        ("STRAẞE", "Straße der Ämter"),
        ("amter", "Straße der Ämter"),
    ] {
        let r = api.get(&format!("/api/v1/organisations?q={}", web::error::urlencode(q))).await.json();
        let got: Vec<&str> = r["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
        assert_eq!(got, [found], "{q}");
        assert_eq!(r["total"], 1, "{q}");
    }
    // LIKE's wildcards are taken literally, not as "anything".
    for q in ["%", "_", "\\"] {
        let r = api.get(&format!("/api/v1/organisations?q={}", web::error::urlencode(q))).await.json();
        assert_eq!(r["total"], 4, "{q}: an empty pattern is no filter");
    }
    let r = api.get("/api/v1/organisations?q=O%25Kommune").await.json();
    assert_eq!(r["total"], 0);
    let mut b = app.browser();
    b.get("/organisations?q=%C3%96sterreich").await.assert_contains("Österreichische Bundesbeschaffung");
}

#[tokio::test]
async fn a_write_shows_in_the_next_count() {
    let app = TestApp::spawn().await;
    let api = Api::new(&app, None);
    organisations(&app, &["First".to_owned()], ReviewStatus::Approved).await;
    assert_eq!(api.get("/api/v1/organisations").await.json()["total"], 1);
    organisations(&app, &["Second".to_owned(), "Third".to_owned()], ReviewStatus::Approved).await;
    assert_eq!(api.get("/api/v1/organisations").await.json()["total"], 3);
}

#[tokio::test]
async fn review_queues_and_the_audit_log_have_no_cap() {
    let app = TestApp::spawn().await;
    let names: Vec<String> = (0..230).map(|i| format!("Pending {i:03}")).collect();
    organisations(&app, &names, ReviewStatus::Pending).await;
    // 230 people waiting, written directly: no mail, no hashing.
    let now = store::now();
    let mut tx = app.db.begin().await.unwrap();
    for i in 0..230 {
        let email = Email::parse("email", &format!("wait{i}@queue.example")).unwrap();
        let user = NewUser {
            email: &email,
            name: &format!("Waiting {i:03}"),
            password_hash: "not-a-hash",
            language: None,
            is_admin: false,
            confirmed_at: Some(now + i),
            status: AccountStatus::Pending,
        };
        tx.create_user(user, now + i).await.unwrap();
    }
    tx.commit().await.unwrap();

    let mut admin = app.admin().await;
    let r = admin.get("/admin/organisations?status=pending").await;
    r.assert_contains("230 organisations found");
    let pages = html_pages(&mut admin, "/admin/organisations?status=pending", "next").await;
    assert_eq!(pages.iter().map(|b| b.matches("/approve\"").count()).sum::<usize>(), 230);

    let token = token_for(&mut admin, "ops").await;
    let api = Api::new(&app, Some(&token));
    let people: std::collections::BTreeSet<String> = api_items(&api, "/api/v1/admin/users", 230)
        .await
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(people.len(), 230, "every waiting person once");

    // The audit log pages through every entry, newest first, several to a second.
    let mut tx = app.db.begin().await.unwrap();
    for i in 0..130 {
        let e = store::admin::NewAudit {
            actor: None,
            action: domain::admin::AuditAction::UserApproved,
            target_type: "user",
            target_id: Some(i),
            target_label: "someone",
            detail: "",
        };
        tx.audit(e, now + i / 3).await.unwrap();
    }
    tx.commit().await.unwrap();
    let ids: Vec<i64> = api_items(&api, "/api/v1/admin/audit?action=user.approved", 130)
        .await
        .iter()
        .map(|e| e["target_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, (0..130).rev().collect::<Vec<i64>>());
    let pages = html_pages(&mut admin, "/admin/audit?action=user.approved", "next").await;
    assert_eq!(pages.iter().map(|b| b.matches(">someone</td>").count()).sum::<usize>(), 130);
}

#[tokio::test]
async fn the_directory_filters_by_region_size_and_eic_support_and_sorts() {
    let app = crate::harness::TestApp::spawn().await;
    let mut owner = app.signed_in("lea@flowmed.example", "Léa").await;
    let mut admin = app.admin().await;
    let company = |name: &'static str, size: &'static str, nuts: &'static str, eic: bool| {
        let mut f = vec![("name", name), ("kind", "company"), ("size_class", size), ("country", "DE"), ("nuts", nuts)];
        if eic {
            f.push(("eic_supported", "1"));
        }
        f
    };
    for (name, size, nuts, eic) in
        [("Alpha Robotics", "small", "DE212", true), ("Beta Health", "medium", "DE300", false)]
    {
        let r = owner.post_form("/organisations", &company(name, size, nuts, eic)).await;
        assert_eq!(r.status, reqwest::StatusCode::SEE_OTHER, "{}", r.body);
        let id = r.location().rsplit('/').next().unwrap().to_owned();
        admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    }
    let mut b = app.browser();
    let r = b.get("/organisations?country=DE&nuts=DE2").await;
    r.assert_contains("Alpha Robotics");
    assert!(!r.body.contains("Beta Health"));
    r.assert_contains("Oberbayern (DE21)");
    assert!(b.get("/organisations?size=medium").await.body.contains("Beta Health"));
    assert!(!b.get("/organisations?size=medium").await.body.contains("Alpha Robotics"));
    let eic = b.get("/organisations?eic=1").await;
    eic.assert_contains("Alpha Robotics");
    assert!(!eic.body.contains("Beta Health"));
    let newest = b.get("/organisations?sort=newest").await.body;
    assert!(newest.find("Beta Health").unwrap() < newest.find("Alpha Robotics").unwrap());
    for bad in [
        "/organisations?country=DE&nuts=FR10",
        "/organisations?size=huge",
        "/organisations?eic=maybe",
        "/organisations?sort=age",
    ] {
        assert_eq!(b.get(bad).await.status, reqwest::StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let api = crate::harness::Api::new(&app, None);
    let list = api.get("/api/v1/organisations?eic=1&size_class=small&nuts=DE21").await.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["eic_supported"], true);
    let newest = api.get("/api/v1/organisations?sort=newest").await.json();
    assert_eq!(newest["items"][0]["name"], "Beta Health");
}
