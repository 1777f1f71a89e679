//! Who supplies and who receives: read from the sentence's structure ("to China", "from
//! Russia", "supplied Beijing with", "Egypt's purchase of", the subject of a selling or
//! buying verb, an exporter that signs), never from which names merely stand nearby.

use std::sync::LazyLock;

use armscope_core::Span;
use regex::Regex;

use crate::items::Item;
use crate::lexicon::{Cue, DateRole, Direction};
use crate::mentions::{Party, PartyVia};

/// Supplier and recipient found for one item; either may stay unknown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Roles {
    pub supplier: Option<String>,
    pub recipient: Option<String>,
}

macro_rules! re {
    ($name:ident, $p:expr) => {
        static $name: LazyLock<Regex> =
            LazyLock::new(|| crate::re::build($p).expect(stringify!($name)));
    };
}

re!(TO_BEFORE, r"(?i)\b(?:to|into)\s+(?:the\s+)?$");
re!(FROM_BEFORE, r"(?i)\bfrom\s+(?:the\s+)?$");
re!(
    AND_FROM_BEFORE,
    r"(?i)(?:,|;|\band)\s+(?:also\s+)?from\s+(?:the\s+)?$"
);
re!(
    ORDERS_FROM_BEFORE,
    r"(?i)\b(?:orders?|contracts?|deals?|interest|requests?|bids?|demand),?\s+(?:(?:also|already|now|recently|so\s+far)\s+|(?:[\w,]+\s+){0,3}?(?:came|comes|come|has\s+come|had\s+come)\s+)?from\s+(?:the\s+)?$"
);
re!(
    SERVICE_AFTER,
    r"(?i)^\s+(?:service|inventory|fleet|(?:people['’]s\s+)?army|air\s+force|navy|armed\s+forces|military|arsenal)\b"
);
re!(
    SERVICE_WITH_BEFORE,
    r"(?i)\b(?:service|inducted|operational)\s+(?:with|into|in)\s+(?:the\s+)?$"
);
re!(FOR_BEFORE, r"(?i)\bfor\s+(?:the\s+)?$");
re!(WITH_BEFORE, r"(?i)\bwith\s+(?:the\s+)?$");
re!(
    GIVE_TO_BEFORE,
    r"(?i)\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)?|arm(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|helping|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|sen[dt]s?|sending|gave|give[sn]?|giving|donat(?:e|es|ed|ing)|gift(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed))\s+(?:the\s+)?$"
);
re!(
    BY_SELLER_BEFORE,
    r"(?i)\b(?:sold|supplied|delivered|built|made|manufactured|produced|developed|designed|offered|exported|provided|transferred)\s+(?:\w+\s+){0,4}?by\s+(?:the\s+)?$"
);
re!(
    PREPOSITION_BEFORE,
    r"(?i)\b(?:to|into|from|with|for|of|by|in|at|between|against|on|under|than|about|including|over|via|across|toward|towards|among|amid|and|or|'s|’s)\s+(?:the\s+)?$"
);
re!(
    POSSESSIVE_SERVICE_AFTER,
    r"(?i)^['’]s\s+(?:army|navy|air\s+force|military|armed\s+forces|forces|(?:defen[cs]e\s+)?ministry|ministry\s+of\s+defen[cs]e|government|defen[cs]e\s+(?:procurement\s+)?agency)\b"
);
re!(ARTICLE_BEFORE, r"(?i)\b(?:a|an)\s+$");
re!(LIST_GAP, r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$");
re!(POSSESSIVE_AFTER, r"^(?:'s|’s|(?:s|S)?['’](?:\s|$))");
re!(
    BUY_NOUN_AFTER,
    r"(?i)^(?:'s|’s)\s+(?:\w+\s+){0,2}?(?:purchase|acquisition|order|procurement|import|buy|deal|contract|request)"
);
re!(
    SELL_NOUN_AFTER,
    r"(?i)^(?:'s|’s)\s+(?:\w+\s+){0,2}?(?:export|sale|supply|supplies|deliveries|delivery|offer)"
);
re!(
    MADE_AFTER,
    r"(?i)^-?(?:made|built|designed|produced|manufactured|developed|origin|supplied)\b"
);
re!(
    SIDE_AFTER,
    r"(?i)^\s+(?:specialists|engineers|experts|side|company|companies|firms?|manufacturers?|exporters?|industry|defen[cs]e\s+industry|government|authorities|officials|military|delegation|(?:defen[cs]e\s+)?ministry|ministry\s+of\s+defen[cs]e|air\s+force|(?:people['’]s\s+)?army|navy|armed\s+forces)\b"
);

/// The text before and after a sentence-relative span.
fn around(sentence: &str, span: Span) -> (&str, &str) {
    (&sentence[..span.start], &sentence[span.end..])
}

/// Infers the roles for `item` in `sentence`, looking at the clause first and then the sentence.
/// `busy` are the clauses that hold other items: their prepositions belong to those items.
pub fn infer(
    sentence: &str,
    parties: &[Party],
    cues: &[Cue],
    clause: Span,
    busy: &[Span],
    item: &Item,
) -> Roles {
    let mut roles = Roles::default();
    let in_clause: Vec<&Party> = parties.iter().filter(|p| clause.contains(p.span)).collect();
    let free: Vec<&Party> = parties
        .iter()
        .filter(|p| clause.contains(p.span) || !busy.iter().any(|b| b.contains(p.span)))
        .collect();
    explicit(sentence, &in_clause, item, &mut roles);
    if roles.supplier.is_some() && roles.recipient.is_some() {
        return roles;
    }
    // The clause's own subject outranks prepositions of other clauses ("The United Kingdom
    // completed the delivery …, and South Korea's exports will climb").
    subject_role(sentence, parties, cues, clause, item, &mut roles);
    explicit(sentence, &free, item, &mut roles);
    if roles.supplier.is_some() && roles.recipient.is_some() {
        return roles;
    }
    counterparty(sentence, parties, cues, &mut roles);
    // Who speaks is not a party to the deal: "the White House said that North Korea supplied…".
    let speech_end = speech_end(sentence, cues, sentence.len());
    // Parties of clauses that hold other items belong to those items.
    let spoken_of: Vec<Party> = parties
        .iter()
        .filter(|p| p.span.start >= speech_end)
        .filter(|p| clause.contains(p.span) || !busy.iter().any(|b| b.contains(p.span)))
        .cloned()
        .collect();
    complete_from_others(&spoken_of, item, &mut roles);
    roles
}

/// Roles stated by prepositions, possessives and adjectives. Of several candidates for a
/// role, the one written after the item and nearest to it wins, then the nearest before it.
fn explicit(sentence: &str, scope: &[&Party], item: &Item, roles: &mut Roles) {
    let distance = |s: Span| -> i64 {
        if s.start >= item.span.end {
            (s.start - item.span.end) as i64
        } else {
            10_000 + (item.span.start.saturating_sub(s.end)) as i64
        }
    };
    let mut suppliers: Vec<(&Party, i64)> = Vec::new();
    let mut recipients: Vec<(&Party, i64)> = Vec::new();
    let mut orders_from_seen = false;
    for p in scope {
        let (before, after) = around(sentence, p.span);
        // "won orders from Portugal, which signed in 2019, and from Hungary": the list goes on.
        let listed_buyer = orders_from_seen && AND_FROM_BEFORE.is_match(before);
        orders_from_seen |= ORDERS_FROM_BEFORE.is_match(before);
        // "a contract for Hanwha": a company a deal is for wins it, it does not receive.
        let states_a_place = p.via != PartyVia::Adjective && p.via != PartyVia::Vendor;
        let item_follows_closely = p.span.end <= item.span.start
            && sentence[p.span.end..item.span.start]
                .split_whitespace()
                .count()
                <= 3;
        let buyer_by_phrase = ORDERS_FROM_BEFORE.is_match(before)
            || SERVICE_WITH_BEFORE.is_match(before)
            || listed_buyer;
        if !buyer_by_phrase {
            if FROM_BEFORE.is_match(before) || BY_SELLER_BEFORE.is_match(before) {
                suppliers.push((p, distance(p.span)));
            } else if p.via == PartyVia::Vendor
                && POSSESSIVE_AFTER.is_match(after)
                && item_follows_closely
            {
                // "NORINCO's VT-4": the maker's item.
                suppliers.push((p, distance(p.span)));
            } else if p.via == PartyVia::Adjective
                && MADE_AFTER.is_match(after)
                && item_follows_closely
            {
                suppliers.push((p, distance(p.span)));
            } else if p.via == PartyVia::Adjective
                && item_follows_closely
                && designed_by(item, &p.code)
                && !sentence[p.span.end..item.span.start].contains([',', '(', ';'])
            {
                // "opted for French Rafale fighters": the designer's adjective before its item.
                suppliers.push((p, 40_000 + distance(p.span)));
            } else if SELL_NOUN_AFTER.is_match(after) {
                suppliers.push((p, 20_000 + distance(p.span)));
            } else if p.via == PartyVia::Adjective
                && item.generic
                && item_follows_closely
                && !sentence[p.span.end..item.span.start].contains([',', '(', ';'])
            {
                // "Russian military hardware": the adjective of a generic item is its origin.
                suppliers.push((p, 30_000 + distance(p.span)));
            }
        }
        if TO_BEFORE.is_match(before)
            || GIVE_TO_BEFORE.is_match(before)
            || BUY_NOUN_AFTER.is_match(after)
            || buyer_by_phrase
        {
            recipients.push((p, distance(p.span)));
        } else if p.via == PartyVia::Adjective && SERVICE_AFTER.is_match(after) {
            // "in Azerbaijani service", "the Indian Air Force" as owner.
            recipients.push((p, 10_000 + distance(p.span)));
        } else if FOR_BEFORE.is_match(before) && states_a_place {
            recipients.push((p, 20_000 + distance(p.span)));
        } else if POSSESSIVE_AFTER.is_match(after)
            && item_follows_closely
            && p.via != PartyVia::Vendor
        {
            // "China's J-10", "India's S-400 regiments": the owner receives.
            recipients.push((p, 30_000 + distance(p.span)));
        }
    }
    suppliers.sort_by_key(|(_, d)| *d);
    recipients.sort_by_key(|(_, d)| *d);
    if roles.supplier.is_none() {
        if let Some((p, _)) = suppliers
            .iter()
            .find(|(p, _)| Some(&p.code) != roles.recipient.as_ref())
        {
            roles.supplier = Some(p.code.clone());
        }
    }
    if roles.recipient.is_none() {
        if let Some((p, _)) = recipients
            .into_iter()
            .find(|(p, _)| Some(&p.code) != roles.supplier.as_ref())
        {
            roles.recipient = Some(p.code.clone());
        }
    }
}

/// States listed right after the recipient ("to Kuwait, Morocco and Niger"): each receives too.
pub fn listed_after(sentence: &str, parties: &[Party], recipient: &str) -> Vec<String> {
    let Some(first) = parties
        .iter()
        .find(|p| p.code == recipient && p.via != PartyVia::Adjective)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut end = first.span.end;
    for p in parties
        .iter()
        .filter(|p| p.span.start >= first.span.end && p.via != PartyVia::Adjective)
    {
        let gap = &sentence[end..p.span.start];
        let gap = gap.trim_start_matches(['\'', '’', 's']);
        let trimmed = gap.trim();
        // "to Qatar, and South Korea's exports …": a possessive starts a new clause, not a
        // further recipient.
        if !(trimmed == ","
            || trimmed == "and"
            || trimmed == ", and"
            || trimmed == "or"
            || trimmed == ", or")
            || POSSESSIVE_AFTER.is_match(&sentence[p.span.end..])
        {
            break;
        }
        if p.code != recipient && !out.contains(&p.code) {
            out.push(p.code.clone());
        }
        end = p.span.end;
    }
    out
}

/// The subject: the first party of the clause not governed by a preposition, read through
/// the first cue after it that has a direction.
fn subject_role(
    sentence: &str,
    parties: &[Party],
    cues: &[Cue],
    clause: Span,
    item: &Item,
    roles: &mut Roles,
) {
    // What someone said is not what they did: skip parties before a statement verb when a
    // transfer cue follows it.
    let last_statement = speech_end(sentence, cues, clause.end);
    let floor = last_statement.max(clause.start);
    let candidates: Vec<&Party> = parties
        .iter()
        .filter(|p| p.span.start >= floor && p.span.start < clause.end)
        .collect();
    let subject = candidates.iter().enumerate().find(|(i, p)| {
        let (_, after) = around(sentence, p.span);
        // The clause's own words: "…, and Pakistan took" has no preposition before Pakistan.
        let before = &sentence[clause.start.min(p.span.start)..p.span.start];
        // "a report by a US newspaper": a name after an article modifies a noun.
        if ARTICLE_BEFORE.is_match(before) {
            return false;
        }
        // "South Korea's army took…": a state's own service acts for it.
        let acts_through_service = POSSESSIVE_SERVICE_AFTER.is_match(after);
        if PREPOSITION_BEFORE.is_match(before)
            || (POSSESSIVE_AFTER.is_match(after) && !acts_through_service)
        {
            return false;
        }
        // A later member of a list ("for Germany, Poland and Finland") is not a subject.
        if *i > 0 && LIST_GAP.is_match(&sentence[candidates[i - 1].span.end..p.span.start]) {
            return false;
        }
        // "Russian United Engine Corporation": the adjective belongs to the organisation.
        if p.via == PartyVia::Adjective {
            if let Some(next) = candidates.get(i + 1) {
                if next.span.start <= p.span.end + 2 {
                    return false;
                }
            }
            // "Russian specialists took part": an adjective is a subject only with such a noun.
            return SIDE_AFTER.is_match(after) && cue_follows(cues, p.span.end);
        }
        cue_follows(cues, p.span.end)
    });
    let Some((_, subject)) = subject else { return };
    // The first cue after the subject that says who gives; else the first that acts at all.
    let after_subject = |c: &&Cue| {
        c.span.start >= subject.span.end
            && c.span.start < clause.end
            && c.date_role != DateRole::Statement
    };
    let first_acting = cues
        .iter()
        .filter(after_subject)
        .find(|c| c.status.is_some() || c.kind.is_some());
    let Some(cue) = cues
        .iter()
        .filter(after_subject)
        .find(|c| c.direction != Direction::Neutral && !c.nominal)
        // "it signed an MoU with Boeing …, after the State Department had approved a sale": a
        // directional verb past another party has a subject of its own; the subject's own
        // (neutral) verb comes first.
        .filter(|c| {
            !first_acting.is_some_and(|a| {
                !a.nominal
                    && a.span.end <= c.span.start
                    && parties.iter().any(|p| {
                        p.span.start >= a.span.end
                            && p.span.end <= c.span.start
                            && p.code != subject.code
                    })
            })
        })
        .or(first_acting)
    else {
        return;
    };
    // A neutral verb ("signed a contract"): a vendor sells; a state signs for a foreign design
    // as the buyer, and for its own design as the seller.
    let direction = match cue.direction {
        Direction::Neutral if subject.via == PartyVia::Vendor => Direction::Sell,
        Direction::Neutral if !item.origin.is_empty() && cue.status.is_some() => {
            if designed_by(item, &subject.code) {
                Direction::Sell
            } else {
                Direction::Buy
            }
        }
        d => d,
    };
    // A buyer of its own country's goods (the Bundeswehr ordering from Diehl) takes the role
    // all the same: supplier and recipient then coincide and no transfer is reported.
    match direction {
        Direction::Sell if roles.supplier.is_none() => roles.supplier = Some(subject.code.clone()),
        Direction::Buy if roles.recipient.is_none() => roles.recipient = Some(subject.code.clone()),
        _ => {}
    }
}

/// Whether a non-statement cue comes after `pos` (the subject must act, not be spoken of).
fn cue_follows(cues: &[Cue], pos: usize) -> bool {
    cues.iter()
        .any(|c| c.span.start >= pos && c.date_role != DateRole::Statement)
}

/// "signed contracts with China", "negotiate with Egypt": the other side of the deal.
fn counterparty(sentence: &str, parties: &[Party], cues: &[Cue], roles: &mut Roles) {
    for p in parties {
        let (before, _) = around(sentence, p.span);
        if !WITH_BEFORE.is_match(before) || !cues.iter().any(|c| c.span.end <= p.span.start) {
            continue;
        }
        if roles.supplier.is_some()
            && roles.recipient.is_none()
            && roles.supplier.as_ref() != Some(&p.code)
        {
            roles.recipient = Some(p.code.clone());
        } else if roles.recipient.is_some()
            && roles.supplier.is_none()
            && roles.recipient.as_ref() != Some(&p.code)
        {
            roles.supplier = Some(p.code.clone());
        }
    }
}

re!(
    REPORTED_SPEECH_AFTER,
    r#"^\s*(?:(?:this|last|on|in|earlier|late|early)\s+\w+\s+)?(?:that\b|[:"“])"#
);

re!(
    HEADLINE_SUBJECT_AFTER,
    r"^\s+(?:the\s+)?\p{Lu}[\w-]*\s+(?:\p{Lu}[\w-]*\s+)?\p{Ll}"
);

/// Where reported speech begins ("X said that …", "X told reporters: …"): parties before it
/// speak of the deal rather than take part in it. 0 when there is none before `limit`.
fn speech_end(sentence: &str, cues: &[Cue], limit: usize) -> usize {
    cues.iter()
        .filter(|c| c.date_role == DateRole::Statement && c.span.end <= limit)
        .filter(|c| {
            let after = &sentence[c.span.end..];
            REPORTED_SPEECH_AFTER.is_match(after)
                // A headline's "X says Y shipped …": the clause after a present-tense "says"
                // has its own capitalised subject.
                || (matches!(c.span.slice(sentence), "says" | "say")
                    && HEADLINE_SUBJECT_AFTER.is_match(after))
        })
        .filter(|c| {
            cues.iter()
                .any(|d| d.span.start > c.span.end && d.date_role != DateRole::Statement)
        })
        .map(|c| c.span.end)
        .max()
        .unwrap_or(0)
}

/// Whether `code` designed the item (a Soviet design counts for Russia).
fn designed_by(item: &Item, code: &str) -> bool {
    item.origin
        .iter()
        .any(|o| o == code || (o == "SU" && code == "RU"))
}

/// With one role known, a single other state in the sentence takes the other role; with
/// none known, the item's designer state decides between two.
fn complete_from_others(parties: &[Party], item: &Item, roles: &mut Roles) {
    let mut codes: Vec<&String> = Vec::new();
    for p in parties.iter().filter(|p| p.via != PartyVia::Adjective) {
        if !codes.contains(&&p.code) {
            codes.push(&p.code);
        }
    }
    let origin_of = |code: &String| {
        item.origin
            .iter()
            .any(|o| o == code || (o == "SU" && code == "RU"))
    };
    match (&roles.supplier, &roles.recipient) {
        (Some(s), None) => {
            let others: Vec<&&String> = codes.iter().filter(|c| **c != s).collect();
            if others.len() == 1 {
                roles.recipient = Some((*others[0]).clone());
            }
        }
        (None, Some(r)) => {
            let others: Vec<&&String> = codes.iter().filter(|c| **c != r).collect();
            if others.len() == 1 && (item.origin.is_empty() || origin_of(others[0])) {
                roles.supplier = Some((*others[0]).clone());
            }
        }
        (None, None) if codes.len() == 2 => {
            let (a, b) = (codes[0], codes[1]);
            if origin_of(a) && !origin_of(b) {
                roles.supplier = Some(a.clone());
                roles.recipient = Some(b.clone());
            } else if origin_of(b) && !origin_of(a) {
                roles.supplier = Some(b.clone());
                roles.recipient = Some(a.clone());
            }
        }
        _ => {}
    }
}
