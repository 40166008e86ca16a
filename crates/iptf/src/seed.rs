//! Data for a living site (`seed --demo`), for benchmarks (`seed --synthetic N`), and
//! administrators. The member initiatives are the task force's real members, described
//! in our own words from the task force's public description.

use anyhow::bail;
use domain::UserId;
use domain::accounts::{AccountStatus, Email, Password, person_name};
use domain::admin::AuditAction;
use domain::initiatives::Membership;
use domain::organisations::{OrganisationInput, ReviewStatus};
use store::Db;
use store::accounts::NewUser;
use store::admin::NewAudit;
use store::initiatives::NewInitiative;

struct Seed {
    acronym: &'static str,
    name: &'static str,
    summary: &'static str,
    focus: &'static [&'static str],
    membership: Membership,
    /// Curriculum topics and eForms sectors its description names.
    topics: &'static [&'static str],
    sectors: &'static [&'static str],
    /// Partners, where the description gives the number.
    partners: Option<i64>,
}

const INITIATIVES: &[Seed] = &[
    Seed {
        acronym: "PROCEDIN",
        name: "PROCEDIN — procurement of innovation for sustainable, resilient cities",
        summary: "An EU-funded project that speeds up the uptake of innovation procurement by European cities in two fields, the circular economy and green mobility. It maps who offers guidance and training across Europe, points out the gaps, builds on its members' professional networks and strengthens leadership for innovation in buyers and vendors alike.",
        focus: &[
            "Circular economy",
            "Green mobility",
            "Mapping of guidance and learning resources",
            "Leadership for innovation",
        ],
        topics: &[],
        sectors: &["env-pro"],
        partners: None,
        membership: Membership::Founding,
    },
    Seed {
        acronym: "BUILD",
        name: "BUILD — capacity building for innovation procurement in cities",
        summary: "An EU-funded project that brings together proven training and capacity-building tools and delivers them, on site and online, to public and private procurers, SMEs and start-ups, so that cities can use procurement strategically for innovation under Directive 2014/24/EU.",
        focus: &[
            "Guiding principles",
            "Legal knowledge and procedures",
            "Preliminary market consultation",
            "Pre-commercial procurement",
            "Competitive dialogue",
            "Competitive procedure with negotiation",
            "Innovation partnership",
            "Risk assessment",
        ],
        topics: &[
            "guiding-principles",
            "legal-procedures",
            "market-consultation",
            "pcp",
            "competitive-dialogue",
            "negotiation",
            "innovation-partnership",
            "risk-assessment",
        ],
        sectors: &[],
        partners: None,
        membership: Membership::Founding,
    },
    Seed {
        acronym: "HIF",
        name: "Health InnoFacilitator",
        summary: "Builds a community for innovation procurement in healthcare. It offers tailored training, mentoring and coaching to buyers and to solution providers, supports the co-design of procurement between public and private partners, and helps buyers recognise their needs and the innovative solutions or research that can meet them.",
        focus: &["Healthcare", "Training and coaching", "Community building", "Co-design with suppliers"],
        topics: &[],
        sectors: &["health"],
        partners: None,
        membership: Membership::Founding,
    },
    Seed {
        acronym: "InnoBuyer",
        name: "InnoBuyer — demand-driven innovation for large buyers",
        summary: "An EU-funded project with a demand-driven method for large organisations (the Challengers): it helps them name their unmet innovation needs, connects them with innovative SMEs (the Solvers, notably those backed by the European Innovation Council) to co-create solutions, and supports the drafting of terms of reference that lead to an actual procurement.",
        focus: &[
            "Unmet needs of large buyers",
            "Matching Challengers with Solvers",
            "EIC-supported SMEs",
            "Terms of reference",
        ],
        topics: &["market-consultation"],
        sectors: &[],
        partners: None,
        membership: Membership::Founding,
    },
    Seed {
        acronym: "Procure4Health",
        name: "Procure4Health",
        summary: "An EU project that tackles the barriers to innovation procurement across the EU through an open community of health and care procurement stakeholders, started by 33 founding partners: knowledge sharing and capacity building, networking and matchmaking, finding common needs and launching joint actions, and informing policy.",
        focus: &["Health and care", "Common needs and joint actions", "Networking and matchmaking", "Policy"],
        topics: &[],
        sectors: &["health"],
        partners: Some(33),
        membership: Membership::Member,
    },
    Seed {
        acronym: "Prepare",
        name: "Prepare",
        summary: "Works on new, more effective and sustainable regional policies and instruments that encourage the adoption of impactful innovation, including through innovation procurement, in ways that scale across Europe and support growth, jobs and better public services.",
        focus: &["Regional innovation policy", "Adoption of innovation", "Digitalisation", "Sustainable growth"],
        topics: &[],
        sectors: &[],
        partners: None,
        membership: Membership::Member,
    },
    Seed {
        acronym: "UAP-IRPP",
        name: "Urban Agenda Partnership on Innovative & Responsible Public Procurement",
        summary: "A partnership of the Urban Agenda for the EU that helps cities use public procurement to meet the Sustainable Development Goals and the European Green Deal, and as a tool for a sustainable economic recovery, following its Action Plan 2022–2024.",
        focus: &[
            "Sustainable Development Goals",
            "European Green Deal",
            "Responsible procurement",
            "Sustainable recovery",
        ],
        topics: &[],
        sectors: &[],
        partners: None,
        membership: Membership::Member,
    },
];

