//! The Common Procurement Vocabulary (CPV 2008, 9,454 codes, labels in the 24 EU
//! languages): looking codes up with their check digit, their hierarchy (division, group,
//! class, category), searching labels in the reader's language, and *suggesting* codes for a
//! free text, best first, with the words that gave each one.
//!
//! Text is read the way the labels are: lower-cased, stemmed with the Snowball stemmer of
//! its language where one exists (otherwise long words are cut to their first seven
//! letters), accents folded, and in the compounding languages (German, Dutch, the Nordic
//! languages) long words are also split into two words the vocabulary knows
//! ("Straßenbeleuchtung" is read as "Straße" + "Beleuchtung" too). The language of a text is
//! the one whose labels hold most of its words.

use crate::text::fold;
use frostem::{Algorithm, Stemmer};
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};

/// The 24 EU languages of the vocabulary's labels: ISO 639-1 tag (the CSV's column
/// suffix), eForms code, and the Snowball stemmer when there is one.
pub const LANGUAGES: [(&str, &str, Option<Algorithm>); 24] = [
    ("bg", "BUL", None),
    ("cs", "CES", None),
    ("da", "DAN", Some(Algorithm::Danish)),
    ("de", "DEU", Some(Algorithm::German)),
    ("el", "ELL", Some(Algorithm::Greek)),
    ("en", "ENG", Some(Algorithm::English)),
    ("es", "SPA", Some(Algorithm::Spanish)),
    ("et", "EST", None),
    ("fi", "FIN", Some(Algorithm::Finnish)),
    ("fr", "FRA", Some(Algorithm::French)),
    ("ga", "GLE", None),
    ("hr", "HRV", None),
    ("hu", "HUN", Some(Algorithm::Hungarian)),
    ("it", "ITA", Some(Algorithm::Italian)),
    ("lt", "LIT", None),
    ("lv", "LAV", None),
    ("mt", "MLT", None),
    ("nl", "NLD", Some(Algorithm::Dutch)),
    ("pl", "POL", None),
    ("pt", "POR", Some(Algorithm::Portuguese)),
    ("ro", "RON", Some(Algorithm::Romanian)),
    ("sk", "SLK", None),
    ("sl", "SLV", None),
    ("sv", "SWE", Some(Algorithm::Swedish)),
];

/// Languages that write compounds as one word.
const COMPOUNDING: [&str; 5] = ["de", "nl", "da", "sv", "fi"];

/// A language of the vocabulary, by its index in [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(pub usize);

impl Lang {
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        LANGUAGES.iter().position(|(two, three, _)| *two == t || three.eq_ignore_ascii_case(&t)).map(Lang)
    }
    pub fn tag(self) -> &'static str {
        LANGUAGES[self.0].0
    }
    pub fn eforms(self) -> &'static str {
        LANGUAGES[self.0].1
    }
    pub fn english() -> Lang {
        Lang(5)
    }
}

/// One code of the vocabulary.
#[derive(Debug, PartialEq, Eq)]
pub struct Code {
    /// With its check digit: `34993000-4`.
    pub code: String,
    labels: Vec<String>,
}

/// Where a code sits in the hierarchy, by how many of its digits are significant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Division,
    Group,
    Class,
    Category,
    Subcategory,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Division => "division",
            Level::Group => "group",
            Level::Class => "class",
            Level::Category => "category",
            Level::Subcategory => "subcategory",
        }
    }
    /// The digits that identify a code of this level (2 for a division … 5 for a category).
    pub fn digits(self) -> usize {
        match self {
            Level::Division => 2,
            Level::Group => 3,
            Level::Class => 4,
            Level::Category => 5,
            Level::Subcategory => 8,
        }
    }
}

impl Code {
    /// The eight digits, without the check digit.
    pub fn digits(&self) -> &str {
        &self.code[..8]
    }
    pub fn label(&self, lang: Lang) -> &str {
        &self.labels[lang.0]
    }
    /// The label in an interface language (`en`, `fr`, `de`).
    pub fn label_in(&self, tag: &str) -> &str {
        self.label(Lang::from_tag(tag).unwrap_or(Lang::english()))
    }
    pub fn labels(&self) -> &[String] {
        &self.labels
    }
    pub fn level(&self) -> Level {
        let d = self.digits().as_bytes();
        let significant = 8 - d.iter().rev().take_while(|&&b| b == b'0').count();
        match significant {
            0..=2 => Level::Division,
            3 => Level::Group,
            4 => Level::Class,
            5 => Level::Category,
            _ => Level::Subcategory,
        }
    }
    /// The codes above this one, from its division down to its parent.
    pub fn ancestors(&self) -> Vec<&'static Code> {
        let level = self.level();
        [Level::Division, Level::Group, Level::Class, Level::Category]
            .into_iter()
            .filter(|l| *l < level)
            .filter_map(|l| {
                let mut prefix = self.digits()[..l.digits()].to_owned();
                prefix.extend(std::iter::repeat_n('0', 8 - l.digits()));
                by_digits(&prefix)
            })
            .collect()
    }
    /// The codes one level below this one (for a category, its subcategories).
    pub fn children(&self) -> Vec<&'static Code> {
        let level = self.level();
        let d = level.digits().min(8);
        let prefix = &self.digits()[..d];
        VOCAB
            .codes
            .iter()
            .filter(|c| c.digits().starts_with(prefix) && c.code != self.code)
            .filter(|c| c.ancestors().last().is_some_and(|p| p.code == self.code))
            .collect()
    }
}

