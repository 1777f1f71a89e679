//! Transfers of one sentence: items, cues, parties, numbers, money and dates put together,
//! with what the previous sentences established filling what this one leaves unsaid.

use std::sync::LazyLock;

use armscope_core::{Evidence, Money, Span, Status, Transfer, TransferKind, YearRange};
use armscope_normalize::{DateMatch, MoneyMatch, NumberMatch};
use regex::Regex;

use crate::clauses;
use crate::items::Item;
use crate::lexicon::{self, Cue, DateRole};
use crate::mentions::Party;
use crate::parties::{self, Roles};

/// What earlier sentences of the document established, for sentences that continue them
/// ("As well as a contract for …", "It included …").
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub sentence: usize,
    pub paragraph: usize,
    pub roles: Roles,
    pub status: Option<Status>,
    pub kind: Option<TransferKind>,
    pub order_year: Option<i32>,
    pub delivery_years: Option<YearRange>,
}

/// Everything found in one sentence, with sentence-relative spans.
pub struct SentenceFacts<'s> {
    pub text: &'s str,
    /// Byte offset of the sentence in the document.
    pub offset: usize,
    pub index: usize,
    pub paragraph: usize,
    pub items: Vec<Item>,
    pub parties: Vec<Party>,
    pub cues: Vec<Cue>,
    pub money: Vec<MoneyMatch>,
    /// Numbers of the sentence, those inside a designation left out.
    pub numbers: Vec<NumberMatch>,
    pub dates: Vec<DateMatch>,
    /// States named in the few sentences before, most recent first.
    pub recent_states: Vec<String>,
}

static YEAR_OF_DEAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(
        r"(?i)^(?:-?\s*(?:\w+\s+){0,1}?)(?:contracts?|deals?|orders?|agreements?|purchases?)\b",
    )
    .expect("year-of-deal regex")
});

/// Words by which a sentence without a verb of its own goes on about the previous one's deal.
static CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^(?:it|they|these|this|those|the\s+(?:number|package|deal|contract|contracts|order|orders|list|batch|total|lot|price|cost|(?:[\w-]+\s+){0,3}value)|among\s+them|of\s+(?:these|them)|in\s+particular|including|both)\b|\b(?:includ(?:e|es|ed|ing)|compris\w*|consist\w*|among\s+them|particularly|in\s+particular|such\s+as|number\s+counts)\b").expect("continues regex")
});

static NOT_A_DEAL_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:portfolio|invest\w*|advance|offsets?|budget|revenue|turnover|total\s+(?:arms\s+)?(?:exports|imports)|exports\s+(?:worth|of|were|totall?ed)|share)\b").expect("figure regex")
});

/// Whether the words just before a sum (at most 60 characters back, within its clause) say it
/// is a portfolio, an investment, a share: not a deal's value. Searched forward in that stretch;
/// one regex ending in `[^.;]{0,60}$` made its reverse DFA rebuild states on every call.
fn names_a_figure_before(before: &str) -> bool {
    let stretch = &before[before.rfind(['.', ';']).map_or(0, |i| i + 1)..];
    NOT_A_DEAL_VALUE
        .find_iter(stretch)
        .any(|m| stretch[m.end()..].chars().count() <= 60)
}

/// Whether [`extract`] can find anything in a sentence with these cues: it needs a cue that
/// is not a statement ("said"), or words that go on about the deal before ("It includes …").
/// A sentence without either yields no transfer, so its sums and dates need not be read.
pub fn may_report(sentence: &str, cues: &[Cue]) -> bool {
    cues.iter().any(|c| c.date_role != DateRole::Statement) || CONTINUES.is_match(sentence)
}