async fn upsert_initiatives(db: &Db) -> anyhow::Result<()> {
    for (i, s) in INITIATIVES.iter().enumerate() {
        db.upsert_initiative(&NewInitiative {
            acronym: s.acronym,
            name: s.name,
            summary: s.summary,
            focus_areas: s.focus,
            website: None,
            membership: s.membership,
            position: i as i64,
        })
        .await?;
    }
    // What the descriptions say beyond the basics, on initiatives nobody has edited yet
    // (an editor's work is never overwritten by seeding).
    for i in db.initiatives().await? {
        let Some(s) = INITIATIVES.iter().find(|s| s.acronym == i.acronym) else { continue };
        if !db.initiative_revisions(i.id).await?.is_empty() {
            continue;
        }
        let mut p = i.profile();
        p.topics = s.topics.iter().map(|t| t.to_string()).collect();
        p.sectors = s.sectors.iter().map(|t| t.to_string()).collect();
        p.reach.partners = s.partners;
        let mut tx = db.begin().await?;
        tx.update_initiative(i.id, &p, &i.description_html, i.updated_at).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// What `iptf admin create` did.
#[derive(Debug, PartialEq, Eq)]
pub enum AdminOutcome {
    Created,
    /// An existing, confirmed account was made administrator; its password is unchanged.
    Promoted,
    /// The account was an administrator already.
    AlreadyAdmin,
}

/// Creates an administrator with the given password, or (with `promote`) makes an
/// existing account one. Creating never adopts an account that exists: whoever
/// registered the address controls it, so that needs an explicit `promote`, and
/// promotion refuses an address nobody has confirmed.
pub async fn create_admin(
    db: &Db,
    email: &str,
    name: &str,
    password: &str,
    promote: bool,
) -> anyhow::Result<AdminOutcome> {
    let email = Email::parse("email", email).map_err(|e| anyhow::anyhow!("e-mail: {}", e.code))?;
    let now = store::now();
    let existing = db.user_by_email(&email).await?;
    let (id, label, outcome) = match (existing, promote) {
        (Some(_), false) => bail!(
            "an account with {email} exists already; nothing was changed. To make that account an administrator, run `iptf admin create --email {email} --promote` (it keeps its own password)"
        ),
        (None, true) => bail!("there is no account with {email} to promote; nothing was changed"),
        (Some(u), true) => {
            if u.email_confirmed_at.is_none() {
                bail!(
                    "refused: {email} has never been confirmed, so whoever registered it may not own the address. Let its owner confirm it first (or register it yourself after deleting that account)"
                );
            }
            if u.status == AccountStatus::Rejected {
                bail!("refused: the account {email} was rejected by an administrator");
            }
            if u.is_admin {
                return Ok(AdminOutcome::AlreadyAdmin);
            }
            (u.id, format!("{} <{email}>", u.name), AdminOutcome::Promoted)
        }
        (None, false) => {
            let name = person_name("name", name).map_err(|e| anyhow::anyhow!("name: {}", e.code))?;
            let password =
                Password::parse("password", password, &[email.as_str(), &name]).map_err(|e| match e.limit {
                    Some(n) => anyhow::anyhow!("password: {} (at least {n} characters)", e.code),
                    None => anyhow::anyhow!("password: {}", e.code),
                })?;
            let hash = web::passwords::hash(password.expose().to_owned()).await?;
            let mut tx = db.begin().await?;
            let new = NewUser {
                email: &email,
                name: &name,
                password_hash: &hash,
                language: None,
                is_admin: true,
                confirmed_at: Some(now),
                status: AccountStatus::Approved,
            };
            let id = match tx.create_user(new, now).await {
                Ok(id) => id,
                Err(store::StoreError::Conflict(_)) => {
                    bail!("an account with {email} was registered a moment ago; nothing was changed")
                }
                Err(e) => return Err(e.into()),
            };
            audit_admin(&mut tx, id, &format!("{name} <{email}>"), "created from the command line", now).await?;
            tx.commit().await?;
            return Ok(AdminOutcome::Created);
        }
    };
    let mut tx = db.begin().await?;
    tx.lock_row(store::LockTable::Users, id.0).await?;
    tx.set_admin(id, true).await?;
    tx.set_user_status(id, AccountStatus::Approved).await?;
    audit_admin(&mut tx, id, &label, "existing account promoted from the command line", now).await?;
    tx.commit().await?;
    Ok(outcome)
}

async fn audit_admin(
    tx: &mut store::Tx,
    id: domain::UserId,
    label: &str,
    detail: &str,
    now: i64,
) -> anyhow::Result<()> {
    tx.audit(
        NewAudit {
            actor: None,
            action: AuditAction::AdminCreated,
            target_type: "user",
            target_id: Some(id.0),
            target_label: label,
            detail,
        },
        now,
    )
    .await?;
    Ok(())
}

struct DemoOrg {
    name: &'static str,
    kind: &'static str,
    size: &'static str,
    country: &'static str,
    nuts: &'static str,
    sectors: &'static [&'static str],
    /// CPV divisions and groups (companies).
    cpv: &'static [&'static str],
    description: &'static str,
    approved: bool,
}

