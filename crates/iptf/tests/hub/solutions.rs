//! Solutions: suppliers publish profiles, anonymously if they wish; buyers ask for contact;
//! the matcher ranks solutions for a challenge and challenges for a solution, with why;
//! CPV help (picker, hierarchy, suggestions). An anonymous supplier's name leaks nowhere.

use crate::harness::{Api, Browser, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// An approved company owned by a signed-in person: (browser, org id).
async fn supplier(app: &TestApp, admin: &mut Browser, email: &str, name: &str, eic: bool) -> (Browser, i64) {
    let mut b = app.signed_in(email, name).await;
    let mut fields = vec![
        ("name", name),
        ("kind", "company"),
        ("country", "FR"),
        ("size_class", "small"),
        ("sectors", "health"),
        ("description", "We build sensors."),
    ];
    if eic {
        fields.push(("eic_supported", "1"));
    }
    let r = b.post_form("/organisations", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    (b, id)
}

fn solution(org: i64, extra: Value) -> Value {
    let mut b = json!({"organisation_id": org, "title": "Capteur radar de détection de chute",
        "summary": "Notre capteur radar mural détecte les chutes des personnes âgées dans leur chambre, sans caméra, et alerte immédiatement le personnel soignant.",
        "problem": "Les chutes de nuit dans les établissements pour personnes âgées sont découvertes trop tard.",
        "trl": 8, "sectors": ["health"], "cpv": ["33196100"], "countries": ["FR", "BE", "DE"],
        "languages": ["FRA", "ENG"], "anonymous": true, "publish": true});
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

fn challenge(org: i64) -> Value {
    json!({"organisation_id": org, "title": "Sturzerkennung in Pflegeheimen",
        "problem": "Stürze älterer Menschen in der Nacht werden in unseren Pflegeheimen oft erst Stunden später bemerkt.",
        "outcomes": "Stürze werden automatisch erkannt und das Pflegepersonal sofort alarmiert, ohne Kameras.",
        "sectors": ["health"], "cpv": ["85311100"], "interest_deadline": "2099-03-01", "trl_min": 6, "trl_max": 9,
        "country": "BE", "languages": ["DEU", "FRA"]})
}

const COMPANY: &str = "Radar Sense SAS";

#[tokio::test]
async fn anonymous_suppliers_stay_hidden_until_they_accept_and_matches_say_why() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut sup, sorg) = supplier(&app, &mut admin, "ceo@radarsense.fr", COMPANY, true).await;
    let sapi = Api::new(&app, Some(&token_for(&mut sup, "s").await));
    // Bad input, field by field.
    for (extra, field, code) in [
        (json!({"cpv": ["33196100-2"]}), "cpv", "invalid-cpv"),
        (json!({"trl": 10}), "trl", "invalid-trl"),
        (json!({"trl": null}), "trl", "invalid-trl"),
        (json!({"countries": ["XX"]}), "countries", "invalid-choice"),
        (json!({"regions": ["DE21"], "countries": ["FR"]}), "regions", "nuts-not-in-country"),
        (json!({"title": ""}), "title", "required"),
        (json!({"organisation_id": sorg + 1000}), "organisation", "invalid-choice"),
    ] {
        let r = sapi.send(Method::POST, "/api/v1/solutions", solution(sorg, extra)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.body);
        assert!(r.body.contains(&format!("\"{field}\"")) && r.body.contains(code), "{field}: {}", r.body);
    }
    let r = sapi.send(Method::POST, "/api/v1/solutions", solution(sorg, json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let sid = r.json()["id"].as_i64().unwrap();
    assert_eq!(r.json()["organisation_name"], COMPANY, "the supplier sees its own name");

    // A public buyer publishes a German challenge about the same need (no code in common).
    let mut gent = app.signed_in("buyer@gent.be", "Anna").await;
    let borg = approved_org(&mut gent, &mut admin, "Stad Gent").await;
    let bapi = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    // Buyers do not publish solutions.
    assert_eq!(
        bapi.send(Method::POST, "/api/v1/solutions", solution(borg, json!({}))).await.status,
        StatusCode::FORBIDDEN
    );
    let r = bapi.send(Method::POST, "/api/v1/challenges", challenge(borg)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let cid = r.json()["id"].as_i64().unwrap();
    let r = bapi.send(Method::PUT, &format!("/api/v1/challenges/{cid}/state"), json!({"state": "open"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);

    // Matches both ways, with the reasons; the anonymous company is nowhere.
    let anon = Api::new(&app, None);
    let m = bapi.get(&format!("/api/v1/challenges/{cid}/matches")).await;
    assert_eq!(m.status, StatusCode::OK, "{}", m.body);
    let m = m.json();
    assert_eq!(m[0]["id"], sid, "{m}");
    assert!(m[0]["organisation_name"].is_null());
    assert_eq!(m[0]["why"]["maturity"], "within");
    assert!(m[0]["why"]["sectors"].as_array().unwrap().contains(&json!("health")));
    assert!(m[0]["score"].as_f64().unwrap() > 0.0);
    // Both sides find the other on their dashboard (the anonymous supplier still hidden).
    let mine = sapi.get("/api/v1/me/matches").await.json();
    assert_eq!(mine[0]["url"], format!("/solutions/{sid}"), "{mine}");
    assert_eq!(mine[0]["matches"][0]["url"], format!("/challenges/{cid}"));
    assert_eq!(mine[0]["matches"][0]["new"], true);
    let theirs = gent.get("/dashboard").await;
    theirs.assert_contains("Matches for your challenges and solutions");
    theirs.assert_contains(&format!("href=\"/solutions/{sid}\""));
    assert!(!theirs.body.contains(COMPANY));
    let back = anon.get(&format!("/api/v1/solutions/{sid}/matches")).await.json();
    assert_eq!(back[0]["id"], cid, "{back}");
    assert_eq!(back[0]["organisation_name"], "Stad Gent");
    let mut visitor = app.browser();
    for path in [
        format!("/challenges/{cid}"),
        format!("/solutions/{sid}"),
        "/solutions".to_owned(),
        "/solutions?sector=health&eic=true".to_owned(),
    ] {
        for who in [&mut visitor, &mut gent] {
            let p = who.get(&path).await;
            assert_eq!(p.status, StatusCode::OK, "{path}");
            assert!(!p.body.contains(COMPANY) && !p.body.contains(&format!("/organisations/{sorg}\"")), "{path} leaks");
        }
    }
    gent.get(&format!("/challenges/{cid}")).await.assert_contains("An anonymous supplier");
    visitor.get(&format!("/solutions/{sid}")).await.assert_contains("Capteur radar");
    for path in [
        format!("/api/v1/solutions/{sid}"),
        "/api/v1/solutions".to_owned(),
        format!("/api/v1/challenges/{cid}/matches"),
    ] {
        for api in [&anon, &bapi] {
            let r = api.get(&path).await;
            assert_eq!(r.status, StatusCode::OK, "{path}");
            assert!(
                !r.body.contains(COMPANY) && !r.body.contains(&format!("\"organisation_id\":{sorg}")),
                "{path} leaks"
            );
        }
    }
    // Search finds the profile by its words and by its CPV labels in another language, never
    // by its company's name, and never names the company.
    let found = anon.get("/api/v1/search?q=radar&kind=solution").await;
    assert_eq!(found.json()["hits"][0]["id"], sid, "{}", found.body);
    assert!(!found.body.contains(COMPANY), "{}", found.body);
    let cross = anon.get("/api/v1/search?q=Hilfsmittel%20f%C3%BCr%20%C3%A4ltere&kind=solution").await.json();
    assert_eq!(cross["hits"][0]["id"], sid, "found through the German labels of its CPV code: {cross}");
    assert_eq!(anon.get("/api/v1/search?q=%22Radar%20Sense%22&kind=solution").await.json()["total"], 0);
    let page = visitor.get("/search?q=radar&kind=solution").await;
    page.assert_contains(&format!("/solutions/{sid}"));
    assert!(!page.body.contains(COMPANY));
    anon.get("/api/v1/search?q=Sturzerkennung&kind=challenge").await.json()["hits"][0]["id"]
        .as_i64()
        .filter(|h| *h == cid)
        .expect("the challenge is searchable");
    assert_eq!(anon.get("/api/v1/solutions?eic=true&trl=8&country=BE").await.json()["total"], 1);
    assert_eq!(anon.get("/api/v1/solutions?trl=9").await.json()["total"], 0);
    assert_eq!(anon.get("/api/v1/solutions?trl=12").await.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The buyer asks for contact through the page; the supplier is told who asks.
    let r = gent
        .post_form(&format!("/solutions/{sid}/contact"), &[("organisation", &borg.to_string()), ("message", "")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = gent
        .post_form(
            &format!("/solutions/{sid}/contact"),
            &[("organisation", &borg.to_string()), ("message", "Could we talk about our care homes?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = app.mails_to("ceo@radarsense.fr").await;
    let mail = mail.last().expect("the supplier is told");
    assert!(mail.subject.contains("Stad Gent") && mail.text.contains("care homes"), "{}", mail.text);
    // Once per organisation.
    let again = bapi
        .send(
            Method::POST,
            &format!("/api/v1/solutions/{sid}/contacts"),
            json!({"organisation_id": borg, "message": "Hi"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    // A second buyer asks too; another supplier reads none of it and decides nothing.
    let mut leuven = app.signed_in("buyer@leuven.be", "Lea").await;
    let lorg = approved_org(&mut leuven, &mut admin, "Stad Leuven").await;
    let lapi = Api::new(&app, Some(&token_for(&mut leuven, "l").await));
    let r = lapi
        .send(
            Method::POST,
            &format!("/api/v1/solutions/{sid}/contacts"),
            json!({"organisation_id": lorg, "message": "Hello"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let leuven_req = r.json()["id"].as_i64().unwrap();
    let (mut rival, _) = supplier(&app, &mut admin, "ceo@rival.eu", "Rival GmbH", false).await;
    let rapi = Api::new(&app, Some(&token_for(&mut rival, "r").await));
    assert_eq!(rapi.get(&format!("/api/v1/solutions/{sid}/contacts")).await.json(), json!([]));
    assert_eq!(
        rapi.send(
            Method::PUT,
            &format!("/api/v1/solutions/{sid}/contacts/{leuven_req}"),
            json!({"decision": "accepted"})
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    // The supplier sees both requests with who asks; accepts Gent's on the page, declines Leuven's.
    let contacts = sapi.get(&format!("/api/v1/solutions/{sid}/contacts")).await.json();
    assert_eq!(contacts.as_array().unwrap().len(), 2);
    let gent_req =
        contacts.as_array().unwrap().iter().find(|k| k["organisation_id"] == borg).unwrap()["id"].as_i64().unwrap();
    sup.get(&format!("/solutions/{sid}")).await.assert_contains("Could we talk about our care homes?");
    let r = sup.post_form(&format!("/solutions/{sid}/contacts/{gent_req}"), &[("decision", "accepted")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = sapi
        .send(Method::PUT, &format!("/api/v1/solutions/{sid}/contacts/{leuven_req}"), json!({"decision": "declined"}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = sapi
        .send(Method::PUT, &format!("/api/v1/solutions/{sid}/contacts/{leuven_req}"), json!({"decision": "accepted"}))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "answered once");
    // Gent now sees the company; Leuven and visitors still do not, nor does the decline mail.
    assert_eq!(bapi.get(&format!("/api/v1/solutions/{sid}")).await.json()["organisation_name"], COMPANY);
    gent.get(&format!("/solutions/{sid}")).await.assert_contains(COMPANY);
    assert!(app.mails_to("buyer@gent.be").await.iter().any(|m| m.text.contains(COMPANY)));
    assert!(lapi.get(&format!("/api/v1/solutions/{sid}")).await.json()["organisation_name"].is_null());
    assert!(!leuven.get(&format!("/solutions/{sid}")).await.body.contains(COMPANY));
    assert!(!visitor.get(&format!("/challenges/{cid}")).await.body.contains(COMPANY));
    for m in app.mails_to("buyer@leuven.be").await {
        assert!(!m.text.contains(COMPANY) && !m.subject.contains(COMPANY), "{}", m.text);
    }

    // Archived: out of the list and of the matches; still the supplier's to read.
    let r = sapi.send(Method::PUT, &format!("/api/v1/solutions/{sid}/state"), json!({"state": "archived"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(anon.get(&format!("/api/v1/solutions/{sid}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.get(&format!("/api/v1/challenges/{cid}/matches")).await.json(), json!([]));
    assert_eq!(sapi.get(&format!("/api/v1/solutions/{sid}")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn two_answers_to_one_contact_request_at_the_same_instant_make_one_decision() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut sup, sorg) = supplier(&app, &mut admin, "ceo@radarsense.fr", COMPANY, false).await;
    let sapi = Api::new(&app, Some(&token_for(&mut sup, "s").await));
    let sid =
        sapi.send(Method::POST, "/api/v1/solutions", solution(sorg, json!({}))).await.json()["id"].as_i64().unwrap();
    let mut gent = app.signed_in("buyer@gent.be", "Anna").await;
    let borg = approved_org(&mut gent, &mut admin, "Stad Gent").await;
    let bapi = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    // Two requests of one organisation at once: one is recorded.
    let path = format!("/api/v1/solutions/{sid}/contacts");
    let body = json!({"organisation_id": borg, "message": "Hello"});
    let (a, b) = tokio::join!(bapi.send(Method::POST, &path, body.clone()), bapi.send(Method::POST, &path, body));
    let mut codes = [a.status, b.status];
    codes.sort();
    assert_eq!(codes, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let k = sapi.get(&path).await.json()[0]["id"].as_i64().unwrap();
    let decide = format!("{path}/{k}");
    let (a, b) = tokio::join!(
        sapi.send(Method::PUT, &decide, json!({"decision": "accepted"})),
        sapi.send(Method::PUT, &decide, json!({"decision": "declined"}))
    );
    let mut codes = [a.status, b.status];
    codes.sort();
    assert_eq!(codes, [StatusCode::NO_CONTENT, StatusCode::CONFLICT]);
    let answers = app.mails_to("buyer@gent.be").await.into_iter().filter(|m| m.subject.starts_with("Contact")).count();
    assert_eq!(answers, 1, "one answer, one mail");
}

#[tokio::test]
async fn the_cpv_picker_finds_codes_shows_the_hierarchy_and_suggests_with_reasons() {
    let app = TestApp::spawn().await;
    let anon = Api::new(&app, None);
    let found = anon.get("/api/v1/cpv?q=road%20light&lang=en").await.json();
    assert!(found.as_array().unwrap().iter().any(|c| c["code"] == "34993000-4"), "{found}");
    let fr = anon.get("/api/v1/cpv?q=3499&lang=FRA").await.json();
    assert!(fr.as_array().unwrap().iter().all(|c| c["code"].as_str().unwrap().starts_with("3499")));
    assert_eq!(anon.get("/api/v1/cpv?q=x&lang=xx").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let c = anon.get("/api/v1/cpv/34993000?lang=de").await.json();
    assert_eq!(c["code"], "34993000-4");
    assert_eq!(c["level"], "category");
    assert_eq!(c["ancestors"][0]["code"], "34000000-7");
    assert_eq!(c["labels"].as_object().unwrap().len(), 24);
    let bad = anon.get("/api/v1/cpv/34993000-5").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("invalid-cpv"));
    let s = anon
        .send(
            Method::POST,
            "/api/v1/cpv/suggest",
            json!({"text": "Die Stadt sucht eine energiesparende Straßenbeleuchtung mit LED-Leuchten."}),
        )
        .await;
    assert_eq!(s.status, StatusCode::OK, "{}", s.body);
    let s = s.json();
    assert_eq!(s["language"], "DEU");
    assert!(!s["suggestions"][0]["words"].as_array().unwrap().is_empty(), "{s}");
    let empty = anon.send(Method::POST, "/api/v1/cpv/suggest", json!({"text": "  "})).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The pages, without JavaScript.
    let mut b = app.browser();
    b.get("/cpv?q=road%20lights").await.assert_contains("34993000-4");
    let p = b.get("/cpv/34993000-4").await;
    p.assert_contains("34990000-3");
    p.assert_contains("Straßenbeleuchtung");
    assert_eq!(b.get("/cpv/34993000-5").await.status, StatusCode::NOT_FOUND);
    b.get("/cpv").await;
    let r = b.post_form("/cpv/suggest", &[("text", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("cpv-text-error");
    let r = b.post_form("/cpv/suggest", &[("text", "Nous cherchons un éclairage public à LED pour les rues.")]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("French");
}