/// The transfers of one sentence; updates `context` for the sentences after it.
/// `topic` is the state the previous sentences were about (their first subject), for pronouns.
pub fn extract(
    facts: &SentenceFacts,
    context: &mut Option<Context>,
    topic: Option<&str>,
) -> Vec<Transfer> {
    let s = facts.text;
    let acting: Vec<&Cue> = facts
        .cues
        .iter()
        .filter(|c| c.date_role != DateRole::Statement)
        .collect();
    // What the last few sentences established still holds ("Earlier aid included …").
    let recent = context
        .as_ref()
        .filter(|c| facts.index <= c.sentence + 5 && facts.paragraph <= c.paragraph + 2);
    let continues = acting.is_empty()
        && CONTINUES.is_match(s)
        && context
            .as_ref()
            .is_some_and(|c| c.sentence + 1 == facts.index);
    if acting.is_empty() && !continues {
        return Vec::new();
    }
    let clauses = clauses::split(s);
    let hedged = lexicon::is_hedged(s);
    let pronoun_code = topic
        .map(str::to_string)
        .or_else(|| recent.and_then(|c| c.roles.recipient.clone()));
    let parties = with_home_states(s, &facts.parties);
    let parties = with_pronoun_subjects(s, &parties, &facts.cues, pronoun_code);
    let mut out = Vec::new();
    let mut sentence_roles = Roles::default();
    let mut subject_carry = Roles::default();
    for item in &facts.items {
        let ci = clauses::index_of(&clauses, item.span.start);
        let clause = clauses[ci];
        let busy: Vec<Span> = facts
            .items
            .iter()
            .map(|i| clauses[clauses::index_of(&clauses, i.span.start)])
            .filter(|c| *c != clause)
            .collect();
        let mut roles = parties::infer(s, &parties, &facts.cues, clause, &busy, item);
        // A clause without its own subject ("…, and also supplied Beijing with …") keeps the
        // supplier of the clause before it.
        if roles.supplier.is_none() && ci > 0 {
            roles.supplier = subject_carry.supplier.clone();
        }
        // "…six MiG-29s to Serbia, and in 2019 Belarus delivered four more": the recipient of
        // the clause before goes on unless this clause names its own.
        if roles.recipient.is_none()
            && ci > 0
            && roles.supplier.as_ref() != subject_carry.recipient.as_ref()
        {
            roles.recipient = subject_carry.recipient.clone();
        }
        let inherited_all = roles.supplier.is_none() && roles.recipient.is_none();
        let named_recipient = roles.recipient.is_some();
        if roles.recipient.is_none() {
            roles.recipient = recent.and_then(|c| c.roles.recipient.clone());
        }
        // A recipient's own design with no seller named is bought at home: no transfer.
        let home_design = named_recipient
            && roles
                .recipient
                .as_ref()
                .is_some_and(|r| item.origin.iter().any(|o| o == r));
        if roles.supplier.is_none() && !home_design {
            roles.supplier = origin_supplier(
                item,
                &roles,
                facts,
                recent.and_then(|c| c.roles.supplier.as_deref()),
            )
            .or_else(|| recent.and_then(|c| c.roles.supplier.clone()));
        }
        subject_carry.supplier = subject_carry.supplier.or(roles.supplier.clone());
        subject_carry.recipient = subject_carry.recipient.or(roles.recipient.clone());
        sentence_roles.supplier = sentence_roles.supplier.or(roles.supplier.clone());
        sentence_roles.recipient = sentence_roles.recipient.or(roles.recipient.clone());

        // The clause and the item-less clauses after it ("…, and all were delivered in 2023").
        let next_item_clause = facts
            .items
            .iter()
            .map(|i| clauses::index_of(&clauses, i.span.start))
            .filter(|c| *c > ci)
            .min();
        let extent = Span::new(
            clause.start,
            next_item_clause.map_or(s.len(), |c| clauses[c].start),
        );
        // "the J-10C sits on top of a fleet built around the JF-17, a fighter developed
        // jointly by …": a kind cue after another item, not in a list with this one, is that
        // item's.
        let cues_of_item: Vec<Cue> = facts
            .cues
            .iter()
            .filter(|c| !kind_belongs_to_other(s, item, &facts.items, c))
            .cloned()
            .collect();
        let kind = kind_of(&cues_of_item, extent).or(if continues {
            recent.and_then(|c| c.kind)
        } else {
            None
        });
        // Stage and dates carry over only to a deal of the same kind: help designing a system
        // does not inherit the delivery dates of a sale told just before.
        let same_kind = kind == recent.and_then(|c| c.kind)
            || (kind.is_none()
                && recent
                    .and_then(|c| c.kind)
                    .is_none_or(|k| k == TransferKind::Sale));
        let inherits = (continues || inherited_all) && same_kind;
        let mut status = status_of(s, &facts.cues, extent);
        if status.is_none() && inherits {
            status = recent.and_then(|c| c.status);
        }
        let (order_year, delivery_years, date_spans) = years_of(facts, &clauses, ci, status);
        let (order_year, delivery_years) =
            if inherits && order_year.is_none() && delivery_years.is_none() {
                (
                    recent.and_then(|c| c.order_year),
                    recent.and_then(|c| c.delivery_years),
                )
            } else {
                (order_year, delivery_years)
            };
        // "has sent more than a million shells since August": deliveries still going on.
        if status == Some(Status::Delivered)
            && delivery_years.is_some_and(|y| y.first.is_some() && y.last.is_none())
            && facts.dates.iter().any(|d| {
                extent.contains(d.span) && d.text.to_ascii_lowercase().starts_with("since")
            })
        {
            status = Some(Status::Delivering);
        }
        let value = value_of(facts, &clauses, item);
        let kind = kind.unwrap_or(TransferKind::Sale);
        // Partners in a joint development, and a licensor and its licensee: the designer
        // state is the supplier side.
        if matches!(kind, TransferKind::JointDevelopment | TransferKind::Licence) {
            let designs = |code: &Option<String>| {
                code.as_ref()
                    .is_some_and(|c| item.origin.iter().any(|o| o == c))
            };
            if designs(&roles.recipient) && !designs(&roles.supplier) {
                std::mem::swap(&mut roles.supplier, &mut roles.recipient);
            }
        }

        // A generic noun ("weapons", "helicopters") is a transfer only with a fact of its own
        // sentence: a count, a value, a date, or a cue of licence or assistance.
        let own_kind = kind_of(&facts.cues, clause).is_some();
        let own_dates = facts
            .dates
            .iter()
            .any(|d| d.years.first.is_some() || d.years.last.is_some());
        let generic_without_facts =
            item.generic && !own_kind && item.quantity.is_none() && value.is_none() && !own_dates;
        let (Some(supplier), Some(recipient)) = (roles.supplier.clone(), roles.recipient.clone())
        else {
            continue;
        };
        if same_state(&supplier, &recipient) || generic_without_facts {
            continue;
        }
        let mut field_spans = Vec::new();
        let doc = |span: Span| span.shifted(facts.offset);
        if let Some((_, span)) = &item.quantity {
            field_spans.push(("quantity".to_string(), doc(*span)));
        }
        if let Some((_, span)) = &value {
            field_spans.push(("value".to_string(), doc(*span)));
        }
        for (name, span) in date_spans {
            field_spans.push((name.to_string(), doc(span)));
        }
        field_spans.push(("system".to_string(), doc(item.span)));
        let also_to = parties::listed_after(s, &parties, &recipient);
        let transfer = Transfer {
            supplier: Some(supplier.clone()),
            recipient: Some(recipient),
            system: item.system.clone(),
            system_id: item.system_id.clone(),
            family: item.family.clone(),
            category: item.category.clone(),
            kind,
            status,
            quantity: item.quantity.as_ref().map(|(q, _)| q.clone()),
            value: value.map(|(m, _)| m),
            order_year,
            delivery_years,
            hedged,
            evidence: Evidence {
                text: s.to_string(),
                start: facts.offset,
                end: facts.offset + s.len(),
            },
            field_spans,
        };
        // "nine aircraft, four for Austria and five for the Netherlands": one transfer per
        // share, each with its own count.
        let shares = shares_per_recipient(s, &parties, item, &supplier);
        if shares
            .iter()
            .any(|(code, _, _)| Some(code) == transfer.recipient.as_ref())
        {
            for (code, n, span) in shares {
                let mut share = transfer.clone();
                share.recipient = Some(code);
                share.quantity = Some(armscope_core::Quantity {
                    value: n,
                    unit: None,
                    qualifier: Default::default(),
                });
                share.field_spans.retain(|(f, _)| f != "quantity");
                share.field_spans.push(("quantity".to_string(), doc(span)));
                out.push(share);
            }
            continue;
        }
        // "bought in three contracts: 28 in 2016, 10 in 2017 and 14 in 2018": one transfer per
        // batch and year.
        let batches = counts_by_year(s, &facts.cues, item, extent);
        if !batches.is_empty() {
            for (n, year, role, span) in batches {
                let mut batch = transfer.clone();
                batch.quantity = Some(armscope_core::Quantity {
                    value: n,
                    unit: None,
                    qualifier: Default::default(),
                });
                if role == DateRole::Order {
                    batch.order_year = Some(year);
                } else {
                    batch.delivery_years = Some(YearRange {
                        first: Some(year),
                        last: Some(year),
                    });
                }
                batch.field_spans.retain(|(f, _)| {
                    !matches!(f.as_str(), "quantity" | "order_year" | "delivery_years")
                });
                batch.field_spans.push(("quantity".to_string(), doc(span)));
                out.push(batch);
            }
            continue;
        }
        // "orders from Portugal, which signed for five in 2019; from Hungary, which bought two
        // in 2020": each buyer's relative clause is a transfer of its own.
        let (others, first_other) = relative_buyers(facts, &parties, item, &transfer, extent);
        let mut transfer = transfer;
        if let Some(limit) = first_other {
            // The first buyer's count lies before the next buyer's clause.
            let beyond = transfer
                .field_spans
                .iter()
                .any(|(f, span)| f == "quantity" && span.start >= facts.offset + limit);
            if beyond {
                let own = Span::new(item.span.end, limit);
                transfer.quantity = count_in(facts, own).map(|(q, _)| q);
                transfer.field_spans.retain(|(f, _)| f != "quantity");
            }
        }
        let others: Vec<Transfer> = others;
        // "to Kuwait, Morocco and Niger": one transfer per listed recipient.
        let extra: Vec<Transfer> = also_to
            .into_iter()
            .filter(|c| *c != supplier)
            .map(|code| Transfer {
                recipient: Some(code),
                ..transfer.clone()
            })
            .collect();
        out.push(transfer);
        out.extend(extra);
        out.extend(others);
    }
    if out.is_empty() && sentence_roles == Roles::default() {
        // A sentence with cues but no items still sets the scene ("Russia is the main
        // supplier of engines to China.").
        let all = Span::new(0, s.len());
        let probe = Item {
            span: Span::new(s.len(), s.len()),
            system: String::new(),
            system_id: None,
            family: None,
            category: None,
            origin: Vec::new(),
            quantity: None,
            generic: true,
        };
        sentence_roles = parties::infer(s, &parties, &facts.cues, all, &[], &probe);
    }
    if sentence_roles != Roles::default() || !out.is_empty() {
        let first = out.first();
        *context = Some(Context {
            sentence: facts.index,
            paragraph: facts.paragraph,
            roles: Roles {
                supplier: sentence_roles
                    .supplier
                    .or_else(|| recent.and_then(|c| c.roles.supplier.clone())),
                recipient: sentence_roles
                    .recipient
                    .or_else(|| recent.and_then(|c| c.roles.recipient.clone())),
            },
            status: first.and_then(|t| t.status).or(status_of(
                s,
                &facts.cues,
                Span::new(0, s.len()),
            )),
            kind: first
                .map(|t| t.kind)
                .or(kind_of(&facts.cues, Span::new(0, s.len()))),
            order_year: first
                .and_then(|t| t.order_year)
                .or_else(|| scene_years(facts).0),
            delivery_years: first
                .and_then(|t| t.delivery_years)
                .or_else(|| scene_years(facts).1),
        });
    }
    out
}

