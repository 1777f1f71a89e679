//! Events other than transfers and the roles of people, on short team-written sentences:
//! each table row is a sentence and what must (or must not) be found in it.

// Table rows are tuples: one line per case reads best.
#![allow(clippy::type_complexity)]

use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::{Actor, Document, EntityKind, Event, EventDetail, SourceFormat};
use armscope_extract::{Extraction, Extractor};

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::embedded().expect("built-in catalog"));

fn extract(text: &str) -> Extraction {
    let doc = Document {
        id: "t".into(),
        url: None,
        title: None,
        published: Some("2024-06-12".parse().expect("date")),
        source: "test".into(),
        format: SourceFormat::Text,
        text: text.into(),
    };
    Extractor::new(&CATALOG).extract(&doc)
}

fn of_type(text: &str, kind: &str) -> Vec<Event> {
    extract(text)
        .events
        .into_iter()
        .filter(|e| e.type_name() == kind)
        .collect()
}

/// The one event of `kind` in `text`.
fn one(text: &str, kind: &str) -> Event {
    let found = of_type(text, kind);
    assert_eq!(found.len(), 1, "one {kind} in {text:?}: {found:#?}");
    found.into_iter().next().unwrap()
}

/// Ids (or names, when uncatalogued) of actors, in order.
fn ids(actors: &[Actor]) -> Vec<String> {
    actors
        .iter()
        .map(|a| a.id.clone().unwrap_or_else(|| a.name.clone()))
        .collect()
}

fn year(e: &Event) -> Option<i32> {
    e.date.as_ref().and_then(|d| d.year)
}

