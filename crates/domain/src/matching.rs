//! Matching challenges and solutions, both ways, with the reasons.
//!
//! Each item is read into two vectors. The *words* vector holds the stems of its text
//! (in its own language, compounds split) weighted by tf-idf over all items; it finds items
//! that say the same thing in the same language. The *concepts* vector holds CPV codes: the
//! ones its author picked and the ones its text suggests through the labels of its own
//! language ([`crate::cpv::suggest`]), each spread up the hierarchy (category, class, group,
//! division, with less weight the higher it goes), weighted by idf; a German challenge and a
//! French solution that describe the same need meet there even when they share no word and
//! their authors picked different codes. The *need* similarity is the weighted mean of the
//! two cosines and of the sectors' overlap; the *fit* (maturity against the expected TRL
//! range, the challenge's country among those the solution serves, a common language) then
//! moves the score by a configured share. Only items with a word or a concept in common are
//! candidates. Ties break on the id, so the ranking is deterministic.

use crate::cpv::{self, Code, Lang, Level};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The weights of the score, from configuration.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    pub words: f32,
    pub concepts: f32,
    pub sectors: f32,
    pub maturity: f32,
    pub geography: f32,
    pub language: f32,
    /// How much of the score the fit (maturity, geography, language) can take away.
    pub fit_share: f32,
    /// How much a code suggested from the text counts against one its author picked.
    pub suggested: f32,
    /// Matches scoring less are not shown.
    pub min_score: f32,
    /// Two challenges of different buyers describe a common need when their need
    /// similarity reaches this and each is among the other's `common_need_neighbours` most
    /// similar challenges.
    pub common_need: f32,
    pub common_need_neighbours: usize,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            words: 0.4,
            concepts: 0.5,
            sectors: 0.1,
            maturity: 0.4,
            geography: 0.3,
            language: 0.3,
            fit_share: 0.3,
            suggested: 0.85,
            min_score: 0.04,
            common_need: 0.2,
            common_need_neighbours: 2,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Challenge,
    Solution,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Challenge => Side::Solution,
            Side::Solution => Side::Challenge,
        }
    }
}

/// What the matcher reads of a challenge or a solution.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Item {
    pub id: i64,
    pub title: String,
    pub text: String,
    /// eForms code of the text's language if known (a hint; the text decides).
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub cpv: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Expected range for a challenge; the solution's maturity as min = max.
    #[serde(default)]
    pub trl: Option<(i64, i64)>,
    /// A challenge's country; the countries a solution serves (none: anywhere).
    #[serde(default)]
    pub countries: Vec<String>,
    /// Languages accepted (challenge) or worked in (solution), eForms codes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// A CPV code read from an item: picked by its author, or suggested by its text (with the
/// words that suggested it).
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    pub code: &'static Code,
    pub weight: f32,
    pub words: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
struct Entry {
    side: Side,
    id: i64,
    lang: Lang,
    words: Vec<(u32, f32)>,
    concepts_vec: Vec<(u32, f32)>,
    concepts: Vec<Concept>,
    /// Each word stem's spelling in the text.
    spellings: Vec<(u32, Box<str>)>,
    sectors: Vec<String>,
    trl: Option<(i64, i64)>,
    countries: Vec<String>,
    languages: Vec<String>,
}

/// How a match's TRL stands against the challenge's expected range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "fit")]
pub enum Maturity {
    Within { trl: i64, min: i64, max: i64 },
    Below { trl: i64, min: i64, max: i64 },
    Above { trl: i64, min: i64, max: i64 },
    Unknown,
}

/// A CPV code both items have, or a level of the hierarchy they share.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedCode {
    /// The deepest code both sit under (or the code itself).
    pub code: String,
    pub level: &'static str,
    pub ours: String,
    pub theirs: String,
    /// Whether either side's code was read from its text rather than picked.
    pub suggested: bool,
}

/// Why two items match.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Why {
    /// Words both texts use (as the other item spells them).
    pub words: Vec<String>,
    pub codes: Vec<SharedCode>,
    pub sectors: Vec<String>,
    pub maturity: Maturity,
    /// The challenge's country is among those the solution serves (or it serves anywhere).
    pub geography: bool,
    /// The languages both work in; empty when either says none.
    pub languages: Vec<String>,
    /// The parts of the score, each 0 to 1.
    pub word_similarity: f32,
    pub concept_similarity: f32,
    pub sector_overlap: f32,
    pub fit: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    pub id: i64,
    pub score: f32,
    pub why: Why,
}