/// "It signed…", "the defence ministry ordered…": a subject that names no state stands for the
/// state the text is about.
static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"\b(?:[Ii]t|[Tt]hey|[Tt]he\s+(?:country|kingdom|government|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|ministry|army|air\s+force|navy|armed\s+forces|military|(?:defen[cs]e\s+)?procurement\s+agency))\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+|now\s+|since\s+|already\s+|recently\s+)?$").expect("pronoun regex")
});

static OF_STATE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^(?:\s+(?:AG|SA|SE|GmbH|Ltd|Inc|Corp|plc|S\.A\.|S\.p\.A\.))?,?\s+(?:of|from|based\s+in)\s+(?:the\s+)?$")
        .expect("of-state regex")
});

/// "General Dynamics European Land Systems-Mowag of Switzerland": a company joined to another by
/// a hyphen is that company, and one "of" a state belongs to that state.
fn with_home_states(s: &str, parties: &[Party]) -> Vec<Party> {
    use crate::mentions::PartyVia;
    let mut out = parties.to_vec();
    let company = |p: &Party| matches!(p.via, PartyVia::Vendor | PartyVia::Organisation);
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (p, q) = (&out[k], &out[k + 1]);
        if !company(p) || q.span.start < p.span.end {
            continue;
        }
        let gap = &s[p.span.end..q.span.start];
        let joined = company(q) && matches!(gap, "-" | "/" | "–");
        let of_state = matches!(q.via, PartyVia::Name) && OF_STATE_GAP.is_match(gap);
        if joined || of_state {
            out[k].code = out[k + 1].code.clone();
        }
    }
    // "the SCALP, known in British service as Storm Shadow": a state that only names the item.
    out.retain(|p| {
        !(KNOWN_IN_BEFORE.is_match(&s[..p.span.start])
            && SERVICE_AS_AFTER.is_match(&s[p.span.end..]))
    });
    out
}