const DEMO_ORGS: &[DemoOrg] = &[
    DemoOrg {
        name: "Demo: City of Nordhavn",
        kind: "public-authority",
        size: "",
        country: "DK",
        nuts: "DK01",
        sectors: &["gen-pub", "urttb", "env-pro"],
        cpv: &[],
        description: "A fictional city used to demonstrate the hub. It looks for zero-emission logistics in its historic centre.",
        approved: true,
    },
    DemoOrg {
        name: "Demo: Regional Hospital Group Sud",
        kind: "public-authority",
        size: "",
        country: "FR",
        nuts: "FRL04",
        sectors: &["health"],
        cpv: &[],
        description: "A fictional hospital group that wants to reduce waiting times in emergency care.",
        approved: true,
    },
    DemoOrg {
        name: "Demo: CircuLab GmbH",
        kind: "company",
        size: "small",
        country: "DE",
        nuts: "DE21",
        sectors: &["env-pro", "econ-aff"],
        cpv: &["44100000-1", "90500000-2"],
        description: "A fictional start-up that turns construction waste into building materials.",
        approved: true,
    },
    DemoOrg {
        name: "Demo: MediFlow Oy",
        kind: "company",
        size: "micro",
        country: "FI",
        nuts: "FI1B",
        sectors: &["health"],
        cpv: &["48000000-8", "72200000-7"],
        description: "A fictional SME whose software plans patient flows in hospitals.",
        approved: true,
    },
    DemoOrg {
        name: "Demo: Instituto de Movilidad Limpia",
        kind: "research",
        size: "",
        country: "ES",
        nuts: "ES30",
        sectors: &["urttb", "electricity"],
        cpv: &[],
        description: "A fictional research institute on clean urban mobility.",
        approved: true,
    },
    DemoOrg {
        name: "Demo: Water Utility of Lakeside",
        kind: "public-authority",
        size: "",
        country: "NL",
        nuts: "",
        sectors: &["water"],
        cpv: &[],
        description: "A fictional utility waiting for review by an administrator.",
        approved: false,
    },
];

