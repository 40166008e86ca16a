//! Demo challenges of the demo buyers, in their own languages (fictional, marked "Demo"
//! through their buyers' names), written for the hub.

use domain::UserId;
use domain::challenges::{ChallengeInput, ChallengeState};
use store::Db;

/// (buyer, title, problem, outcomes, sectors, CPV codes, country, NUTS, TRL, route, languages)
type DemoChallenge = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    &'static str,
    (i64, i64),
    &'static str,
    &'static [&'static str],
);

const CHALLENGES: &[DemoChallenge] = &[
    (
        "Demo: City of Nordhavn",
        "Zero-emission deliveries in the historic centre",
        "Vans deliver to shops in narrow streets of the old town every morning. They block the way for buses and cyclists, and their diesel engines add to the pollution that the city measures above the EU limit on two streets. Shops need their goods before opening time; residents need quiet nights.",
        "- Deliveries in the centre without tailpipe emissions within two years\n- Fewer than 20 van movements a day in the three busiest streets (about 140 today)\n- No delivery later than 10:00 for shops that ask for one",
        &["urttb", "env-pro"],
        &["60161000-4", "34144900-7"],
        "DK",
        "DK01",
        (6, 9),
        "ppi",
        &["DAN", "ENG"],
    ),
    (
        "Demo: Regional Hospital Group Sud",
        "Réduire l’attente aux urgences la nuit",
        "La nuit, les patients attendent en moyenne quatre heures aux urgences de nos trois hôpitaux avant d’être vus par un médecin. Le tri à l’arrivée repose sur une seule infirmière ; les lits disponibles dans les services ne sont connus que par téléphone.",
        "- Temps d’attente médian la nuit inférieur à 90 minutes\n- Lits disponibles connus en temps réel par l’équipe des urgences\n- Aucune donnée de patient hors de l’Union européenne",
        &["health"],
        &["48814000-7", "72212000-4"],
        "FR",
        "FRL04",
        (5, 8),
        "innovation-partnership",
        &["FRA", "ENG"],
    ),
    (
        "Demo: Regional Hospital Group Sud",
        "Détecter tôt les chutes des patients âgés la nuit",
        "Des patients âgés chutent la nuit dans les chambres et ne sont parfois trouvés qu’au passage suivant de l’équipe. Les solutions connues (tapis, bracelets) sont mal acceptées ou donnent trop de fausses alertes.",
        "- Chute signalée à l’équipe en moins de cinq minutes\n- Moins d’une fausse alerte par chambre et par semaine\n- Acceptée par les patients et leurs familles (enquête)",
        &["health"],
        &["33195100-4"],
        "FR",
        "FRL04",
        (6, 8),
        "pcp",
        &["FRA"],
    ),
];

/// Opens the demo challenges of the demo buyers that exist (approved, with `buyer` as a
/// member); returns how many it added. Running it again adds nothing.
pub async fn seed(db: &Db, buyer: UserId) -> anyhow::Result<usize> {
    let orgs = db.user_organisations(buyer).await?;
    let today = chrono::Utc::now().date_naive();
    let deadline = (today + chrono::Duration::days(60)).to_string();
    let mut added = 0;
    for (org_name, title, problem, outcomes, sectors, cpv, country, nuts, (trl_min, trl_max), route, languages) in
        CHALLENGES
    {
        let Some((org, _, _)) = orgs.iter().find(|(o, _, _)| o.name == *org_name) else { continue };
        let (existing, _) = db
            .challenges(
                &store::challenges::ChallengeFilter { organisation: Some(org.id.0), ..Default::default() },
                100,
                0,
            )
            .await?;
        if existing.iter().any(|c| c.draft.title == *title) {
            continue;
        }
        let input = ChallengeInput {
            organisation: org.id.0.to_string(),
            title: title.to_string(),
            problem: problem.to_string(),
            outcomes: outcomes.to_string(),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            cpv: cpv.iter().map(|s| s.to_string()).collect(),
            interest_deadline: deadline.clone(),
            trl_min: trl_min.to_string(),
            trl_max: trl_max.to_string(),
            route: route.to_string(),
            country: country.to_string(),
            nuts: nuts.to_string(),
            languages: languages.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        let d = input.parse(&[org.id.0], today).map_err(|e| anyhow::anyhow!("demo challenge {title}: {e:?}"))?;
        let now = store::now();
        let mut tx = db.begin().await?;
        let id = tx.create_challenge(&d, buyer, now).await?;
        tx.set_challenge_state(id, ChallengeState::Open, now).await?;
        tx.log_challenge(id, "state", "open", now).await?;
        tx.commit().await?;
        added += 1;
    }
    Ok(added)
}

/// (supplier, title, summary, problem, sectors, CPV codes, countries served, TRL, languages, anonymous)
type DemoSolution = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
    i64,
    &'static [&'static str],
    bool,
);

