//! The hub's search engine: a tantivy index derived from the database (never the only copy
//! of anything), kept by each `iptf serve` process in its data folder.
//!
//! Every item's text goes into a language-neutral field (lowercased, accents folded) and,
//! when its language has a stemmer, into that language's stemmed field too; a query is read
//! through all of them, so "procurements" finds "procurement" in English and "marchés"
//! finds "marché" in French. The labels of an item's CPV codes in the 24 EU languages and
//! the names of its topics go into a cross-language field: a German query finds a French
//! guide about the same CPV code or topic, and the hit says so. Facets (kind, topic,
//! language, year…) are counted over the whole result.

use std::collections::BTreeMap;
use std::path::Path;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, FuzzyTermQuery, Occur, Query, QueryParser, RegexQuery, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term, doc};

/// The longest query read; the rest is cut (and the page says so).
pub const MAX_QUERY_CHARS: usize = 200;

/// Raised when the schema changes: an index of another version is rebuilt.
const SCHEMA_VERSION: &str = "3";

/// The languages with a stemmer, by eForms code.
pub const STEMMED: [(&str, Language, &str); 13] = [
    ("ENG", Language::English, "en"),
    ("FRA", Language::French, "fr"),
    ("DEU", Language::German, "de"),
    ("SPA", Language::Spanish, "es"),
    ("ITA", Language::Italian, "it"),
    ("NLD", Language::Dutch, "nl"),
    ("POR", Language::Portuguese, "pt"),
    ("DAN", Language::Danish, "da"),
    ("SWE", Language::Swedish, "sv"),
    ("FIN", Language::Finnish, "fi"),
    ("HUN", Language::Hungarian, "hu"),
    ("ELL", Language::Greek, "el"),
    ("RON", Language::Romanian, "ro"),
];

/// The facet dimensions counted for every result.
pub const DIMENSIONS: [&str; 7] = ["kind", "topic", "sector", "language", "country", "initiative", "year"];

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index: {0}")]
    Open(#[from] tantivy::directory::error::OpenDirectoryError),
}

pub type Result<T> = std::result::Result<T, SearchError>;

/// An item as the index takes it.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// `resource`, later `event`, `challenge`…
    pub kind: &'static str,
    pub id: i64,
    pub title: String,
    /// Summary and body, as plain text or Markdown.
    pub text: String,
    /// eForms language code of the item.
    pub language: String,
    /// Labels that carry the item across languages (CPV labels, topic names).
    pub cross: String,
    /// (dimension, value) pairs, e.g. ("topic", "pcp").
    pub facets: Vec<(&'static str, String)>,
    /// Seconds since the epoch, for ordering by date.
    pub date: i64,
}

/// What a search asks.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    /// Only items of this kind (`resource`…), if set.
    pub kind: Option<&'static str>,
    pub filters: Vec<(&'static str, String)>,
    pub by_date: bool,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: String,
    pub id: i64,
    pub score: f32,
    /// Highlighted passage, HTML-escaped with `<b>` around matches (may be empty).
    pub snippet: String,
    /// Found through a CPV label or topic name rather than its own words.
    pub across_languages: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// dimension → (value, count), most frequent first.
    pub facets: BTreeMap<&'static str, Vec<(String, u64)>>,
    /// No exact match: the words were read with one typo allowed.
    pub fuzzy: bool,
    /// The query was cut at [`MAX_QUERY_CHARS`].
    pub cut: bool,
}