/// The matcher's index of every published challenge and solution.
#[derive(Debug, Default)]
pub struct MatchIndex {
    weights: Weights,
    entries: Vec<Option<Entry>>,
    slots: HashMap<(Side, i64), u32>,
    features: HashMap<String, u32>,
    df: Vec<u32>,
    /// By feature, then side (challenges, solutions): (slot, weight).
    postings: Vec<[Vec<(u32, f32)>; 2]>,
    live: u32,
    /// Live items by side.
    sides: [u32; 2],
}

/// How much of a code's weight each level above it receives.
fn spread(level: Level) -> f32 {
    match level {
        Level::Subcategory => 1.0,
        Level::Category => 0.7,
        Level::Class => 0.45,
        Level::Group => 0.25,
        Level::Division => 0.1,
    }
}

/// The CPV codes an item speaks of: its own (weight 1) and the ones its text suggests,
/// relative to the best suggestion, counted by `suggested`.
pub fn concepts(terms: &cpv::Terms, picked: &[String], suggested: f32) -> Vec<Concept> {
    let mut out: Vec<Concept> =
        picked.iter().filter_map(|c| cpv::lookup(c)).map(|code| Concept { code, weight: 1.0, words: None }).collect();
    let found = cpv::suggest_terms(terms, 12);
    let best = found.first().map(|s| s.score).unwrap_or(0.0);
    for s in found {
        let rel = s.score / best;
        if rel < 0.25 || out.iter().any(|c| c.code == s.code) {
            continue;
        }
        out.push(Concept { code: s.code, weight: suggested * rel, words: Some(s.words) });
    }
    out
}

/// Words that carry no need in the languages most challenges are written in (articles,
/// pronouns, prepositions, conjunctions, auxiliaries of three letters or more).
fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        // English
        "the", "and", "for", "with", "our", "that", "this", "from", "are", "its", "into", "they", "their", "them",
        "which", "who", "was", "were", "has", "have", "had", "not", "but", "all", "can", "will", "would", "each",
        "every", "more", "less", "than", "also", "such", "need", "needs", "want", "seek", "use", "used", "your", "you",
        "out", "any", "before", "after", "when", "where", "so", "whether", "there", "these", "those",
        // French
        "les", "des", "une", "pour", "par", "dans", "sur", "avec", "sans", "aux", "est", "son", "ses", "leur", "leurs",
        "nous", "notre", "nos", "vous", "votre", "qui", "que", "quoi", "cette", "ces", "cet", "mais", "ou", "plus",
        "moins", "tout", "tous", "toute", "toutes", "elle", "ils", "elles", "selon", "afin", "entre", "chaque", "etre",
        "avoir", "sont", "ont", "fait", "peut", "exemple", // German
        "der", "die", "das", "den", "dem", "des", "und", "oder", "mit", "fur", "von", "vom", "zum", "zur", "auf",
        "aus", "bei", "ein", "eine", "einen", "einem", "einer", "eines", "ist", "sind", "wir", "unsere", "unser",
        "unseren", "unserer", "sie", "ihr", "ihre", "nicht", "auch", "wenn", "dass", "damit", "ohne", "uber", "unter",
        "nach", "bis", "wie", "werden", "wird", "jeder", "jede", "jedes", "sowie", "oft", "erst", "keine",
        // Spanish
        "los", "las", "del", "una", "unos", "unas", "para", "por", "con", "sin", "que", "sus", "nuestro", "nuestra",
        "nuestros", "nuestras", "como", "mas", "cada", "entre", "sobre", "este", "esta", "estos", "estas", "ser",
        "son", "muy", "segun", // Italian
        "gli", "della", "delle", "degli", "dei", "del", "dello", "nella", "nelle", "nei", "nel", "alla", "alle",
        "agli", "ai", "per", "con", "che", "una", "uno", "sono", "suoi", "sue", "nostro", "nostra", "nostri", "nostre",
        "ogni", "come", "piu", "tra", "fra", "anche", "questo", "questa", // Dutch
        "het", "een", "van", "voor", "met", "zonder", "aan", "bij", "door", "naar", "uit", "over", "onze", "ons",
        "wij", "zij", "hun", "dat", "die", "deze", "dit", "ook", "niet", "wordt", "worden", "zijn", "heeft", "hebben",
        "elke", "elk", "meer", "terwijl", "zodat",
    ];
    WORDS.contains(&w)
}

fn normalise(v: &mut [(u32, f32)]) {
    let n = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= n);
    }
}

/// The dot product of two sparse vectors sorted by feature.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

fn overlap(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|x| b.contains(x)).cloned().collect()
}

impl MatchIndex {
    pub fn new(weights: Weights) -> Self {
        MatchIndex { weights, ..Default::default() }
    }

    pub fn weights(&self) -> Weights {
        self.weights
    }