static KNOWN_IN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:known|designated|called|named)\s+in\s+$").expect("known-in regex")
});
static SERVICE_AS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^\s+(?:[\w-]+\s+)?(?:service|use)\s+as\b").expect("service-as regex")
});

/// "It signed for 42 Rafales": a pronoun subject stands for the buyer the text is about.
fn with_pronoun_subjects(
    s: &str,
    parties: &[Party],
    cues: &[Cue],
    code: Option<String>,
) -> Vec<Party> {
    let mut out = parties.to_vec();
    let Some(code) = code else { return out };
    for cue in cues
        .iter()
        .filter(|c| !c.nominal && c.date_role != DateRole::Statement)
    {
        if let Some(m) = PRONOUN_SUBJECT.find(&s[..cue.span.start]) {
            let span = Span::new(m.start(), m.start() + m.as_str().trim_end().len());
            if !out.iter().any(|p| p.span.overlaps(span)) {
                out.push(Party {
                    span,
                    code: code.clone(),
                    via: crate::mentions::PartyVia::Name,
                });
            }
        }
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// The designer state as supplier, when the text names the recipient but not the supplier.
/// A Soviet design sold after 1991 comes from Russia.
const HISTORICAL: &[&str] = &["SU", "CS", "YU", "DD"];

/// A state and its own predecessor ("in service with the Soviet and Russian army") are one
/// party: nothing passes between them.
fn same_state(a: &str, b: &str) -> bool {
    const SUCCESSORS: &[(&str, &str)] = &[("SU", "RU"), ("YU", "RS"), ("DD", "DE")];
    a == b
        || SUCCESSORS
            .iter()
            .any(|&(old, new)| (a, b) == (old, new) || (a, b) == (new, old))
}

/// Of several designer states (JF-17: China and Pakistan), the one the text is already about.
fn origin_supplier(
    item: &Item,
    roles: &Roles,
    facts: &SentenceFacts,
    recent: Option<&str>,
) -> Option<String> {
    roles.recipient.as_ref()?;
    let origin = match recent {
        Some(code) if item.origin.len() > 1 && item.origin.iter().any(|o| o == code) => {
            item.origin.iter().find(|o| *o == code)?
        }
        // Of several designer states, the one the text has just been speaking of.
        _ if item.origin.len() > 1 => facts
            .recent_states
            .iter()
            .find(|s| item.origin.contains(s) && roles.recipient.as_ref() != Some(*s))
            .or(item.origin.first())?,
        _ => item.origin.first()?,
    };
    let before_1992 = facts
        .dates
        .iter()
        .any(|d| d.years.first.or(d.years.last).is_some_and(|y| y < 1992));
    // A design of a state that no longer exists comes from whoever the text says supplies
    // (an overhauled L-39 from Russia); a Soviet one otherwise from Russia after 1991.
    if HISTORICAL.contains(&origin.as_str()) && !before_1992 {
        if let Some(code) =
            recent.filter(|c| roles.recipient.as_deref() != Some(*c) && !HISTORICAL.contains(c))
        {
            return Some(code.to_string());
        }
    }
    let code = if origin == "SU" && !before_1992 {
        "RU".to_string()
    } else {
        origin.clone()
    };
    if HISTORICAL.contains(&code.as_str()) && !before_1992 {
        return None;
    }
    (roles.recipient.as_ref() != Some(&code)).then_some(code)
}

static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)(?:,|\band\b|\bor\b|\bas\s+well\s+as\b|\btogether\s+with\b|\bplus\b|&)")
        .expect("list gap regex")
});

