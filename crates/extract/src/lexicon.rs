//! The words of arms-transfer news: which phrases signal a stage, a direction, a kind of
//! transfer, or a statement, and what a date next to them means. One table, in one place, so
//! rules elsewhere never spell words of their own.

use std::sync::LazyLock;

use armscope_core::{Span, Status, TransferKind};
use regex::{Regex, RegexSet, RegexSetBuilder};

/// Which party the subject of a cue is: the one who gives (`Sell`) or the one who gets (`Buy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Sell,
    Buy,
    Neutral,
}

/// What a date next to the cue dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRole {
    /// The year the contract was signed.
    Order,
    /// Deliveries began.
    DeliveryFirst,
    /// Deliveries were (or will be) completed.
    DeliveryLast,
    /// Deliveries happened in that period.
    Delivery,
    /// The date of someone saying something: dates no transfer fact.
    Statement,
    None,
}

/// One phrase of the table.
pub struct CueSpec {
    pub pattern: &'static str,
    pub status: Option<Status>,
    pub direction: Direction,
    pub date_role: DateRole,
    pub kind: Option<TransferKind>,
    /// A noun that names the transfer itself ("contract", "supply of"): weaker than a verb.
    pub nominal: bool,
}

/// A cue found in a sentence.
#[derive(Clone, Debug)]
pub struct Cue {
    pub span: Span,
    pub status: Option<Status>,
    pub direction: Direction,
    pub date_role: DateRole,
    pub kind: Option<TransferKind>,
    pub nominal: bool,
    /// Under a modal or future ("will deliver", "should be handed over"): not yet a fact.
    pub modal: bool,
    /// Says "all"/"last"/"completed": a date next to it ends the deliveries.
    pub completes: bool,
    /// Says "all"/"whole": the date next to it spans every delivery ("all were delivered in 2023").
    pub whole: bool,
    /// Denied by the words before it ("no contract has been signed", "has not delivered").
    pub negated: bool,
}

/// One table row: pattern, stage, direction, date role, then optionally `nominal` or
/// `kind KIND`. Every form goes through the first arm, so the fields are spelled once.
macro_rules! cue {
    (@spec $p:expr, $status:expr, $dir:ident, $role:ident, $kind:expr, $nominal:expr) => {
        CueSpec {
            pattern: $p,
            status: $status,
            direction: Direction::$dir,
            date_role: DateRole::$role,
            kind: $kind,
            nominal: $nominal,
        }
    };
    ($p:expr, $status:expr, $dir:ident, $role:ident) => {
        cue!(@spec $p, $status, $dir, $role, None, false)
    };
    ($p:expr, $status:expr, $dir:ident, $role:ident, nominal) => {
        cue!(@spec $p, $status, $dir, $role, None, true)
    };
    ($p:expr, $status:expr, $dir:ident, $role:ident, kind $kind:ident) => {
        cue!(@spec $p, $status, $dir, $role, Some(TransferKind::$kind), false)
    };
}

use Status::{Cancelled, Delivered, Delivering, Ordered, Talks};