struct Vocab {
    codes: Vec<Code>,
    by_digits: HashMap<String, u32>,
}

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut rdr = csv::Reader::from_reader(include_str!("../data/cpv-2008-24lang.csv").as_bytes());
    let h = rdr.headers().expect("header").clone();
    let columns: Vec<usize> = LANGUAGES
        .iter()
        .map(|(tag, _, _)| h.iter().position(|x| x == format!("label_{tag}")).expect("a column per language"))
        .collect();
    let codes: Vec<Code> = rdr
        .records()
        .map(|r| r.expect("embedded CSV is well-formed"))
        .map(|r| Code { code: r[0].to_owned(), labels: columns.iter().map(|&c| r[c].to_owned()).collect() })
        .collect();
    let by_digits = codes.iter().enumerate().map(|(i, c)| (c.digits().to_owned(), i as u32)).collect();
    Vocab { codes, by_digits }
});

fn by_digits(digits: &str) -> Option<&'static Code> {
    VOCAB.by_digits.get(digits).map(|&i| &VOCAB.codes[i as usize])
}

/// All codes, in code order.
pub fn all() -> &'static [Code] {
    &VOCAB.codes
}

/// A code of the main vocabulary, with or without its check digit (`72212000` or
/// `72212000-4`); a wrong check digit is no code.
pub fn lookup(code: &str) -> Option<&'static Code> {
    let c = code.trim();
    let found = by_digits(c.split('-').next().unwrap_or(""))?;
    (c.len() == 8 || c == found.code).then_some(found)
}

/// The codes whose label (in `lang`) holds every word of the query as the start of one of
/// its words, or whose digits start with the query's digits: codes first, then higher
/// levels and shorter labels.
pub fn search(query: &str, lang: Lang, limit: usize) -> Vec<&'static Code> {
    let q = fold(query);
    let digits: String = q.chars().filter(|c| c.is_ascii_digit()).collect();
    let words: Vec<&str> = q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let numeric = words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit()));
    let mut hits: Vec<(bool, Level, usize, &'static Code)> = VOCAB
        .codes
        .iter()
        .filter(|c| {
            if numeric {
                return c.digits().starts_with(&digits[..digits.len().min(8)]);
            }
            let label = folded_label(c, lang);
            words.iter().all(|w| label.split(|ch: char| !ch.is_alphanumeric()).any(|lw| lw.starts_with(w)))
        })
        .map(|c| (!numeric, c.level(), c.label(lang).len(), c))
        .collect();
    hits.sort_by(|a, b| (a.0, a.1, a.2, &a.3.code).cmp(&(b.0, b.1, b.2, &b.3.code)));
    hits.into_iter().take(limit).map(|h| h.3).collect()
}

fn folded_label(c: &Code, lang: Lang) -> String {
    fold(c.label(lang))
}

/// The words of a text, lower-cased, split on anything that is not a letter or digit.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
}

/// A word's stem in a language: Snowball where it exists, else its first seven letters;
/// accents folded after stemming.
pub fn stem(word_lower: &str, lang: Lang) -> String {
    match LANGUAGES[lang.0].2 {
        Some(alg) => fold(&STEMMERS[lang.0].get_or_init(|| Stemmer::new(alg)).stem(word_lower)),
        None => fold(&word_lower.chars().take(7).collect::<String>()),
    }
}

static STEMMERS: [OnceLock<Stemmer>; 24] = [const { OnceLock::new() }; 24];

/// What one language's labels are made of: each stem's weight (inverse document
/// frequency) and the codes whose label holds it.
struct LangIndex {
    terms: HashMap<String, (f32, Vec<u32>)>,
    /// The summed weight of each label's distinct stems.
    label_weight: Vec<f32>,
}

static INDEXES: [OnceLock<LangIndex>; 24] = [const { OnceLock::new() }; 24];

