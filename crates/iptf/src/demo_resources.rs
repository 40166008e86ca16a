//! The demo's library: resources of the member initiatives in several languages (guides,
//! case studies, recordings, templates…), written in our own words. Case studies are
//! illustrative, and their buyers say so. Running the seed again adds only what is missing
//! (a resource is known by its title).

use domain::UserId;
use domain::resources::{Publisher, ResourceInput, State};
use store::Db;

/// A case study's outcome: buyer, country, procedure, year, budget, currency, results,
/// lessons.
type Case =
    (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

struct Demo {
    initiative: &'static str,
    kind: &'static str,
    language: &'static str,
    title: &'static str,
    summary: &'static str,
    body: &'static str,
    topics: &'static [&'static str],
    countries: &'static [&'static str],
    sectors: &'static [&'static str],
    procedures: &'static [&'static str],
    audiences: &'static [&'static str],
    case: Option<Case>,
    /// The index of the resource this one translates.
    of: Option<usize>,
    /// How many days ago it was published.
    days: i64,
}

const fn r(initiative: &'static str, kind: &'static str, language: &'static str, title: &'static str) -> Demo {
    Demo {
        initiative,
        kind,
        language,
        title,
        summary: "",
        body: "",
        topics: &[],
        countries: &[],
        sectors: &[],
        procedures: &[],
        audiences: &["buyers"],
        case: None,
        of: None,
        days: 30,
    }
}

