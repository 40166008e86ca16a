//! The landscape map's pages.

use super::{cell_of, in_cell, load, only};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::initiatives::TOPICS;
use domain::landscape::{HOLDERS, Matrix, shade};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct MapQuery {
    #[serde(default)]
    pub show: String,
}

pub struct CellView {
    pub href: String,
    pub total: i64,
    pub shade: u8,
    /// The cell in words, for the hidden part of its link.
    pub label: String,
}

pub struct RowView {
    pub name: String,
    pub cells: Vec<CellView>,
}

#[derive(Template)]
#[template(path = "landscape/map.html")]
struct Map {
    c: Chrome,
    topics: Vec<String>,
    rows: Vec<RowView>,
    svg: String,
    /// The picture in words.
    svg_desc: String,
    /// How many pairs have nothing, in words.
    gaps: String,
    /// (value, label, chosen) of the "show" choice.
    shows: Vec<(String, String, bool)>,
    /// Topics by how many countries have nothing on them, most first, in words.
    topic_gaps: Vec<String>,
}

/// Text for SVG content and attributes.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const FILLS: [&str; 5] = ["#fbe3e3", "#e5f5e0", "#a1d99b", "#41ab5d", "#006d2c"];

/// The heat grid: a row per country, a column per topic, a cell's colour by its count
/// (gaps hatched red), each cell a link to its list for a pointer. Assistive technologies
/// and keyboards get its text form instead: the caption (`desc`) and the table below, whose
/// every number is the same link; so the picture is hidden from them and its links are
/// out of the tab order.
fn svg(rows: &[RowView], topics: &[String], tr: &Tr, title: &str, desc: &str) -> String {
    let (left, top, w, h) = (180, 190, 56, 22);
    // Room on the right for the last rotated topic label.
    let width = left + w * topics.len() + 130;
    let height = top + h * rows.len() + 70;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" class=\"heat-grid\" aria-hidden=\"true\" \
         focusable=\"false\"><title>{}</title><desc>{}</desc>\
         <defs><pattern id=\"gap-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c0392b\" stroke-width=\"1.5\"/></pattern></defs>",
        esc(title),
        esc(desc),
        FILLS[0]
    );
    for (k, t) in topics.iter().enumerate() {
        let x = left + w * k + w / 2;
        s += &format!(
            "<text x=\"{x}\" y=\"{}\" transform=\"rotate(-50 {x} {})\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>",
            top - 8,
            top - 8,
            esc(t)
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + h * i;
        s += &format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>",
            left - 6,
            y + 15,
            esc(&r.name)
        );
        for (k, c) in r.cells.iter().enumerate() {
            let x = left + w * k;
            let fill = if c.shade == 0 { "url(#gap-hatch)" } else { FILLS[c.shade as usize] };
            let ink = if c.shade == 4 { "#ffffff" } else { "#1a1a1a" };
            s += &format!(
                "<a href=\"{}\" tabindex=\"-1\"><title>{}</title><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"#ffffff\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{ink}\">{}</text></a>",
                esc(&c.href),
                esc(&c.label),
                w - 1,
                h - 1,
                x + w / 2,
                y + 15,
                c.total
            );
        }
    }
    // The legend: what the colours mean.
    let y = top + h * rows.len() + 20;
    let labels = [tr.t("landscape-legend-gap"), tr.t("landscape-legend-few"), tr.t("landscape-legend-many")];
    s += &format!(
        "<rect x=\"{left}\" y=\"{y}\" width=\"18\" height=\"14\" fill=\"url(#gap-hatch)\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>",
        left + 24,
        y + 12,
        esc(&labels[0])
    );
    let x0 = left + 150;
    for (k, f) in FILLS[1..].iter().enumerate() {
        s += &format!("<rect x=\"{}\" y=\"{y}\" width=\"18\" height=\"14\" fill=\"{f}\"/>", x0 + 20 * k);
    }
    s += &format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1a1a1a\">{} → {}</text></svg>",
        x0 + 90,
        y + 12,
        esc(&labels[1]),
        esc(&labels[2])
    );
    s
}