struct Fields {
    key: Field,
    kind: Field,
    lang: Field,
    id: Field,
    date: Field,
    facet: Field,
    title: Field,
    fold: Field,
    cross: Field,
    stemmed: Vec<(&'static str, Field)>,
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: std::sync::Mutex<IndexWriter>,
    f: Fields,
}

fn text_options(tokenizer: &str, stored: bool) -> TextOptions {
    let o = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored { o.set_stored() } else { o }
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let id = b.add_i64_field("id", STORED | INDEXED | FAST);
    let date = b.add_i64_field("date", FAST);
    let facet = b.add_facet_field("facet", FacetOptions::default());
    let title = b.add_text_field("title", text_options("fold", false));
    let fold = b.add_text_field("text", text_options("fold", true));
    let cross = b.add_text_field("cross", text_options("fold", true));
    let stemmed = STEMMED
        .iter()
        .map(|(_, _, tag)| (*tag, b.add_text_field(&format!("text_{tag}"), text_options(&format!("stem_{tag}"), true))))
        .collect();
    (b.build(), Fields { key, kind, lang, id, date, facet, title, fold, cross, stemmed })
}

fn register(index: &Index) {
    let t = index.tokenizers();
    t.register(
        "fold",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
    for (_, lang, tag) in STEMMED {
        t.register(
            &format!("stem_{tag}"),
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(60))
                .filter(LowerCaser)
                .filter(Stemmer::new(lang))
                .build(),
        );
    }
}

/// Makes a user's query safe to parse: operators and stray punctuation become spaces,
/// an unbalanced quote is dropped, and the query is cut at [`MAX_QUERY_CHARS`]. Returns
/// the query and whether it was cut.
pub fn clean(raw: &str) -> (String, bool) {
    let cut = raw.chars().count() > MAX_QUERY_CHARS;
    let mut s: String = raw
        .chars()
        .take(MAX_QUERY_CHARS)
        .map(|c| if c.is_alphanumeric() || c == '"' || c == '\'' { c } else { ' ' })
        .map(|c| if c == '\'' { ' ' } else { c })
        .collect();
    if s.matches('"').count() % 2 == 1 {
        let i = s.rfind('"').expect("one quote at least");
        s.replace_range(i..i + 1, " ");
    }
    let words: Vec<&str> = s.split_whitespace().filter(|w| !matches!(*w, "AND" | "OR" | "NOT")).collect();
    (words.join(" "), cut)
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (or re-creating it when its schema is of
    /// another version, in which case it must be rebuilt: [`SearchIndex::is_new`]).
    pub fn open(dir: &Path) -> Result<(SearchIndex, bool)> {
        std::fs::create_dir_all(dir)?;
        let version_file = dir.join("schema-version");
        let same = std::fs::read_to_string(&version_file).map(|v| v.trim() == SCHEMA_VERSION).unwrap_or(false);
        let (schema, f) = schema();
        let fresh = !same;
        if fresh {
            for e in std::fs::read_dir(dir)? {
                let p = e?.path();
                if p.is_file() {
                    std::fs::remove_file(p)?;
                }
            }
        }
        let mmap = tantivy::directory::MmapDirectory::open(dir)?;
        let index = Index::open_or_create(mmap, schema)?;
        register(&index);
        if fresh {
            std::fs::write(&version_file, SCHEMA_VERSION)?;
        }
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let writer = index.writer(32_000_000)?;
        Ok((SearchIndex { index, reader, writer: std::sync::Mutex::new(writer), f }, fresh))
    }

    fn key(kind: &str, id: i64) -> String {
        format!("{kind}:{id}")
    }

    /// Adds or replaces an item (visible after [`SearchIndex::commit`]).
    pub fn upsert(&self, d: &Doc) -> Result<()> {
        let w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let key = Self::key(d.kind, d.id);
        w.delete_term(Term::from_field_text(self.f.key, &key));
        let body = format!("{}\n{}", d.title, d.text);
        let mut doc = doc!(
            self.f.key => key,
            self.f.kind => d.kind,
            self.f.lang => d.language.clone(),
            self.f.id => d.id,
            // Newest first, and among items of the same second the later one first, so the
            // order is the same in every process.
            self.f.date => d.date.saturating_mul(1_000_000).saturating_add(d.id.rem_euclid(1_000_000)),
            self.f.title => d.title.clone(),
            self.f.fold => body.clone(),
            self.f.cross => d.cross.clone(),
        );
        if let Some((_, _, tag)) = STEMMED.iter().find(|(code, _, _)| *code == d.language)
            && let Some((_, field)) = self.f.stemmed.iter().find(|(t, _)| t == tag)
        {
            doc.add_text(*field, &body);
        }
        for (dim, value) in &d.facets {
            doc.add_facet(self.f.facet, Facet::from_path([*dim, value.as_str()]));
        }
        w.add_document(doc)?;
        Ok(())
    }

    /// Removes an item (after [`SearchIndex::commit`]).
    pub fn delete(&self, kind: &str, id: i64) {
        let w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        w.delete_term(Term::from_field_text(self.f.key, &Self::key(kind, id)));
    }

    /// Removes everything (for a rebuild).
    pub fn clear(&self) -> Result<()> {
        let w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        w.delete_all_documents()?;
        Ok(())
    }

    /// Makes the changes so far searchable.
    pub fn commit(&self) -> Result<()> {
        let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        w.commit()?;
        drop(w);
        self.reader.reload()?;
        Ok(())
    }

    /// Merges the index into one segment (after a rebuild): fewer, larger segments make
    /// every search cheaper.
    /// Best effort: the writer's own merges may take segments first, so it tries again a
    /// few times with the segments as they then are.
    pub fn optimize(&self) -> Result<()> {
        let mut last = Ok(());
        for _ in 0..5 {
            let ids = self.index.searchable_segment_ids()?;
            if ids.len() <= 1 {
                break;
            }
            let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            last = w.merge(&ids).wait().map(|_| ()).map_err(SearchError::from);
            drop(w);
            if last.is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        self.reader.reload()?;
        last
    }

    /// How many items the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn text_fields(&self) -> Vec<Field> {
        let mut v = vec![self.f.title, self.f.fold, self.f.cross];
        v.extend(self.f.stemmed.iter().map(|(_, f)| *f));
        v
    }

    fn parsed(&self, text: &str) -> Box<dyn Query> {
        let mut p = QueryParser::for_index(&self.index, self.text_fields());
        p.set_conjunction_by_default();
        p.set_field_boost(self.f.title, 2.0);
        p.set_field_boost(self.f.cross, 0.5);
        p.parse_query_lenient(text).0
    }

    /// Each word of five letters or more with one typo allowed, all of them required.
    fn fuzzy(&self, text: &str) -> Option<Box<dyn Query>> {
        let analyzer = self.index.tokenizers().get("fold")?;
        let mut a = analyzer;
        let mut stream = a.token_stream(text);
        let mut parts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        while let Some(t) = stream.next() {
            let term = Term::from_field_text(self.f.fold, &t.text);
            let q: Box<dyn Query> = if t.text.chars().count() >= 5 {
                Box::new(FuzzyTermQuery::new(term, 1, true))
            } else {
                Box::new(TermQuery::new(term, IndexRecordOption::Basic))
            };
            parts.push((Occur::Must, q));
        }
        (!parts.is_empty()).then(|| Box::new(BooleanQuery::new(parts)) as Box<dyn Query>)
    }

    fn with_filters(&self, main: Box<dyn Query>, q: &SearchQuery) -> Box<dyn Query> {
        let mut parts: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, main)];
        if let Some(k) = q.kind {
            parts.push((
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(self.f.kind, k), IndexRecordOption::Basic)),
            ));
        }
        for (dim, value) in &q.filters {
            let term = Term::from_facet(self.f.facet, &Facet::from_path([*dim, value.as_str()]));
            parts.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
        }
        Box::new(BooleanQuery::new(parts))
    }

    /// Completions of what is being typed: items whose title holds every finished word and
    /// a word that starts with the last one (two letters at least), best first, as
    /// (kind, id). Never fails on what is typed; too little gives nothing.
    pub fn suggest(&self, typed: &str, limit: usize) -> Result<Vec<(String, i64)>> {
        let (text, _) = clean(typed);
        let text = text.replace('"', " ");
        let Some(mut analyzer) = self.index.tokenizers().get("fold") else { return Ok(Vec::new()) };
        let mut words: Vec<String> = Vec::new();
        let mut stream = analyzer.token_stream(&text);
        while let Some(t) = stream.next() {
            words.push(t.text.clone());
        }
        // The last word is a prefix unless a space follows it.
        let open = !typed.ends_with(char::is_whitespace);
        let last = if open { words.pop() } else { None };
        if last.as_ref().is_some_and(|l| l.chars().count() < 2) || (last.is_none() && words.is_empty()) {
            return Ok(Vec::new());
        }
        let mut parts: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|w| {
                let t = Term::from_field_text(self.f.title, w);
                (Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)) as Box<dyn Query>)
            })
            .collect();
        if let Some(l) = last {
            // The folded tokens are letters and digits only, so nothing needs escaping
            // but to be safe every character that is not is dropped.
            let prefix: String = l.chars().filter(|c| c.is_alphanumeric()).collect();
            parts.push((Occur::Must, Box::new(RegexQuery::from_pattern(&format!("{prefix}.*"), self.f.title)?)));
        }
        let searcher = self.reader.searcher();
        let top =
            searcher.search(&BooleanQuery::new(parts), &TopDocs::with_limit(limit.clamp(1, 20)).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (_, a) in top {
            let d: TantivyDocument = searcher.doc(a)?;
            if let Some((k, i)) = d.get_first(self.f.key).and_then(|v| v.as_str()).and_then(|k| k.split_once(':')) {
                out.push((k.to_owned(), i.parse().unwrap_or_default()));
            }
        }
        Ok(out)
    }

    /// Runs a query: hits in order (relevance, or newest first), facet counts of the whole
    /// result, snippets. Never fails on what a person types.
    pub fn search(&self, q: &SearchQuery) -> Result<Results> {
        let (text, cut) = clean(&q.text);
        let searcher = self.reader.searcher();
        let base: Box<dyn Query> = if text.is_empty() { Box::new(AllQuery) } else { self.parsed(&text) };
        let mut query = self.with_filters(base, q);
        let mut fuzzy = false;
        // A phrase is meant exactly; other words get one typo each when nothing matched.
        if !text.is_empty()
            && !text.contains('"')
            && searcher.search(&query, &Count)? == 0
            && let Some(fq) = self.fuzzy(&text)
        {
            query = self.with_filters(fq, q);
            fuzzy = true;
        }
        let mut facets = FacetCollector::for_field("facet");
        for d in DIMENSIONS {
            facets.add_facet(Facet::from_path([d]));
        }
        let limit = q.limit.clamp(1, 100);
        let offset = q.offset.min(10_000);
        let (total, counts, addresses): (usize, _, Vec<(f32, tantivy::DocAddress)>) = if q.by_date {
            let top = TopDocs::with_limit(limit).and_offset(offset).order_by_fast_field::<i64>("date", Order::Desc);
            let (total, counts, top) = searcher.search(&query, &(Count, facets, top))?;
            (total, counts, top.into_iter().map(|(_, a)| (0.0, a)).collect())
        } else {
            let top = TopDocs::with_limit(limit).and_offset(offset).order_by_score();
            searcher.search(&query, &(Count, facets, top))?
        };
        let docs: Vec<(f32, TantivyDocument)> =
            addresses.iter().map(|(score, a)| Ok((*score, searcher.doc(*a)?))).collect::<Result<_>>()?;
        let keys: Vec<String> = docs
            .iter()
            .map(|(_, d)| d.get_first(self.f.key).and_then(|v| v.as_str()).unwrap_or_default().to_owned())
            .collect();
        // Which hits match through their own words (the others came through the
        // cross-language labels): one search over the page's hits.
        let own: std::collections::HashSet<tantivy::DocAddress> = if text.is_empty() || fuzzy || docs.is_empty() {
            Default::default()
        } else {
            let mut fields = vec![self.f.title, self.f.fold];
            fields.extend(self.f.stemmed.iter().map(|(_, f)| *f));
            let mut p = QueryParser::for_index(&self.index, fields);
            p.set_conjunction_by_default();
            let own_query = p.parse_query_lenient(&text).0;
            let page: Vec<(Occur, Box<dyn Query>)> = keys
                .iter()
                .map(|k| {
                    let t = Term::from_field_text(self.f.key, k);
                    (Occur::Should, Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>)
                })
                .collect();
            let q = BooleanQuery::new(vec![(Occur::Must, own_query), (Occur::Must, Box::new(BooleanQuery::new(page)))]);
            searcher.search(&q, &tantivy::collector::DocSetCollector)?
        };
        // Snippets from the folded text, or from the item's stemmed text when only its
        // stem matched ("consultation" in "consultations"); generators made when needed.
        let parsed = (!text.is_empty()).then(|| self.parsed(&text));
        let mut generators: Vec<(Field, SnippetGenerator)> = Vec::new();
        let mut hits = Vec::with_capacity(docs.len());
        for (((score, doc), addr), key) in docs.iter().zip(addresses.iter().map(|(_, a)| *a)).zip(&keys) {
            let (kind, id) =
                key.split_once(':').map(|(k, i)| (k.to_owned(), i.parse().unwrap_or_default())).unwrap_or_default();
            let mut snippet = String::new();
            if let Some(parsed) = &parsed {
                let lang_field = doc
                    .get_first(self.f.lang)
                    .and_then(|v| v.as_str())
                    .and_then(|l| STEMMED.iter().find(|(code, _, _)| *code == l))
                    .and_then(|(_, _, tag)| self.f.stemmed.iter().find(|(t, _)| t == tag).map(|(_, f)| *f));
                for field in std::iter::once(self.f.fold).chain(lang_field) {
                    if !generators.iter().any(|(f, _)| *f == field) {
                        let mut g = SnippetGenerator::create(&searcher, &**parsed, field)?;
                        g.set_max_num_chars(220);
                        generators.push((field, g));
                    }
                    let g = &generators.iter().find(|(f, _)| *f == field).expect("made above").1;
                    let s = g.snippet_from_doc(doc);
                    if !s.highlighted().is_empty() {
                        snippet = s.to_html();
                        break;
                    }
                }
            }
            let across_languages = parsed.is_some() && !fuzzy && !own.contains(&addr);
            hits.push(Hit { kind, id, score: *score, snippet, across_languages });
        }
        let mut out = BTreeMap::new();
        for d in DIMENSIONS {
            let root = Facet::from_path([d]);
            let mut values: Vec<(String, u64)> = counts
                .get(root.to_path_string().as_str())
                .map(|(f, n)| (f.to_path().last().map(|s| s.to_string()).unwrap_or_default(), n))
                .collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            out.insert(d, values);
        }
        Ok(Results { total, hits, facets: out, fuzzy, cut })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: i64, lang: &str, title: &str, text: &str, cross: &str, topic: &str) -> Doc {
        Doc {
            kind: "resource",
            id,
            title: title.into(),
            text: text.into(),
            language: lang.into(),
            cross: cross.into(),
            facets: vec![("topic", topic.into()), ("language", lang.into())],
            date: id,
        }
    }

    fn index() -> (SearchIndex, std::path::PathBuf) {
        let dir = std::env::temp_dir().join(format!("iptf-search-{}-{}", std::process::id(), rand_suffix()));
        let (i, fresh) = SearchIndex::open(&dir).unwrap();
        assert!(fresh);
        i.upsert(&doc(
            1,
            "ENG",
            "Running market consultations",
            "How procurers talk to suppliers.",
            "",
            "market-consultation",
        ))
        .unwrap();
        i.upsert(&doc(
            2,
            "FRA",
            "Les marchés publics innovants",
            "Guide pour les acheteurs publics.",
            "Software programming and consultancy services Softwareprogrammierung",
            "pcp",
        ))
        .unwrap();
        i.upsert(&doc(
            3,
            "DEU",
            "Innovationspartnerschaften",
            "Leitfaden für öffentliche Auftraggeber.",
            "",
            "innovation-partnership",
        ))
        .unwrap();
        i.commit().unwrap();
        (i, dir)
    }

    fn rand_suffix() -> u64 {
        use std::time::{SystemTime, UNIX_EPOCH};
        SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64
    }

    fn ids(r: &Results) -> Vec<i64> {
        r.hits.iter().map(|h| h.id).collect()
    }

    fn q(text: &str) -> SearchQuery {
        SearchQuery { text: text.into(), limit: 10, ..Default::default() }
    }

    #[test]
    fn stemming_folding_phrases_and_typos() {
        let (i, _) = index();
        assert_eq!(ids(&i.search(&q("consultation")).unwrap()), [1], "English stem");
        assert_eq!(ids(&i.search(&q("marche")).unwrap()), [2], "French, accents folded");
        assert_eq!(ids(&i.search(&q("\"acheteurs publics\"")).unwrap()), [2], "a phrase");
        assert!(i.search(&q("\"publics acheteurs\"")).unwrap().hits.is_empty());
        let typo = i.search(&q("procurrers")).unwrap();
        assert!(typo.fuzzy);
        assert_eq!(ids(&typo), [1]);
        // Across languages: a German query finds the French guide through its CPV label.
        let r = i.search(&q("Softwareprogrammierung")).unwrap();
        assert_eq!(ids(&r), [2]);
        assert!(r.hits[0].across_languages);
        assert!(i.search(&q("consultation")).unwrap().hits[0].snippet.contains("<b>"));
    }

    #[test]
    fn whatever_is_typed_gives_a_result() {
        let (i, _) = index();
        for bad in ["\"unbalanced", "AND OR NOT", "title:(x", "*", "((((", "-", &"x".repeat(5000), "a:b:c [1 TO", "\\"]
        {
            let r = i.search(&q(bad));
            assert!(r.is_ok(), "{bad}");
        }
        assert!(i.search(&q(&"word ".repeat(100))).unwrap().cut);
        assert_eq!(clean("a \"b c"), ("a b c".into(), false));
        assert_eq!(clean("x AND (y)"), ("x y".into(), false));
    }

    #[test]
    fn facets_count_and_filter_and_items_leave() {
        let (i, _) = index();
        let all = i.search(&q("")).unwrap();
        assert_eq!(all.total, 3);
        assert!(all.facets["language"].contains(&("FRA".into(), 1)));
        let only = i.search(&SearchQuery { filters: vec![("topic", "pcp".into())], ..q("") }).unwrap();
        assert_eq!(ids(&only), [2]);
        let by_date = i.search(&SearchQuery { by_date: true, ..q("") }).unwrap();
        assert_eq!(ids(&by_date), [3, 2, 1]);
        i.delete("resource", 2);
        i.commit().unwrap();
        assert_eq!(i.search(&q("")).unwrap().total, 2);
    }

    #[test]
    fn completion_finds_titles_by_their_first_letters() {
        let (i, dir) = index();
        let ids = |typed: &str| i.suggest(typed, 8).unwrap().into_iter().map(|(_, id)| id).collect::<Vec<_>>();
        assert!(ids("mar").contains(&1) && ids("mar").contains(&2));
        assert_eq!(ids("running cons"), [1]);
        assert_eq!(ids("MARCHÉS pub"), [2]);
        assert_eq!(ids("innovationsp"), [3]);
        // Too little, operators, quotes and nonsense give nothing rather than an error.
        assert!(ids("m").is_empty());
        assert!(ids("").is_empty());
        assert!(ids("\"(* OR").is_empty());
        assert!(ids("zzzz").is_empty());
        // A finished word (followed by a space) is matched whole.
        assert_eq!(ids("running "), [1]);
        assert!(ids("runn ").is_empty());
        let _ = std::fs::remove_dir_all(dir);
    }
}
