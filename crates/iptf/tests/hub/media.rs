//! Logos and photos: only PNG, JPEG and WebP pixels are kept (decoded and re-encoded),
//! stored by content hash, and served only while something public shows them.

use crate::harness::{Api, TestApp, token_for};
use reqwest::{Method, StatusCode};
use std::io::Cursor;

fn image(w: u32, h: u32, format: image::ImageFormat) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img).write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// The `/media/…` address in a page, if any.
fn media_in(body: &str) -> Option<String> {
    let i = body.find("src=\"/media/")? + 5;
    Some(body[i..].split('"').next()?.to_owned())
}

#[tokio::test]
async fn editors_upload_a_logo_and_only_clean_images_are_kept() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;
    let r = admin
        .post_form(
            "/initiatives",
            &[("acronym", "PROCEDIN"), ("name", "Procurement of innovation"), ("summary", "Cities.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = admin.post_form(&format!("/initiatives/{id}/editors"), &[("email", "bob@procedin.eu")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let logo_page = format!("/initiatives/{id}/logo");

    // Not an editor: refused, whatever the file.
    assert_eq!(carla.get(&logo_page).await.status, StatusCode::FORBIDDEN);
    let png = image(64, 48, image::ImageFormat::Png);
    assert_eq!(carla.post_file(&logo_page, &[], ("logo", "logo.png", &png)).await.status, StatusCode::FORBIDDEN);

    // The form is a multipart form with a file input that says what it takes.
    let form = bob.get(&logo_page).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains("enctype=\"multipart/form-data\"");
    form.assert_contains("accept=\"image/png,image/jpeg,image/webp\"");

    // A PNG with a script glued to its end: accepted, but only its pixels survive.
    let mut dirty = png.clone();
    dirty.extend_from_slice(b"<script>alert(1)</script>");
    let r = bob.post_file(&logo_page, &[], ("logo", "logo.png", &dirty)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.browser().get(&format!("/initiatives/{id}")).await;
    let src = media_in(&page.body).expect("the logo is on the page");
    let (status, ct, bytes) = app.browser().get_bytes(&src).await;
    assert_eq!((status, ct.as_str()), (StatusCode::OK, "image/png"));
    assert!(!bytes.windows(8).any(|w| w == b"<script>"));
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 64);
    // The same logo again is the same file (named by its content).
    let name = src.trim_start_matches("/media/");
    assert_eq!(name.len(), 64 + 4);
    assert!(app.dir.join("media").join(&name[..2]).join(name).exists());

    // Anything else is refused with a message next to the field; the logo stays.
    let cases: [(&[u8], &str); 4] = [
        (b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "not a PNG, JPEG or WebP"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not a PNG, JPEG or WebP"),
        (&png[..60], "damaged"),
        (b"", "Choose an image file"),
    ];
    for (bytes, message) in cases {
        let r = bob.post_file(&logo_page, &[], ("logo", "logo.png", bytes)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        r.assert_contains("f-logo-error");
        r.assert_contains(message);
    }
    let huge = image(2001, 20, image::ImageFormat::Png);
    bob.post_file(&logo_page, &[], ("logo", "wide.png", &huge)).await.assert_contains("2000 × 2000 pixels");
    let heavy: Vec<u8> = png.iter().copied().chain(std::iter::repeat_n(0u8, 2 * 1024 * 1024)).collect();
    bob.post_file(&logo_page, &[], ("logo", "heavy.png", &heavy)).await.assert_contains("larger than 2 MB");
    let page = app.browser().get(&format!("/initiatives/{id}")).await;
    assert_eq!(media_in(&page.body).as_deref(), Some(src.as_str()));

    // Through the API: a JPEG body, checked the same way, in problem+json when refused.
    let api = Api::new(&app, Some(&token_for(&mut bob, "logo").await));
    let jpeg = image(30, 30, image::ImageFormat::Jpeg);
    let r = api.send_bytes(Method::PUT, &format!("/api/v1/initiatives/{id}/logo"), "image/jpeg", jpeg).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let url = r.json()["logo_url"].as_str().unwrap().to_owned();
    assert!(url.ends_with(".jpg"));
    assert_eq!(app.browser().get_bytes(&url).await.1, "image/jpeg");
    let r =
        api.send_bytes(Method::PUT, &format!("/api/v1/initiatives/{id}/logo"), "image/png", b"%PDF-1.7".to_vec()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    assert_eq!(r.json()["errors"][0]["field"], "logo");
    // The old logo is no longer served once replaced; removal takes the new one away too.
    assert_eq!(app.browser().get_bytes(&src).await.0, StatusCode::NOT_FOUND);
    let r = api.send_bytes(Method::DELETE, &format!("/api/v1/initiatives/{id}/logo"), "image/png", vec![]).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(app.browser().get_bytes(&url).await.0, StatusCode::NOT_FOUND);
    assert!(Api::new(&app, None).get(&format!("/api/v1/initiatives/{id}")).await.json()["logo_url"].is_null());
}

#[tokio::test]
async fn a_photo_shows_only_on_a_public_profile_and_is_withdrawn_at_once() {
    let app = TestApp::spawn().await;
    let mut petra = app.signed_in("petra@muenchen.example", "Petra Huber").await;
    let id = app.user_id("petra@muenchen.example").await;
    let webp = image(100, 120, image::ImageFormat::WebP);
    let r = petra.post_file("/account/photo", &[], ("photo", "me.webp", &webp)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Her profile is private: she sees her photo, nobody else does.
    let page = petra.get("/account/photo").await;
    let src = media_in(&page.body).expect("her photo on her own page");
    assert!(src.ends_with(".webp"));
    assert_eq!(petra.get_bytes(&src).await.0, StatusCode::OK);
    let visitor = app.browser();
    assert_eq!(visitor.get_bytes(&src).await.0, StatusCode::NOT_FOUND);

    // Public: on her page, in the directory's API answer, served to anyone.
    let r = petra.post_form("/account/profile", &[("public", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut visitor = app.browser();
    assert_eq!(media_in(&visitor.get(&format!("/people/{id}")).await.body).as_deref(), Some(src.as_str()));
    let api = Api::new(&app, None);
    assert_eq!(api.get(&format!("/api/v1/people/{id}")).await.json()["photo_url"], src.as_str());
    assert_eq!(visitor.get_bytes(&src).await.0, StatusCode::OK);

    // Removed: gone at once, even for someone who kept the address.
    let r = petra.post_form("/account/photo/remove", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(visitor.get_bytes(&src).await.0, StatusCode::NOT_FOUND);
    assert!(api.get(&format!("/api/v1/people/{id}")).await.json()["photo_url"].is_null());

    // The API takes a body and refuses what is not an image.
    let token = token_for(&mut petra, "photo").await;
    let me = Api::new(&app, Some(&token));
    let r = me.send_bytes(Method::PUT, "/api/v1/me/photo", "image/png", image(10, 10, image::ImageFormat::Png)).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = me.send_bytes(Method::PUT, "/api/v1/me/photo", "image/png", b"<html>".to_vec()).await;
    assert_eq!(r.json()["errors"][0]["field"], "photo");
    assert_eq!(
        me.send_bytes(Method::DELETE, "/api/v1/me/photo", "image/png", vec![]).await.status,
        StatusCode::NO_CONTENT
    );

    // Only names the hub makes are served; nothing outside the media folder.
    for bad in ["/media/..%2F..%2Fiptf.db", "/media/secret.key", &format!("/media/{}.svg", "a".repeat(64))] {
        assert_eq!(visitor.get_bytes(bad).await.0, StatusCode::NOT_FOUND, "{bad}");
    }
}
