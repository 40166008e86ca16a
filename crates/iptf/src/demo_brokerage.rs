//! The demo matchmaking event's brokerage: rules, a morning session, the demo buyer and
//! supplier as participants with marketplace items linked to their challenge and
//! solution, and one scheduled meeting between them.

use domain::UserId;
use domain::brokerage::{MeetingStatus, Session, Settings, cut};
use store::Db;

const TITLE: &str = "Matchmaking: large buyers meet innovative SMEs";

/// Sets it up once; returns whether it did.
pub async fn seed(db: &Db, buyer: UserId, supplier: UserId) -> anyhow::Result<bool> {
    let Some(id) = db.event_id_by_title(TITLE).await? else { return Ok(false) };
    if db.brokerage_setup(id).await?.settings.is_some() {
        return Ok(false);
    }
    let e = db.event(id).await?;
    let now = store::now();
    let org_of = |u: UserId| async move {
        let list = db.user_organisations(u).await?;
        anyhow::Ok(list.into_iter().map(|(o, _, _)| o.id.0).next())
    };
    let (buyer_org, supplier_org) = (org_of(buyer).await?, org_of(supplier).await?);
    let challenge = match buyer_org {
        Some(o) => db
            .organisation_challenges(o)
            .await?
            .into_iter()
            .find(|c| c.state.is_public())
            .map(|c| (c.id, c.draft.title)),
        None => None,
    };
    let solution = match supplier_org {
        Some(o) => {
            let f = store::solutions::SolutionFilter { organisation: Some(o), ..Default::default() };
            db.solutions(&f, 1, 0).await?.0.into_iter().next().map(|s| (s.id, s.draft.title))
        }
        None => None,
    };
    let mut tx = db.begin().await?;
    let settings = Settings {
        automatic: false,
        pick: false,
        expiry_minutes: 2 * 24 * 60,
        opens_at: now - 24 * 3600,
        closes_at: e.draft.starts_at - 3600,
        video_base_url: Some("https://meet.demo.iptf-hub.eu".into()),
    };
    tx.put_brokerage_settings(id, &settings, now).await?;
    let session = Session {
        name: "Morning meetings".into(),
        online: true,
        tables: 20,
        cap: 6,
        slots: cut(e.draft.starts_at, e.draft.starts_at + 2 * 3600, 20, 3, 10),
    };
    tx.add_brokerage_session(id, &session, now).await?;
    let setup = tx.brokerage_setup(id).await?;
    let slots: Vec<i64> = setup.sessions.iter().flat_map(|s| s.slots.iter().map(|x| x.id)).collect();
    let b = tx
        .put_brokerage_participant(
            id,
            buyer,
            buyer_org,
            "buyer",
            "A hospital group looking for fall prevention.",
            &slots,
            now,
        )
        .await?;
    let s = tx
        .put_brokerage_participant(
            id,
            supplier,
            supplier_org,
            "supplier",
            "Sensors and software for care homes.",
            &slots,
            now,
        )
        .await?;
    let (c_id, c_title) = challenge.map_or((None, "Fewer falls in care homes".to_owned()), |(i, t)| (Some(i), t));
    tx.add_marketplace_item(id, b, "request", &c_title, "Our challenge, open to proposals.", c_id, None, now).await?;
    let (s_id, s_title) = solution.map_or((None, "Radar fall sensor".to_owned()), |(i, t)| (Some(i), t));
    tx.add_marketplace_item(id, s, "offer", &s_title, "Our solution, ready for pilots.", None, s_id, now).await?;
    let m = tx
        .create_meeting_request(id, s, b, "Could we show you our pilot results?", MeetingStatus::Accepted, None, now)
        .await?;
    if let Some(first) = slots.first() {
        tx.place_meeting(m, Some((*first, 1, Some("https://meet.demo.iptf-hub.eu/iptf-demo-room".into()))), None, now)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}