/// Whether a kind cue after `item` speaks of a later item that is not listed with it.
fn kind_belongs_to_other(s: &str, item: &Item, items: &[Item], cue: &Cue) -> bool {
    cue.kind.is_some()
        && cue.span.start >= item.span.end
        && items.iter().any(|other| {
            other.span.start >= item.span.end
                && other.span.end <= cue.span.start
                && other.family != item.family
                && !LIST_GAP.is_match(&s[item.span.end..other.span.start])
        })
}

/// The kind a licence, assistance or joint-development cue gives, clause first.
fn kind_of(cues: &[Cue], clause: Span) -> Option<TransferKind> {
    let kinds =
        |scope: &dyn Fn(&Cue) -> bool| cues.iter().filter(|c| scope(c)).find_map(|c| c.kind);
    kinds(&|c| clause.contains(c.span)).or_else(|| kinds(&|_| true))
}

/// The stage: the most advanced stage asserted (not under a modal) in the clause, else in the
/// sentence; nouns ("contract") count only where no verb states a stage.
fn status_of(sentence: &str, cues: &[Cue], clause: Span) -> Option<Status> {
    let pick = |scope: &dyn Fn(&Cue) -> bool| -> Option<Status> {
        let asserted: Vec<&Cue> = cues
            .iter()
            .filter(|c| scope(c) && !c.modal && !c.negated && c.status.is_some())
            .collect();
        let verbs: Vec<&&Cue> = asserted.iter().filter(|c| !c.nominal).collect();
        let chosen: Vec<Status> = if verbs.is_empty() {
            asserted.iter().filter_map(|c| c.status).collect()
        } else {
            verbs.iter().filter_map(|c| c.status).collect()
        };
        let mut best = chosen.into_iter().max_by_key(|s| stage_rank(*s))?;
        // "The first ten tanks arrived": arrival of a first batch is a deal still delivering.
        let first_batch = asserted
            .iter()
            .any(|c| c.date_role == DateRole::DeliveryFirst);
        let completed = asserted
            .iter()
            .any(|c| c.status == Some(Status::Delivered) && c.completes);
        if best == Status::Delivered && first_batch && !completed {
            best = Status::Delivering;
        }
        if best == Status::Ordered && lexicon::signs_only_intent(clause.slice(sentence)) {
            return Some(Status::Talks);
        }
        Some(best)
    };
    pick(&|c| clause.contains(c.span)).or_else(|| pick(&|_| true))
}

fn stage_rank(s: Status) -> u8 {
    match s {
        Status::Talks => 0,
        Status::Ordered => 1,
        Status::Delivering => 2,
        Status::Delivered => 3,
        Status::Cancelled => 4,
    }
}

/// The cue a date belongs to: for a date before every cue ("In 2011, X signed"), the first
/// cue after it; otherwise the nearest dating cue before it, else after it.
fn governing_cue(cues: &[Cue], date: Span) -> Option<&Cue> {
    let dating = |c: &&Cue| c.date_role != DateRole::None;
    if cues.iter().filter(dating).all(|c| c.span.start >= date.end) {
        return cues
            .iter()
            .find(|c| c.span.start >= date.end && c.date_role != DateRole::None);
    }
    cues.iter()
        .filter(dating)
        .rfind(|c| c.span.end <= date.start)
        .or_else(|| {
            cues.iter()
                .filter(dating)
                .find(|c| c.span.start >= date.end)
        })
}