/// Every cue phrase. Patterns are case-insensitive and matched on word boundaries.
pub const CUES: &[CueSpec] = &[
    // talks
    cue!(
        r"negotiat\w*|in talks|talks (?:on|with|over|about|for)|consultations? (?:on|about|over|with)|discuss(?:ed|ing|es)? (?:the )?(?:purchase|sale|supply|acquisition)",
        Some(Talks),
        Neutral,
        None
    ),
    cue!(
        r"offer(?:ed|s|ing)?|propos(?:ed|es|ing)",
        Some(Talks),
        Sell,
        None
    ),
    cue!(
        r"(?:plans?|planning|intends?|intention|wants?|seeks?|seeking|hopes?|looking) to (?:buy|acquire|purchase|procure|order|obtain)|(?:is|are|was|were|been) interested in|(?:has |have )?requested|letter of request|(?:is|are) considering|tender for",
        Some(Talks),
        Buy,
        None
    ),
    cue!(
        r"(?:chose|chosen|selected|picked|opted for|shortlisted)",
        Some(Talks),
        Buy,
        None
    ),
    cue!(
        r"(?:pay|pays|paid|paying)(?: \w+){0,3} for|(?:is|are|was|were) (?:set|due|expected|scheduled) to (?:receive|get)",
        None,
        Buy,
        None
    ),
    cue!(
        r"(?:approved|approves|allocated|allocates|earmarked) (?:the )?(?:money|funding|funds|financing) (?:for|to (?:buy|purchase|acquire|procure))",
        Some(Talks),
        Buy,
        None
    ),
    cue!(
        r"memorandum of understanding|MoU|letter of intent|framework agreement|framework deal|preliminary agreement",
        Some(Talks),
        Neutral,
        None
    ),
    cue!(
        r"(?:approved|approves|cleared|clears|authori[sz]ed) (?:a |the )?(?:possible |potential |proposed )?(?:foreign military )?(?:sale|export|transfer)s?|possible (?:foreign military )?sale|ready to (?:negotiate|sell|supply|discuss)",
        Some(Talks),
        Sell,
        None
    ),
    // ordered
    cue!(
        r"sign(?:ed|s|ing)? (?:up )?for|inked (?:a deal )?for|letters? of offer and acceptance|LOA",
        Some(Ordered),
        Buy,
        Order
    ),
    cue!(r"sign(?:ed|s|ing)?|inked", Some(Ordered), Neutral, Order),
    cue!(r"conclud(?:ed|es|e|ing)", Some(Ordered), Neutral, Order),
    cue!(
        r"(?:placed|places|place|placing) (?:an |a |the |its |their )?(?:firm |follow-on |new )?orders?|ordered",
        Some(Ordered),
        Buy,
        Order
    ),
    cue!(r"award(?:ed|s)?", Some(Ordered), Neutral, Order),
    // "Saab has received an order from the Czech ministry", "the C-390 has won orders from
    // Portugal": the subject is the seller.
    cue!(
        r"(?:won|wins|winning|secured|secures|received|receives|booked|books|landed|clinched) (?:(?:an?|the|its|their|first|new|further|export|follow-on|foreign|firm) )*(?:orders?|contracts?)",
        Some(Ordered),
        Sell,
        Order
    ),
    cue!(
        r"agreed to (?:buy|purchase|acquire|procure)",
        Some(Ordered),
        Buy,
        Order
    ),
    cue!(
        r"agreed to (?:sell|supply|deliver|provide)",
        Some(Ordered),
        Sell,
        Order
    ),
    cue!(
        r"bought|purchased|acquired|procured",
        Some(Ordered),
        Buy,
        Order
    ),
    cue!(r"sold", Some(Ordered), Sell, Order),
    cue!(
        r"contracts?|agreements? (?:for|on) the (?:supply|delivery|purchase|sale|acquisition)|deal (?:for|to buy|to supply|worth)|orders? for",
        Some(Ordered),
        Neutral,
        Order,
        nominal
    ),
    // A lease moves the items for its term: "leased 12 of them from Switzerland".
    cue!(r"leased|leases|leasing", Some(Delivered), Neutral, Delivery),
    // delivering
    cue!(
        r"(?:is|are|was|were|has been|have been) (?:currently |now |still )?(?:delivering|supplying|fulfilling|implementing|executing|shipping|receiving|handing over)",
        Some(Delivering),
        Sell,
        Delivery
    ),
    cue!(
        r"(?:began|begun|begins|begin|started|starts|start|commenced) (?:the )?(?:deliver\w*|suppl\w*|shipments?|shipping|transfer\w*|handing over|receiv\w*)",
        Some(Delivering),
        Sell,
        DeliveryFirst
    ),
    cue!(
        r"deliveries (?:[\w-]+ ){0,5}?(?:began|begun|started|are under ?way|is under ?way|commenced|are continuing|continue|are ongoing)|first (?:batch|deliver\w*|shipment|consignment|lot|units?|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)|being delivered",
        Some(Delivering),
        Neutral,
        DeliveryFirst
    ),
    cue!(
        r"(?:received|receives|took delivery of|taken delivery of|takes delivery of) (?:the|its|their) first",
        Some(Delivering),
        Buy,
        DeliveryFirst
    ),
    // "the first were handed over", "took delivery of two more": part of a deal, still going on.
    cue!(
        r"(?:the|its|their) first (?:[\w-]+ ){0,4}?(?:were|was|have been|had been|has been) (?:handed over|delivered|shipped|received|transferred|commissioned|inducted)",
        Some(Delivering),
        Neutral,
        DeliveryFirst
    ),
    // "South Korea's army took another 100 K2 tanks": the one who takes receives.
    cue!(
        r"(?:took|taken|takes|received|receives|has received) (?:delivery of )?(?:another|a further|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) more|(?:a|the|its) (?:new|next|latest|second|third|fourth|fifth) (?:batch|lot|consignment|shipment|tranche))",
        Some(Delivering),
        Buy,
        DeliveryFirst
    ),
    // "the first F-35s are due in 2031": the date of the first delivery still to come.
    cue!(
        r"(?:the|its|their) first (?:[\w-]+ ){0,2}?(?:is|are) (?:now )?(?:due|expected|scheduled|planned|slated)",
        None,
        Neutral,
        DeliveryFirst
    ),
    cue!(
        r"(?:handed over|delivered|shipped) (?:the|its|their) first",
        Some(Delivering),
        Sell,
        DeliveryFirst
    ),
    cue!(
        r"arrived|arrive[sd]?|unloaded|(?:landed|touched down) (?:at|in)|reached|flown in|ferried",
        Some(Delivered),
        Buy,
        Delivery
    ),
    // "MiG-21 fighters followed from 1966", "the second followed this year": the next part of
    // a supply told just before. "followed by" introduces something else.
    cue!(r"followed", Some(Delivered), Neutral, Delivery),
    cue!(
        r"followed by|(?:that|which|who) followed",
        None,
        Neutral,
        None
    ),
    // "The second and third followed in 2022": later parts of a supply still going on.
    cue!(
        r"(?:second|third|fourth|fifth|others?|rest|remaining)(?: [\w-]+){0,4}? followed",
        Some(Delivering),
        Neutral,
        DeliveryLast
    ),
    // "A second contract, for 48 jets, followed in 2022": a signing, not a delivery.
    cue!(
        r"(?:contracts?|orders?|agreements?|deals?)(?:,[^,;.]{1,80},)? followed",
        Some(Ordered),
        Neutral,
        Order
    ),
    // delivered
    // "the rest are due this year", "deliveries are expected by 2027": a plan, dating deliveries
    // without saying any took place.
    cue!(
        r"(?:is|are|was|were) (?:now )?(?:due|expected|scheduled|planned|slated)(?: to (?:arrive|be delivered|be handed over|follow|be completed|enter service))?",
        None,
        Neutral,
        Delivery
    ),
    cue!(
        r"fulfill?ed|completed|performed (?:its|their) obligations|met (?:its|their) obligations",
        Some(Delivered),
        Sell,
        DeliveryLast
    ),
    cue!(
        r"delivered|supplied|transferred|exported|shipped|handed over|sent|donated|gifted|gave",
        Some(Delivered),
        Sell,
        Delivery
    ),
    cue!(
        r"promised|pledged|committed to (?:send|supply|deliver|provide)|give|gives|giving|donate|donates|donating|(?:military )?aid|aid package|assistance package|security assistance",
        None,
        Sell,
        None
    ),
    cue!(
        r"took delivery(?: of)?|taken delivery(?: of)?|took (?:another|a further|an additional|\d+)|received|inducted|commissioned|entered service|imported|in (?:\w+ )?service",
        Some(Delivered),
        Buy,
        Delivery
    ),
    cue!(
        r"deliver(?:y|ies) of",
        Some(Delivered),
        Sell,
        Delivery,
        nominal
    ),
    // cancelled
    cue!(
        r"cancel(?:l?ed|s|ling|lation)|scrapped|terminated|froze|frozen|suspended|shelved|abandoned|pulled out of|withdrew from|called off|halted",
        Some(Cancelled),
        Neutral,
        None
    ),
    // "Elbit is building 18 light tanks for the army": a maker at work on an order.
    cue!(
        r"(?:is|are) (?:now |currently )?(?:building|constructing|producing|manufacturing)",
        None,
        Sell,
        None
    ),
    // nominal and directional cues without a stage
    cue!(
        r"suppl(?:y|ies|ying)|deliver(?:y|ies|ing)?|exports? (?:of|to)|sales? of|sell(?:s|ing)?|provid(?:e|es|ed|ing)|transfer(?:s|ring)?(?: of)?|equip(?:ped|s|ping)?|supplier of|exporter of",
        None,
        Sell,
        Delivery,
        nominal
    ),
    cue!(
        r"purchas(?:e|es|ing)(?: of)?|acqui(?:re|res|ring|sition)(?: of)?|procure(?:ment|s)?(?: of)?|buy(?:s|ing)?|imports?(?: of)?|customer for|buyer of|operator of",
        None,
        Buy,
        None,
        nominal
    ),
    // "has become Pakistan's export product": who sells the thing named.
    cue!(
        r"export (?:products?|successe?s?|hits?|earners?|customers?|markets?)",
        None,
        Sell,
        None,
        nominal
    ),
    // kinds
    cue!(r"licen[cs]ed production|licen[cs]e[ -]built|licen[cs]e[ -]produced|under (?:a |an )?(?:[\w-]+ )?licen[cs]e|licen[cs]e (?:to|for) (?:produce|build|manufacture|assemble|the production)|licen[cs]e production|licen[cs]es? for (?:the )?production|production licen[cs]es?|local(?:ly)? (?:produc\w+|assembl\w+|built|manufactur\w+)|co-produc\w+|serial production of|joint venture (?:[\w-]+ ){0,4}?(?:to |that will |which will |will )?(?:produce|build|manufacture|assemble)|technology transfer|transfer of (?:design documentation|technology|technologies)", None, Sell, None, kind Licence),
    cue!(r"help(?:ed|ing|s)? (?:\w+ ){1,3}(?:to )?(?:create|develop|design|build|set up|establish)|assist(?:ed|ing|s)? (?:\w+ ){1,3}in (?:creating|developing|designing|building)|took part in (?:designing|developing|the design|the development)|(?:design|technical|engineering) assistance|assist(?:ed|ing|s)? (?:in |with )?the (?:design|development|construction) of|sharing (?:\w+ ){0,3}technolog\w+", None, Sell, None, kind Assistance),
    cue!(r"jointly (?:develop\w*|design\w*|produc\w*)|(?:developed|designed) jointly|joint (?:development|design)|co-develop\w*|co-design\w*", None, Neutral, None, kind JointDevelopment),
    // statements: their dates are not transfer dates
    cue!(
        r"said|says|say|announced|stated|mentioned|told|noted|reported|declared|confirmed|disclosed|revealed|added|claimed",
        None,
        Neutral,
        Statement
    ),
];

