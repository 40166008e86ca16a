//! Markdown that people write (descriptions, posts) turned into HTML that is safe to show:
//! pulldown-cmark renders it, ammonia keeps only an allow-list of tags and attributes (no
//! script, no event handlers, no `javascript:` or `data:` URLs, no raw HTML that slips
//! through), and every link gets `rel="nofollow ugc noopener"`. Both the source and the
//! HTML are stored; the HTML is what pages show.

use pulldown_cmark::{Options, Parser, html};
use std::collections::HashSet;

/// Safe HTML for `source`.
pub fn to_html(source: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    let mut raw = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(source, options));
    let tags: HashSet<&str> = [
        "p",
        "br",
        "strong",
        "em",
        "del",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "code",
        "pre",
        "h2",
        "h3",
        "h4",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ]
    .into_iter()
    .collect();
    ammonia::Builder::default()
        .tags(tags)
        .tag_attributes(Default::default())
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("nofollow ugc noopener"))
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn formatting_survives() {
        let h = to_html("## Aims\n\nTrain **buyers** and [read more](https://example.eu/x).\n\n- one\n- two");
        assert!(h.contains("<h2>Aims</h2>"));
        assert!(h.contains("<strong>buyers</strong>"));
        assert!(h.contains(r#"<a href="https://example.eu/x" rel="nofollow ugc noopener">read more</a>"#), "{h}");
        assert!(h.contains("<li>one</li>"));
    }

    #[test]
    fn nothing_active_survives() {
        for evil in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=\"https://ok.eu\" onclick=\"alert(1)\">x</a>",
            "<iframe src=\"https://evil.eu\"></iframe>",
            "<style>body{display:none}</style>",
            "<svg><script>alert(1)</script></svg>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
        ] {
            let h = to_html(evil).to_lowercase();
            for bad in
                ["<script", "onerror", "onclick", "javascript:", "data:", "<iframe", "<style", "<svg", "style=", "<img"]
            {
                assert!(!h.contains(bad), "{evil:?} gave {h:?}");
            }
        }
    }
}