/// Order year and delivery years from the dates of the item's clause (or of an item-less
/// clause after it, or of the sentence's opening).
fn years_of(
    facts: &SentenceFacts,
    clauses: &[Span],
    ci: usize,
    status: Option<Status>,
) -> (Option<i32>, Option<YearRange>, Vec<(&'static str, Span)>) {
    let item_clauses: Vec<usize> = facts
        .items
        .iter()
        .map(|i| clauses::index_of(clauses, i.span.start))
        .collect();
    let first_item_start = facts.items.iter().map(|i| i.span.start).min().unwrap_or(0);
    let mut order = None;
    let (mut firsts, mut lasts, mut plain_lasts) = (Vec::new(), Vec::new(), Vec::new());
    let mut planned: Vec<i32> = Vec::new();
    let mut spans = Vec::new();
    let first_batch_clause = facts.cues.iter().any(|c| {
        c.date_role == DateRole::DeliveryFirst && clauses::index_of(clauses, c.span.start) == ci
    });
    for date in &facts.dates {
        if date.years.first.is_none() && date.years.last.is_none() {
            continue;
        }
        let dci = clauses::index_of(clauses, date.span.start);
        let owner = (0..=dci).rev().find(|c| item_clauses.contains(c));
        let applies = dci == ci
            || owner == Some(ci)
            || (date.span.end <= first_item_start
                && dci == 0
                && ci == item_clauses.iter().copied().min().unwrap_or(0))
            || (date.span.end <= first_item_start && item_clauses.iter().all(|c| *c == ci));
        if !applies {
            continue;
        }
        let (first, last) = (date.years.first, date.years.last);
        // "a 2019 contract", "the 2014 deal": a year that qualifies the deal noun dates the order.
        if YEAR_OF_DEAL_AFTER.is_match(&facts.text[date.span.end..])
            && status != Some(Status::Talks)
            && first == last
        {
            if order.is_none() {
                order = first;
                spans.push(("order_year", date.span));
            }
            continue;
        }
        let Some(cue) = governing_cue(&facts.cues, date.span) else {
            continue;
        };
        let role = match cue.date_role {
            // "all should be handed over in 2022": a plan for the end, not the whole period.
            DateRole::Delivery if cue.whole && cue.modal => DateRole::DeliveryLast,
            DateRole::Delivery if cue.whole && !cue.completes => {
                // "all were delivered in 2023": the whole delivery period is that date.
                firsts.extend(first);
                lasts.extend(last);
                spans.push(("delivery_years", date.span));
                continue;
            }
            // "the remaining two have been delayed, and they are expected to arrive in 2026": a
            // plan for the rest of a deal dates its end.
            DateRole::Delivery
                if cue.modal && lexicon::speaks_of_the_rest(&facts.text[..cue.span.start]) =>
            {
                DateRole::DeliveryLast
            }
            // "the last is due by the end of 2029": a date bounding the end ends the deliveries.
            DateRole::Delivery if cue.completes && (first == last || first.is_none()) => {
                DateRole::DeliveryLast
            }
            DateRole::Delivery if first_batch_clause && dci == ci => DateRole::DeliveryFirst,
            role => role,
        };
        match role {
            DateRole::Order
                if status != Some(Status::Talks)
                    && (first == last || first.is_none() || last.is_none())
                    && order.is_none() =>
            {
                order = first.or(last);
                spans.push(("order_year", date.span));
            }
            DateRole::DeliveryFirst => {
                firsts.extend(first.or(last));
                spans.push(("delivery_years", date.span));
            }
            DateRole::DeliveryLast => {
                lasts.extend(last.or(first));
                spans.push(("delivery_years", date.span));
            }
            // "between 2026 and 2028": a period that states its own end, done or planned.
            DateRole::Delivery if first.is_some() && last.is_some() && first != last => {
                firsts.extend(first);
                lasts.extend(last);
                spans.push(("delivery_years", date.span));
            }
            // "will be delivered in 2026 and 2027": the years of a plan, its last one included.
            DateRole::Delivery if cue.modal => {
                firsts.extend(first);
                planned.extend(last);
                spans.push(("delivery_years", date.span));
            }
            DateRole::Delivery => {
                firsts.extend(first);
                plain_lasts.extend(last);
                spans.push(("delivery_years", date.span));
            }
            _ => {}
        }
    }
    if planned.len() >= 2 {
        lasts.extend(planned.iter().max());
    } else {
        plain_lasts.extend(planned);
    }
    // Deliveries still under way have no last year unless the text gives their end.
    if !matches!(
        status,
        Some(Status::Delivering | Status::Ordered | Status::Talks)
    ) {
        lasts.extend(plain_lasts);
    }
    let delivery = (!firsts.is_empty() || !lasts.is_empty()).then(|| YearRange {
        first: firsts.iter().copied().min(),
        last: lasts.iter().copied().max(),
    });
    (order, delivery, spans)
}

/// Years a sentence without items establishes for the sentences after it.
fn scene_years(facts: &SentenceFacts) -> (Option<i32>, Option<YearRange>) {
    let mut order = None;
    let mut delivery = None;
    for date in &facts.dates {
        match governing_cue(&facts.cues, date.span).map(|c| c.date_role) {
            Some(DateRole::Order) => order = order.or(date.years.first),
            Some(DateRole::Delivery | DateRole::DeliveryFirst | DateRole::DeliveryLast) => {
                delivery = delivery.or(Some(date.years))
            }
            _ => {}
        }
    }
    (order, delivery)
}

/// The deal value for `item`: money in its clause, nearest after the item first (the value
/// usually follows what it buys), skipping portfolios, investments and shares.
fn value_of(facts: &SentenceFacts, clauses: &[Span], item: &Item) -> Option<(Money, Span)> {
    let s = facts.text;
    let candidates: Vec<&MoneyMatch> = facts
        .money
        .iter()
        .filter(|m| !names_a_figure_before(&s[..m.span.start]))
        .collect();
    let owner_of = |m: &MoneyMatch| -> Option<usize> {
        let mci = clauses::index_of(clauses, m.span.start);
        let before = facts.items.iter().enumerate().rfind(|(_, i)| {
            i.span.end <= m.span.start && clauses::index_of(clauses, i.span.start) == mci
        });
        let after = facts.items.iter().enumerate().find(|(_, i)| {
            i.span.start >= m.span.end && clauses::index_of(clauses, i.span.start) == mci
        });
        before
            .or(after)
            .map(|(k, _)| k)
            .or(if facts.items.len() == 1 {
                Some(0)
            } else {
                None
            })
    };
    let me = facts.items.iter().position(|i| std::ptr::eq(i, item))?;
    let found = candidates.into_iter().find(|m| owner_of(m) == Some(me))?;
    // "PLN 8.25 billion, or about $1.75 billion": the text's own dollar figure is the one a
    // register compares across sources.
    let converted = facts.money.iter().find(|d| {
        found.money.currency != "USD"
            && d.money.currency == "USD"
            && d.span.start >= found.span.end
            && CONVERSION_GAP.is_match(&s[found.span.end..d.span.start])
    });
    let chosen = converted.unwrap_or(found);
    Some((chosen.money.clone(), chosen.span))
}

/// Between an amount and its dollar conversion: ", or roughly", " (about".
static CONVERSION_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^\s*(?:,\s*)?(?:\(|or\s+|i\.e\.\s+|then\s+|at\s+the\s+time\s+)(?:about|roughly|around|some|approximately|nearly|almost|just\s+over|just\s+under|then\s+some|then\s+about)?\s*$").expect("conversion regex")
});