/// Stems that occur in more labels than this share say little (e.g. "services", "and").
const COMMON_SHARE: f32 = 0.04;

fn index(lang: Lang) -> &'static LangIndex {
    INDEXES[lang.0].get_or_init(|| {
        let n = VOCAB.codes.len();
        let stems: Vec<Vec<String>> = VOCAB.codes.iter().map(|c| plain_stems(c.label(lang), lang)).collect();
        let known: HashSet<&str> = stems.iter().flatten().map(String::as_str).collect();
        let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, (c, own)) in VOCAB.codes.iter().zip(&stems).enumerate() {
            let mut all: Vec<String> = own.clone();
            if COMPOUNDING.contains(&lang.tag()) {
                for w in words(c.label(lang)) {
                    all.extend(split_compound(&w, lang, &|s| known.contains(s)));
                }
            }
            all.sort();
            all.dedup();
            for s in all {
                postings.entry(s).or_default().push(i as u32);
            }
        }
        let mut terms = HashMap::with_capacity(postings.len());
        let mut label_weight = vec![0f32; n];
        for (s, codes) in postings {
            let df = codes.len() as f32;
            let idf = if df / n as f32 > COMMON_SHARE { 0.0 } else { (n as f32 / df).ln() };
            for &c in &codes {
                label_weight[c as usize] += idf;
            }
            terms.insert(s, (idf, codes));
        }
        LangIndex { terms, label_weight }
    })
}

fn plain_stems(text: &str, lang: Lang) -> Vec<String> {
    words(text).map(|w| stem(&w, lang)).collect()
}

/// The two stems of a compound whose parts the vocabulary knows (the longest known
/// tail first), allowing a linking `s` or `n` after the head.
fn split_compound(word: &str, lang: Lang, known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 9 {
        return Vec::new();
    }
    for i in 4..=chars.len() - 4 {
        let tail: String = chars[i..].iter().collect();
        let tail_stem = stem(&tail, lang);
        if tail_stem.chars().count() < 4 || !known(&tail_stem) {
            continue;
        }
        let head: String = chars[..i].iter().collect();
        let heads = [head.clone(), head.trim_end_matches(['s', 'n']).to_owned()];
        if let Some(h) = heads.iter().map(|h| stem(h, lang)).find(|h| h.chars().count() >= 3 && known(h)) {
            return vec![h, tail_stem];
        }
        return vec![tail_stem];
    }
    Vec::new()
}

/// Which languages' labels use each folded word (one bit per language).
static WORD_LANGS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut m: HashMap<String, u32> = HashMap::new();
    for c in &VOCAB.codes {
        for (l, label) in c.labels.iter().enumerate() {
            for w in words(label) {
                *m.entry(fold(&w)).or_default() |= 1 << l;
            }
        }
    }
    m
});

/// The language whose labels hold most of the text's words (a word shared by several
/// languages counts for each a share); `hint` wins a tie and is the answer for a text of
/// no known word.
pub fn detect(text: &str, hint: Option<Lang>) -> Lang {
    let mut votes = [0f32; 24];
    for w in words(text).take(400) {
        if let Some(&bits) = WORD_LANGS.get(&fold(&w)) {
            let share = 1.0 / bits.count_ones() as f32;
            for (l, v) in votes.iter_mut().enumerate() {
                if bits & (1 << l) != 0 {
                    *v += share;
                }
            }
        }
    }
    if let Some(h) = hint {
        votes[h.0] += 0.5;
    }
    let best = (0..24).max_by(|&a, &b| votes[a].total_cmp(&votes[b]).then(b.cmp(&a))).unwrap_or(5);
    if votes[best] <= 0.5 { hint.unwrap_or(Lang::english()) } else { Lang(best) }
}

/// A code suggested for a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub code: &'static Code,
    pub score: f32,
    /// The words of the text that its label holds, as the text spells them.
    pub words: Vec<String>,
}

/// A text's stems with, for each, how often it occurs and the first spelling seen.
pub struct Terms {
    pub lang: Lang,
    pub stems: Vec<(String, u32, String)>,
}

/// Reads a text in its language (detected, `hint` breaking ties).
pub fn terms(text: &str, hint: Option<Lang>) -> Terms {
    let lang = detect(text, hint);
    let idx = index(lang);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut stems: Vec<(String, u32, String)> = Vec::new();
    let mut add = |s: String, original: &str| match seen.get(&s) {
        Some(&i) => stems[i].1 += 1,
        None => {
            seen.insert(s.clone(), stems.len());
            stems.push((s, 1, original.to_owned()));
        }
    };
    for w in words(text) {
        let s = stem(&w, lang);
        let whole_known = idx.terms.contains_key(&s);
        add(s, &w);
        if !whole_known && COMPOUNDING.contains(&lang.tag()) {
            for part in split_compound(&w, lang, &|x| idx.terms.contains_key(x)) {
                add(part, &w);
            }
        }
    }
    Terms { lang, stems }
}