/// The rows of the map: a country each, its cells by topic.
fn rows(m: &Matrix, only: Option<usize>, tr: &Tr) -> Vec<RowView> {
    let max = m.max(only);
    m.countries
        .iter()
        .map(|code| {
            let name = domain::geo::eu_countries()
                .iter()
                .find(|c| c.code == *code)
                .map(|c| c.name(tr.lang).to_owned())
                .unwrap_or_default();
            let cells = TOPICS
                .iter()
                .map(|t| {
                    let counts = m.cell(code, t);
                    let total = m.total(code, t, only);
                    let mut words: Vec<String> = HOLDERS
                        .iter()
                        .enumerate()
                        .map(|(k, h)| tr.tn(&format!("landscape-count-{h}"), counts[k]))
                        .collect();
                    if total == 0 {
                        words.insert(0, tr.t("landscape-gap"));
                    }
                    CellView {
                        href: format!("/landscape/{code}/{t}"),
                        total,
                        shade: shade(total, max),
                        label: format!("{name}, {}: {}", tr.t(&format!("topic-{t}")), words.join(", ")),
                    }
                })
                .collect();
            RowView { name, cells }
        })
        .collect()
}

pub async fn map(State(state): State<AppState>, ctx: Ctx, Query(q): Query<MapQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let only = only(&q.show)?;
    let data = load(&state, true).await?;
    let m = &data.matrix;
    let topics: Vec<String> = TOPICS.iter().map(|t| tr.t(&format!("topic-{t}"))).collect();
    let rows = rows(m, only, &tr);
    let gaps = m.gaps(only);
    let pairs = m.countries.len() * TOPICS.len();
    let mut topic_gaps: Vec<(String, usize)> = TOPICS
        .iter()
        .zip(&topics)
        .map(|(t, label)| (label.clone(), m.countries.iter().filter(|c| m.total(c, t, only) == 0).count()))
        .collect();
    topic_gaps.sort_by_key(|g| std::cmp::Reverse(g.1));
    let title = tr.t("landscape-title");
    let counts = [("gaps", tr.number(gaps as i64).into()), ("pairs", tr.number(pairs as i64).into())];
    let desc = tr.args("landscape-svg-desc", &counts);
    let mut shows = vec![("all".to_owned(), tr.t("landscape-show-all"), only.is_none())];
    shows.extend(
        HOLDERS.iter().enumerate().map(|(k, h)| (h.to_string(), tr.t(&format!("landscape-show-{h}")), only == Some(k))),
    );
    Ok(page::render(&Map {
        c: Chrome::new(&ctx, title.clone()),
        svg: svg(&rows, &topics, &tr, &title, &desc),
        svg_desc: desc,
        topics,
        rows,
        gaps: tr.args("landscape-gaps", &counts),
        shows,
        topic_gaps: topic_gaps
            .into_iter()
            .map(|(t, n)| tr.args("landscape-topic-gaps", &[("topic", t.into()), ("count", (n as i64).into())]))
            .collect(),
    }))
}

pub struct Item {
    pub href: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "landscape/cell.html")]
struct Cell {
    c: Chrome,
    /// (heading, items) for initiatives, organisations, people.
    groups: Vec<(String, Vec<Item>)>,
    resources: Vec<Item>,
    resources_total: i64,
    resources_more: Option<String>,
}

pub async fn cell(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((country, topic)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (country, topic) = cell_of(&country, &topic)?;
    let data = load(&state, false).await?;
    let name = domain::geo::eu_countries().iter().find(|c| c.code == country).map(|c| c.name(tr.lang)).unwrap_or("");
    let topic_name = tr.t(&format!("topic-{topic}"));
    let list = |v: &[store::landscape::Holder], path: &str| -> Vec<Item> {
        in_cell(v, country, topic)
            .into_iter()
            .map(|h| Item { href: format!("/{path}/{}", h.id), name: h.name.clone() })
            .collect()
    };
    let groups = vec![
        (tr.t("landscape-show-initiatives"), list(&data.initiatives, "initiatives")),
        (tr.t("landscape-show-organisations"), list(&data.organisations, "organisations")),
        (tr.t("landscape-show-people"), list(&data.people, "people")),
    ];
    let (res, resources_total) = state.db.landscape_cell_resources(country, topic, 50).await?;
    Ok(page::render(&Cell {
        c: Chrome::new(&ctx, format!("{name} · {topic_name}")),
        groups,
        resources: res.into_iter().map(|(id, title)| Item { href: format!("/resources/{id}"), name: title }).collect(),
        resources_more: (resources_total > 50).then(|| format!("/resources?topic={topic}")),
        resources_total,
    }))
}
