//! Logos and photos: uploads (multipart forms and raw API bodies), their clean copies kept
//! under the data folder by content hash, and `/media/{hash}.{ext}`, which serves a file
//! only while something public shows it (a withdrawn photo is gone at once, even for
//! someone who kept its address).

use crate::AppState;
use crate::error::AppError;
use crate::forms::Fields;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::media::CleanImage;
use domain::{FieldError, FieldErrors};
use sha2::{Digest, Sha256};

/// The largest request body an upload may have: more than the largest image or document,
/// so that a file slightly too large gets its message rather than a bare 413.
pub const UPLOAD_LIMIT: usize = domain::documents::MAX_BYTES + 1024 * 1024;

/// One file of a multipart form.
#[derive(Clone)]
pub struct FilePart {
    pub field: String,
    /// The name the browser sent it with (untrusted).
    pub file_name: String,
    pub bytes: bytes::Bytes,
}

/// The files of a multipart form, parsed by the CSRF check with its other fields.
#[derive(Clone, Default)]
pub struct Files(pub Vec<FilePart>);

impl Files {
    /// The bytes of the file sent as `name` (empty when the field was left empty).
    pub fn get(&self, name: &str) -> bytes::Bytes {
        self.0.iter().find(|f| f.field == name).map(|f| f.bytes.clone()).unwrap_or_default()
    }
    /// The file sent as `name`, with the name it was sent with.
    pub fn part(&self, name: &str) -> Option<&FilePart> {
        self.0.iter().find(|f| f.field == name)
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Files {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, AppError> {
        Ok(parts.extensions.remove::<Files>().unwrap_or_default())
    }
}

/// Splits a buffered `multipart/form-data` body into its text fields and its files;
/// `None` if it is not well formed.
pub async fn parse_multipart(boundary: String, body: bytes::Bytes) -> Option<(Fields, Vec<FilePart>)> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut m = multer::Multipart::new(stream, boundary);
    let (mut fields, mut files) = (Vec::new(), Vec::new());
    while let Some(part) = m.next_field().await.ok()? {
        let name = part.name()?.to_owned();
        if let Some(file_name) = part.file_name().map(str::to_owned) {
            files.push(FilePart { field: name, file_name, bytes: part.bytes().await.ok()? });
        } else {
            fields.push((name, part.text().await.ok()?));
        }
    }
    Some((Fields(fields), files))
}

fn valid_name(name: &str) -> Option<&'static str> {
    let (hash, ext) = name.split_once('.')?;
    if hash.len() != 64 || !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    domain::media::content_type(ext)
}

fn path_of(state: &AppState, name: &str) -> std::path::PathBuf {
    state.config.media_dir.join(&name[..2]).join(name)
}

/// Checks an upload and keeps its clean copy; returns its name (`hash.ext`). Bad files
/// are a field error on `field`; a full disk is an internal error (nothing is changed).
pub async fn keep(state: &AppState, field: &'static str, bytes: &[u8]) -> Result<String, AppError> {
    let raw = bytes.to_vec();
    let clean: CleanImage = tokio::task::spawn_blocking(move || domain::media::clean(field, &raw))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(FieldErrors::from)?;
    let name = format!("{}.{}", hex::encode(Sha256::digest(&clean.bytes)), clean.ext);
    let path = path_of(state, &name);
    if tokio::fs::try_exists(&path).await.unwrap_or(false) {
        return Ok(name);
    }
    let dir = path.parent().expect("a media path has a folder");
    tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(format!("media folder: {e}")))?;
    // Written aside, then renamed: a reader never sees half a file.
    let tmp = dir.join(format!(".{name}.{}", rand::random::<u64>()));
    tokio::fs::write(&tmp, &clean.bytes).await.map_err(|e| AppError::Internal(format!("media write: {e}")))?;
    tokio::fs::rename(&tmp, &path).await.map_err(|e| AppError::Internal(format!("media rename: {e}")))?;
    Ok(name)
}

/// A field error for a form's file field that was sent empty.
pub fn missing(field: &'static str) -> AppError {
    FieldErrors::from(FieldError::new(field, "image-empty")).into()
}

/// The address of a stored image.
pub fn url(name: &str) -> String {
    format!("/media/{name}")
}

async fn serve(
    State(state): State<AppState>,
    ctx: crate::ctx::Ctx,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    let Some(content_type) = valid_name(&name) else { return Err(AppError::NotFound) };
    // Public, or the signed-in person's own photo (they see it before they show it).
    let own = match &ctx.user {
        Some(u) => state.db.own_photo(u.id).await?.as_deref() == Some(name.as_str()),
        None => false,
    };
    if !own && !state.db.media_is_public(&name).await? {
        return Err(AppError::NotFound);
    }
    let bytes = tokio::fs::read(path_of(&state, &name)).await.map_err(|_| AppError::NotFound)?;
    let mut r = (StatusCode::OK, bytes).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The name is the content's hash, but the right to see it can end (a withdrawn photo).
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if own { "private, no-cache" } else { "public, max-age=3600" }),
    );
    Ok(r)
}

pub fn router() -> Router<AppState> {
    Router::new().route("/media/{name}", get(serve))
}

/// Reads a raw image body of an API call (`Content-Type: image/png`, `image/jpeg` or
/// `image/webp`; the content decides).
pub async fn api_body(req: axum::extract::Request) -> Result<bytes::Bytes, AppError> {
    axum::body::to_bytes(req.into_body(), UPLOAD_LIMIT).await.map_err(|_| AppError::invalid("body", "image-too-large"))
}

/// The page that changes one image: the current one with a button that removes it, and a
/// form that sends a new one.
#[derive(askama::Template)]
#[template(path = "image.html")]
pub struct ImagePage {
    pub c: crate::page::Chrome,
    pub intro: String,
    pub current: Option<String>,
    pub alt: String,
    pub remove_action: String,
    pub remove_label: String,
    pub form: crate::forms::Form,
    pub back: String,
}

/// What an image page says, apart from the request's context.
pub struct ImageSpec {
    pub title: String,
    pub intro: String,
    pub current: Option<String>,
    pub alt: String,
    /// Where the form posts; removal posts to `{action}/remove`.
    pub action: String,
    pub field: &'static str,
    pub field_label: String,
    pub remove_label: String,
    pub back: String,
}

impl ImageSpec {
    pub fn render(self, ctx: &crate::ctx::Ctx, errs: Option<&FieldErrors>) -> Response {
        let tr = ctx.tr();
        let field = crate::forms::Field::new("file", self.field, self.field_label).required().hint(tr.t("hint-image"));
        let mut form = crate::forms::Form::new(&self.action, tr.t("image-upload"), &ctx.csrf, vec![field]);
        if let Some(e) = errs {
            form = form.with_errors(e, &tr);
        }
        let page = ImagePage {
            c: crate::page::Chrome::new(ctx, self.title),
            intro: self.intro,
            current: self.current.map(|n| url(&n)),
            alt: self.alt,
            remove_action: format!("{}/remove", self.action),
            remove_label: self.remove_label,
            form,
            back: self.back,
        };
        crate::page::render_form(&page, errs.is_some())
    }
}
