//! Documents attached to resources: PDF, Office Open XML (DOCX, XLSX, PPTX) and
//! OpenDocument (ODT, ODS, ODP) files, recognised by their content, never by the name or
//! type they were sent with.

use crate::FieldError;

/// The largest attached file.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The kinds of document accepted: (kind, media type).
pub const KINDS: [(&str, &str); 7] = [
    ("pdf", "application/pdf"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
];

pub fn media_type(kind: &str) -> Option<&'static str> {
    KINDS.iter().find(|(k, _)| *k == kind).map(|(_, t)| *t)
}

/// The names of the entries of a ZIP archive, read from its local headers, if it is one
/// (it starts with a local header and ends with an end-of-central-directory record).
fn zip_entries(b: &[u8]) -> Option<Vec<&[u8]>> {
    if !b.starts_with(b"PK\x03\x04") || b.len() < 22 {
        return None;
    }
    // The end record is in the last 22 bytes plus a comment of at most 65,535.
    let tail = &b[b.len().saturating_sub(22 + 65_535)..];
    if !tail.windows(4).any(|w| w == b"PK\x05\x06") {
        return None;
    }
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(k) = b[at..].windows(4).position(|w| w == b"PK\x03\x04") {
        let h = at + k;
        let Some(len) = b.get(h + 26..h + 28).map(|l| u16::from_le_bytes([l[0], l[1]]) as usize) else { break };
        if let Some(name) = b.get(h + 30..h + 30 + len) {
            names.push(name);
        }
        at = h + 4;
    }
    Some(names)
}

/// What kind of document `bytes` hold, from their content.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        // A whole PDF ends with its end-of-file marker (possibly followed by a newline).
        let tail = &bytes[bytes.len().saturating_sub(1024)..];
        return tail.windows(5).any(|w| w == b"%%EOF").then_some("pdf");
    }
    let names = zip_entries(bytes)?;
    // OpenDocument: the first entry is `mimetype`, stored, holding the media type.
    if names.first() == Some(&&b"mimetype"[..]) {
        let rest = &bytes[38..bytes.len().min(38 + 80)];
        for (kind, media) in &KINDS[4..] {
            if rest.starts_with(media.as_bytes()) && !rest[media.len()..].starts_with(b"-") {
                return Some(kind);
            }
        }
        return None;
    }
    if !names.contains(&&b"[Content_Types].xml"[..]) {
        return None;
    }
    let has = |prefix: &[u8]| names.iter().any(|n| n.starts_with(prefix));
    if has(b"word/") {
        Some("docx")
    } else if has(b"xl/") {
        Some("xlsx")
    } else if has(b"ppt/") {
        Some("pptx")
    } else {
        None
    }
}

/// Checks an upload: not empty, not too large, a document of an accepted kind by content.
pub fn check(field: &'static str, bytes: &[u8]) -> Result<&'static str, FieldError> {
    if bytes.is_empty() {
        return Err(FieldError::new(field, "file-empty"));
    }
    if bytes.len() > MAX_BYTES {
        return Err(FieldError::with_limit(field, "file-too-large", MAX_BYTES / (1024 * 1024)));
    }
    sniff(bytes).ok_or_else(|| FieldError::new(field, "file-kind"))
}

/// A file name safe to show and to send in `Content-Disposition`: its last path part,
/// without control characters or quotes, at most 120 characters, ending with the
/// extension of its real kind.
pub fn clean_name(raw: &str, kind: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let stem = match base.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => base,
    };
    let stem: String = stem
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | '/' | ';' | '<' | '>'))
        .take(120)
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_owned();
    let stem = if stem.is_empty() { "document".to_owned() } else { stem };
    format!("{stem}.{kind}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal ZIP: one stored entry per name, and the end record.
    fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data) in entries {
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

    #[test]
    fn documents_are_known_by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), Some("pdf"));
        // Claims to be a PDF, is not whole; an HTML page named .pdf.
        assert_eq!(sniff(b"%PDF-1.7\n<script>"), None);
        assert_eq!(sniff(b"<html><script>alert(1)</script>"), None);
        let docx = zip(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>")]);
        assert_eq!(sniff(&docx), Some("docx"));
        let xlsx = zip(&[("[Content_Types].xml", b"<Types/>"), ("xl/workbook.xml", b"<workbook/>")]);
        assert_eq!(sniff(&xlsx), Some("xlsx"));
        let pptx = zip(&[("[Content_Types].xml", b"<Types/>"), ("ppt/presentation.xml", b"<p/>")]);
        assert_eq!(sniff(&pptx), Some("pptx"));
        let odt = zip(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", b"<x/>")]);
        assert_eq!(sniff(&odt), Some("odt"));
        let ods = zip(&[("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", b"<x/>")]);
        assert_eq!(sniff(&ods), Some("ods"));
        // A template is not a document of the list; a plain ZIP is not a document.
        let ott = zip(&[("mimetype", b"application/vnd.oasis.opendocument.text-template")]);
        assert_eq!(sniff(&ott), None);
        assert_eq!(sniff(&zip(&[("a.txt", b"hi")])), None);
        // A ZIP without its end record (cut short) is refused.
        assert_eq!(sniff(&docx[..docx.len() - 22]), None);
    }

    #[test]
    fn uploads_are_checked() {
        assert_eq!(check("file", b"").unwrap_err().code, "file-empty");
        assert_eq!(check("file", b"GIF89a").unwrap_err().code, "file-kind");
        let big = vec![b'%'; MAX_BYTES + 1];
        assert_eq!(check("file", &big).unwrap_err().code, "file-too-large");
    }

    #[test]
    fn names_are_made_safe() {
        assert_eq!(clean_name("../../etc/passwd", "pdf"), "passwd.pdf");
        assert_eq!(clean_name("C:\\Users\\a\\Guide \"final\".exe", "docx"), "Guide final.docx");
        assert_eq!(clean_name("rapport.pdf\r\nX-Evil: 1", "pdf"), "rapport.pdf");
        assert_eq!(clean_name("", "odt"), "document.odt");
        assert_eq!(clean_name(".htaccess", "pdf"), "htaccess.pdf");
    }
}