    /// How many items it holds.
    pub fn len(&self) -> usize {
        self.live as usize
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Builds the index of many items at once (document frequencies over all of them).
    pub fn build(weights: Weights, items: impl IntoIterator<Item = (Side, Item)>) -> Self {
        let mut idx = MatchIndex::new(weights);
        let read: Vec<(Side, Item, Raw)> = items
            .into_iter()
            .map(|(side, item)| {
                let raw = idx.read(&item);
                (side, item, raw)
            })
            .collect();
        for (_, _, raw) in &read {
            for f in raw.features() {
                idx.df[f as usize] += 1;
            }
        }
        idx.live = read.len() as u32;
        for (side, item, raw) in read {
            idx.sides[side as usize] += 1;
            idx.place(side, &item, raw);
        }
        idx
    }

    /// Adds an item, or replaces it if it is there.
    pub fn upsert(&mut self, side: Side, item: &Item) {
        self.remove(side, item.id);
        let raw = self.read(item);
        for f in raw.features() {
            self.df[f as usize] += 1;
        }
        self.live += 1;
        self.sides[side as usize] += 1;
        self.place(side, item, raw);
    }

    pub fn remove(&mut self, side: Side, id: i64) {
        if let Some(slot) = self.slots.remove(&(side, id))
            && let Some(e) = self.entries[slot as usize].take()
        {
            for (f, _) in e.words.iter().chain(&e.concepts_vec) {
                self.df[*f as usize] = self.df[*f as usize].saturating_sub(1);
            }
            self.live -= 1;
            self.sides[side as usize] -= 1;
        }
    }

    pub fn contains(&self, side: Side, id: i64) -> bool {
        self.slots.contains_key(&(side, id))
    }

    fn feature(&mut self, name: String) -> u32 {
        if let Some(&f) = self.features.get(&name) {
            return f;
        }
        let f = self.df.len() as u32;
        self.features.insert(name, f);
        self.df.push(0);
        self.postings.push([Vec::new(), Vec::new()]);
        f
    }

    fn read(&mut self, item: &Item) -> Raw {
        let hint = item.language.as_deref().and_then(Lang::from_tag);
        let text = format!("{}\n{}", item.title, item.text);
        let terms = cpv::terms(&text, hint);
        let concepts = concepts(&terms, &item.cpv, self.weights.suggested);
        let mut words = Vec::new();
        let mut spellings: Vec<(u32, Box<str>)> = Vec::new();
        for (stem, tf, spelled) in &terms.stems {
            if stem.chars().count() < 3 || is_function_word(&crate::text::fold(spelled)) {
                continue;
            }
            let f = self.feature(format!("w:{stem}"));
            words.push((f, 1.0 + (*tf as f32).ln()));
            spellings.push((f, spelled.as_str().into()));
        }
        let mut nodes: HashMap<u32, f32> = HashMap::new();
        for c in &concepts {
            let f = self.feature(format!("c:{}", c.code.digits()));
            *nodes.entry(f).or_default() += c.weight * spread(c.code.level());
            for a in c.code.ancestors() {
                let f = self.feature(format!("c:{}", a.digits()));
                *nodes.entry(f).or_default() += c.weight * spread(a.level());
            }
        }
        let mut concepts_vec: Vec<(u32, f32)> = nodes.into_iter().collect();
        words.sort_by_key(|w| w.0);
        concepts_vec.sort_by_key(|w| w.0);
        spellings.sort_by_key(|x| x.0);
        spellings.dedup_by_key(|x| x.0);
        Raw { lang: terms.lang, words, concepts_vec, concepts, spellings }
    }

    fn idf(&self, f: u32) -> f32 {
        let n = self.live.max(1) as f32;
        (1.0 + n / self.df[f as usize].max(1) as f32).ln()
    }

    fn place(&mut self, side: Side, item: &Item, raw: Raw) {
        let Raw { lang, mut words, mut concepts_vec, concepts, spellings } = raw;
        for v in [&mut words, &mut concepts_vec] {
            for (f, w) in v.iter_mut() {
                *w *= self.idf(*f);
            }
            normalise(v);
        }
        let slot = self.entries.len() as u32;
        for (f, w) in words.iter().chain(&concepts_vec).filter(|(_, w)| *w > 0.0) {
            self.postings[*f as usize][side as usize].push((slot, *w));
        }
        self.entries.push(Some(Entry {
            side,
            id: item.id,
            lang,
            words,
            concepts_vec,
            concepts,
            spellings,
            sectors: item.sectors.clone(),
            trl: item.trl,
            countries: item.countries.clone(),
            languages: item.languages.clone(),
        }));
        self.slots.insert((side, item.id), slot);
    }

    /// The best matches of the other side for an item in the index, best first.
    pub fn matches(&self, side: Side, id: i64, limit: usize) -> Vec<Match> {
        let Some(&slot) = self.slots.get(&(side, id)) else { return Vec::new() };
        let Some(q) = &self.entries[slot as usize] else { return Vec::new() };
        self.rank(q, side.other(), limit)
    }

    /// The best matches of `side` for an item not (yet) in the index.
    pub fn matches_for(&mut self, own: Side, item: &Item, limit: usize) -> Vec<Match> {
        let raw = self.read(item);
        let Raw { lang, mut words, mut concepts_vec, concepts, spellings } = raw;
        for v in [&mut words, &mut concepts_vec] {
            for (f, w) in v.iter_mut() {
                *w *= self.idf(*f);
            }
            normalise(v);
        }
        let q = Entry {
            side: own,
            id: item.id,
            lang,
            words,
            concepts_vec,
            concepts,
            spellings,
            sectors: item.sectors.clone(),
            trl: item.trl,
            countries: item.countries.clone(),
            languages: item.languages.clone(),
        };
        self.rank(&q, own.other(), limit)
    }

    /// The same-side items most like one (e.g. challenges of other buyers describing the
    /// same need), with their need similarity.
    pub fn similar(&self, side: Side, id: i64, limit: usize) -> Vec<(i64, f32)> {
        let Some(&slot) = self.slots.get(&(side, id)) else { return Vec::new() };
        let Some(q) = &self.entries[slot as usize] else { return Vec::new() };
        let mut acc = self.accumulate(q, side);
        acc.retain(|(s, _, _)| *s != slot);
        let mut out: Vec<(i64, f32)> = acc
            .into_iter()
            .filter_map(|(s, w, c)| {
                let e = self.entries[s as usize].as_ref()?;
                Some((e.id, self.need(w, c, shared(&q.sectors, &e.sectors), q, e)))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(limit);
        out
    }

    /// Word and concept cosines of the query with every item of `side` sharing a feature,
    /// counting only the features held by at most 1 % of that side's items (and at least
    /// 200): the candidates and their first scores. Leaving out the commonest features
    /// (a CPV division, a word every text uses) keeps a query fast on a large index; the
    /// best candidates are then scored in full by [`Self::exact`].
    fn accumulate(&self, q: &Entry, side: Side) -> Vec<(u32, f32, f32)> {
        let common = (self.sides[side as usize] as usize / 100).max(200);
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
        }
        SCRATCH.with(|cell| {
            let (acc, touched) = &mut *cell.borrow_mut();
            if acc.len() < self.entries.len() {
                acc.resize(self.entries.len(), (0.0, 0.0, false));
            }
            for (channel, vec) in [(0, &q.words), (1, &q.concepts_vec)] {
                for (f, wq) in vec.iter() {
                    let list = &self.postings[*f as usize][side as usize];
                    if list.len() > common {
                        continue;
                    }
                    for (slot, wd) in list {
                        let e = &mut acc[*slot as usize];
                        if !e.2 {
                            e.2 = true;
                            touched.push(*slot);
                        }
                        if channel == 0 {
                            e.0 += wq * wd;
                        } else {
                            e.1 += wq * wd;
                        }
                    }
                }
            }
            let out = touched
                .iter()
                .filter(|s| self.entries[**s as usize].is_some())
                .map(|s| {
                    let (w, c, _) = acc[*s as usize];
                    (*s, w, c)
                })
                .collect();
            for s in touched.drain(..) {
                acc[s as usize] = (0.0, 0.0, false);
            }
            out
        })
    }

    /// The need similarity: the weighted mean of the word and concept cosines and the
    /// sectors' overlap. Texts in two languages cannot share words, so for them the mean
    /// leaves the words out rather than count them as a miss.
    fn need(&self, words: f32, concepts: f32, shared_sectors: usize, a: &Entry, b: &Entry) -> f32 {
        let w = &self.weights;
        let union = a.sectors.len() + b.sectors.len() - shared_sectors;
        let sectors = if union == 0 { 0.0 } else { shared_sectors as f32 / union as f32 };
        let word_weight = if a.lang == b.lang { w.words } else { 0.0 };
        (word_weight * words + w.concepts * concepts + w.sectors * sectors)
            / (word_weight + w.concepts + w.sectors).max(1e-6)
    }

    /// The full word and concept cosines of two entries.
    fn exact(q: &Entry, e: &Entry) -> (f32, f32) {
        (dot(&q.words, &e.words), dot(&q.concepts_vec, &e.concepts_vec))
    }

    fn score(&self, q: &Entry, e: &Entry, w: f32, c: f32) -> f32 {
        let need = self.need(w, c, shared(&q.sectors, &e.sectors), q, e);
        let f = self.weights.fit_share;
        need * (1.0 - f + f * self.fit_score(q, e))
    }

    fn rank(&self, q: &Entry, side: Side, limit: usize) -> Vec<Match> {
        type Scored = (f32, i64, u32, f32, f32);
        let by = |a: &Scored, b: &Scored| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
        let mut scored: Vec<Scored> = self
            .accumulate(q, side)
            .into_iter()
            .filter_map(|(s, w, c)| {
                let e = self.entries[s as usize].as_ref()?;
                Some((self.score(q, e, w, c), e.id, s, w, c))
            })
            .collect();
        // The best candidates by their first score, scored in full.
        let keep = (limit * 4).max(50);
        if scored.len() > keep {
            scored.select_nth_unstable_by(keep - 1, by);
            scored.truncate(keep);
        }
        for x in scored.iter_mut() {
            let e = self.entries[x.2 as usize].as_ref().expect("candidates are live");
            let (w, c) = Self::exact(q, e);
            *x = (self.score(q, e, w, c), x.1, x.2, w, c);
        }
        scored.retain(|m| m.0 >= self.weights.min_score);
        scored.sort_by(by);
        scored.truncate(limit);
        scored
            .into_iter()
            .map(|(score, id, s, w, c)| {
                let e = self.entries[s as usize].as_ref().expect("ranked entries are live");
                Match { id, score, why: self.why(q, e, w, c) }
            })
            .collect()
    }

    /// [`Self::fit`]'s number alone, without building its parts.
    fn fit_score(&self, a: &Entry, b: &Entry) -> f32 {
        let (ch, so) = if a.side == Side::Challenge { (a, b) } else { (b, a) };
        let m = match (ch.trl, so.trl) {
            (Some((min, _)), Some((trl, _))) if trl < min => (1.0 - 0.3 * (min - trl) as f32).max(0.0),
            (Some((_, max)), Some((trl, _))) if trl > max => 0.8,
            (Some(_), Some(_)) => 1.0,
            _ => 0.5,
        };
        let geography = so.countries.is_empty() || ch.countries.iter().any(|c| so.countries.contains(c));
        let lang_ok =
            ch.languages.is_empty() || so.languages.is_empty() || ch.languages.iter().any(|l| so.languages.contains(l));
        let w = &self.weights;
        let total = (w.maturity + w.geography + w.language).max(1e-6);
        (w.maturity * m + w.geography * geography as u8 as f32 + w.language * lang_ok as u8 as f32) / total
    }

    /// The fit of two items (0 to 1) with its parts; the challenge's range and country
    /// against the solution's maturity and countries, whichever way round they come.
    fn fit(&self, a: &Entry, b: &Entry) -> (f32, Maturity, bool, Vec<String>) {
        let (ch, so) = if a.side == Side::Challenge { (a, b) } else { (b, a) };
        let maturity = match (ch.trl, so.trl) {
            (Some((min, max)), Some((trl, _))) if trl < min => Maturity::Below { trl, min, max },
            (Some((min, max)), Some((trl, _))) if trl > max => Maturity::Above { trl, min, max },
            (Some((min, max)), Some((trl, _))) => Maturity::Within { trl, min, max },
            _ => Maturity::Unknown,
        };
        let m = match maturity {
            Maturity::Within { .. } => 1.0,
            Maturity::Below { trl, min, .. } => (1.0 - 0.3 * (min - trl) as f32).max(0.0),
            Maturity::Above { .. } => 0.8,
            Maturity::Unknown => 0.5,
        };
        let geography = so.countries.is_empty() || ch.countries.iter().any(|c| so.countries.contains(c));
        let languages = overlap(&ch.languages, &so.languages);
        let lang_ok = ch.languages.is_empty() || so.languages.is_empty() || !languages.is_empty();
        let w = &self.weights;
        let total = (w.maturity + w.geography + w.language).max(1e-6);
        let fit = (w.maturity * m + w.geography * geography as u8 as f32 + w.language * lang_ok as u8 as f32) / total;
        (fit, maturity, geography, languages)
    }

    fn why(&self, q: &Entry, e: &Entry, words: f32, concepts: f32) -> Why {
        let mut shared: Vec<(f32, String)> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < q.words.len() && j < e.words.len() {
            match q.words[i].0.cmp(&e.words[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let f = q.words[i].0;
                    if let Ok(k) = e.spellings.binary_search_by_key(&f, |x| x.0) {
                        shared.push((q.words[i].1 * e.words[j].1, e.spellings[k].1.to_string()));
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let sectors = overlap(&q.sectors, &e.sectors);
        let (fit, maturity, geography, languages) = self.fit(q, e);
        let shared_sectors = sectors.len();
        let union = q.sectors.len() + e.sectors.len() - shared_sectors;
        Why {
            words: shared.into_iter().take(8).map(|s| s.1).collect(),
            codes: shared_codes(&q.concepts, &e.concepts),
            sectors,
            maturity,
            geography,
            languages,
            word_similarity: words.min(1.0),
            concept_similarity: concepts.min(1.0),
            sector_overlap: if union == 0 { 0.0 } else { shared_sectors as f32 / union as f32 },
            fit,
        }
    }

    /// The `limit` challenges of other buyers (`owner` gives each challenge's buyer) whose
    /// need is most like this one's, at or above the configured `common_need` similarity,
    /// best first.
    pub fn need_links(&self, id: i64, owner: &dyn Fn(i64) -> Option<i64>, limit: usize) -> Vec<(i64, f32)> {
        let Some(&slot) = self.slots.get(&(Side::Challenge, id)) else { return Vec::new() };
        let Some(q) = &self.entries[slot as usize] else { return Vec::new() };
        let mine = owner(id);
        let mut out: Vec<(i64, f32, u32)> = self
            .accumulate(q, Side::Challenge)
            .into_iter()
            .filter(|(s, _, _)| *s != slot)
            .filter_map(|(s, w, c)| {
                let e = self.entries[s as usize].as_ref()?;
                let other = owner(e.id);
                if other.is_none() || other == mine {
                    return None;
                }
                Some((e.id, self.need(w, c, shared(&q.sectors, &e.sectors), q, e), s))
            })
            .collect();
        let by = |a: &(i64, f32, u32), b: &(i64, f32, u32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let keep = (limit * 5).max(20);
        if out.len() > keep {
            out.select_nth_unstable_by(keep - 1, by);
            out.truncate(keep);
        }
        for x in out.iter_mut() {
            let e = self.entries[x.2 as usize].as_ref().expect("candidates are live");
            let (w, c) = Self::exact(q, e);
            x.1 = self.need(w, c, shared(&q.sectors, &e.sectors), q, e);
        }
        out.retain(|x| x.1 >= self.weights.common_need);
        out.sort_by(by);
        out.truncate(limit);
        out.into_iter().map(|(id, sim, _)| (id, sim)).collect()
    }

    /// The language an item's text was read in.
    pub fn language(&self, side: Side, id: i64) -> Option<Lang> {
        let slot = self.slots.get(&(side, id))?;
        self.entries[*slot as usize].as_ref().map(|e| e.lang)
    }
}

/// Per-thread accumulator of [`MatchIndex::accumulate`]: (word, concept, touched) by slot,
/// and the slots touched.
type Scratch = (Vec<(f32, f32, bool)>, Vec<u32>);

/// Groups of ids joined pairwise (union-find), kept between calls so that a new
/// challenge's links are added without starting over.
#[derive(Debug, Default, Clone)]
pub struct Clusters {
    parent: HashMap<i64, i64>,
}

impl Clusters {
    fn root(&mut self, id: i64) -> i64 {
        let mut r = id;
        while let Some(&p) = self.parent.get(&r) {
            if p == r {
                break;
            }
            r = p;
        }
        // Path compression.
        let mut x = id;
        while let Some(&p) = self.parent.get(&x) {
            if p == r {
                break;
            }
            self.parent.insert(x, r);
            x = p;
        }
        r
    }

    /// Puts `a` and `b` in one group (the smaller id names it).
    pub fn join(&mut self, a: i64, b: i64) {
        self.parent.entry(a).or_insert(a);
        self.parent.entry(b).or_insert(b);
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            let (keep, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent.insert(child, keep);
        }
    }

    /// The groups, each sorted, largest first then by smallest id.
    pub fn list(&mut self) -> Vec<Vec<i64>> {
        let ids: Vec<i64> = self.parent.keys().copied().collect();
        let mut by_root: HashMap<i64, Vec<i64>> = HashMap::new();
        for id in ids {
            let r = self.root(id);
            by_root.entry(r).or_default().push(id);
        }
        let mut out: Vec<Vec<i64>> = by_root.into_values().filter(|g| g.len() > 1).collect();
        for g in &mut out {
            g.sort_unstable();
        }
        out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        out
    }
}

/// Common needs: groups of challenges of different buyers, linked when each is among the
/// other's nearest (`common_need_neighbours`) at or above the `common_need` similarity
/// (mutual nearest neighbours keep one broad challenge from chaining unrelated ones), then
/// joined through shared members. A new challenge is added without starting over; a change
/// or removal waits for the next full [`CommonNeeds::build`].
#[derive(Debug, Default, Clone)]
pub struct CommonNeeds {
    /// Each challenge's nearest challenges of other buyers, best first.
    nearest: HashMap<i64, Vec<(i64, f32)>>,
    groups: Clusters,
    /// The groups as last listed, until a challenge is added.
    listed: Option<Vec<Vec<i64>>>,
}

impl CommonNeeds {
    pub fn build(index: &MatchIndex, owner: &dyn Fn(i64) -> Option<i64>) -> CommonNeeds {
        let k = index.weights.common_need_neighbours.max(1);
        let mut out = CommonNeeds::default();
        for e in index.entries.iter().flatten().filter(|e| e.side == Side::Challenge) {
            let near = index.need_links(e.id, owner, k);
            out.nearest.insert(e.id, near);
        }
        let pairs: Vec<(i64, i64)> = out
            .nearest
            .iter()
            .flat_map(|(a, near)| near.iter().map(move |(b, _)| (*a, *b)))
            .filter(|(a, b)| a < b)
            .collect();
        for (a, b) in pairs {
            // `b` is among `a`'s nearest (the pair comes from there); mutual if `a` is among `b`'s.
            if out.nearest.get(&b).is_some_and(|n| n.iter().any(|(x, _)| *x == a)) {
                out.groups.join(a, b);
            }
        }
        out
    }

    /// Adds a challenge that is in the index: its nearest, and each of them that now has it
    /// among their nearest.
    pub fn add(&mut self, index: &MatchIndex, id: i64, owner: &dyn Fn(i64) -> Option<i64>) {
        let k = index.weights.common_need_neighbours.max(1);
        let near = index.need_links(id, owner, k);
        for (b, sim) in &near {
            let theirs = self.nearest.entry(*b).or_default();
            let enters = theirs.len() < k || theirs.last().is_some_and(|(_, s)| sim > s);
            // Mutual: the new challenge enters the nearest of one of its own nearest.
            if enters {
                theirs.push((id, *sim));
                theirs.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                theirs.truncate(k);
                self.groups.join(id, *b);
            }
        }
        self.nearest.insert(id, near);
        self.listed = None;
    }

    /// The groups, largest first.
    pub fn groups(&mut self) -> Vec<Vec<i64>> {
        self.list().to_vec()
    }

    /// Lists the groups once until the next change; [`Self::listed`] then reads them
    /// without changing anything.
    pub fn list(&mut self) -> &[Vec<i64>] {
        if self.listed.is_none() {
            self.listed = Some(self.groups.list());
        }
        self.listed.as_deref().expect("just listed")
    }

    /// The groups if listed since the last change.
    pub fn listed(&self) -> Option<&[Vec<i64>]> {
        self.listed.as_deref()
    }

    /// The group of one challenge (empty if it has none).
    pub fn group_of(&mut self, id: i64) -> Vec<i64> {
        self.list().iter().find(|g| g.contains(&id)).cloned().unwrap_or_default()
    }
}

/// Pairwise precision, recall and F1 of found groups against true ones (pairs of ids in
/// one group).
pub fn pairwise_f1(found: &[Vec<i64>], truth: &[Vec<i64>]) -> (f64, f64, f64) {
    let pairs = |groups: &[Vec<i64>]| {
        let mut p = std::collections::BTreeSet::new();
        for g in groups {
            for (i, a) in g.iter().enumerate() {
                for b in &g[i + 1..] {
                    p.insert((*a.min(b), *a.max(b)));
                }
            }
        }
        p
    };
    let (f, t) = (pairs(found), pairs(truth));
    let hit = f.intersection(&t).count() as f64;
    let precision = if f.is_empty() { 0.0 } else { hit / f.len() as f64 };
    let recall = if t.is_empty() { 0.0 } else { hit / t.len() as f64 };
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    (precision, recall, f1)
}

struct Raw {
    lang: Lang,
    words: Vec<(u32, f32)>,
    concepts_vec: Vec<(u32, f32)>,
    concepts: Vec<Concept>,
    spellings: Vec<(u32, Box<str>)>,
}

impl Raw {
    fn features(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().chain(&self.concepts_vec).map(|(f, _)| *f)
    }
}

/// For each pair of codes of the two items, the deepest code both sit under (at group
/// level or deeper), best pairs first, each common code once.
fn shared_codes(ours: &[Concept], theirs: &[Concept]) -> Vec<SharedCode> {
    let mut out: Vec<(Level, f32, SharedCode)> = Vec::new();
    for a in ours {
        for b in theirs {
            let Some(common) = common_ancestor(a.code, b.code) else { continue };
            if common.level() < Level::Group {
                continue;
            }
            let weight = a.weight * b.weight;
            if let Some(x) = out.iter_mut().find(|x| x.2.code == common.code) {
                if weight > x.1 {
                    x.1 = weight;
                }
                continue;
            }
            out.push((
                common.level(),
                weight,
                SharedCode {
                    code: common.code.clone(),
                    level: common.level().as_str(),
                    ours: a.code.code.clone(),
                    theirs: b.code.code.clone(),
                    suggested: a.words.is_some() || b.words.is_some(),
                },
            ));
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.code.cmp(&b.2.code)));
    // A code under another listed one says it already.
    let mut kept: Vec<SharedCode> = Vec::new();
    for (_, _, s) in out {
        let under =
            |k: &SharedCode| cpv::lookup(&k.code).is_some_and(|c| c.ancestors().iter().any(|a| a.code == s.code));
        if !kept.iter().any(under) {
            kept.push(s);
        }
    }
    kept.truncate(5);
    kept
}

fn common_ancestor(a: &'static Code, b: &'static Code) -> Option<&'static Code> {
    if a.code == b.code {
        return Some(a);
    }
    let up = |c: &'static Code| {
        let mut v = c.ancestors();
        v.push(c);
        v
    };
    let (ua, ub) = (up(a), up(b));
    ua.into_iter().rev().find(|x| ub.iter().any(|y| y.code == x.code))
}

/// Ranking quality of one query: precision at 5, recall at 10 and nDCG at 10 (binary
/// relevance).
pub fn quality(ranked: &[i64], relevant: &[i64]) -> (f64, f64, f64) {
    if relevant.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let hit = |i: &i64| relevant.contains(i);
    let p5 = ranked.iter().take(5).filter(|i| hit(i)).count() as f64 / 5.0;
    let r10 = ranked.iter().take(10).filter(|i| hit(i)).count() as f64 / relevant.len() as f64;
    let dcg: f64 =
        ranked.iter().take(10).enumerate().filter(|(_, i)| hit(i)).map(|(k, _)| 1.0 / (k as f64 + 2.0).log2()).sum();
    let ideal: f64 = (0..relevant.len().min(10)).map(|k| 1.0 / (k as f64 + 2.0).log2()).sum();
    (p5, r10, dcg / ideal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, text: &str, cpv: &[&str], sectors: &[&str]) -> Item {
        Item {
            id,
            title: String::new(),
            text: text.into(),
            cpv: cpv.iter().map(|s| s.to_string()).collect(),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn quality_measures() {
        assert_eq!(quality(&[1, 2, 3], &[1]), (0.2, 1.0, 1.0));
        let (p, r, n) = quality(&[9, 1, 8, 7, 6, 5, 4, 3, 2, 0], &[1, 2]);
        assert_eq!(p, 0.2);
        assert_eq!(r, 1.0);
        assert!(n > 0.5 && n < 1.0);
        assert_eq!(quality(&[], &[1]).2, 0.0);
    }

    #[test]
    fn a_german_need_meets_a_french_offer_through_the_vocabulary() {
        let ch = Item {
            language: Some("DEU".into()),
            trl: Some((5, 7)),
            countries: vec!["DEU".into()],
            ..item(
                1,
                "Die Stadt sucht eine energiesparende Straßenbeleuchtung mit LED-Leuchten und Fernsteuerung.",
                &[],
                &["general-public-services"],
            )
        };
        let good = Item {
            trl: Some((6, 6)),
            ..item(
                10,
                "Nous proposons un éclairage public à LED piloté à distance qui réduit la consommation d'énergie de l'éclairage des rues.",
                &[],
                &[],
            )
        };
        let other = item(11, "Logiciel de gestion des bibliothèques municipales et des prêts de livres.", &[], &[]);
        let idx = MatchIndex::build(
            Weights::default(),
            [(Side::Challenge, ch), (Side::Solution, good), (Side::Solution, other)],
        );
        let m = idx.matches(Side::Challenge, 1, 10);
        assert_eq!(m.first().map(|m| m.id), Some(10), "{m:#?}");
        assert!(!m[0].why.codes.is_empty());
        assert!(matches!(m[0].why.maturity, Maturity::Within { trl: 6, .. }));
        // And the other way round, with the same score.
        let back = idx.matches(Side::Solution, 10, 10);
        assert_eq!(back.first().map(|m| m.id), Some(1));
        assert!((back[0].score - m[0].score).abs() < 1e-5);
    }

    #[test]
    fn removing_and_replacing_items() {
        let mut idx = MatchIndex::new(Weights::default());
        idx.upsert(Side::Challenge, &item(1, "Road lights for the city streets", &["34993000-4"], &[]));
        idx.upsert(Side::Solution, &item(2, "Smart road lights", &[], &[]));
        assert_eq!(idx.matches(Side::Challenge, 1, 5).len(), 1);
        idx.upsert(Side::Solution, &item(2, "Library software", &["48000000-8"], &[]));
        let left = idx.matches(Side::Challenge, 1, 5);
        assert!(left.is_empty(), "{left:#?}");
        idx.remove(Side::Solution, 2);
        assert_eq!(idx.len(), 1);
        assert!(!idx.contains(Side::Solution, 2));
    }
}