/// The member initiatives, a demo administrator, buyer and supplier, and a few
/// organisations (all marked "Demo"). Running it again changes nothing that exists.
pub async fn demo(db: &Db) -> anyhow::Result<()> {
    upsert_initiatives(db).await?;
    let now = store::now();
    // A fresh random password for the demo accounts made by this run: none is written
    // in the source, where anyone could read it and sign in to a demo left online.
    let password = format!("demo-{}", &store::secret::random_hex()[..20]);
    let hash = web::passwords::hash(password.clone()).await?;
    let mut created = 0;
    let people = [
        ("admin@demo.iptf-hub.eu", "Demo Administrator", true),
        ("buyer@demo.iptf-hub.eu", "Demo Buyer", false),
        ("supplier@demo.iptf-hub.eu", "Demo Supplier", false),
    ];
    let mut ids = Vec::new();
    for (email, name, admin) in people {
        let email = Email::parse("email", email).expect("valid demo address");
        let id = match db.user_by_email(&email).await? {
            Some(u) => u.id,
            None => {
                created += 1;
                let mut tx = db.begin().await?;
                let id = tx
                    .create_user(
                        NewUser {
                            email: &email,
                            name,
                            password_hash: &hash,
                            language: None,
                            is_admin: admin,
                            confirmed_at: Some(now),
                            status: AccountStatus::Approved,
                        },
                        now,
                    )
                    .await?;
                tx.commit().await?;
                id
            }
        };
        ids.push(id);
    }
    // The demo buyer keeps BUILD's page (to show what an initiative's editor does).
    if let Some(build) = db.initiatives().await?.into_iter().find(|i| i.acronym == "BUILD")
        && !db.is_initiative_editor(build.id, ids[1]).await?
    {
        let mut tx = db.begin().await?;
        tx.add_initiative_editor(build.id, ids[1], "seed", now).await?;
        tx.commit().await?;
    }
    demo_application(db, (ids[2], people[2].1), (ids[1], people[1].1), now).await?;
    demo_group(db, ids[1], ids[2], now).await?;
    let library = crate::demo_resources::seed(db, (ids[0], people[0].1)).await?;
    if library > 0 {
        println!("Published {library} demo resources of the member initiatives.");
    }
    let events = crate::demo_resources::seed_events(db, &ids).await?;
    if events > 0 {
        println!("Published {events} demo events with registrations.");
    }
    for o in DEMO_ORGS {
        let same_name = store::organisations::OrgFilter { q: Some(o.name.into()), ..Default::default() };
        let existing = db.organisations(&same_name, &Default::default(), 100).await?;
        if existing.items.iter().any(|e| e.name == o.name) {
            continue;
        }
        let input = OrganisationInput {
            name: o.name.into(),
            kind: o.kind.into(),
            size_class: o.size.into(),
            country: o.country.into(),
            nuts: o.nuts.into(),
            sectors: o.sectors.iter().map(|s| s.to_string()).collect(),
            website: String::new(),
            description: o.description.into(),
            cpv: o.cpv.iter().map(|s| s.to_string()).collect(),
            eic_supported: o.name.contains("MediFlow"),
        };
        let profile = input.parse().map_err(|e| anyhow::anyhow!("demo organisation {}: {:?}", o.name, e))?;
        let (owner, owner_name) = if o.kind == "company" { (ids[2], people[2].1) } else { (ids[1], people[1].1) };
        let mut tx = db.begin().await?;
        let id = tx.create_organisation(&profile, owner, now).await?;
        let entry = |actor, action| NewAudit {
            actor: Some(actor),
            action,
            target_type: "organisation",
            target_id: Some(id.0),
            target_label: o.name,
            detail: "demo data",
        };
        tx.audit(entry((owner, owner_name), AuditAction::OrganisationCreated), now).await?;
        if o.approved {
            tx.set_organisation_status(id, ReviewStatus::Approved, now).await?;
            tx.audit(entry((ids[0], people[0].1), AuditAction::OrganisationApproved), now).await?;
        }
        tx.commit().await?;
    }
    let challenges = crate::demo_challenges::seed(db, ids[1]).await?;
    if challenges > 0 {
        println!("Opened {challenges} demo challenges of the demo buyers.");
    }
    let solutions = crate::demo_challenges::seed_solutions(db, ids[2]).await?;
    if solutions > 0 {
        println!("Published {solutions} demo solutions of the demo suppliers.");
    }
    if crate::demo_brokerage::seed(db, ids[1], ids[2]).await? {
        println!("Opened matchmaking at the demo matchmaking event.");
    }
    let accounts = "admin@demo.iptf-hub.eu, buyer@demo.iptf-hub.eu or supplier@demo.iptf-hub.eu";
    if created == people.len() {
        println!("Demo data is in place. Sign in as {accounts} with the password {password}");
    } else if created > 0 {
        println!(
            "Demo data is in place. The demo accounts made now have the password {password}; the others keep the one printed when they were made."
        );
    } else {
        println!(
            "Demo data is in place. The demo accounts ({accounts}) existed already and keep the password printed when they were made."
        );
    }
    Ok(())
}