const LIBRARY: &[Demo] = &[
    Demo {
        summary: "How a public buyer talks to the market before a tender: when to do it, how to announce it, what to ask and how to keep every supplier on an equal footing.",
        body: "## Before you start\n\nWrite down the need in terms of outcomes, not products. Decide what you want to learn: what exists, what it costs, how long it takes to develop.\n\n## Announce it\n\nPublish a prior information notice and a call on your website, so that every interested supplier hears of it at the same time.\n\n## Hold it\n\nMix an open information day with one-to-one meetings. Ask the same questions to everyone and publish the answers you give.\n\n## Afterwards\n\nSummarise what you learned and publish the summary with the tender, so that nobody had an advantage for having taken part.",
        topics: &["market-consultation"],
        procedures: &["open", "neg-w-call"],
        days: 200,
        ..r("BUILD", "guide", "ENG", "Preliminary market consultation, step by step")
    },
    Demo {
        summary: "Comment un acheteur public s’adresse au marché avant un appel d’offres : quand le faire, comment l’annoncer, quoi demander et comment traiter tous les fournisseurs à égalité.",
        body: "## Avant de commencer\n\nDécrivez le besoin en résultats attendus, pas en produits. Décidez de ce que vous voulez apprendre : ce qui existe, ce que cela coûte, le temps de développement.\n\n## L’annoncer\n\nPubliez un avis de préinformation et un appel sur votre site, pour que tous les fournisseurs intéressés l’apprennent en même temps.\n\n## La mener\n\nAlternez une journée d’information ouverte et des rencontres individuelles. Posez les mêmes questions à chacun et publiez vos réponses.\n\n## Ensuite\n\nRésumez ce que vous avez appris et publiez ce résumé avec l’appel d’offres : personne ne doit être avantagé pour avoir participé.",
        topics: &["market-consultation"],
        procedures: &["open", "neg-w-call"],
        of: Some(0),
        days: 190,
        ..r("BUILD", "guide", "FRA", "La consultation préalable du marché, pas à pas")
    },
    Demo {
        summary: "Wie ein öffentlicher Auftraggeber vor einer Ausschreibung mit dem Markt spricht: wann, wie man sie ankündigt, was man fragt und wie alle Anbieter gleich behandelt werden.",
        body: "## Vorbereitung\n\nBeschreiben Sie den Bedarf als Ergebnis, nicht als Produkt. Legen Sie fest, was Sie erfahren wollen: was es gibt, was es kostet, wie lange eine Entwicklung dauert.\n\n## Ankündigung\n\nVeröffentlichen Sie eine Vorinformation und einen Aufruf auf Ihrer Website, damit alle interessierten Anbieter gleichzeitig davon erfahren.\n\n## Durchführung\n\nKombinieren Sie einen offenen Informationstag mit Einzelgesprächen. Stellen Sie allen dieselben Fragen und veröffentlichen Sie Ihre Antworten.\n\n## Danach\n\nFassen Sie zusammen, was Sie gelernt haben, und veröffentlichen Sie die Zusammenfassung mit der Ausschreibung.",
        topics: &["market-consultation"],
        procedures: &["open", "neg-w-call"],
        of: Some(0),
        days: 185,
        ..r("BUILD", "guide", "DEU", "Die vorherige Marktkonsultation Schritt für Schritt")
    },
    Demo {
        summary: "Both procedures let a buyer discuss solutions with candidates. This guide compares them: when the need can be specified, how the talks run, and what the award looks like.",
        body: "## Competitive dialogue\n\nUse it when you cannot define the technical means or the legal and financial set-up yourself. The dialogue shapes the solution; final tenders follow.\n\n## Competitive procedure with negotiation\n\nUse it when you can describe the need and the minimum requirements but the offers need adapting. You negotiate on initial tenders.\n\n## In both\n\nTreat candidates equally, keep their confidential information confidential and document every round.",
        topics: &["competitive-dialogue", "negotiation"],
        procedures: &["comp-dial", "neg-w-call"],
        days: 160,
        ..r(
            "BUILD",
            "guide",
            "ENG",
            "Choosing between competitive dialogue and the competitive procedure with negotiation",
        )
    },
    Demo {
        summary: "A course in three sessions on pre-commercial procurement: buying research and development services in phases, sharing risks and benefits with the suppliers.",
        body: "1. Why buy research and development: needs no product on the market meets.\n2. Designing the phases: solution design, prototypes, first test series, with a selection after each.\n3. After the pre-commercial procurement: intellectual property, and the procurement of the finished solutions.",
        topics: &["pcp"],
        audiences: &["buyers", "suppliers"],
        days: 150,
        ..r("BUILD", "training", "ENG", "Pre-commercial procurement in practice: a course in three sessions")
    },
    Demo {
        summary: "A webinar on the risks of buying something new: technical, commercial and legal risks, who carries them, and how the contract shares them.",
        body: "The recording covers a risk register for innovation procurement, the risks a buyer keeps and those a supplier can carry, and contract clauses that share them (milestones, acceptance tests, exit points).",
        topics: &["risk-assessment"],
        days: 120,
        ..r("BUILD", "recording", "ENG", "Webinar recording: risk assessment in innovation procurement")
    },
    Demo {
        summary: "A template of the notice that announces a preliminary market consultation: the need, the questions, the calendar and the rules of equal treatment.",
        body: "## Sections\n\n- The buyer and the need, in terms of outcomes\n- What the consultation wants to learn\n- How to take part and by when\n- How the answers will be used, and that taking part gives no advantage",
        topics: &["market-consultation", "legal-procedures"],
        days: 110,
        ..r("BUILD", "template", "ENG", "Template: announcing a preliminary market consultation")
    },
    Demo {
        summary: "Short answers to the questions buyers ask most about the innovation partnership: when it fits, how many partners, how research turns into purchase.",
        body: "**When does it fit?** When the need cannot be met by solutions already on the market and you want to buy the result of the development.\n\n**With how many partners?** One or several; each follows the phases set in the contract.\n\n**Can the partnership end early?** Yes, at the end of a phase, if the targets are not met.",
        topics: &["innovation-partnership"],
        procedures: &["innovation"],
        days: 100,
        ..r("BUILD", "faq", "ENG", "Innovation partnership: frequently asked questions")
    },
    Demo {
        summary: "Kiedy zamawiający potrzebuje rozwiązania, którego nie ma jeszcze na rynku, i chce je potem kupić: jak wygląda partnerstwo innowacyjne i kiedy je wybrać.",
        body: "Partnerstwo innowacyjne łączy etap badań i rozwoju z zakupem gotowego rozwiązania. Zamawiający określa etapy, cele pośrednie i wynagrodzenie za każdy etap.",
        topics: &["innovation-partnership"],
        procedures: &["innovation"],
        countries: &["PL"],
        days: 90,
        ..r("BUILD", "guide", "POL", "Partnerstwo innowacyjne: kiedy je wybrać")
    },
    Demo {
        summary: "Réponses courtes aux questions juridiques que posent les acheteurs qui achètent de l’innovation : aides d’État, propriété intellectuelle, égalité de traitement.",
        body: "**Un fournisseur consulté peut-il candidater ensuite ?** Oui, si l’acheteur a partagé avec tous les informations données pendant la consultation.\n\n**Qui garde la propriété intellectuelle ?** Le contrat le dit ; souvent le fournisseur, l’acheteur obtenant une licence d’usage.",
        topics: &["legal-questions"],
        countries: &["FR", "BE", "LU"],
        days: 80,
        ..r("BUILD", "faq", "FRA", "Questions juridiques fréquentes sur l’achat d’innovation")
    },
    Demo {
        summary: "How a hospital describes a clinical need so that suppliers understand it: the patient pathway, the pain points, what success would look like, without naming a product.",
        body: "## Start from the pathway\n\nFollow a patient from admission to discharge and note where time, money or quality is lost.\n\n## Say what success looks like\n\nFewer readmissions, shorter waits, less paperwork for nurses: measurable outcomes leave room for solutions you did not imagine.",
        topics: &["market-consultation", "guiding-principles"],
        sectors: &["health"],
        days: 140,
        ..r("HIF", "guide", "ENG", "Describing a clinical need so that suppliers can answer it")
    },
    Demo {
        summary: "An illustrative case: a hospital group buys a remote monitoring service for heart-failure patients through an innovation partnership with two suppliers.",
        body: "The hospital group set out the need with its cardiologists and patients, consulted the market, then started a partnership in three phases with two suppliers.",
        topics: &["innovation-partnership"],
        sectors: &["health"],
        countries: &["NL"],
        case: Some((
            "Illustrative hospital group (demo)",
            "NL",
            "innovation",
            "2022",
            "2400000",
            "EUR",
            "Both prototypes passed the clinical test; one service was bought for all sites.",
            "Involve the nurses from the start; plan the data-protection assessment before the first phase.",
        )),
        days: 130,
        ..r("HIF", "case-study", "ENG", "A hospital group co-designs remote monitoring (illustrative)")
    },
    Demo {
        summary: "Un parcours de formation pour les acheteurs hospitaliers : reconnaître un besoin d’innovation, dialoguer avec les fournisseurs, choisir la procédure.",
        body: "Trois modules d’une demi-journée, avec des exercices sur des besoins réels apportés par les participants.",
        topics: &["guiding-principles", "market-consultation"],
        sectors: &["health"],
        countries: &["FR"],
        days: 70,
        ..r("HIF", "training", "FRA", "Former les acheteurs hospitaliers à l’achat d’innovation")
    },
    Demo {
        summary: "Aufzeichnung eines Workshops: wie Krankenhäuser ihren Bedarf ermitteln, bevor sie mit Anbietern sprechen.",
        body: "Der Workshop zeigt, wie Einkauf, Pflege und Ärzteschaft gemeinsam einen Bedarf beschreiben und priorisieren.",
        topics: &["market-consultation"],
        sectors: &["health"],
        countries: &["DE", "AT"],
        days: 60,
        ..r("HIF", "recording", "DEU", "Aufzeichnung: Bedarfsermittlung im Krankenhaus")
    },
    Demo {
        summary: "What health and care buyers across Europe say they need from suppliers, and where buying together would help: a summary of the community's discussions.",
        body: "The community's discussions return to three themes: interoperable digital tools, services that keep people at home, and shared procurement to reach a volume suppliers take seriously.",
        topics: &["guiding-principles"],
        sectors: &["health", "soc-pro"],
        audiences: &["buyers", "policy-makers"],
        days: 170,
        ..r("Procure4Health", "report", "ENG", "Common needs in health and care procurement")
    },
    Demo {
        summary: "Cómo empezar una compra conjunta de innovación entre varios compradores sanitarios: acuerdo de colaboración, comprador principal y reparto de tareas.",
        body: "## El acuerdo\n\nDefina quién dirige el procedimiento, cómo se reparten los costes y cómo se decide.\n\n## El procedimiento\n\nEl comprador principal publica y adjudica en nombre de todos; cada uno firma su contrato o un acuerdo marco común.",
        topics: &["legal-procedures"],
        sectors: &["health"],
        countries: &["ES"],
        days: 75,
        ..r("Procure4Health", "guide", "SPA", "Compras conjuntas de innovación en salud: cómo empezar")
    },
    Demo {
        summary: "Un caso illustrativo: tre aziende sanitarie acquistano insieme dispositivi per la telemedicina con un dialogo competitivo.",
        body: "Le aziende hanno descritto un bisogno comune, condotto il dialogo con quattro candidati e aggiudicato un accordo quadro.",
        topics: &["competitive-dialogue"],
        sectors: &["health"],
        countries: &["IT"],
        case: Some((
            "Azienda sanitaria dimostrativa (esempio)",
            "IT",
            "comp-dial",
            "2021",
            "850000",
            "EUR",
            "Un accordo quadro unico per tre aziende, con tempi di consegna più brevi.",
            "Concordare prima i requisiti di interoperabilità.",
        )),
        days: 65,
        ..r("Procure4Health", "case-study", "ITA", "Acquisto congiunto di dispositivi per la telemedicina (esempio)")
    },
    Demo {
        summary: "A method for large buyers to turn an unmet need into terms of reference: naming the challenge, meeting innovative SMEs, testing, then buying.",
        body: "1. Name the challenge and its owner inside the organisation.\n2. Meet solvers, notably SMEs backed by the European Innovation Council.\n3. Co-create and test on a small scale.\n4. Write terms of reference that ask for outcomes.",
        topics: &["market-consultation", "guiding-principles"],
        audiences: &["buyers", "suppliers"],
        days: 155,
        ..r("InnoBuyer", "guide", "ENG", "From an unmet need to terms of reference")
    },
    Demo {
        summary: "A one-page canvas that helps a large buyer describe a challenge for innovative companies: the problem, who has it, what has been tried, what success would be.",
        body: "Fill in the canvas with the people who live the problem every day. Keep it free of solutions; that is the solvers' part.",
        topics: &["market-consultation"],
        days: 95,
        ..r("InnoBuyer", "toolkit", "ENG", "Challenge brief canvas for large buyers")
    },
    Demo {
        summary: "Große Auftraggeber kennen ihre Probleme, KMU haben oft die Lösungen: warum beide früher miteinander sprechen sollten, und wie das fair gelingt.",
        body: "Ein früher, offener Austausch vermeidet Ausschreibungen, auf die niemand passend antworten kann. Entscheidend ist, dass alle Anbieter dieselben Informationen erhalten.",
        topics: &["market-consultation"],
        countries: &["DE"],
        audiences: &["buyers", "suppliers"],
        days: 50,
        ..r("InnoBuyer", "article", "DEU", "Warum große Auftraggeber früher mit KMU sprechen sollten")
    },
    Demo {
        summary: "An illustrative case: an energy utility tests drone inspections of its lines with an innovative SME, then buys the service after a competitive procedure with negotiation.",
        body: "The pilot ran on a short section of line; its results shaped the requirements of the procedure that followed.",
        topics: &["negotiation"],
        sectors: &["electricity"],
        countries: &["ES"],
        audiences: &["buyers", "suppliers"],
        case: Some((
            "Illustrative energy utility (demo)",
            "ES",
            "neg-w-call",
            "2023",
            "300000",
            "EUR",
            "Inspections take a day instead of a week on the tested section.",
            "Agree on data ownership before the pilot starts.",
        )),
        days: 45,
        ..r("InnoBuyer", "case-study", "ENG", "An energy utility pilots drone inspections (illustrative)")
    },
    Demo {
        summary: "Who offers guidance and training on innovation procurement for the circular economy and green mobility in Europe, and where the gaps are.",
        body: "The mapping lists guides, training and networks by country and theme. Gaps appear where cities have few resources in their own language.",
        topics: &["guiding-principles"],
        sectors: &["env-pro", "urttb"],
        audiences: &["buyers", "policy-makers"],
        days: 210,
        ..r("PROCEDIN", "report", "ENG", "Mapping guidance on innovation procurement for cities")
    },
    Demo {
        summary: "Un cas illustratif : une métropole achète des bus à zéro émission par dialogue compétitif, avec la maintenance et la recharge.",
        body: "La métropole a dialogué avec trois candidats sur la recharge au dépôt et en ligne, puis attribué un marché global.",
        topics: &["competitive-dialogue"],
        sectors: &["urttb"],
        countries: &["FR"],
        case: Some((
            "Métropole de démonstration (exemple)",
            "FR",
            "comp-dial",
            "2023",
            "12500000",
            "EUR",
            "Trente bus en service, recharge au dépôt, coût total de possession connu dès l’attribution.",
            "Prévoir le raccordement électrique du dépôt avant le dialogue.",
        )),
        days: 40,
        ..r("PROCEDIN", "case-study", "FRA", "Des bus à zéro émission achetés par dialogue compétitif (exemple)")
    },
    Demo {
        summary: "Een praktische aanpak voor gemeenten die meubilair circulair willen inkopen: hergebruik, reparatie en terugname in het contract.",
        body: "Begin met wat u al heeft: inventariseer het meubilair, vraag om hergebruik en reparatie, en neem terugname op in het contract.",
        topics: &["guiding-principles"],
        sectors: &["env-pro"],
        countries: &["NL", "BE"],
        days: 85,
        ..r("PROCEDIN", "guide", "NLD", "Circulaire inkoop van meubilair: een praktische aanpak")
    },
    Demo {
        summary: "A panel discussion on leadership for innovation in procurement teams: giving buyers room to try, and managers the arguments to support them.",
        body: "Heads of procurement and a supplier discuss how to make innovation a normal part of buying, not an exception.",
        topics: &["guiding-principles"],
        audiences: &["buyers", "policy-makers"],
        days: 35,
        ..r("PROCEDIN", "recording", "ENG", "Leadership for innovation in procurement teams: a panel")
    },
    Demo {
        summary: "Regional policy instruments that make innovation procurement easier: funding for preparation, shared expertise, and targets in regional strategies.",
        body: "Regions can fund the preparation of procurements, pool legal and technical expertise, and name innovation procurement in their smart specialisation strategies.",
        topics: &["guiding-principles"],
        audiences: &["policy-makers"],
        days: 145,
        ..r("Prepare", "policy", "ENG", "Regional policy instruments for innovation procurement")
    },
    Demo {
        summary: "Cinco alavancas que uma região pode usar para que as compras públicas ajudem a adotar inovação.",
        body: "Financiar a preparação, partilhar competências, dar exemplos, medir resultados e falar com o mercado cedo.",
        topics: &["guiding-principles"],
        countries: &["PT"],
        audiences: &["policy-makers"],
        days: 55,
        ..r("Prepare", "article", "POR", "Inovação regional e compras públicas: cinco alavancas")
    },
    Demo {
        summary: "How cities can use public procurement to serve the Sustainable Development Goals and the European Green Deal, with examples of criteria.",
        body: "Responsible procurement asks for outcomes that matter to citizens: lower emissions, decent work, circular use of materials.",
        topics: &["guiding-principles"],
        audiences: &["buyers", "policy-makers"],
        days: 180,
        ..r("UAP-IRPP", "policy", "ENG", "Responsible public procurement and the Sustainable Development Goals")
    },
    Demo {
        summary: "Wie Städte soziale Kriterien rechtssicher in Ausschreibungen verankern: Eignung, Zuschlag und Ausführungsbedingungen.",
        body: "Soziale Kriterien müssen mit dem Auftragsgegenstand verbunden sein. Ausführungsbedingungen eignen sich oft besser als Zuschlagskriterien.",
        topics: &["legal-procedures"],
        countries: &["DE", "AT"],
        days: 75,
        ..r("UAP-IRPP", "guide", "DEU", "Soziale Kriterien in Ausschreibungen verankern")
    },
    Demo {
        summary: "An illustrative case: a city buys repair and reuse services for its office furniture through an open procedure with award criteria on circularity.",
        body: "The city asked bidders to repair and reuse first and to buy new only where needed; the price covered the whole service.",
        topics: &["guiding-principles"],
        sectors: &["env-pro"],
        countries: &["DK"],
        case: Some((
            "Demo: City of Nordhavn",
            "DK",
            "open",
            "2024",
            "900000",
            "DKK",
            "Most of the furniture stayed in use; new purchases fell sharply.",
            "Count the furniture you have before you write the tender.",
        )),
        days: 25,
        ..r("UAP-IRPP", "case-study", "ENG", "A city buys furniture repair and reuse (illustrative)")
    },
];

