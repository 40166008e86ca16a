//! The API keeps the promises of its OpenAPI document: every operation, called with
//! generated input (good, empty, oversized, wrongly typed, unparseable, without a content
//! type, with odd ids and query values, anonymously and with each kind of token), answers
//! only statuses its document lists, never a 5xx, and every error as problem details.

use crate::harness::{PASSWORD, TestApp, token_for, token_with};
use reqwest::Method;
use serde_json::{Value, json};

/// A value of `schema` (resolving `$ref`s in `doc`), every string `s`, every number `n`.
fn sample(doc: &Value, schema: &Value, s: &Value, n: &Value, depth: usize) -> Value {
    if depth > 6 {
        return Value::Null;
    }
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap();
        return sample(doc, &doc["components"]["schemas"][name], s, n, depth + 1);
    }
    for alt in ["oneOf", "anyOf", "allOf"] {
        if let Some(first) = schema[alt].as_array().and_then(|a| a.iter().find(|v| v["type"] != "null")) {
            return sample(doc, first, s, n, depth + 1);
        }
    }
    let ty = match &schema["type"] {
        Value::Array(types) => types.iter().find(|t| *t != "null").cloned().unwrap_or(Value::Null),
        t => t.clone(),
    };
    match ty.as_str() {
        Some("object") | None if schema.get("properties").is_some() => {
            let props = schema["properties"].as_object().unwrap();
            Value::Object(props.iter().map(|(k, v)| (k.clone(), sample(doc, v, s, n, depth + 1))).collect())
        }
        Some("array") => json!([sample(doc, &schema["items"], s, n, depth + 1)]),
        Some("integer") | Some("number") => n.clone(),
        Some("boolean") => json!(true),
        Some("string") => s.clone(),
        _ => json!({}),
    }
}

