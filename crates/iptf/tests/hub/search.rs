//! Search: the published resources, found in any EU language (stemming, folding, CPV
//! labels and topic names across languages), with facets and snippets; never an error
//! page for what is typed; the index is derived from the database's outbox.

use crate::harness::{Api, Browser, TestApp, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn publish(api: &Api, body: Value) -> i64 {
    let r = api.send(Method::POST, "/api/v1/resources", body).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let r = api.send(Method::PUT, &format!("/api/v1/resources/{id}/state"), json!({"state": "published"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    id
}

async fn setup() -> (TestApp, Api, i64) {
    let app = TestApp::spawn().await;
    let mut admin: Browser = app.admin().await;
    let r = admin
        .post_form("/initiatives", &[("acronym", "PROCEDIN"), ("name", "P"), ("summary", "s"), ("status", "founding")])
        .await;
    let ini: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    (app, api, ini)
}

#[tokio::test]
async fn one_box_finds_resources_in_any_language() {
    let (app, api, ini) = setup().await;
    let p = format!("initiative:{ini}");
    let fr = publish(
        &api,
        json!({"publisher": p, "kind": "guide", "title": "Mener des consultations du marché",
               "summary": "Les acheteurs publics rencontrent les fournisseurs.", "body": "Publier un avis de pré-information.",
               "language": "FRA", "topics": ["market-consultation"], "cpv": ["72000000-5"], "countries": ["FR"]}),
    )
    .await;
    let en = publish(
        &api,
        json!({"publisher": p, "kind": "case-study", "title": "Pre-commercial procurement of hospital beds",
               "summary": "How a hospital bought research and development.", "body": "Three phases.",
               "language": "ENG", "topics": ["pcp"],
               "case_study": {"buyer": "A hospital group", "country": "NL", "year": 2022}}),
    )
    .await;
    let draft = api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"publisher": p, "kind": "guide", "title": "Secret draft consultations",
               "summary": "x", "body": "y", "language": "ENG"}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let visitor = Api::new(&app, None);
    let ids = |v: &Value| v["hits"].as_array().unwrap().iter().map(|h| h["id"].as_i64().unwrap()).collect::<Vec<_>>();

    // Stemming and folding in the item's language: "marche" finds "marché", "consultation"
    // finds "consultations"; drafts are never found.
    let r = visitor.get("/api/v1/search?q=marche").await.json();
    assert_eq!(ids(&r), [fr]);
    let r = visitor.get("/api/v1/search?q=consultation").await.json();
    assert_eq!(ids(&r), [fr], "{r}");
    assert!(r["hits"][0]["snippet_html"].as_str().unwrap().contains("<b>"));
    assert!(!ids(&r).contains(&draft));
    // Across languages: a German query finds the French guide through its CPV code's label.
    let r = visitor.get("/api/v1/search?q=Softwareentwicklung%20Beratung").await.json();
    let r2 = visitor.get("/api/v1/search?q=Beratung").await.json();
    assert!(ids(&r).contains(&fr) || ids(&r2).contains(&fr), "{r} {r2}");
    assert_eq!(r2["hits"][0]["across_languages"], true);
    // Through a topic's name in another language: the English case study is about
    // pre-commercial procurement, which German calls "Vorkommerzielle Auftragsvergabe".
    let r = visitor.get("/api/v1/search?q=vorkommerzielle%20Auftragsvergabe").await.json();
    assert_eq!(ids(&r), [en], "{r}");
    assert_eq!(r["hits"][0]["across_languages"], true);
    // A typo in a longer word.
    let r = visitor.get("/api/v1/search?q=hospitl").await.json();
    assert_eq!(ids(&r), [en]);
    assert!(!r["notices"].as_array().unwrap().is_empty());

    // Facets count and narrow; an unknown value is set aside with a notice.
    let r = visitor.get("/api/v1/search").await.json();
    assert_eq!(r["total"], 2);
    let kinds: Vec<&str> =
        r["facets"]["kind"].as_array().unwrap().iter().map(|f| f["value"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"guide") && kinds.contains(&"case-study"));
    assert_eq!(ids(&visitor.get("/api/v1/search?topic=pcp").await.json()), [en]);
    let r = visitor.get("/api/v1/search?topic=cooking&language=XX").await.json();
    assert_eq!(r["total"], 2);
    assert_eq!(r["notices"].as_array().unwrap().len(), 2);
    assert_eq!(ids(&visitor.get("/api/v1/search?sort=date").await.json()), [en, fr]);

    // The page: the same, with highlighted snippets and facet links; never an error page.
    let mut b = app.browser();
    let page = b.get("/search?q=consultation").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<b>");
    page.assert_contains(&format!("/resources/{fr}"));
    for bad in [
        "%22unbalanced",
        "AND%20OR%20NOT",
        "title:(x",
        "%2A",
        "((((",
        &"x".repeat(3000),
        "%5C",
        "a%20b%20c%20d%20e%20f",
    ] {
        let r = b.get(&format!("/search?q={bad}&kind=nope&year=abcd")).await;
        assert_eq!(r.status, StatusCode::OK, "{bad}");
    }
    b.get(&format!("/search?q={}", "word%20".repeat(80))).await.assert_contains("first 200 characters");
    b.get("/search?q=Beratung").await.assert_contains("named in another language");

    // Archived: gone from the search at once.
    let r = api.send(Method::PUT, &format!("/api/v1/resources/{fr}/state"), json!({"state": "archived"})).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(ids(&visitor.get("/api/v1/search?q=marche").await.json()).is_empty());
}

#[tokio::test]
async fn another_process_builds_its_own_index_from_the_outbox() {
    let (app, api, ini) = setup().await;
    let id = publish(
        &api,
        json!({"publisher": format!("initiative:{ini}"), "kind": "toolkit", "title": "Innovationspartnerschaften planen",
               "summary": "Ein Werkzeugkasten für öffentliche Auftraggeber.", "body": "Schritte.", "language": "DEU"}),
    )
    .await;
    // A second process on the same database, with its own (empty) index folder, catches up.
    let other = web::find::Engine::open(&app.dir.join("search-of-another-process")).unwrap();
    assert!(other.index.is_empty());
    assert!(other.catch_up(&app.state).await.unwrap() >= 1);
    let q = search::SearchQuery { text: "Innovationspartnerschaft".into(), limit: 10, ..Default::default() };
    let hits = other.index.search(&q).unwrap().hits;
    assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [id]);
    // And a rebuild from the tables gives the same.
    let n = other.rebuild(&app.state, |_, _| {}).await.unwrap();
    assert_eq!(n, 1);
    assert_eq!(other.index.len(), 1);
}

#[tokio::test]
async fn the_search_box_completes_titles_as_one_types() {
    let (app, api, ini) = setup().await;
    let p = format!("initiative:{ini}");
    let guide = publish(
        &api,
        json!({"publisher": p, "kind": "guide", "title": "Préparer une consultation du marché", "summary": "s",
               "body": "b", "language": "FRA"}),
    )
    .await;
    let r = api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"publisher": p, "kind": "guide", "title": "Consultation draft",
               "summary": "s", "body": "b", "language": "ENG"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let anon = Api::new(&app, None);
    let titles =
        |v: Value| v.as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    // Accents and case do not matter; only what is published is offered.
    let s = anon.get("/api/v1/search/suggest?q=preparer%20une%20cons").await;
    assert_eq!(s.status, StatusCode::OK);
    assert_eq!(titles(s.json()), ["Préparer une consultation du marché"]);
    assert_eq!(anon.get("/api/v1/search/suggest?q=CONSU").await.json()[0]["url"], format!("/resources/{guide}"));
    assert_eq!(titles(anon.get("/api/v1/search/suggest?q=CONSU").await.json()).len(), 1);
    // Too little, operators, unbalanced quotes or very long input: an empty list, never an error.
    for q in ["c", "", "%22(*%20OR", &"x".repeat(5000)] {
        let r = anon.get(&format!("/api/v1/search/suggest?q={q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}");
        assert!(r.json().as_array().unwrap().is_empty(), "{q}");
    }
    // The page's box is wired to it by the script; without the script it is a plain field.
    let mut b = app.browser();
    b.get("/search").await.assert_contains("id=\"search-q\"");
}

#[tokio::test]
async fn approved_organisations_are_found_too() {
    let (app, admin, _) = setup().await;
    let mut owner = app.signed_in("owner@ville.example", "Olga Owner").await;
    let anon = Api::new(&app, None);
    // Pending: not in the search yet.
    let r = owner
        .post_form(
            "/organisations",
            &[
                ("name", "Hôpital Lumière"),
                ("kind", "public-authority"),
                ("country", "BE"),
                ("nuts", "BE10"),
                ("sectors", "health"),
            ],
        )
        .await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(anon.get("/api/v1/search?q=lumiere").await.json()["total"], 0);
    let r = admin.send(Method::POST, &format!("/api/v1/admin/organisations/{id}/approve"), json!({})).await;
    assert!(r.status.is_success(), "{} {}", r.status, r.body);
    // Approved: found by its name (accents folded) and, across languages, by its sector.
    let s = anon.get("/api/v1/search?q=lumiere").await.json();
    assert_eq!(s["total"], 1, "{s}");
    assert_eq!(s["hits"][0]["kind"], "organisation");
    assert_eq!(s["hits"][0]["url"], format!("/organisations/{id}"));
    let kinds = s["facets"]["kind"].as_array().unwrap();
    assert!(kinds.iter().any(|k| k["value"] == "organisation"));
    let by_sector = anon.get("/api/v1/search?q=Gesundheit&kind=organisation").await.json();
    assert_eq!(by_sector["total"], 1, "{by_sector}");
    assert_eq!(by_sector["hits"][0]["across_languages"], true);
    let mut v = app.browser();
    let page = v.get("/search?q=lumiere").await;
    page.assert_contains(&format!("href=\"/organisations/{id}\""));
    page.assert_contains("Organisation · Belgium");
    // Deleted: gone from the search.
    let r = owner.post_form(&format!("/organisations/{id}/delete"), &[]).await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    assert_eq!(anon.get("/api/v1/search?q=lumiere").await.json()["total"], 0);
}