/// Publishes the demo library; returns how many resources it added.
pub async fn seed(db: &Db, author: (UserId, &str)) -> anyhow::Result<usize> {
    let initiatives = db.initiatives().await?;
    let now = store::now();
    let mut ids: Vec<Option<i64>> = Vec::new();
    let mut added = 0;
    for d in LIBRARY {
        if let Some(id) = db.resource_id_by_title(d.title).await? {
            ids.push(Some(id));
            continue;
        }
        let Some(ini) = initiatives.iter().find(|i| i.acronym == d.initiative) else {
            ids.push(None);
            continue;
        };
        let publisher = Publisher::Initiative(ini.id.0);
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let c = d.case.unwrap_or_default();
        let input = ResourceInput {
            publisher: publisher.key(),
            kind: d.kind.into(),
            title: d.title.into(),
            summary: d.summary.into(),
            body: d.body.into(),
            language: d.language.into(),
            topics: s(d.topics),
            sectors: s(d.sectors),
            audiences: s(d.audiences),
            procedures: s(d.procedures),
            countries: s(d.countries),
            case_buyer: c.0.into(),
            case_country: c.1.into(),
            case_procedure: c.2.into(),
            case_year: c.3.into(),
            case_budget: c.4.into(),
            case_currency: c.5.into(),
            case_results: c.6.into(),
            case_lessons: c.7.into(),
            ..Default::default()
        };
        let draft = input.parse(&[publisher]).map_err(|e| anyhow::anyhow!("demo resource {}: {:?}", d.title, e))?;
        let html = domain::markdown::to_html(&draft.body);
        let at = now - d.days * 86_400;
        let group = d.of.and_then(|k| ids.get(k).copied().flatten());
        let mut tx = db.begin().await?;
        if let Some(g) = group {
            tx.start_translation_group(g).await?;
        }
        let id = tx.create_resource(&draft, &html, group, author.0, at).await?;
        tx.add_resource_revision(id, author, &draft, at).await?;
        tx.set_resource_state(id, State::Published, at).await?;
        tx.commit().await?;
        ids.push(Some(id));
        added += 1;
    }
    Ok(added)
}

