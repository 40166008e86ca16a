//! Synthetic challenges and solutions for benchmarks (`iptf seed --challenges C
//! --solutions S` and the matcher's benchmark), deterministic from a seed.
//!
//! Each item speaks of a *need*, a code of the CPV vocabulary: its text is the code's label,
//! its parent's and a sibling's in one of six languages, with a few ordinary sentences of
//! that language; most challenges give the code (or a sibling) as their CPV code, solutions
//! more often a neighbouring one or none, and most solutions answer the need of some
//! challenge. Sectors follow the code's division.

use crate::cpv::{self, Code, Lang, Level};
use crate::matching::Item;

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n` (> 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// True with probability `p` percent.
    pub fn chance(&mut self, p: u64) -> bool {
        self.next_u64() % 100 < p
    }
}

/// The six languages the items are written in: eForms code and ordinary sentences.
const LANGUAGES: [(&str, [&str; 4]); 6] = [
    (
        "ENG",
        [
            "The service must work for all our sites and be easy for staff to use.",
            "We want measurable results within two years and data that stays in the European Union.",
            "The current process is slow, costly and depends on paper.",
            "Our teams have tried several products but none fits the whole need.",
        ],
    ),
    (
        "FRA",
        [
            "Le service doit fonctionner sur tous nos sites et rester simple pour le personnel.",
            "Nous voulons des résultats mesurables en deux ans et des données conservées dans l'Union européenne.",
            "Le fonctionnement actuel est lent, coûteux et repose sur le papier.",
            "Nos équipes ont essayé plusieurs produits mais aucun ne couvre tout le besoin.",
        ],
    ),
    (
        "DEU",
        [
            "Der Dienst muss an allen Standorten funktionieren und für das Personal einfach sein.",
            "Wir wollen messbare Ergebnisse in zwei Jahren und Daten, die in der Europäischen Union bleiben.",
            "Das heutige Verfahren ist langsam, teuer und beruht auf Papier.",
            "Unsere Teams haben mehrere Produkte getestet, aber keines deckt den ganzen Bedarf.",
        ],
    ),
    (
        "SPA",
        [
            "El servicio debe funcionar en todas nuestras sedes y ser sencillo para el personal.",
            "Queremos resultados medibles en dos años y datos que se queden en la Unión Europea.",
            "El proceso actual es lento, caro y depende del papel.",
            "Nuestros equipos han probado varios productos pero ninguno cubre toda la necesidad.",
        ],
    ),
    (
        "ITA",
        [
            "Il servizio deve funzionare in tutte le nostre sedi ed essere semplice per il personale.",
            "Vogliamo risultati misurabili in due anni e dati che restino nell'Unione europea.",
            "Il processo attuale è lento, costoso e basato sulla carta.",
            "I nostri gruppi hanno provato diversi prodotti ma nessuno copre tutto il bisogno.",
        ],
    ),
    (
        "NLD",
        [
            "De dienst moet op al onze locaties werken en eenvoudig zijn voor het personeel.",
            "We willen meetbare resultaten binnen twee jaar en gegevens die in de Europese Unie blijven.",
            "Het huidige proces is traag, duur en afhankelijk van papier.",
            "Onze teams hebben meerdere producten geprobeerd, maar geen enkel dekt de hele behoefte.",
        ],
    ),
];

/// The eForms main-activity sector of a CPV division.
fn sector_of(code: &Code) -> &'static str {
    match &code.digits()[..2] {
        "33" | "85" => "health",
        "90" | "77" => "env-pro",
        "41" | "65" => "water",
        "09" | "31" => "electricity",
        "34" | "60" | "63" => "urttb",
        "80" => "education",
        "35" | "75" => "pub-os",
        "45" | "70" | "71" | "44" => "hc-am",
        "92" => "rcr",
        _ => "gen-pub",
    }
}

/// Codes with a label worth a need: classes, categories and below.
fn needs() -> Vec<&'static Code> {
    cpv::all().iter().filter(|c| c.level() >= Level::Class).collect()
}

fn sibling(code: &'static Code, rng: &mut Rng) -> &'static Code {
    match code.ancestors().last() {
        Some(parent) => {
            let kids = parent.children();
            if kids.is_empty() { code } else { kids[rng.below(kids.len())] }
        }
        None => code,
    }
}

/// One item's text about `need` in language `l` (index into the six).
fn text(need: &'static Code, l: usize, rng: &mut Rng) -> (String, String) {
    let lang = Lang::from_tag(LANGUAGES[l].0).expect("one of the 24");
    let parent = need.ancestors().last().copied().unwrap_or(need);
    let other = sibling(need, rng);
    let sentences = &LANGUAGES[l].1;
    let title: String = need.label(lang).chars().take(180).collect();
    let body = format!(
        "{}. {}. {}. {} {}",
        need.label(lang),
        parent.label(lang),
        other.label(lang),
        sentences[rng.below(4)],
        sentences[rng.below(4)],
    );
    (title, body)
}

const COUNTRIES: [&str; 12] = ["BE", "DE", "FR", "ES", "IT", "NL", "AT", "PT", "FI", "SE", "PL", "IE"];

/// A synthetic challenge: the matcher's item and its buyer's index among `buyers`.
pub struct Generated {
    pub item: Item,
    pub need: &'static Code,
}

/// `n` challenges, deterministic from `seed`; ids 1..=n.
pub fn challenges(n: usize, seed: u64) -> Vec<Generated> {
    let pool = needs();
    let mut rng = Rng::new(seed);
    (1..=n)
        .map(|id| {
            let need = pool[rng.below(pool.len())];
            let l = rng.below(LANGUAGES.len());
            let (title, text) = text(need, l, &mut rng);
            let cpv = if rng.chance(60) {
                vec![need.code.clone()]
            } else if rng.chance(50) {
                vec![sibling(need, &mut rng).code.clone()]
            } else {
                Vec::new()
            };
            let lo = 3 + rng.below(4) as i64;
            Generated {
                need,
                item: Item {
                    id: id as i64,
                    title,
                    text,
                    language: Some(LANGUAGES[l].0.to_owned()),
                    cpv,
                    sectors: vec![sector_of(need).to_owned()],
                    trl: Some((lo, (lo + 2 + rng.below(3) as i64).min(9))),
                    countries: vec![COUNTRIES[rng.below(COUNTRIES.len())].to_owned()],
                    languages: vec![LANGUAGES[l].0.to_owned(), "ENG".to_owned()],
                },
            }
        })
        .collect()
}

/// `n` solutions, most of them answering the need of one of `challenges`; ids 1..=n.
pub fn solutions(n: usize, challenges: &[Generated], seed: u64) -> Vec<Generated> {
    let pool = needs();
    let mut rng = Rng::new(seed ^ 0x5EED);
    (1..=n)
        .map(|id| {
            let need = if !challenges.is_empty() && rng.chance(80) {
                challenges[rng.below(challenges.len())].need
            } else {
                pool[rng.below(pool.len())]
            };
            let l = rng.below(LANGUAGES.len());
            let (title, text) = text(need, l, &mut rng);
            let cpv = if rng.chance(40) {
                vec![sibling(need, &mut rng).code.clone()]
            } else if rng.chance(30) {
                vec![need.code.clone()]
            } else {
                Vec::new()
            };
            let served: Vec<String> =
                if rng.chance(40) { Vec::new() } else { vec![COUNTRIES[rng.below(COUNTRIES.len())].to_owned()] };
            let trl = 4 + rng.below(6) as i64;
            Generated {
                need,
                item: Item {
                    id: id as i64,
                    title,
                    text,
                    language: Some(LANGUAGES[l].0.to_owned()),
                    cpv,
                    sectors: vec![sector_of(need).to_owned()],
                    trl: Some((trl, trl)),
                    countries: served,
                    languages: vec![LANGUAGES[l].0.to_owned(), "ENG".to_owned()],
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_valid() {
        let a = challenges(50, 7);
        let b = challenges(50, 7);
        assert_eq!(
            a.iter().map(|g| g.item.text.clone()).collect::<Vec<_>>(),
            b.iter().map(|g| g.item.text.clone()).collect::<Vec<_>>()
        );
        for g in &a {
            assert!(g.item.cpv.iter().all(|c| cpv::lookup(c).is_some()));
            assert!(crate::organisations::sector(&g.item.sectors[0]).is_some());
            let (lo, hi) = g.item.trl.unwrap();
            assert!((1..=9).contains(&lo) && lo <= hi && hi <= 9);
        }
        let s = solutions(100, &a, 7);
        assert_eq!(s.len(), 100);
        assert!(s.iter().filter(|x| a.iter().any(|c| c.need == x.need)).count() >= 60);
    }
}