fn cue_pattern(spec: &CueSpec) -> String {
    format!(r"(?i)\b(?:{})\b", spec.pattern)
}

static CUE_REGEXES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    CUES.iter()
        .map(|c| crate::re::build(&cue_pattern(c)).expect("cue pattern compiles"))
        .collect()
});

/// All cue patterns in one automaton: one pass tells which rows occur in a sentence, so only
/// those few are searched one by one (most sentences hold two or three of the table's rows).
///
/// The set uses ASCII word boundaries, which its lazy DFA runs on any text (a Unicode `\b`
/// makes it give up on the first non-ASCII byte). Every row begins and ends with an ASCII
/// letter or `\w`, so wherever a row matches with Unicode boundaries it also matches with
/// ASCII ones: the set never misses a row, and the row's own regex decides.
static CUE_SET: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSetBuilder::new(
        CUES.iter()
            .map(|c| format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", c.pattern)),
    )
    .dfa_size_limit(64 << 20)
    .build()
    .expect("cue patterns compile as a set")
});

static MODAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // The modal may govern a verb a few words before the cue ("will receive the first two").
    crate::re::build(r"(?i)\b(?:will|would|should|shall|could|may|might|must|to be|expected to|plans? to|planned to|scheduled to|set to|going to|intends? to|hopes? to|due to|is to|are to|aims? to|wants? to|ready to|expects?\s+(?:them|it|the\s+\w+)\s+to)\s+(?:be\s+|have\s+|also\s+|soon\s+|now\s+)?(?:(?:receive|get|take|begin|start|see|obtain)\s+(?:the\s+|its\s+|their\s+)?)?$").expect("modal regex")
});

static NEGATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:no|not|never|without|yet\s+to|neither|nor|n't)\b(?:\s+[\w-]+){0,5}?\s*$|n't\s+(?:\w+\s+){0,2}$").expect("negation regex")
});

static COMPLETES_NEAR: LazyLock<Regex> = LazyLock::new(|| {
    // "last year", "last month" date something; they end no deliveries.
    crate::re::build(r"(?i)\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|decade|time)\b|(?P<end>last|final|remaining|rest|completed?)\b)").expect("completes regex")
});

/// Whether the text speaks of the end of a deal ("the last", "remaining", "completed").
fn speaks_of_completion(text: &str) -> bool {
    COMPLETES_NEAR
        .captures_iter(text)
        .any(|c| c.name("end").is_some())
}

static JUST_ORDERED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:has|have)\s+(?:(?:now|just|also|finally|already|formally|officially|today)\s+)?(?:signed|ordered|placed|received\s+(?:an?\s+|its\s+)?(?:\w+\s+)?(?:order|contract)|awarded|concluded|won|secured|inked)\b").expect("just-ordered regex")
});

static PASSIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+ly\s+|all\s+|also\s+|then\s+)?$")
        .expect("passive regex")
});

/// Whether the words before a cue make it passive ("the engines were bought from"): its
/// object stands before it, as the subject.
pub fn is_passive_before(before: &str) -> bool {
    PASSIVE_BEFORE.is_match(before)
}