/// An application in progress: the demo supplier applies for a (clearly fictitious)
/// network, and the demo buyer, an editor of BUILD, has commented on it.
async fn demo_application(db: &Db, applicant: (UserId, &str), member: (UserId, &str), now: i64) -> anyhow::Result<()> {
    const ACRONYM: &str = "DEMO-NET";
    if db.applications(None).await?.iter().any(|a| a.acronym == ACRONYM) {
        return Ok(());
    }
    let input = domain::applications::ApplicationInput {
        acronym: ACRONYM.into(),
        name: "Demo network of innovation procurement brokers (fictitious)".into(),
        summary: "A fictitious network made by the demo seed, to show how an application to join is reviewed.".into(),
        topics: vec!["market-consultation".into(), "pcp".into()],
        contact_name: applicant.1.into(),
        contact_email: "supplier@demo.iptf-hub.eu".into(),
        motivation: "We would like to learn from the member initiatives and share our brokers' experience.".into(),
        contribution: "Training sessions on market consultation, in three languages.".into(),
        ..Default::default()
    };
    let a = input.parse().map_err(|e| anyhow::anyhow!("demo application: {e:?}"))?;
    let mut tx = db.begin().await?;
    let id = tx.create_application(applicant, &a, now).await?;
    tx.add_application_note(id, member, "BUILD", "Their training offer would fit our academy.", false, now).await?;
    use domain::applications::ApplicationStatus;
    tx.set_application_status(id, &[ApplicationStatus::Submitted], ApplicationStatus::InReview, None, None, None, now)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A working group led by the demo buyer, with the demo supplier as a member and two
/// discussions with replies.
async fn demo_group(db: &Db, leader: UserId, member: UserId, now: i64) -> anyhow::Result<()> {
    use domain::groups::{GroupInput, MemberStatus, Role};
    const NAME: &str = "Health procurers";
    if db.groups().await?.iter().any(|g| g.name == NAME) {
        return Ok(());
    }
    let p = GroupInput {
        name: NAME.into(),
        summary: "Hospitals and health authorities that buy innovation, and the suppliers who talk with them.".into(),
        description: "We compare how hospitals run **market consultations**, pre-commercial procurement and \
                      innovation partnerships, and share templates that worked."
            .into(),
        roadmap: "1. Collect three market consultation reports\n2. Draft a common checklist for PCP in hospitals\n\
                  3. Present it at a members' meeting"
            .into(),
        membership: "open".into(),
        topics: vec!["market-consultation".into(), "pcp".into(), "innovation-partnership".into()],
    }
    .parse()
    .map_err(|e| anyhow::anyhow!("demo group: {e:?}"))?;
    let html = |md: &str| domain::markdown::to_html(md);
    let mut tx = db.begin().await?;
    let g = tx.create_group(&p, (&html(&p.description), &html(&p.roadmap)), now).await?;
    tx.set_group_member(g, leader, Role::Leader, MemberStatus::Active, now).await?;
    tx.set_group_member(g, member, Role::Member, MemberStatus::Active, now).await?;
    let posts = [
        (
            "How long should a market consultation stay open?",
            "We are preparing one for remote patient monitoring. Four weeks felt short last time. What did you do?",
            vec![
                (member, "Six weeks worked for us as a supplier: enough time to involve a clinical partner."),
                (leader, "Thanks. We will also publish the questions in English, not only in our language."),
            ],
        ),
        (
            "Template: letter to suppliers after a PCP phase",
            "We share the letter we send to suppliers that did not pass to the next phase, with the reasons.",
            vec![(member, "Very useful: the reasons help us decide whether to try again.")],
        ),
    ];
    for (i, (title, body, replies)) in posts.iter().enumerate() {
        let at = now - 86_400 * (i as i64 + 1);
        let t = tx.create_thread(g, leader, title, (body, &html(body)), at).await?;
        for (k, (who, text)) in replies.iter().enumerate() {
            tx.add_reply(t, *who, (text, &html(text)), at + 3600 * (k as i64 + 1)).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// `n` approved organisations and `n` approved users with memberships, generated
/// deterministically, for benchmarks and load tests.
pub async fn synthetic(db: &Db, n: u32) -> anyhow::Result<()> {
    if n == 0 {
        bail!("--synthetic needs a number above 0");
    }
    upsert_initiatives(db).await?;
    let now = store::now();
    // Nobody signs in as a synthetic user: a random password nobody knows.
    let hash = web::passwords::hash(store::secret::random_hex()).await?;
    let countries = domain::geo::eu_countries();
    let sectors = &*domain::organisations::SECTORS;
    let kinds = ["public-authority", "company", "ngo", "research", "other"];
    let sizes = ["micro", "small", "medium", "large"];
    let cpv = &*domain::organisations::CPV;
    // A small linear congruential generator: the same data on every run.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: usize| {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    let start = db.count_users_by_status(AccountStatus::Approved).await?;
    // Written in batches: one transaction per thousand organisations.
    let mut tx = db.begin().await?;
    for i in 0..n {
        if i > 0 && i % 1000 == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
        let k = start as u64 + i as u64;
        let email = Email::parse("email", &format!("user{k}@synthetic.iptf-hub.eu"))
            .map_err(|e| anyhow::anyhow!("synthetic address: {}", e.code))?;
        let uid = match tx.user_by_email(&email).await? {
            Some(u) => u.id,
            None => {
                tx.create_user(
                    NewUser {
                        email: &email,
                        name: &format!("Synthetic User {k}"),
                        password_hash: &hash,
                        language: None,
                        is_admin: false,
                        confirmed_at: Some(now),
                        status: AccountStatus::Approved,
                    },
                    now,
                )
                .await?
            }
        };
        let kind = kinds[next(kinds.len())];
        let mut chosen: Vec<String> = (0..1 + next(3)).map(|_| sectors[next(sectors.len())].code.clone()).collect();
        chosen.dedup();
        let input = OrganisationInput {
            name: format!("Synthetic Organisation {k}"),
            kind: kind.into(),
            size_class: if kind == "company" { sizes[next(sizes.len())].into() } else { String::new() },
            country: countries[next(countries.len())].code.into(),
            nuts: String::new(),
            sectors: chosen,
            website: String::new(),
            description: "Generated for benchmarks.".into(),
            // Companies sell one or two CPV divisions or groups.
            cpv: if kind == "company" {
                (0..1 + next(2)).map(|_| cpv[next(cpv.len())].code.clone()).collect()
            } else {
                Vec::new()
            },
            eic_supported: kind == "company" && next(10) == 0,
        };
        let profile = input.parse().map_err(|e| anyhow::anyhow!("synthetic organisation: {e:?}"))?;
        let id = tx.create_organisation(&profile, uid, now).await?;
        tx.set_organisation_status(id, ReviewStatus::Approved, now).await?;
    }
    tx.commit().await?;
    println!("Added {n} synthetic users and {n} synthetic organisations.");
    Ok(())
}

/// A working group of the first `k` users, all active members who chose e-mail and follow
/// one thread, and a read-write API token of its first member. Prints
/// `group G thread T token TOKEN` for `bench/fanout.sh`.
pub async fn bench_group(db: &Db, k: u32) -> anyhow::Result<()> {
    use domain::groups::{GroupProfile, MemberStatus, Role};
    let users: Vec<i64> = {
        let all = db.first_user_ids(i64::from(k)).await?;
        if all.len() < k as usize {
            bail!("only {} users exist; seed --synthetic {k} first", all.len());
        }
        all
    };
    let now = store::now();
    let profile = GroupProfile {
        name: format!("Benchmark group {}", store::secret::random_hex()[..6].to_owned()),
        summary: "Generated for the reply fan-out benchmark.".into(),
        description: String::new(),
        roadmap: String::new(),
        open: true,
        topics: vec![],
    };
    let mut tx = db.begin().await?;
    let group = tx.create_group(&profile, ("", ""), now).await?;
    for (i, id) in users.iter().enumerate() {
        let role = if i == 0 { Role::Leader } else { Role::Member };
        tx.set_group_member(group, UserId(*id), role, MemberStatus::Active, now).await?;
        progress("group members", i as u32 + 1, k);
    }
    let thread =
        tx.create_thread(group, UserId(users[0]), "Benchmark thread", ("Hello.", "<p>Hello.</p>"), now).await?;
    for id in &users {
        tx.follow_thread(thread, UserId(*id)).await?;
    }
    let (secret, hash) = store::secret::new_secret();
    let token = format!("iptf_{secret}");
    let t = store::accounts::NewApiToken {
        user: UserId(users[1.min(users.len() - 1)]),
        name: "fan-out benchmark",
        token_hash: &hash,
        prefix: &token[..13],
        scope: domain::accounts::TokenScope::ReadWrite,
        expires_at: Some(now + 86_400),
    };
    tx.create_api_token(t, now).await?;
    tx.commit().await?;
    println!("group {group} thread {thread} token {token}");
    Ok(())
}

/// A progress bar on standard error when it is a terminal: `[#####.....] 12000/50000`.
pub fn progress(label: &str, done: u32, total: u32) {
    use std::io::{IsTerminal, Write};
    let err = std::io::stderr();
    if !err.is_terminal() || (!done.is_multiple_of(500) && done != total) {
        return;
    }
    let filled = (done as usize * 30) / total.max(1) as usize;
    let mut e = err.lock();
    let _ = write!(e, "\r{label} [{}{}] {done}/{total}", "#".repeat(filled), ".".repeat(30 - filled));
    if done == total {
        let _ = writeln!(e);
    }
}

/// `m` approved people with public profiles, generated deterministically: every one shows
/// a profile; each field is shown by some and kept private by others, as people do.
pub async fn synthetic_people(db: &Db, m: u32) -> anyhow::Result<()> {
    if m == 0 {
        bail!("--people needs a number above 0");
    }
    let now = store::now();
    let hash = web::passwords::hash(store::secret::random_hex()).await?;
    let countries = domain::geo::eu_countries();
    let languages = &*domain::people::LANGUAGES;
    let topics = domain::initiatives::TOPICS;
    let roles = ["Procurement officer", "Innovation manager", "Founder", "Legal adviser", "Trainer", "Buyer"];
    let first = ["Anna", "Jonas", "Léa", "Marco", "Zofia", "Pieter", "Inês", "Mikkel", "Eleni", "Ödön"];
    let last = ["Huber", "Martin", "Rossi", "Nowak", "De Vries", "Silva", "Jensen", "Papadopoulos", "Kovács", "Dubois"];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |m: usize| {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    let start = db.count_users_by_status(AccountStatus::Approved).await? as u64;
    let mut tx = db.begin().await?;
    for i in 0..m {
        if i > 0 && i % 1000 == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
        progress("people", i, m);
        let k = start + i as u64;
        let email = Email::parse("email", &format!("person{k}@synthetic.iptf-hub.eu"))
            .map_err(|e| anyhow::anyhow!("synthetic address: {}", e.code))?;
        if tx.user_by_email(&email).await?.is_some() {
            continue;
        }
        let name = format!("{} {} {k}", first[next(first.len())], last[next(last.len())]);
        let uid = tx
            .create_user(
                NewUser {
                    email: &email,
                    name: &name,
                    password_hash: &hash,
                    language: None,
                    is_admin: false,
                    confirmed_at: Some(now),
                    status: AccountStatus::Approved,
                },
                now,
            )
            .await?;
        let mut langs: Vec<String> = (0..1 + next(3)).map(|_| languages[next(languages.len())].code.clone()).collect();
        langs.dedup();
        let mut tops: Vec<String> = (0..1 + next(3)).map(|_| topics[next(topics.len())].to_owned()).collect();
        tops.dedup();
        let p = domain::people::Profile {
            public: true,
            organisation: None,
            show_organisation: false,
            role: Some(roles[next(roles.len())].to_owned()),
            show_role: next(10) < 8,
            country: Some(countries[next(countries.len())].code.to_owned()),
            show_country: next(10) < 8,
            languages: langs,
            show_languages: next(10) < 7,
            topics: tops,
            show_topics: next(10) < 7,
            bio: Some("Generated for benchmarks.".into()),
            show_bio: next(10) < 3,
        };
        tx.save_profile(uid, &name, &p, now - i64::from(m - i)).await?;
    }
    tx.commit().await?;
    progress("people", m, m);
    println!("Added {m} synthetic people with public profiles.");
    Ok(())
}

/// `n` published resources of the member initiatives, generated deterministically in five
/// languages (English, French, German, Spanish, Italian), for the search benchmark.
pub async fn synthetic_resources(db: &Db, n: u32) -> anyhow::Result<()> {
    use domain::resources::{KINDS, Publisher, ResourceDraft, State};
    if n == 0 {
        bail!("--resources needs a number above 0");
    }
    upsert_initiatives(db).await?;
    let publishers: Vec<Publisher> = db.initiatives().await?.iter().map(|i| Publisher::Initiative(i.id.0)).collect();
    let langs: [(&str, [&str; 8]); 5] = [
        ("ENG", ["procurement", "innovation", "buyers", "market", "consultation", "hospital", "energy", "mobility"]),
        ("FRA", ["achats", "innovation", "acheteurs", "marché", "consultation", "hôpital", "énergie", "mobilité"]),
        (
            "DEU",
            ["Beschaffung", "Innovation", "Auftraggeber", "Markt", "Erkundung", "Krankenhaus", "Energie", "Mobilität"],
        ),
        ("SPA", ["compras", "innovación", "compradores", "mercado", "consulta", "hospital", "energía", "movilidad"]),
        (
            "ITA",
            ["appalti", "innovazione", "acquirenti", "mercato", "consultazione", "ospedale", "energia", "mobilità"],
        ),
    ];
    let topics = domain::initiatives::TOPICS;
    let sectors: Vec<String> = domain::organisations::SECTORS.iter().map(|s| s.code.clone()).collect();
    let cpv: Vec<String> = domain::organisations::CPV.iter().map(|c| c.code.clone()).collect();
    let countries = domain::geo::eu_countries();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |m: usize| {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    let now = store::now();
    let author = db.first_user_ids(1).await?.first().copied().map(UserId);
    let Some(author) = author else { bail!("no account yet: run seed --demo or --synthetic first") };
    let mut tx = db.begin().await?;
    for i in 0..n {
        if i > 0 && i % 2000 == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
        progress("resources", i + 1, n);
        let (lang, words) = langs[i as usize % langs.len()];
        let w = |k: usize| words[k % words.len()];
        let (a, b, c) = (next(8), next(8), next(8));
        let title = format!("{} {} {} #{i}", w(a), w(b), w(c));
        let summary = format!("{} {} {} {}.", w(b), w(c), w(a), w(next(8)));
        let body = (0..6).map(|_| w(next(8))).collect::<Vec<_>>().join(" ");
        let d = ResourceDraft {
            publisher: publishers[next(publishers.len())],
            kind: KINDS[next(KINDS.len())].to_owned(),
            title,
            summary,
            body,
            link: None,
            language: lang.to_owned(),
            topics: vec![topics[next(topics.len())].to_owned()],
            sectors: vec![sectors[next(sectors.len())].clone()],
            audiences: vec!["buyers".into()],
            procedures: vec![],
            countries: vec![countries[next(countries.len())].code.to_owned()],
            cpv: vec![cpv[next(cpv.len())].clone()],
            case_study: None,
        };
        let html = format!("<p>{}</p>", d.body);
        let id = tx.create_resource(&d, &html, None, author, now - i64::from(n - i)).await?;
        tx.set_resource_state(id, State::Published, now - i64::from(n - i)).await?;
    }
    tx.commit().await?;
    println!("Added {n} synthetic resources in 5 languages.");
    Ok(())
}
