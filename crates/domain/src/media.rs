//! Logos and photos: what an upload must be, and the clean copy that is kept of it.
//!
//! An upload is accepted only if its bytes are a PNG, JPEG or WebP image (by content,
//! whatever its name or declared type says), at most [`MAX_BYTES`] and [`MAX_SIDE`] pixels
//! on each side (checked from the header before any pixel is decoded, so a small file that
//! claims to be huge costs nothing). It is then decoded and encoded again in its own
//! format: metadata, comments, trailing data and anything else but the pixels are gone.

use crate::FieldError;
use image::{ImageFormat, ImageReader, Limits};
use std::io::Cursor;

pub const MAX_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_SIDE: u32 = 2000;

/// A re-encoded image, ready to be stored under its content hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanImage {
    pub bytes: Vec<u8>,
    /// `png`, `jpg` or `webp`.
    pub ext: &'static str,
    pub width: u32,
    pub height: u32,
}

/// The content type of a stored image by its extension.
pub fn content_type(ext: &str) -> Option<&'static str> {
    match ext {
        "png" => Some("image/png"),
        "jpg" => Some("image/jpeg"),
        "webp" => Some("image/webp"),
        _ => None,
    }
}

/// Checks an upload for the form field `field` and returns its clean copy. Errors:
/// `image-empty`, `image-too-large` (bytes), `image-format` (not PNG, JPEG or WebP),
/// `image-too-big` (pixels), `image-unreadable` (a broken file).
pub fn clean(field: &'static str, bytes: &[u8]) -> Result<CleanImage, FieldError> {
    if bytes.is_empty() {
        return Err(FieldError::new(field, "image-empty"));
    }
    if bytes.len() > MAX_BYTES {
        return Err(FieldError::new(field, "image-too-large"));
    }
    let (format, ext) = match image::guess_format(bytes) {
        Ok(ImageFormat::Png) => (ImageFormat::Png, "png"),
        Ok(ImageFormat::Jpeg) => (ImageFormat::Jpeg, "jpg"),
        Ok(ImageFormat::WebP) => (ImageFormat::WebP, "webp"),
        _ => return Err(FieldError::new(field, "image-format")),
    };
    let unreadable = || FieldError::new(field, "image-unreadable");
    let reader = || ImageReader::with_format(Cursor::new(bytes), format);
    let (width, height) = reader().into_dimensions().map_err(|_| unreadable())?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(FieldError::new(field, "image-too-big"));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(64 * 1024 * 1024);
    let mut r = reader();
    r.limits(limits);
    let img = r.decode().map_err(|_| unreadable())?;
    let mut out = Cursor::new(Vec::new());
    match format {
        // JPEG has no alpha; a photo stays a photo at a quality that keeps it one.
        ImageFormat::Jpeg => {
            let rgb = img.to_rgb8();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
                .encode_image(&rgb)
                .map_err(|_| unreadable())?;
        }
        f => img.write_to(&mut out, f).map_err(|_| unreadable())?,
    }
    Ok(CleanImage { bytes: out.into_inner(), ext, width, height })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{DynamicImage, RgbaImage};

    fn encoded(w: u32, h: u32, f: ImageFormat) -> Vec<u8> {
        let img = DynamicImage::ImageRgba8(RgbaImage::from_pixel(w, h, image::Rgba([10, 80, 160, 255])));
        let img = if f == ImageFormat::Jpeg { DynamicImage::ImageRgb8(img.to_rgb8()) } else { img };
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, f).unwrap();
        out.into_inner()
    }

    #[test]
    fn png_jpeg_and_webp_are_accepted_and_re_encoded() {
        for (f, ext) in [(ImageFormat::Png, "png"), (ImageFormat::Jpeg, "jpg"), (ImageFormat::WebP, "webp")] {
            let c = clean("logo", &encoded(40, 30, f)).unwrap();
            assert_eq!((c.ext, c.width, c.height), (ext, 40, 30));
            assert_eq!(image::guess_format(&c.bytes).unwrap(), f);
        }
    }

    #[test]
    fn trailing_bytes_and_metadata_do_not_survive() {
        let mut png = encoded(8, 8, ImageFormat::Png);
        png.extend_from_slice(b"<script>alert(1)</script>");
        let c = clean("photo", &png).unwrap();
        assert!(!c.bytes.windows(8).any(|w| w == b"<script>"));
    }

    #[test]
    fn other_files_are_refused_by_content() {
        let code = |b: &[u8]| clean("logo", b).unwrap_err().code;
        assert_eq!(code(b""), "image-empty");
        assert_eq!(code(b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"), "image-format");
        assert_eq!(code(b"GIF89a\x01\x00\x01\x00"), "image-format");
        assert_eq!(code(&encoded(8, 8, ImageFormat::Png)[..40]), "image-unreadable");
        assert_eq!(code(&vec![0u8; MAX_BYTES + 1]), "image-too-large");
    }

    #[test]
    fn images_over_2000_pixels_a_side_are_refused_before_decoding() {
        assert_eq!(clean("logo", &encoded(2001, 10, ImageFormat::Png)).unwrap_err().code, "image-too-big");
        assert!(clean("logo", &encoded(2000, 10, ImageFormat::Png)).is_ok());
    }
}