/// Whether a sentence reports an order in the present perfect ("has signed a contract"): news
/// of the signing, which happened about when the article appeared.
pub fn orders_just_now(sentence: &str) -> bool {
    JUST_ORDERED.is_match(sentence)
}

/// Whether a clause speaks of the last part of a deal ("the remaining two", "the rest").
pub fn speaks_of_the_rest(clause: &str) -> bool {
    speaks_of_completion(clause)
}

/// A cue that is itself a plan ("are due"), or a first batch a plan follows ("the first two
/// are due in July", "deliveries will start"): not yet a fact.
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(
        r"(?i)^(?:is|are|was|were)\s+(?:now\s+)?(?:due|expected|scheduled|planned|slated)\b",
    )
    .expect("future cue regex")
});
static FUTURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^\s*(?:[\w-]+\s+){0,4}?(?:(?:is|are)\s+(?:now\s+)?(?:due|expected|scheduled|planned|slated|set)|will|should|would)\b").expect("future-after regex")
});

static WHOLE_NEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:all|whole|entire|fully|both)\b").expect("whole regex")
});

/// Every cue in `sentence`, in order, longest first where two start together; overlapping
/// shorter cues are dropped.
pub fn find_cues(sentence: &str) -> Vec<Cue> {
    let mut found: Vec<Cue> = Vec::new();
    for row in CUE_SET.matches(sentence).iter() {
        let (spec, re) = (&CUES[row], &CUE_REGEXES[row]);
        for m in re.find_iter(sentence) {
            let before = &sentence[..m.start()];
            let window_start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let near = &sentence[window_start..m.end()];
            found.push(Cue {
                span: Span::new(m.start(), m.end()),
                status: spec.status,
                direction: spec.direction,
                date_role: spec.date_role,
                kind: spec.kind,
                nominal: spec.nominal,
                modal: MODAL_BEFORE.is_match(before)
                    || FUTURE_CUE.is_match(m.as_str())
                    || (spec.date_role == DateRole::DeliveryFirst
                        && spec.direction == Direction::Neutral
                        && FUTURE_AFTER.is_match(&sentence[m.end()..])),
                negated: NEGATION_BEFORE.is_match(before),
                whole: WHOLE_NEAR.is_match(near) && spec.date_role == DateRole::Delivery,
                completes: speaks_of_completion(near) && spec.date_role == DateRole::Delivery
                    || spec.date_role == DateRole::DeliveryLast,
            });
        }
    }
    found.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut kept: Vec<Cue> = Vec::new();
    for cue in found {
        if kept.iter().any(|k| k.span.overlaps(cue.span)) {
            continue;
        }
        kept.push(cue);
    }
    kept
}

static HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:reportedly|allegedly|purportedly|according to (?:unnamed |anonymous |some |media |press |several )?(?:sources|reports|media)|sources (?:said|say|told)|(?:is|are|was|were) said to|rumou?r\w*|unconfirmed|could|may|might|denied|denies|deny|claims?|speculat\w*|probably|possibly|likely)\b").expect("hedge regex")
});

/// Whether the sentence reports its facts with a hedge or a denial.
pub fn is_hedged(sentence: &str) -> bool {
    HEDGE.is_match(sentence)
}

static NEW_DEAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:additional|further|another|follow-on|extra batch|new (?:batch|order|contract|deal)|(?:second|third|fourth) (?:\w+ )?(?:contract|order|deal|tranche|package)|more (?:jets|aircraft|fighters|systems|units|helicopters|tanks|ships))\b").expect("new deal regex")
});

/// Whether the sentence speaks of a further deal beyond one already reported ("additional batches").
pub fn announces_new_deal(sentence: &str) -> bool {
    NEW_DEAL.is_match(sentence)
}

static MEMORANDUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:memorandum|MoU|letter of intent|framework|preliminary)\b")
        .expect("memorandum regex")
});