struct Call {
    method: Method,
    path: String,
    token: Option<String>,
    body: Option<(Option<&'static str>, Vec<u8>)>,
}

#[tokio::test]
async fn every_operation_answers_only_what_the_document_says() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let read_write = token_for(&mut admin, "contract").await;
    let read_only = token_with(&mut admin, "contract-read", "read", PASSWORD).await;
    let doc = web::api::document();
    let mut ops: Vec<(String, Method, Value)> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (m, op) in item.as_object().unwrap() {
            ops.push((path.clone(), m.to_uppercase().parse().unwrap(), op.clone()));
        }
    }
    // Deletions last, so that the rest runs with the tokens still alive.
    ops.sort_by_key(|(p, m, _)| (*m == Method::DELETE, p.clone()));

    let client = reqwest::Client::new();
    let long = "é".repeat(20_000);
    let strings = [json!("x"), json!(""), json!("a\u{0}b"), json!(long), json!(7)];
    let tokens = [None, Some(read_only.clone()), Some(read_write.clone()), Some("iptf_".to_owned() + &"0".repeat(64))];
    let mut checked = 0;
    for (template, method, op) in &ops {
        let params = op["parameters"].as_array().cloned().unwrap_or_default();
        let with_path = |v: &str| {
            params
                .iter()
                .filter(|p| p["in"] == "path")
                .fold(template.clone(), |t, p| t.replace(&format!("{{{}}}", p["name"].as_str().unwrap()), v))
        };
        let queries: Vec<String> = ["x", "%00", "1.a", "9223372036854775807"]
            .iter()
            .map(|v| {
                params
                    .iter()
                    .filter(|p| p["in"] == "query")
                    .map(|p| format!("{}={v}", p["name"].as_str().unwrap()))
                    .collect::<Vec<_>>()
                    .join("&")
            })
            .filter(|q| !q.is_empty())
            .collect();
        let schema = op["requestBody"]["content"]["application/json"]["schema"].clone();
        let bodies: Vec<(Option<&'static str>, Vec<u8>)> = if schema.is_null() {
            vec![]
        } else {
            let mut b: Vec<_> = strings
                .iter()
                .map(|s| {
                    let v = sample(&doc, &schema, s, &json!(1), 0);
                    (Some("application/json"), serde_json::to_vec(&v).unwrap())
                })
                .collect();
            b.push((
                Some("application/json"),
                serde_json::to_vec(&sample(&doc, &schema, &json!("x"), &json!(-1), 0)).unwrap(),
            ));
            b.push((Some("application/json"), b"{".to_vec()));
            b.push((Some("application/json"), b"[]".to_vec()));
            b.push((Some("text/plain"), br#"{"name": "x"}"#.to_vec()));
            b.push((None, br#"{"name": "x"}"#.to_vec()));
            b
        };
        let default_body = bodies.first().cloned();
        let mut calls = Vec::new();
        for id in ["999999", "1", "abc", "-1", "99999999999999999999", "%00"] {
            for token in &tokens {
                calls.push(Call {
                    method: method.clone(),
                    path: with_path(id),
                    token: token.clone(),
                    body: default_body.clone(),
                });
            }
        }
        for body in &bodies {
            calls.push(Call {
                method: method.clone(),
                path: with_path("1"),
                token: Some(read_write.clone()),
                body: Some(body.clone()),
            });
        }
        for q in &queries {
            calls.push(Call {
                method: method.clone(),
                path: format!("{}?{q}", with_path("1")),
                token: Some(read_write.clone()),
                body: default_body.clone(),
            });
        }
        let documented: Vec<u16> = op["responses"].as_object().unwrap().keys().map(|k| k.parse().unwrap()).collect();
        for call in calls {
            let mut req = client.request(call.method.clone(), format!("{}{}", app.url, call.path));
            if let Some(t) = &call.token {
                req = req.bearer_auth(t);
            }
            if let Some((ct, bytes)) = &call.body {
                if let Some(ct) = ct {
                    req = req.header("content-type", *ct);
                }
                req = req.body(bytes.clone());
            }
            let r = req.send().await.unwrap();
            let status = r.status().as_u16();
            let ct = r.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
            let text = r.text().await.unwrap();
            let what = format!(
                "{} {} (token: {}) answered {status}: {text:.300}",
                call.method,
                call.path,
                call.token.is_some()
            );
            assert!(status < 500, "{what}");
            assert!(documented.contains(&status), "{what}; the document lists {documented:?}");
            if status >= 400 {
                assert_eq!(ct, "application/problem+json", "{what}");
                let p: Value = serde_json::from_str(&text).unwrap();
                assert_eq!(p["status"], status, "{what}");
                assert!(p["title"].is_string() && p["detail"].is_string(), "{what}");
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} calls");
}

/// The statuses of the document are the whole truth for parser errors too, and they come
/// in the caller's language.
#[tokio::test]
async fn parser_errors_are_problem_details_in_the_callers_language() {
    let app = TestApp::spawn().await;
    let client = reqwest::Client::new();
    let r = client
        .post(format!("{}/api/v1/account/register", app.url))
        .header("accept-language", "fr")
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["title"], "JSON non valide");
    assert!(p["reason"].as_str().unwrap().contains("JSON"));
    let r = client
        .get(format!("{}/api/v1/organisations/abc", app.url))
        .header("accept-language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["title"], "Ungültige Adresse");
    let r = client
        .post(format!("{}/api/v1/account/register", app.url))
        .header("accept-language", "fr")
        .body(r#"{"email": "a@b.eu"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["title"], "Type de contenu non pris en charge");
}

#[test]
fn the_document_follows_its_own_rules() {
    let doc = web::api::document();
    let mut ids = std::collections::BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let in_template: Vec<&str> = path.split('{').skip(1).map(|s| s.split('}').next().unwrap()).collect();
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap();
            assert!(ids.insert(id.to_owned()), "operation id {id} is used twice");
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let path_params: Vec<&str> =
                params.iter().filter(|p| p["in"] == "path").map(|p| p["name"].as_str().unwrap()).collect();
            assert_eq!(path_params, in_template, "{method} {path}: path parameters are the template's");
            for p in params.iter().filter(|p| p["in"] == "path") {
                assert_eq!(p["required"], true, "{method} {path}");
            }
            for (code, r) in op["responses"].as_object().unwrap() {
                assert!(r["description"].is_string(), "{method} {path} {code} has no description");
                if code.as_str() >= "400" {
                    assert!(r["content"]["application/problem+json"].is_object(), "{method} {path} {code}");
                }
            }
            if op.get("requestBody").is_some() {
                for code in ["400", "415", "422"] {
                    assert!(op["responses"].get(code).is_some(), "{method} {path} lacks {code}");
                }
            }
        }
    }
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        if name.ends_with("Body") || name.ends_with("Input") || name == "ChangeEmail" || name == "ChangePassword" {
            let props = schema["properties"].as_object().map(|p| p.len()).unwrap_or(0);
            // Bodies whose every field is optional by design.
            if !["DecisionBody", "UpdateMe", "JoinBody"].contains(&name.as_str()) {
                assert!(
                    schema["required"].as_array().is_some_and(|r| !r.is_empty()),
                    "{name} marks no field required ({props} fields)"
                );
            }
        }
    }
}
