//! The knowledge hub beyond plain resources: case studies and their comparison,
//! translations, attached files checked by content, Atom feeds and sharing cards.

use crate::harness::{Api, Browser, TestApp, initiative_with_editor, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

fn id_of(location: &str) -> i64 {
    location.rsplit('/').next().unwrap().parse().unwrap()
}

async fn create(b: &mut Browser, fields: &[(&str, &str)]) -> i64 {
    let r = b.post_form("/resources", fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id_of(&r.location())
}

async fn publish(b: &mut Browser, id: i64) {
    let r = b.post_form(&format!("/resources/{id}/state"), &[("state", "published")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

/// A page as a reader whose browser prefers `lang`.
async fn get_in(app: &TestApp, lang: &str, path: &str) -> String {
    let b = app.browser();
    b.client
        .get(format!("{}{path}", b.base))
        .header("accept-language", lang)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn case_studies_carry_outcomes_and_are_compared_side_by_side() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let publisher = format!("initiative:{ini}");
    let base = [
        ("publisher", publisher.as_str()),
        ("kind", "case-study"),
        ("summary", "What the city bought."),
        ("body", "The story."),
        ("language", "ENG"),
        ("sectors", "health"),
    ];
    // A case study names its buyer, country and year; bad values are named.
    let mut bad = base.to_vec();
    bad.extend([("title", "Lyon"), ("case_country", "US"), ("case_year", "1850"), ("case_budget", "lots")]);
    let r = bob.post_form("/resources", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["case_buyer", "case_country", "case_year", "case_budget"] {
        r.assert_contains(&format!("f-{f}-error"));
    }
    let mut lyon = base.to_vec();
    lyon.extend([
        ("title", "Lyon buys zero-emission buses"),
        ("case_buyer", "Ville de Lyon"),
        ("case_country", "FR"),
        ("case_procedure", "comp-dial"),
        ("case_year", "2023"),
        ("case_budget", "1 250 000,50"),
        ("case_currency", "EUR"),
        ("case_results", "Forty buses in service."),
        ("case_lessons", "Talk to the market early."),
    ]);
    let a = create(&mut bob, &lyon).await;
    publish(&mut bob, a).await;
    let page = bob.get(&format!("/resources/{a}")).await;
    page.assert_contains("Ville de Lyon");
    page.assert_contains("1,250,000.50 EUR");
    page.assert_contains("Talk to the market early.");

    // Another through the API, with another procedure.
    let api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"publisher": publisher, "kind": "case-study", "title": "Gent procures smart lighting",
                   "summary": "s", "body": "b", "language": "NLD", "sectors": ["health"],
                   "case_study": {"buyer": "Stad Gent", "country": "BE", "procedure": "innovation", "year": 2021,
                                  "budget": "400000", "currency": "EUR", "results": "Half the energy."}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let b = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["case_study"]["budget"], "400000.00");
    assert!(r.json()["procedures"].as_array().unwrap().contains(&json!("innovation")));
    let r = api.send(Method::PUT, &format!("/api/v1/resources/{b}/state"), json!({"state": "published"})).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"publisher": publisher, "kind": "case-study", "title": "t",
               "summary": "s", "body": "b", "language": "ENG", "case_study": {"buyer": "", "country": "XX"}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("case_buyer") && r.body.contains("case_year"), "{}", r.body);

    // Listed by procedure and sector, in the pages and the API.
    let mut visitor = app.browser();
    let list = visitor.get("/case-studies?procedure=comp-dial").await;
    list.assert_contains("Lyon buys zero-emission buses");
    assert!(!list.body.contains("Gent procures"));
    visitor.get("/case-studies?sector=health").await.assert_contains("Gent procures");
    assert_eq!(visitor.get("/case-studies?procedure=bribe").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let anon = Api::new(&app, None);
    let l = anon.get("/api/v1/resources?kind=case-study&procedure=innovation").await.json();
    assert_eq!(l["total"], 1);
    assert_eq!(l["items"][0]["case_study"]["buyer"], "Stad Gent");

    // Side by side: one column each, in the order asked; nonsense ids are left out.
    let cmp = visitor.get(&format!("/case-studies/compare?id={b}&id={a}&id=x&id=999")).await;
    assert_eq!(cmp.status, StatusCode::OK);
    let (g, l) = (cmp.body.find("Stad Gent").unwrap(), cmp.body.find("Ville de Lyon").unwrap());
    assert!(g < l);
    cmp.assert_contains("Half the energy.");
    visitor.get(&format!("/case-studies/compare?id={a}")).await.assert_contains("at least two");
    // The outcome is in the history's diff.
    let hist = bob.get(&format!("/resources/{a}/history")).await;
    hist.assert_contains("Outcome");
}

#[tokio::test]
async fn translations_are_linked_and_readers_see_their_language() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let publisher = format!("initiative:{ini}");
    let en = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "guide"),
            ("title", "Preparing a market consultation"),
            ("summary", "Step by step."),
            ("body", "Steps."),
            ("language", "ENG"),
        ],
    )
    .await;
    publish(&mut bob, en).await;
    // The translation form starts from the original's text.
    let form = bob.get(&format!("/resources/{en}/translate")).await;
    form.assert_contains("Preparing a market consultation");
    let fields = |title: &'static str, lang: &'static str| {
        vec![("kind", "guide"), ("title", title), ("summary", "Pas à pas."), ("body", "Étapes."), ("language", lang)]
    };
    // Its language is taken already.
    let r = bob.post_form(&format!("/resources/{en}/translations"), &fields("Préparer", "ENG")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-language-error");
    let r = bob
        .post_form(&format!("/resources/{en}/translations"), &fields("Préparer une consultation du marché", "FRA"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let fr = id_of(&r.location());
    // A translation of the translation joins the same group; FRA is taken there too.
    let r = bob.post_form(&format!("/resources/{fr}/translations"), &fields("Encore", "FRA")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Someone who does not publish for the initiative cannot add one.
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;
    assert_eq!(carla.get(&format!("/resources/{en}/translate")).await.status, StatusCode::NOT_FOUND);

    // A draft translation is not offered to readers yet.
    assert!(!get_in(&app, "fr", &format!("/resources/{en}")).await.contains("Préparer une consultation"));
    publish(&mut bob, fr).await;
    let page = get_in(&app, "fr", &format!("/resources/{en}")).await;
    assert!(page.contains(&format!("href=\"/resources/{fr}\"")), "the French reader is offered the French version");
    assert!(page.contains("hreflang=\"fr\""));
    // The library shows each reader one version: theirs.
    let list_fr = get_in(&app, "fr", "/resources").await;
    assert!(list_fr.contains("Préparer une consultation du marché") && !list_fr.contains("Preparing a market"));
    let list_en = get_in(&app, "en", "/resources").await;
    assert!(list_en.contains("Preparing a market") && !list_en.contains("Préparer une consultation"));
    let list_de = get_in(&app, "de", "/resources").await;
    assert!(list_de.contains("Preparing a market") && !list_de.contains("Préparer une consultation"));
    // A language filter shows that language's versions.
    assert!(get_in(&app, "en", "/resources?language=FRA").await.contains("Préparer une consultation"));

    // The API: the group, and the same choice on request.
    let anon = Api::new(&app, None);
    let group = anon.get(&format!("/api/v1/resources/{en}/translations")).await.json();
    assert_eq!(group.as_array().unwrap().len(), 2);
    assert_eq!(group[0]["translation_group"], group[1]["translation_group"]);
    assert_eq!(anon.get("/api/v1/resources").await.json()["total"], 2);
    let one = anon.get("/api/v1/resources?prefer_language=FRA").await.json();
    assert_eq!(one["total"], 1);
    assert_eq!(one["items"][0]["id"], fr);
    assert_eq!(anon.get("/api/v1/resources?prefer_language=XX").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"kind": "guide", "title": "Vorbereitung", "summary": "s",
               "body": "b", "language": "DEU", "translation_of": fr}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["translation_group"], en);
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    let r = carla_api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"kind": "guide", "title": "x", "summary": "s",
               "body": "b", "language": "ITA", "translation_of": en}),
        )
        .await;
    assert!(r.status == StatusCode::FORBIDDEN || r.status == StatusCode::UNPROCESSABLE_ENTITY, "{}", r.status);

    // Deleting the original: only its publishers may; the search and the library forget
    // it; its translations stay linked.
    assert_eq!(anon.get("/api/v1/search?q=preparing").await.json()["total"], 1);
    assert_eq!(
        carla_api.send(Method::DELETE, &format!("/api/v1/resources/{en}"), json!({})).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(carla.get(&format!("/resources/{en}/delete")).await.status, StatusCode::NOT_FOUND);
    bob.get(&format!("/resources/{en}/delete")).await.assert_contains("Its translations stay");
    let r = bob.post_form(&format!("/resources/{en}/delete"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(anon.get(&format!("/api/v1/resources/{en}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.get("/api/v1/search?q=preparing").await.json()["total"], 0);
    let group = api.get(&format!("/api/v1/resources/{fr}/translations")).await.json();
    assert_eq!(group.as_array().unwrap().len(), 2, "{group}");
    assert_eq!(
        api.send(Method::DELETE, &format!("/api/v1/resources/{en}"), json!({})).await.status,
        StatusCode::NOT_FOUND
    );
}

/// A small but whole PDF.
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// A minimal DOCX-shaped ZIP: stored entries and the end record.
fn docx() -> Vec<u8> {
    let mut out = Vec::new();
    for (name, data) in [("[Content_Types].xml", &b"<Types/>"[..]), ("word/document.xml", b"<w:document/>")] {
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
    }
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 18]);
    out
}

#[tokio::test]
async fn files_are_checked_by_content_and_handed_over_as_attachments() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let publisher = format!("initiative:{ini}");
    // Only a title and a summary: a draft may be, a published resource may not.
    let id = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "template"),
            ("title", "Tender template"),
            ("summary", "To adapt."),
            ("language", "ENG"),
        ],
    )
    .await;
    let r = bob.post_form(&format!("/resources/{id}/state"), &[("state", "published")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    assert_eq!(api.get(&format!("/api/v1/resources/{id}")).await.json()["state"], "draft");
    let r = api.send(Method::PUT, &format!("/api/v1/resources/{id}/state"), json!({"state": "published"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("nothing-to-read"), "{}", r.body);

    // The file page is a multipart form; a file that says it is a PDF but is not is refused.
    let page = bob.get(&format!("/resources/{id}/files")).await;
    page.assert_contains("enctype=\"multipart/form-data\"");
    let r = bob
        .post_file(&format!("/resources/{id}/files"), &[], ("file", "template.pdf", b"<html><script>alert(1)</script>"))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-file-error");
    let r =
        bob.post_file(&format!("/resources/{id}/files"), &[], ("file", "template.pdf", b"%PDF-1.4 cut short")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = bob.post_file(&format!("/resources/{id}/files"), &[], ("file", "../../Modèle <final>.pdf", PDF)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let files = api.get(&format!("/api/v1/resources/{id}/files")).await.json();
    assert_eq!(files[0]["name"], "Modèle final.pdf");
    assert_eq!(files[0]["kind"], "pdf");
    let fid = files[0]["id"].as_i64().unwrap();

    // A draft's file is its publishers' alone.
    let visitor = app.browser();
    let (status, _, _) = visitor.get_bytes(&format!("/resources/{id}/files/{fid}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    publish(&mut bob, id).await;
    let r = visitor.client.get(format!("{}/resources/{id}/files/{fid}", visitor.base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "application/pdf");
    assert_eq!(h["x-content-type-options"], "nosniff");
    let cd = h["content-disposition"].to_str().unwrap();
    assert!(cd.starts_with("attachment; filename=\"Mod_le final.pdf\""), "{cd}");
    assert!(cd.contains("filename*=UTF-8''Mod%C3%A8le%20final.pdf"), "{cd}");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    // Another resource's address does not reach it.
    let (status, _, _) = visitor.get_bytes(&format!("/resources/{}/files/{fid}", id + 1)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    bob.get(&format!("/resources/{id}")).await.assert_contains("Modèle final.pdf");

    // The API: the content decides the kind, the name gets its real extension.
    let r = api
        .send_bytes(Method::POST, &format!("/api/v1/resources/{id}/files?name=plan.pdf"), "application/pdf", docx())
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["name"], "plan.docx");
    assert_eq!(r.json()["kind"], "docx");
    let docx_id = r.json()["id"].as_i64().unwrap();
    let r = api
        .send_bytes(Method::POST, &format!("/api/v1/resources/{id}/files"), "application/pdf", b"MZ\x90\x00".to_vec())
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("file-kind"));
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    let r = carla_api
        .send_bytes(Method::POST, &format!("/api/v1/resources/{id}/files"), "application/pdf", PDF.to_vec())
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        carla_api.send(Method::DELETE, &format!("/api/v1/resources/{id}/files/{fid}"), json!({})).await.status,
        StatusCode::NOT_FOUND
    );

    // Removing files: the published resource keeps its last one.
    assert_eq!(
        api.send(Method::DELETE, &format!("/api/v1/resources/{id}/files/{docx_id}"), json!({})).await.status,
        StatusCode::NO_CONTENT
    );
    let r = api.send(Method::DELETE, &format!("/api/v1/resources/{id}/files/{fid}"), json!({})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(api.get(&format!("/api/v1/resources/{id}/files")).await.json().as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn feeds_follow_the_filters_and_pages_carry_sharing_cards() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let publisher = format!("initiative:{ini}");
    let a = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "guide"),
            ("title", "Costs & <benefits> of PCP"),
            ("summary", "Why \"pre-commercial\" pays."),
            ("body", "b"),
            ("language", "ENG"),
            ("topics", "pcp"),
        ],
    )
    .await;
    publish(&mut bob, a).await;
    let b = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "report"),
            ("title", "Rapport annuel"),
            ("summary", "s"),
            ("body", "b"),
            ("language", "FRA"),
        ],
    )
    .await;
    publish(&mut bob, b).await;
    let draft = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "report"),
            ("title", "Secret draft"),
            ("summary", "s"),
            ("body", "b"),
            ("language", "ENG"),
        ],
    )
    .await;

    let visitor = app.browser();
    let r = visitor.client.get(format!("{}/resources/feed.atom", visitor.base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let all = r.text().await.unwrap();
    assert!(all.starts_with("<?xml"));
    assert!(all.contains("<title>Costs &amp; &lt;benefits&gt; of PCP</title>"), "{all}");
    assert!(
        all.contains("Rapport annuel")
            && !all.contains("Secret draft")
            && !all.contains(&format!("/resources/{draft}<"))
    );
    assert_eq!(all.matches("<entry").count(), 2);
    let get = |q: String| {
        let c = visitor.client.clone();
        let url = format!("{}/resources/feed.atom?{q}", visitor.base);
        async move { c.get(url).send().await.unwrap() }
    };
    let fr = get("language=FRA".into()).await.text().await.unwrap();
    assert!(fr.contains("Rapport annuel") && !fr.contains("PCP"));
    let topic = get("topic=pcp&kind=guide".into()).await.text().await.unwrap();
    assert!(topic.contains("PCP") && !topic.contains("Rapport"));
    let ini_feed = get(format!("initiative={ini}")).await.text().await.unwrap();
    assert_eq!(ini_feed.matches("<entry").count(), 2);
    assert_eq!(get("kind=poem".into()).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // The list links to the feed of what it shows.
    let mut v = app.browser();
    v.get("/resources?language=FRA").await.assert_contains("/resources/feed.atom?language=FRA");

    // Sharing cards and schema.org on a published resource, never on a draft.
    let page = v.get(&format!("/resources/{a}")).await;
    page.assert_contains("property=\"og:title\" content=\"Costs &#38; &#60;benefits&#62; of PCP\"");
    page.assert_contains("application/ld+json");
    page.assert_contains("\"@type\":\"LearningResource\"");
    page.assert_contains("\\u003cbenefits>");
    assert!(!bob.get(&format!("/resources/{draft}")).await.body.contains("og:title"));
}

#[tokio::test]
async fn the_landscape_map_counts_who_provides_expertise_where() {
    let app = TestApp::spawn().await;
    let (mut admin, mut bob, ini) = initiative_with_editor(&app).await;
    // The initiative works in France and Belgium on PCP.
    let r = admin
        .post_form(
            &format!("/initiatives/{ini}/edit"),
            &[
                ("acronym", "PROCEDIN"),
                ("name", "P"),
                ("summary", "s"),
                ("status", "founding"),
                ("topics", "pcp"),
                ("countries", "FR"),
                ("countries", "BE"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let bad = admin
        .post_form(
            &format!("/initiatives/{ini}/edit"),
            &[("acronym", "PROCEDIN"), ("name", "P"), ("summary", "s"), ("countries", "US")],
        )
        .await;
    bad.assert_contains("f-countries-error");
    // Two people in France: one shows country and topics, one keeps the topics to herself.
    let mut ana = app.signed_in("ana@example.fr", "Ana Martin").await;
    let shown = [("public", "1"), ("country", "FR"), ("show_country", "1"), ("topics", "pcp"), ("show_topics", "1")];
    assert_eq!(ana.post_form("/account/profile", &shown).await.status, StatusCode::SEE_OTHER);
    let mut eve = app.signed_in("eve@example.fr", "Eve Hidden").await;
    let hidden = [("public", "1"), ("country", "FR"), ("show_country", "1"), ("topics", "pcp")];
    assert_eq!(eve.post_form("/account/profile", &hidden).await.status, StatusCode::SEE_OTHER);
    // A resource on PCP tagged with France, and one in draft.
    let publisher = format!("initiative:{ini}");
    let r = create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "guide"),
            ("title", "PCP in France"),
            ("summary", "s"),
            ("body", "b"),
            ("language", "FRA"),
            ("topics", "pcp"),
            ("countries", "FR"),
        ],
    )
    .await;
    publish(&mut bob, r).await;
    create(
        &mut bob,
        &[
            ("publisher", &publisher),
            ("kind", "guide"),
            ("title", "Draft on PCP"),
            ("summary", "s"),
            ("body", "b"),
            ("language", "FRA"),
            ("topics", "pcp"),
            ("countries", "FR"),
        ],
    )
    .await;

    let api = Api::new(&app, None);
    let map = api.get("/api/v1/landscape").await.json();
    let cell = |c: &str, t: &str| {
        map["cells"].as_array().unwrap().iter().find(|x| x["country"] == c && x["topic"] == t).unwrap().clone()
    };
    let fr = cell("FR", "pcp");
    assert_eq!(
        (fr["initiatives"].as_i64(), fr["people"].as_i64(), fr["resources"].as_i64()),
        (Some(1), Some(1), Some(1)),
        "{fr}"
    );
    assert_eq!(fr["total"], 3);
    assert_eq!(cell("BE", "pcp")["total"], 1);
    assert_eq!(cell("DE", "pcp")["total"], 0);
    assert_eq!(map["gaps"], 27 * 9 - 2);
    let people_only = api.get("/api/v1/landscape?show=people").await.json();
    assert_eq!(people_only["gaps"], 27 * 9 - 1);
    assert_eq!(api.get("/api/v1/landscape?show=cats").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let behind = api.get("/api/v1/landscape/FR/pcp").await.json();
    assert_eq!(behind["people"][0]["name"], "Ana Martin");
    assert_eq!(behind["people"].as_array().unwrap().len(), 1);
    assert_eq!(behind["resources_total"], 1);
    assert_eq!(api.get("/api/v1/landscape/US/pcp").await.status, StatusCode::NOT_FOUND);

    // The page: a drawn grid with its text alternative, the table with a link per cell.
    let mut v = app.browser();
    let page = v.get("/landscape").await;
    page.assert_contains("<svg");
    // The picture is for the eye; its text form is the caption and the table.
    page.assert_contains("aria-hidden=\"true\"");
    page.assert_contains("<figcaption>A heat grid with a row per EU country");
    page.assert_contains("href=\"/landscape/FR/pcp\"");
    page.assert_contains("241 of 243");
    let cell_page = v.get("/landscape/FR/pcp").await;
    cell_page.assert_contains("PROCEDIN");
    cell_page.assert_contains("Ana Martin");
    cell_page.assert_contains("PCP in France");
    assert!(!cell_page.body.contains("Eve Hidden") && !cell_page.body.contains("Draft on PCP"));
    assert_eq!(v.get("/landscape?show=cats").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v.get("/landscape/XX/pcp").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn administrators_add_topics_that_resources_use() {
    let app = TestApp::spawn().await;
    let (mut admin, mut bob, ini) = initiative_with_editor(&app).await;
    // Only administrators add topics.
    assert_eq!(bob.get("/admin/topics").await.status, StatusCode::FORBIDDEN);
    let bad = admin.post_form("/admin/topics", &[("label_en", "PCP"), ("label_fr", ""), ("label_de", "x")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("f-label_en-error");
    bad.assert_contains("f-label_fr-error");
    let r = admin
        .post_form(
            "/admin/topics",
            &[("label_en", "Green procurement"), ("label_fr", "Achats verts"), ("label_de", "Grüne Beschaffung")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = admin
        .post_form("/admin/topics", &[("label_en", "Green  procurement!"), ("label_fr", "a"), ("label_de", "b")])
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "the same code twice");
    let anon = Api::new(&app, None);
    let topics = anon.get("/api/v1/topics").await.json();
    assert_eq!(topics.as_array().unwrap().len(), 10);
    assert_eq!(topics[9]["code"], "green-procurement");
    assert_eq!(topics[9]["curriculum"], false);

    // A resource takes it; readers see its name in their language; the list filters by it.
    let form = bob.get("/resources/new").await;
    form.assert_contains("value=\"green-procurement\"");
    let id = create(
        &mut bob,
        &[
            ("publisher", &format!("initiative:{ini}")),
            ("kind", "guide"),
            ("title", "Buying green"),
            ("summary", "s"),
            ("body", "b"),
            ("language", "ENG"),
            ("topics", "green-procurement"),
        ],
    )
    .await;
    publish(&mut bob, id).await;
    assert!(get_in(&app, "fr", &format!("/resources/{id}")).await.contains("Achats verts"));
    assert!(get_in(&app, "en", "/resources?topic=green-procurement").await.contains("Buying green"));
    assert_eq!(anon.get("/api/v1/resources?topic=green-procurement").await.json()["total"], 1);
    let s = anon.get("/api/v1/search?topic=green-procurement").await.json();
    assert_eq!(s["total"], 1, "{s}");
    assert!(get_in(&app, "de", "/search?q=buying").await.contains("Grüne Beschaffung"));

    // In use, it stays; unused, it goes, and is then refused on resources.
    let api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    assert_eq!(
        api.send(Method::DELETE, "/api/v1/topics/green-procurement", json!({})).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(api.send(Method::DELETE, "/api/v1/topics/pcp", json!({})).await.status, StatusCode::CONFLICT);
    let r = api
        .send(
            Method::POST,
            "/api/v1/topics",
            json!({"label_en": "Social clauses", "label_fr": "Clauses sociales", "label_de": "Soziale Klauseln"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(
        api.send(Method::DELETE, "/api/v1/topics/social-clauses", json!({})).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        api.send(Method::DELETE, "/api/v1/topics/social-clauses", json!({})).await.status,
        StatusCode::NOT_FOUND
    );
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = bob_api
        .send(
            Method::POST,
            "/api/v1/resources",
            json!({"publisher": format!("initiative:{ini}"), "kind": "guide",
               "title": "t", "summary": "s", "body": "b", "language": "ENG", "topics": ["social-clauses"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bob_api
            .send(Method::POST, "/api/v1/topics", json!({"label_en": "x", "label_fr": "y", "label_de": "z"}))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