/// Whether a signing is of a non-binding paper, which makes it talks rather than an order.
pub fn signs_only_intent(clause: &str) -> bool {
    MEMORANDUM.is_match(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(s: &str) -> Vec<(String, Option<Status>, bool)> {
        find_cues(s)
            .into_iter()
            .map(|c| (c.span.slice(s).to_string(), c.status, c.modal))
            .collect()
    }

    /// The set's prefilter never drops a row that matches on its own, on ASCII text and on
    /// text where a cue touches non-ASCII letters, quotes and dashes.
    #[test]
    fn cue_set_never_misses_a_row() {
        let mut sentences = vec![
            "Négotiated talks: the ministry “signed” a contract—and deliveries began in 2019."
                .to_string(),
            "Ankara’s order was cancelled; the jets were handed over to the Ejército.".to_string(),
            "Die Lieferung began: «delivered» ½ of them, negotiaté offeredé soldü.".to_string(),
        ];
        let articles =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/articles");
        for entry in std::fs::read_dir(&articles)
            .expect("sample articles")
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            sentences.extend(text.split(['.', '\n']).map(str::to_string));
        }
        let mut rows_seen = 0;
        for s in &sentences {
            let by_set: Vec<usize> = CUE_SET.matches(s).iter().collect();
            for (row, re) in CUE_REGEXES.iter().enumerate() {
                if re.is_match(s) {
                    rows_seen += 1;
                    assert!(
                        by_set.contains(&row),
                        "row {row} ({}) missed in {s:?}",
                        CUES[row].pattern
                    );
                }
            }
        }
        assert!(
            rows_seen > 100,
            "the sample articles should hold many cues, saw {rows_seen}"
        );
    }

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(CUE_REGEXES.len(), CUES.len());
    }

    #[test]
    fn finds_stage_verbs() {
        for partial in [
            "Niger signed for six drones; the first were handed over in May.",
            "The air force took delivery of two more aircraft last month.",
            "Oman placed an order in 2018; deliveries to Muscat are under way.",
            "Yerevan signed in 2022, and deliveries of the first launchers began in 2023.",
        ] {
            assert!(
                statuses(partial)
                    .iter()
                    .any(|(_, s, _)| *s == Some(Status::Delivering)),
                "{partial}"
            );
        }
        let plan = find_cues("The last AW149 is due by the end of 2029.");
        assert!(
            plan.iter()
                .any(|c| c.date_role == DateRole::Delivery && c.modal && c.completes),
            "a plan for the last delivery"
        );
        let cues = statuses("Egypt signed a contract and took delivery of the first batch.");
        assert!(cues
            .iter()
            .any(|(t, s, _)| t == "signed" && *s == Some(Ordered)));
        assert!(cues
            .iter()
            .any(|(t, s, _)| t == "contract" && *s == Some(Ordered)));
        assert!(cues
            .iter()
            .any(|(t, s, _)| t == "took delivery of the first" && *s == Some(Delivering)));
    }

    #[test]
    fn longer_cue_wins_over_its_parts() {
        let cues = statuses("Moscow is delivering on a contract.");
        assert_eq!(cues[0].0, "is delivering");
        assert_eq!(cues[0].1, Some(Delivering));
    }

    #[test]
    fn modal_marks_future() {
        let cues = statuses("All jets should be handed over in 2022.");
        let handed = cues.iter().find(|(t, _, _)| t == "handed over").unwrap();
        assert!(handed.2);
        let cues = statuses("Vietnam will receive the first two trainers next year.");
        assert!(cues.iter().find(|(t, _, _)| t == "first two").unwrap().2);
        let cues = statuses("The jets were handed over in 2022.");
        assert!(!cues.iter().find(|(t, _, _)| t == "handed over").unwrap().2);
    }

    #[test]
    fn negation_marks_denied_cues() {
        let s = "no executive contract has been signed for them";
        let cues = find_cues(s);
        assert!(
            cues.iter().all(|c| c.negated),
            "{:?}",
            cues.iter().map(|c| c.span.slice(s)).collect::<Vec<_>>()
        );
        let s = "Poland signed the contract.";
        assert!(find_cues(s).iter().all(|c| !c.negated));
    }

    #[test]
    fn hedges_and_new_deals() {
        assert!(is_hedged("The drones were reportedly delivered."));
        assert!(!is_hedged("The drones were delivered."));
        assert!(announces_new_deal("talks on additional batches"));
        assert!(announces_new_deal("a second executive contract"));
        assert!(!announces_new_deal("a second shipment arrived"));
        assert!(signs_only_intent("signed a memorandum of understanding"));
    }
}