/// Evidence and every field span lie inside the text and say what they cover.
fn check_spans(text: &str, e: &Event) {
    assert_eq!(&text[e.evidence.start..e.evidence.end], e.evidence.text);
    for (field, span) in &e.field_spans {
        assert!(
            e.evidence.span().contains(*span),
            "{field} span {span:?} outside the evidence of {e:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Agreements

#[test]
fn agreements_signed_named_or_dated() {
    // sentence, form, name, parties, year
    let cases: &[(&str, &str, Option<&str>, &[&str], Option<i32>)] = &[
        (
            "Vietnam and India signed a memorandum of understanding on defence industry cooperation in Hanoi in March 2021.",
            "memorandum",
            None,
            &["VN", "IN"],
            Some(2021),
        ),
        (
            "The Treaty of Friendship and Mutual Assistance of 12 May 1998 still binds Armenia and Russia.",
            "treaty",
            Some("Treaty of Friendship and Mutual Assistance"),
            &["AM", "RU"],
            Some(1998),
        ),
        (
            "Egypt and Russia concluded an intergovernmental agreement on military-technical cooperation in 2014.",
            "intergovernmental-agreement",
            None,
            &["EG", "RU"],
            Some(2014),
        ),
        (
            "Rosoboronexport inked a framework agreement with Malaysia last year.",
            "framework-agreement",
            None,
            &["rosoboronexport", "MY"],
            Some(2023),
        ),
    ];
    for (text, form, name, parties, y) in cases {
        let e = one(text, "agreement");
        check_spans(text, &e);
        let EventDetail::Agreement {
            form: f,
            name: n,
            parties: p,
        } = &e.detail
        else {
            unreachable!()
        };
        assert_eq!(f, form, "{text}");
        assert_eq!(n.as_deref(), *name, "{text}");
        assert_eq!(ids(p), *parties, "{text}");
        assert_eq!(year(&e), *y, "{text}");
    }
}

#[test]
fn not_agreements() {
    for text in [
        // A contract for arms is a transfer.
        "Egypt signed a contract with France for 30 Rafale fighters in 2021.",
        "Russia and India signed an agreement for the supply of five S-400 regiments in 2018.",
        "Manila signed a $375 million agreement to buy BrahMos missiles from India.",
        "The agreement covers up to 40 helicopters for Algeria.",
        // Neither signed nor named nor dated.
        "The agreement builds on Greece's earlier purchases.",
        // Denied.
        "The summit produced no agreement on weapons, officials in Moscow said.",
    ] {
        let found = of_type(text, "agreement");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Meetings

#[test]
fn meetings_with_participants_and_places() {
    // sentence, participants, place, place state
    let cases: &[(&str, &[&str], Option<&str>, Option<&str>)] = &[
        (
            "Indian Defence Minister Rajnath Singh met his Russian counterpart Sergei Shoigu in Moscow on Thursday.",
            &["rajnath-singh", "sergei-shoigu"],
            Some("Moscow"),
            Some("RU"),
        ),
        (
            "Xi Jinping visited Belgrade in May to meet Serbian officials.",
            &["xi-jinping"],
            Some("Belgrade"),
            Some("RS"),
        ),
        (
            "Turkey and Qatar held talks on joint production of armoured vehicles.",
            &["TR", "QA"],
            None,
            None,
        ),
    ];
    for (text, participants, place, state) in cases {
        let e = one(text, "meeting");
        check_spans(text, &e);
        let EventDetail::Meeting {
            participants: p,
            place: pl,
            place_state: ps,
        } = &e.detail
        else {
            unreachable!()
        };
        let got = ids(p);
        for want in *participants {
            assert!(got.iter().any(|g| g == want), "{want} in {text}: {got:?}");
        }
        assert_eq!(pl.as_deref(), *place, "{text}");
        assert_eq!(ps.as_deref(), *state, "{text}");
    }
}

#[test]
fn participants_carry_their_roles() {
    let e = one(
        "Indian Defence Minister Rajnath Singh met his Russian counterpart Sergei Shoigu in Moscow on Thursday.",
        "meeting",
    );
    let EventDetail::Meeting { participants, .. } = &e.detail else {
        unreachable!()
    };
    assert_eq!(participants[0].role.as_deref(), Some("Defence Minister"));
    // "on Thursday" before the publication date (Wednesday 12 June 2024).
    let date = e.date.expect("date");
    assert_eq!(
        (date.year, date.month, date.day),
        (Some(2024), Some(6), Some(6))
    );
}

#[test]
fn not_meetings() {
    for text in [
        "The contractor met its obligations under the contract in 2019.",
        "The new frigates meet the needs of the Hellenic Navy.",
        "Annual meetings of defence ministers are a useful mechanism.",
    ] {
        let found = of_type(text, "meeting");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Exercises

#[test]
fn exercises_with_names_parties_and_domains() {
    // sentence, name, parties, domains
    let cases: &[(&str, Option<&str>, &[&str], &[&str])] = &[
        (
            "Chinese and Russian warships took part in the Joint Sea-2019 naval exercise off Qingdao.",
            Some("Joint Sea-2019"),
            &["CN", "RU"],
            &["naval"],
        ),
        (
            "Belarus hosted the Zapad exercise together with Russian ground forces in September 2021.",
            Some("Zapad"),
            &["BY", "russian-ground-forces"],
            &["land"],
        ),
        (
            "Egypt and Greece staged joint air drills over the Mediterranean.",
            None,
            &["EG", "GR"],
            &["air"],
        ),
        (
            "Mongolia took part in the exercise \u{201c}Selenga-2024\u{201d} with Russia.",
            Some("Selenga-2024"),
            &["MN", "RU"],
            &[],
        ),
    ];
    for (text, name, parties, domains) in cases {
        let e = one(text, "exercise");
        check_spans(text, &e);
        let EventDetail::Exercise {
            name: n,
            parties: p,
            domains: d,
        } = &e.detail
        else {
            unreachable!()
        };
        assert_eq!(n.as_deref(), *name, "{text}");
        assert_eq!(ids(p), *parties, "{text}");
        assert_eq!(d, domains, "{text}");
    }
    // The year in "Joint Sea-2019" is part of the name, not the exercise's date.
    let e = one(
        "Chinese and Russian warships took part in the Joint Sea-2019 naval exercise off Qingdao.",
        "exercise",
    );
    assert_eq!(e.date, None);
}

#[test]
fn exercise_as_a_verb_is_no_exercise() {
    for text in [
        "Poland may exercise its option for 22 more K9 howitzers.",
        "Jakarta decided to exercise restraint after the incident with China.",
        "Greece will exercise the right to buy a fourth frigate from France.",
        // A forum named like an exercise.
        "Algeria showed interest at the Army-2022 forum near Moscow.",
    ] {
        let found = of_type(text, "exercise");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Sanctions

#[test]
fn sanctions_with_imposer_targets_and_basis() {
    // sentence, action, imposer, targets, basis
    let cases: &[(&str, &str, Option<&str>, &[&str], Option<&str>)] = &[
        (
            "In 2018 the United States imposed sanctions on China's Equipment Development Department under CAATSA section 231.",
            "imposed",
            Some("US"),
            &["CN"],
            Some("CAATSA section 231"),
        ),
        (
            "The US Commerce Department added Rosoboronexport to the Entity List in 2022.",
            "imposed",
            Some("us-department-of-commerce"),
            &["rosoboronexport"],
            Some("Entity List"),
        ),
        (
            "Washington blacklisted Rostec in 2014.",
            "imposed",
            Some("US"),
            &["rostec"],
            None,
        ),
        (
            "Ankara feared that Washington would impose sanctions on Turkey over the S-400 purchase.",
            "threatened",
            Some("US"),
            &["TR"],
            None,
        ),
    ];
    for (text, action, imposer, targets, basis) in cases {
        let e = one(text, "sanction");
        check_spans(text, &e);
        let EventDetail::Sanction {
            action: a,
            imposer: i,
            targets: t,
            basis: b,
        } = &e.detail
        else {
            unreachable!()
        };
        assert_eq!(a, action, "{text}");
        assert_eq!(i.as_ref().and_then(|i| i.id.as_deref()), *imposer, "{text}");
        let got = ids(t);
        for want in *targets {
            assert!(got.iter().any(|g| g == want), "{want} in {text}: {got:?}");
        }
        assert_eq!(b.as_deref(), *basis, "{text}");
    }
}

#[test]
fn an_uncatalogued_target_is_kept_by_its_words() {
    let text = "The US Treasury imposed sanctions against the Special Supply Office of the Central Military Commission.";
    let e = one(text, "sanction");
    let EventDetail::Sanction { targets, .. } = &e.detail else {
        unreachable!()
    };
    assert_eq!(targets[0].name, "Special Supply Office");
    assert_eq!(targets[0].id, None);
    assert_eq!(
        targets[1].id.as_deref(),
        Some("central-military-commission")
    );
}

#[test]
fn sanctions_merely_mentioned_are_no_event() {
    for text in [
        "Serbia has refused to join Western sanctions against Russia.",
        "Russia is standing firm in the face of Western sanctions.",
        "Payments have been delayed by sanctions on Russian banks.",
    ] {
        let found = of_type(text, "sanction");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

// ---------------------------------------------------------------------------------------
// Figures

#[test]
fn figures_with_subject_measure_and_year() {
    // sentence, measure, subject, usd, percent, year
    let cases: &[(&str, &str, &str, Option<f64>, Option<f64>, Option<i32>)] = &[
        (
            "Rosoboronexport said in 2021 that its order portfolio exceeds $52 billion.",
            "order-portfolio",
            "rosoboronexport",
            Some(52e9),
            None,
            Some(2021),
        ),
        (
            "India accounts for about 20 % of the Russian order portfolio.",
            "order-portfolio",
            "IN",
            None,
            Some(20.0),
            None,
        ),
        (
            "France's share of global arms exports rose to 11 per cent between 2019 and 2023.",
            "exports",
            "FR",
            None,
            Some(11.0),
            Some(2019),
        ),
        (
            "The portfolio of orders from Algerian customers is worth more than $4 billion.",
            "order-portfolio",
            "DZ",
            Some(4e9),
            None,
            None,
        ),
        (
            "North Africa accounts for 30 per cent of Chinese arms deliveries.",
            "deliveries",
            "North Africa",
            None,
            Some(30.0),
            None,
        ),
    ];
    for (text, measure, subject, usd, percent, y) in cases {
        let e = one(text, "figure");
        check_spans(text, &e);
        let EventDetail::Figure {
            measure: m,
            subject: s,
            value,
            percent: p,
        } = &e.detail
        else {
            unreachable!()
        };
        assert_eq!(m, measure, "{text}");
        assert_eq!(ids(std::slice::from_ref(s)), [*subject], "{text}");
        assert_eq!(value.as_ref().and_then(|v| v.usd()), *usd, "{text}");
        assert_eq!(*p, *percent, "{text}");
        assert_eq!(year(&e), *y, "{text}");
    }
}

#[test]
fn figures_need_a_subject_and_an_aggregate() {
    for text in [
        // No subject.
        "The order portfolio stands at about $50 billion.",
        // One deal's value, not an aggregate.
        "Russia exported 24 Su-35 fighters to China for $2.5 billion.",
        // A number that is not a share or a sum.
        "Exports of 40 helicopters to Peru were approved.",
    ] {
        let found = of_type(text, "figure");
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn events_do_not_change_transfers() {
    let text = "Russia signed a memorandum with Egypt in 2015. Egypt bought 46 MiG-29M fighters from Russia in 2015.";
    let found = extract(text);
    assert_eq!(found.transfers.len(), 1, "{:#?}", found.transfers);
    assert_eq!(found.events.len(), 1, "{:#?}", found.events);
}

// ---------------------------------------------------------------------------------------
// People's roles

#[test]
fn people_carry_their_roles_and_organisations() {
    // sentence, person id, role, organisation id or name
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "The head of Rostec Sergey Chemezov said exports would grow.",
            "sergey-chemezov",
            "head",
            Some("rostec"),
        ),
        (
            "Rosoboronexport CEO Alexander Mikheev spoke at the show.",
            "alexander-mikheev",
            "CEO",
            Some("rosoboronexport"),
        ),
        (
            "Dmitry Shugaev, director of the FSVTS, gave the figure.",
            "dmitry-shugaev",
            "director",
            Some("fsmtc"),
        ),
        (
            "Defence Minister Rajnath Singh opened the plant.",
            "rajnath-singh",
            "Defence Minister",
            None,
        ),
        (
            "Russian President Vladimir Putin spoke on Tuesday.",
            "vladimir-putin",
            "President",
            Some("RU"),
        ),
        (
            "Sergey Abramov, the head of the Avionics Export Office, declined to comment.",
            "person:sergey-abramov",
            "head",
            Some("Avionics Export Office"),
        ),
    ];
    for (text, person, role, organization) in cases {
        let found = extract(text);
        let r = found
            .roles
            .iter()
            .find(|r| r.person_id == *person)
            .unwrap_or_else(|| {
                panic!(
                    "{person} in {text}: {:#?} {:#?}",
                    found.roles, found.mentions
                )
            });
        assert_eq!(r.role, *role, "{text}");
        let org = r
            .organization
            .as_ref()
            .map(|o| o.id.clone().unwrap_or_else(|| o.name.clone()));
        assert_eq!(org.as_deref(), *organization, "{text}");
        assert!(r.role_span.end <= text.len());
    }
}

#[test]
fn a_person_without_a_role_gets_none() {
    let found = extract("Sergey Chemezov said exports would grow.");
    assert!(found.roles.is_empty(), "{:#?}", found.roles);
    assert!(found.mentions.iter().any(|m| m.kind == EntityKind::Person));
}

#[test]
fn role_fields_appear_on_person_entities_only() {
    let text = "Rosoboronexport CEO Alexander Mikheev met Indian officials in New Delhi.";
    let found = extract(text);
    let lines = armscope_extract::schema::json_lines("t", text, &found);
    let person = lines
        .iter()
        .find(|l| l["type"] == "entity" && l["kind"] == "person")
        .expect("person entity");
    assert_eq!(person["role"], "CEO");
    assert_eq!(person["organization"]["id"], "rosoboronexport");
    for l in lines.iter().filter(|l| l["kind"] != "person") {
        assert!(l.get("role").is_none(), "{l}");
    }
    let meeting = lines
        .iter()
        .find(|l| l["type"] == "meeting")
        .expect("meeting");
    assert_eq!(meeting["doc"], "t");
    assert_eq!(meeting["field_spans"]["place"]["text"], "New Delhi");
}