/// A count and "for"/"to" right before a state: "four for Austria", "five to the Netherlands".
static SHARE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)(?:^|[\s,;(])(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:[a-z-]+\s+)?(?:for|to|go(?:ing)?\s+to)\s+(?:the\s+)?$").expect("share regex")
});

/// Each state given its own share of the item after it ("four for Austria and five for the
/// Netherlands"): (state, count, span of the share). Empty unless at least two shares.
fn shares_per_recipient(
    s: &str,
    parties: &[Party],
    item: &Item,
    supplier: &str,
) -> Vec<(String, u64, Span)> {
    let mut out: Vec<(String, u64, Span)> = Vec::new();
    for p in parties
        .iter()
        .filter(|p| p.span.start >= item.span.end && p.code != supplier)
        .filter(|p| p.via != crate::mentions::PartyVia::Adjective)
    {
        let before = &s[item.span.end..p.span.start];
        let Some(c) = SHARE_BEFORE.captures(before) else {
            continue;
        };
        let n = c.name("n").expect("count group");
        let Some(value) = whole_count(n.as_str()) else {
            continue;
        };
        if !out.iter().any(|(code, _, _)| *code == p.code) {
            let start = item.span.end + n.start();
            out.push((p.code.clone(), value, Span::new(start, p.span.end)));
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// "from Hungary, which bought two in 2020": a buyer and its own relative clause.
static RELATIVE_BUYER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)[;,]\s*(?:and\s+)?(?:also\s+)?(?:from|to)\s+(?:the\s+)?$")
        .expect("relative buyer regex")
});
static WHICH_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::build(r"^,?\s+(?:which|who)\b").expect("which regex"));

/// Further buyers of `item` listed after it, each with a relative clause telling its own part
/// of the story: one transfer each, with the count, stage and years of its clause.
fn relative_buyers(
    facts: &SentenceFacts,
    parties: &[Party],
    item: &Item,
    first: &Transfer,
    extent: Span,
) -> (Vec<Transfer>, Option<usize>) {
    let s = facts.text;
    let listed: Vec<&Party> = parties
        .iter()
        .filter(|p| p.span.start >= extent.end.min(s.len()) || p.span.start > item.span.end)
        .filter(|p| p.via != crate::mentions::PartyVia::Adjective)
        .filter(|p| {
            RELATIVE_BUYER_BEFORE.is_match(&s[..p.span.start])
                && WHICH_AFTER.is_match(&s[p.span.end..])
        })
        .filter(|p| {
            Some(&p.code) != first.recipient.as_ref() && Some(&p.code) != first.supplier.as_ref()
        })
        .collect();
    let mut out = Vec::new();
    for (k, p) in listed.iter().enumerate() {
        let end = listed.get(k + 1).map_or(s.len(), |next| next.span.start);
        let segment = Span::new(p.span.end, end);
        let mut t = first.clone();
        t.recipient = Some(p.code.clone());
        t.evidence = first.evidence.clone();
        t.status = status_of(s, &facts.cues, segment)
            .filter(|_| facts.cues.iter().any(|c| segment.contains(c.span)));
        t.value = None;
        t.quantity = count_in(facts, segment).map(|(q, _)| q);
        let (mut order, mut firsts, mut lasts) = (None, Vec::new(), Vec::new());
        for d in facts.dates.iter().filter(|d| segment.contains(d.span)) {
            let cue = facts
                .cues
                .iter()
                .filter(|c| segment.contains(c.span) && c.date_role != DateRole::None)
                .rfind(|c| c.span.end <= d.span.start);
            match cue.map(|c| c.date_role) {
                Some(DateRole::Order) if t.status != Some(Status::Talks) => {
                    order = order.or(d.years.first)
                }
                Some(DateRole::DeliveryFirst) => firsts.extend(d.years.first),
                Some(DateRole::DeliveryLast) => lasts.extend(d.years.last),
                Some(DateRole::Delivery) => {
                    firsts.extend(d.years.first);
                    if t.status == Some(Status::Delivered) {
                        lasts.extend(d.years.last);
                    }
                }
                _ => {}
            }
        }
        t.order_year = order;
        t.delivery_years = (!firsts.is_empty() || !lasts.is_empty()).then(|| YearRange {
            first: firsts.iter().copied().min(),
            last: lasts.iter().copied().max(),
        });
        t.field_spans = vec![("system".to_string(), item.span.shifted(facts.offset))];
        out.push(t);
    }
    (out, listed.first().map(|p| p.span.start))
}