/// The codes whose labels the text speaks of, best first: each scores the weight of the
/// label's stems the text holds, times the share of the label's weight they cover (a label
/// said in full beats one of whose words a single one appears).
pub fn suggest(text: &str, hint: Option<Lang>, limit: usize) -> (Lang, Vec<Suggestion>) {
    let t = terms(text, hint);
    (t.lang, suggest_terms(&t, limit))
}

pub fn suggest_terms(t: &Terms, limit: usize) -> Vec<Suggestion> {
    let idx = index(t.lang);
    let mut acc: HashMap<u32, (f32, Vec<usize>)> = HashMap::new();
    for (k, (s, tf, _)) in t.stems.iter().enumerate() {
        let Some((idf, codes)) = idx.terms.get(s) else { continue };
        if *idf <= 0.0 {
            continue;
        }
        let w = idf * (1.0 + 0.25 * (*tf as f32).ln());
        for &c in codes {
            let e = acc.entry(c).or_default();
            e.0 += w;
            e.1.push(k);
        }
    }
    let mut scored: Vec<(f32, u32, Vec<usize>)> = acc
        .into_iter()
        .filter_map(|(c, (m, ks))| {
            let total = idx.label_weight[c as usize];
            (total > 0.0).then(|| (m * (m / total).min(1.0), c, ks))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(score, c, ks)| Suggestion {
            code: &VOCAB.codes[c as usize],
            score,
            words: ks.into_iter().map(|k| t.stems[k].2.clone()).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_checks_the_check_digit_and_hierarchy() {
        let c = lookup("34993000-4").expect("road lighting");
        assert_eq!(c.label_in("en"), "Road lights");
        assert!(lookup("34993000-5").is_none());
        assert_eq!(lookup("34993000").map(|c| c.code.as_str()), Some("34993000-4"));
        assert_eq!(c.level(), Level::Category);
        let up: Vec<&str> = c.ancestors().iter().map(|a| a.code.as_str()).collect();
        assert_eq!(up, ["34000000-7", "34900000-6", "34990000-3"]);
        assert_eq!(lookup("34000000-7").map(|c| c.level()), Some(Level::Division));
        assert!(lookup("34990000-3").unwrap().children().iter().any(|c| c.code == "34993000-4"));
    }

    #[test]
    fn search_reads_labels_in_the_readers_language_and_codes() {
        let fr = search("éclairage publ", Lang::from_tag("fr").unwrap(), 10);
        assert!(!fr.is_empty());
        assert!(fr.iter().all(|c| fold(c.label_in("fr")).contains("eclairage")));
        let by_code = search("3499", Lang::english(), 50);
        assert!(by_code.iter().all(|c| c.digits().starts_with("3499")));
        assert!(by_code.iter().any(|c| c.code == "34993000-4"));
        assert!(search("  ", Lang::english(), 10).is_empty());
    }

    #[test]
    fn the_language_of_a_text_is_the_one_its_words_are_in() {
        let de = "Wir suchen eine Lösung für die Beleuchtung der Straßen und Gebäude der Stadt";
        assert_eq!(detect(de, None).tag(), "de");
        let fr = "Nous cherchons une solution pour l'éclairage des rues et des bâtiments de la ville";
        assert_eq!(detect(fr, None).tag(), "fr");
        let es = "Buscamos una solución para el alumbrado de las calles y los edificios de la ciudad";
        assert_eq!(detect(es, None).tag(), "es");
        assert_eq!(detect("", Lang::from_tag("it")).tag(), "it");
    }

    #[test]
    fn suggestions_come_from_the_texts_own_language_with_their_words() {
        let (lang, s) = suggest("The city wants smarter street lighting to save energy on its road lights.", None, 5);
        assert_eq!(lang.tag(), "en");
        assert!(s.iter().any(|x| x.code.digits().starts_with("3499")), "{s:?}");
        assert!(s[0].words.iter().any(|w| w == "lights" || w == "lighting" || w == "road"));
        let (lang, s) = suggest("Die Stadt sucht eine intelligente Straßenbeleuchtung.", None, 10);
        assert_eq!(lang.tag(), "de");
        assert!(s.iter().any(|x| fold(x.code.label_in("de")).contains("beleuchtung")), "{s:?}");
        let (_, none) = suggest("zzzz qqqq", None, 5);
        assert!(none.is_empty());
    }
}
