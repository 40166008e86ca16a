//! Challenges and solutions for benchmarks: `seed --challenges C --solutions S` writes the
//! synthetic items of `domain::synthetic` (seed 42): open challenges of the approved public
//! buyers and published solutions of the approved suppliers that `--synthetic` made.

use crate::seed::progress;
use anyhow::bail;
use domain::OrganisationId;
use domain::challenges::{ChallengeDraft, ChallengeState};
use domain::organisations::OrgKind;
use domain::solutions::{SolutionDraft, SolutionState};
use domain::synthetic;
use store::Db;

pub async fn challenges_and_solutions(db: &Db, c: u32, s: u32) -> anyhow::Result<()> {
    let mut buyers = Vec::new();
    let mut suppliers = Vec::new();
    let mut after = 0;
    loop {
        let ids = db.approved_organisation_ids_after(after, 1000).await?;
        let Some(l) = ids.last().copied() else { break };
        for id in ids {
            let o = db.organisation(OrganisationId(id)).await?;
            if o.kind == OrgKind::PublicAuthority { buyers.push(id) } else { suppliers.push(id) }
        }
        after = l;
    }
    if buyers.is_empty() || suppliers.is_empty() {
        bail!("approved buyers and suppliers are needed: seed --synthetic N first");
    }
    let author = domain::UserId(
        *db.first_user_ids(1).await?.first().ok_or_else(|| anyhow::anyhow!("no user: seed --synthetic N first"))?,
    );
    let ch = synthetic::challenges(c as usize, 42);
    let so = synthetic::solutions(s as usize, &ch, 42);
    let deadline = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    let now = store::now();
    for (k, batch) in ch.chunks(1000).enumerate() {
        let mut tx = db.begin().await?;
        for (j, g) in batch.iter().enumerate() {
            let i = &g.item;
            let (trl_min, trl_max) = i.trl.unwrap_or((1, 9));
            let d = ChallengeDraft {
                organisation: buyers[(k * 1000 + j) % buyers.len()],
                title: i.title.clone(),
                problem: i.text.clone(),
                context: String::new(),
                outcomes: "Measurable results within two years.".into(),
                constraints: String::new(),
                sectors: i.sectors.clone(),
                cpv: i.cpv.clone(),
                budget_min: None,
                budget_max: None,
                currency: "EUR".into(),
                interest_deadline: deadline.clone(),
                question_deadline: deadline.clone(),
                consultation_on: None,
                procurement_on: None,
                trl_min,
                trl_max,
                route: None,
                country: i.countries[0].clone(),
                nuts: None,
                languages: i.languages.clone(),
                ip_terms: String::new(),
                confidentiality: String::new(),
            };
            let id = tx.create_challenge(&d, author, now).await?;
            tx.set_challenge_state(id, ChallengeState::Open, now).await?;
        }
        tx.commit().await?;
        progress("challenges", ((k + 1) * 1000).min(ch.len()) as u32, ch.len() as u32);
    }
    for (k, batch) in so.chunks(1000).enumerate() {
        let mut tx = db.begin().await?;
        for (j, g) in batch.iter().enumerate() {
            let i = &g.item;
            let d = SolutionDraft {
                organisation: suppliers[(k * 1000 + j) % suppliers.len()],
                title: i.title.clone(),
                summary: i.text.clone(),
                problem: "The need described above.".into(),
                trl: i.trl.map(|t| t.0).unwrap_or(6),
                sectors: i.sectors.clone(),
                cpv: i.cpv.clone(),
                countries: i.countries.clone(),
                regions: Vec::new(),
                references: String::new(),
                certifications: String::new(),
                languages: i.languages.clone(),
                anonymous: (k + j) % 5 == 0,
            };
            tx.create_solution(&d, SolutionState::Published, author, now).await?;
        }
        tx.commit().await?;
        progress("solutions", ((k + 1) * 1000).min(so.len()) as u32, so.len() as u32);
    }
    println!("Added {c} open challenges and {s} published solutions.");
    Ok(())
}