/// The first count in `segment` of the sentence that is no year, date, range bound or vague
/// amount ("signed for five in 2019").
fn count_in(facts: &SentenceFacts, segment: Span) -> Option<(armscope_core::Quantity, Span)> {
    let s = facts.text;
    let in_dates = |x: Span| facts.dates.iter().any(|d| d.span.overlaps(x));
    facts
        .numbers
        .iter()
        .filter(|n| segment.contains(n.span))
        .find(|n| {
            !n.is_year_like
                && !n.plus
                && n.value >= 1.0
                && n.value.fract() == 0.0
                && !in_dates(n.span)
                && !crate::items::is_vague_amount(n.span.slice(s))
        })
        .map(|n| {
            let quantity = armscope_core::Quantity {
                value: n.value as u64,
                unit: None,
                qualifier: n.qualifier,
            };
            (quantity, n.span)
        })
}

/// "28 in 2016, 10 in 2017 and 14 in 2018": a count and a year, listed.
static COUNT_IN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?in\s+(?P<y>(?:19|20)\d{2})\b(?P<gap>\s*(?:,\s*|,?\s*and\s+|;\s*)?)").expect("count-in-year regex")
});

/// Batches of the item counted per year in one list after it: (count, year, what the year
/// dates, span). Empty unless the list has at least two batches in a row.
fn counts_by_year(
    s: &str,
    cues: &[Cue],
    item: &Item,
    extent: Span,
) -> Vec<(u64, i32, DateRole, Span)> {
    let from = item.span.end.max(extent.start);
    let until = extent.end.min(s.len());
    if from >= until {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut last_end = None;
    for c in COUNT_IN_YEAR.captures_iter(&s[from..until]) {
        let whole = c.get(0).expect("match");
        let start = from + whole.start();
        // The list must run on: each batch right after the one before.
        if let Some(end) = last_end {
            if start != end {
                if out.len() >= 2 {
                    break;
                }
                out.clear();
            }
        }
        let (Some(value), Ok(year)) = (whole_count(&c["n"]), c["y"].parse::<i32>()) else {
            out.clear();
            last_end = None;
            continue;
        };
        let role = cues
            .iter()
            .filter(|k| k.date_role != DateRole::None && k.date_role != DateRole::Statement)
            .rfind(|k| k.span.end <= start)
            .map_or(DateRole::Order, |k| k.date_role);
        let number_end = start + c.name("n").expect("n").as_str().len();
        out.push((value, year, role, Span::new(start, number_end)));
        last_end = Some(from + whole.end());
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// A whole count written in digits or words ("28", "1,200", "four").
fn whole_count(text: &str) -> Option<u64> {
    text.replace(',', "")
        .parse::<f64>()
        .ok()
        .or_else(|| armscope_normalize::parse_number_words(text))
        .filter(|v| *v >= 1.0 && v.fract() == 0.0)
        .map(|v| v as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_word_shortly_before_a_sum_marks_it() {
        assert!(names_a_figure_before("Its order portfolio stands at "));
        assert!(names_a_figure_before(
            "The company plans to invest roughly "
        ));
        assert!(names_a_figure_before("total arms exports reached "));
        assert!(!names_a_figure_before("The contract is worth "));
        // The word belongs to another clause, or lies more than 60 characters back.
        assert!(!names_a_figure_before(
            "The budget grew. The contract is worth "
        ));
        assert!(!names_a_figure_before("The budget; then "));
        assert!(!names_a_figure_before(
            "Its share of the market, as the minister put it at a long press conference, is "
        ));
        let gap = |n: usize| format!("its share{}", " ".repeat(n));
        assert!(names_a_figure_before(&gap(60)));
        assert!(!names_a_figure_before(&gap(61)));
    }

    #[test]
    fn only_sentences_with_an_acting_cue_or_a_continuation_may_report() {
        let cues = |s: &str| lexicon::find_cues(s);
        let yes = [
            "Deliveries began in 2019.",
            "It includes 12 launchers.",
            "Egypt ordered 24 jets.",
        ];
        for s in yes {
            assert!(may_report(s, &cues(s)), "{s}");
        }
        let no = ["The minister said so on Tuesday.", "The weather was fine."];
        for s in no {
            assert!(!may_report(s, &cues(s)), "{s}");
        }
    }
}