const SOLUTIONS: &[DemoSolution] = &[
    (
        "Demo: MediFlow Oy",
        "Night-time fall detection with radar sensors",
        "A ceiling radar sensor in each room detects when a patient falls or stays on the floor, without a camera, and alerts the night nurse on the ward's phones within seconds. The sensor learns the room's layout and ignores pets, curtains and visitors, which keeps false alarms low.",
        "Older patients who fall at night are found late; mats and wristbands are refused or give too many false alarms.",
        &["health"],
        &["33195000-3"],
        &[],
        8,
        &["ENG", "FIN", "FRA"],
        true,
    ),
    (
        "Demo: MediFlow Oy",
        "Päivystyksen potilasvirran ohjaus",
        "Ohjelmisto näyttää päivystyksen jonotilanteen ja sairaalan vapaat vuodepaikat reaaliajassa ja auttaa hoitajia potilaiden kiireellisyysluokituksessa. Potilastiedot säilytetään Euroopan unionin alueella.",
        "Potilaat odottavat päivystyksessä liian kauan, koska vapaista vuodepaikoista ei ole ajantasaista tietoa.",
        &["health"],
        &["48814000-7"],
        &["FI", "SE", "FR"],
        7,
        &["FIN", "ENG"],
        false,
    ),
    (
        "Demo: CircuLab GmbH",
        "Elektrische Lastenräder und Mikro-Depots für die Innenstadt",
        "Wir betreiben Mikro-Depots am Rand der Altstadt; von dort beliefern elektrische Lastenräder die Geschäfte vor Ladenöffnung, leise und ohne Abgase. Die Touren werden jede Nacht neu geplant.",
        "Lieferwagen blockieren enge Straßen der Innenstadt und verschlechtern die Luftqualität.",
        &["urttb", "env-pro"],
        &["60161000-4"],
        &["DE", "DK", "AT"],
        9,
        &["DEU", "ENG"],
        false,
    ),
    (
        "Demo: CircuLab GmbH",
        "Kreislauffähige Baustoffe aus Abbruchmaterial",
        "Aus sortiertem Bauschutt stellen wir geprüfte Recycling-Gesteinskörnungen für Beton her, mit Nachweis der Herkunft jeder Charge.",
        "Öffentliche Bauherren brauchen Baustoffe mit geringerem CO2-Fußabdruck.",
        &["hc-am", "env-pro"],
        &["44110000-4"],
        &["DE"],
        9,
        &["DEU"],
        false,
    ),
];

/// Publishes the demo solutions of the demo suppliers that exist (approved, with
/// `supplier` as a member); returns how many it added. Running it again adds nothing.
pub async fn seed_solutions(db: &Db, supplier: UserId) -> anyhow::Result<usize> {
    use domain::solutions::{SolutionInput, SolutionState};
    let orgs = db.user_organisations(supplier).await?;
    let mut added = 0;
    for (org_name, title, summary, problem, sectors, cpv, countries, trl, languages, anonymous) in SOLUTIONS {
        let Some((org, _, _)) = orgs.iter().find(|(o, _, _)| o.name == *org_name) else { continue };
        let filter = store::solutions::SolutionFilter { organisation: Some(org.id.0), ..Default::default() };
        if db.solutions(&filter, 100, 0).await?.0.iter().any(|s| s.draft.title == *title) {
            continue;
        }
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let input = SolutionInput {
            organisation: org.id.0.to_string(),
            title: title.to_string(),
            summary: summary.to_string(),
            problem: problem.to_string(),
            trl: trl.to_string(),
            sectors: strings(sectors),
            cpv: strings(cpv),
            countries: strings(countries),
            languages: strings(languages),
            anonymous: anonymous.to_string(),
            ..Default::default()
        };
        let d = input.parse(&[org.id.0]).map_err(|e| anyhow::anyhow!("demo solution {title}: {e:?}"))?;
        let mut tx = db.begin().await?;
        tx.create_solution(&d, SolutionState::Published, supplier, store::now()).await?;
        tx.commit().await?;
        added += 1;
    }
    Ok(added)
}