/// A demo event: (initiative, kind, format, title, summary, days from now, hours, seats).
type DemoEvent = (&'static str, &'static str, &'static str, &'static str, &'static str, i64, i64, Option<i64>);

const EVENTS: &[DemoEvent] = &[
    (
        "BUILD",
        "webinar",
        "online",
        "Webinar: preliminary market consultation in practice",
        "Two buyers explain how they talked to the market before a tender, and what they would do differently.",
        14,
        1,
        Some(100),
    ),
    (
        "HIF",
        "training",
        "hybrid",
        "Training: describing a clinical need",
        "A half-day training for hospital buyers and clinicians on writing a need that suppliers can answer.",
        30,
        4,
        Some(25),
    ),
    (
        "InnoBuyer",
        "matchmaking",
        "online",
        "Matchmaking: large buyers meet innovative SMEs",
        "Short one-to-one meetings between Challengers with unmet needs and Solvers with new solutions.",
        45,
        3,
        None,
    ),
    (
        "PROCEDIN",
        "members-meeting",
        "online",
        "Members' updating meeting",
        "The member initiatives share their news, plans and events for the months ahead.",
        -20,
        2,
        None,
    ),
    (
        "PROCEDIN",
        "members-meeting",
        "online",
        "Members' updating meeting, next quarter",
        "The member initiatives share their news, plans and events for the months ahead.",
        25,
        2,
        None,
    ),
    (
        "BUILD",
        "webinar",
        "online",
        "Webinar: what pre-commercial procurement pilots taught their buyers",
        "Three buyers look back on their PCP pilots: the phases, the contracts and what reached deployment.",
        -10,
        1,
        Some(200),
    ),
];

/// Publishes the demo events (upcoming and past) with registrations of the demo people;
/// returns how many it added (an event is known by its title).
pub async fn seed_events(db: &Db, people: &[UserId]) -> anyhow::Result<usize> {
    use domain::events::{EventInput, EventState, place};
    let initiatives = db.initiatives().await?;
    let now = store::now();
    let mut added = 0;
    for (acronym, kind, format, title, summary, days, hours, seats) in EVENTS {
        let exists = db.event_id_by_title(title).await?;
        let Some(ini) = initiatives.iter().find(|i| i.acronym == *acronym) else { continue };
        if exists.is_some() {
            continue;
        }
        let tz = domain::events::zone_or_utc("Europe/Brussels");
        let start = (now / 3600 + days * 24) * 3600 + 9 * 3600;
        let local = |t: i64| domain::events::utc_to_local(t, tz);
        let publisher = Publisher::Initiative(ini.id.0);
        let input = EventInput {
            publisher: publisher.key(),
            kind: kind.to_string(),
            format: format.to_string(),
            title: title.to_string(),
            summary: summary.to_string(),
            venue: if *format == "online" { String::new() } else { "Brussels".into() },
            join_link: "https://meet.demo.iptf-hub.eu/room".into(),
            time_zone: "Europe/Brussels".into(),
            starts_at: local(start),
            ends_at: local(start + hours * 3600),
            capacity: seats.map(|s| s.to_string()).unwrap_or_default(),
            languages: vec!["ENG".into()],
            audiences: vec!["buyers".into()],
            ..extras(title)
        };
        let d = input.parse(&[publisher], &[]).map_err(|e| anyhow::anyhow!("demo event {title}: {e:?}"))?;
        let html = domain::markdown::to_html(&d.description);
        let mut tx = db.begin().await?;
        let id = tx.create_event(&d, &html, people[0], now).await?;
        let state = if *days < 0 { EventState::Finished } else { EventState::Published };
        tx.set_event_state(id, state, now).await?;
        for p in people.iter().skip(1) {
            let status = place(d.capacity, tx.confirmed_count(id).await?);
            tx.put_registration(id, *p, status, &Default::default(), now).await?;
        }
        after_the_event(&mut tx, id, title, people, now).await?;
        tx.commit().await?;
        added += 1;
    }
    Ok(added)
}

/// What some demo events carry beyond the common fields: the training's form, approval,
/// speakers and agenda.
fn extras(title: &str) -> domain::events::EventInput {
    use domain::event_forms::{Session, Speaker};
    let mut input = domain::events::EventInput::default();
    if title.starts_with("Training:") {
        input.approval = true;
        input.speakers = vec![
            Speaker {
                name: "Dr Lena Maier".into(),
                affiliation: Some("Clinical lead, university hospital (illustrative)".into()),
            },
            Speaker {
                name: "Paulo Reis".into(),
                affiliation: Some("Procurement officer, hospital group (illustrative)".into()),
            },
        ];
        input.agenda = vec![
            Session {
                day: None,
                starts: "09:00".into(),
                ends: "10:30".into(),
                title: "From a complaint to a need".into(),
                speaker: Some("Dr Lena Maier".into()),
            },
            Session {
                day: None,
                starts: "10:45".into(),
                ends: "12:15".into(),
                title: "Writing the need so that suppliers can answer".into(),
                speaker: Some("Paulo Reis".into()),
            },
            Session {
                day: None,
                starts: "12:15".into(),
                ends: "13:00".into(),
                title: "Questions and next steps".into(),
                speaker: None,
            },
        ];
    }
    input
}

/// The demo's traces of events: the training's questions; the past webinar's attendance,
/// certificates and feedback; the members' meetings' agenda items, minutes and actions.
async fn after_the_event(tx: &mut store::Tx, id: i64, title: &str, people: &[UserId], now: i64) -> anyhow::Result<()> {
    use domain::event_forms::{QuestionInput, parse_questions};
    if title.starts_with("Training:") {
        let q = |label: &str, kind: &str, required: bool, choices: &[&str]| QuestionInput {
            id: None,
            label: label.into(),
            kind: kind.into(),
            required,
            choices: choices.iter().map(|c| c.to_string()).collect(),
        };
        let qs = parse_questions(
            &[
                q("Your organisation", "short", true, &[]),
                q("Your role", "single", true, &["Buyer", "Clinician", "Other"]),
                q("What need would you like to work on?", "long", false, &[]),
                q("Lunch: vegetarian?", "yesno", false, &[]),
            ],
            &[],
            0,
        )
        .map_err(|e| anyhow::anyhow!("demo questions: {e:?}"))?;
        tx.set_questions(id, &qs, qs.len() as i64, now).await?;
    }
    if title.starts_with("Webinar: what pre-commercial") {
        for (n, p) in people.iter().skip(1).enumerate() {
            tx.set_attendance(id, *p, Some(n < 2), now).await?;
        }
        tx.issue_certificates(id, now).await?;
        if let Some(p) = people.get(1) {
            tx.set_feedback(id, *p, 5, Some("Clear and concrete: the contract clauses were what we needed."), now)
                .await?;
        }
    }
    if title == "Members' updating meeting" {
        let minutes = "## News\n\n- Two initiatives open calls in the spring.\n\n## Decisions\n\n- Publish a joint calendar of trainings.";
        tx.set_minutes(id, minutes, &domain::markdown::to_html(minutes), now).await?;
        for (title, owner, status) in [
            ("Collect the trainings planned by each initiative", "PROCEDIN", "open"),
            ("Share the market consultation template in French and German", "BUILD", "done"),
        ] {
            let a = domain::meetings::parse_action(title, owner, "", status).map_err(|e| anyhow::anyhow!("{e:?}"))?;
            tx.add_action_item(id, &a, people[0], now).await?;
        }
    }
    if title == "Members' updating meeting, next quarter" {
        tx.add_meeting_item(id, "Joint training calendar: first draft", "", people[0], now).await?;
    }
    Ok(())
}
