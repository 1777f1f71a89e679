//! Events other than transfers: agreements, meetings, exercises, sanctions, aggregate
//! figures, and the roles the text gives to people.
//!
//! Each kind is a plain function from one analysed sentence ([`View`]) to its events. The
//! analysis is built only for sentences that contain a cue of some kind (`words::TRIGGER`),
//! so news without such events costs one regex scan per sentence. The vocabulary lives in
//! `words`; the files per kind hold structure only.

mod agreement;
mod exercise;
mod figure;
mod meeting;
mod roles;
mod sanction;
mod words;

use armscope_catalog::{Catalog, OrgType, StateForm, Target};
use armscope_core::{
    Actor, Document, EntityKind, Event, EventDate, EventDetail, Evidence, PersonRole, Span,
};
use armscope_normalize::{DateMatch, MoneyMatch, NumberMatch};

use crate::mentions::Found;
use crate::people::PersonMention;
use crate::sentences::Sentence;

/// What event extraction reads: the text and the analysis the earlier stages made of it.
pub(crate) struct Input<'a> {
    pub catalog: &'a Catalog,
    pub doc: &'a Document,
    pub sentences: &'a [Sentence],
    pub found: &'a [Found],
    pub people: &'a [PersonMention],
    /// The numbers, sums and dates the transfer rules found in the sentences that
    /// [`wants`] (in sentence order); a sentence missing here is analysed afresh.
    pub analysed: &'a [Analysed],
}

/// What the transfer rules found in one sentence that the event rules read too.
pub(crate) struct Analysed {
    pub sentence: usize,
    pub dates: Vec<DateMatch>,
    pub numbers: Vec<NumberMatch>,
    pub money: Vec<MoneyMatch>,
}

/// Whether a sentence has a cue of any event kind.
pub(crate) fn wants(sentence: &str) -> bool {
    words::TRIGGER.is_match(sentence)
}

/// A named actor with how it was named, in document coordinates.
#[derive(Clone, Debug)]
pub(crate) struct Named {
    pub actor: Actor,
    /// For a state: by name, adjective or capital.
    pub form: Option<StateForm>,
}

impl Named {
    fn is_person(&self) -> bool {
        self.actor.kind == EntityKind::Person
    }
}

/// One sentence with everything the event rules look at, in sentence coordinates except
/// the actors' spans, which stay in document coordinates (as the events report them).
pub(crate) struct View<'a> {
    /// The whole document's text.
    pub doc: &'a str,
    pub text: &'a str,
    pub offset: usize,
    pub named: Vec<Named>,
    pub dates: Vec<DateMatch>,
    pub money: Vec<MoneyMatch>,
    pub numbers: Vec<NumberMatch>,
    /// Spans of catalogued systems: a transfer's object, never a party.
    pub systems: Vec<Span>,
    pub hedged: bool,
}

impl View<'_> {
    /// A span of the sentence in document coordinates.
    fn absolute(&self, local: Span) -> Span {
        local.shifted(self.offset)
    }

    /// A document span in sentence coordinates.
    fn local(&self, absolute: Span) -> Span {
        Span::new(absolute.start - self.offset, absolute.end - self.offset)
    }

    /// The actors whose span lies in the sentence's `[start, end)` (sentence coordinates).
    fn named_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Named> {
        self.named.iter().filter(move |n| {
            let s = self.local(n.actor.span);
            s.start >= start && s.end <= end
        })
    }

    /// An actor named at a place: the place of a meeting, not a party to it ("in Moscow").
    fn is_place(&self, n: &Named) -> bool {
        let s = self.local(n.actor.span);
        words::PLACE_BEFORE.is_match(&self.text[..s.start])
    }

    /// Evidence running from this sentence to the end of a later one.
    fn evidence_through(&self, later: &View) -> Evidence {
        let end = later.offset + later.text.len();
        Evidence {
            text: self.doc[self.offset..end].to_string(),
            start: self.offset,
            end,
        }
    }

    fn evidence(&self) -> Evidence {
        Evidence {
            text: self.text.to_string(),
            start: self.offset,
            end: self.offset + self.text.len(),
        }
    }

    /// The date nearest the cue: first one after it within the clause, else the last one
    /// before it. Dates inside `skip` (an exercise's "-2019") are names, not dates.
    fn date_near(&self, cue: Span, skip: Option<Span>) -> Option<&DateMatch> {
        let usable = |d: &&DateMatch| !skip.is_some_and(|s| s.overlaps(d.span));
        let after = self.dates.iter().filter(usable).find(|d| {
            d.span.start >= cue.end
                && !words::CLAUSE_BREAK.is_match(&self.text[cue.end..d.span.start])
        });
        after.or_else(|| {
            self.dates
                .iter()
                .filter(usable)
                .rfind(|d| d.span.end <= cue.start)
        })
    }

    /// An event of this sentence with its date and the spans of its fields.
    fn event(
        &self,
        detail: EventDetail,
        date: Option<&DateMatch>,
        mut spans: Vec<(String, Span)>,
    ) -> Event {
        if let Some(d) = date {
            spans.push(("date".into(), self.absolute(d.span)));
        }
        Event {
            detail,
            date: date.map(event_date),
            hedged: self.hedged,
            evidence: self.evidence(),
            field_spans: spans,
        }
    }
}

fn event_date(d: &DateMatch) -> EventDate {
    let (first, last) = (d.years.first, d.years.last);
    EventDate {
        year: first.or(last),
        last_year: last.filter(|l| first.is_some_and(|f| f != *l)),
        month: d.month,
        day: d.day,
        text: d.text.clone(),
    }
}

/// Every event of the document in text order, and the roles of the people in it.
pub(crate) fn find(input: &Input) -> (Vec<Event>, Vec<PersonRole>) {
    let mut named = named_actors(input);
    let roles = roles::find(&input.doc.text, input.sentences, &named);
    // A person keeps the role the text gave them once ("Putin" after "President Putin").
    let mut first_role: std::collections::HashMap<&str, &str> = Default::default();
    for r in &roles {
        first_role.entry(&r.person_id).or_insert(&r.role);
    }
    for n in named.iter_mut().filter(|n| n.is_person()) {
        n.actor.role = n
            .actor
            .id
            .as_deref()
            .and_then(|id| first_role.get(id))
            .map(|role| role.to_string());
    }
    let views: Vec<(View, regex::SetMatches)> = input
        .sentences
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let kinds = words::TRIGGER.matches(s.span.slice(&input.doc.text));
            kinds
                .matched_any()
                .then(|| (view(input, i, s.span, &named, &roles), kinds))
        })
        .collect();
    let mut events = Vec::new();
    for (i, (v, kinds)) in views.iter().enumerate() {
        if kinds.matched(words::AGREEMENT) {
            events.extend(agreement::find(v));
        }
        if kinds.matched(words::MEETING) {
            events.extend(meeting::find(v));
        }
        if kinds.matched(words::EXERCISE) {
            events.extend(exercise::find(v));
        }
        if kinds.matched(words::SANCTION) {
            // The next sentence may give the legal basis ("…under CAATSA.").
            let next = views
                .get(i + 1)
                .map(|(n, _)| n)
                .filter(|n| n.offset <= v.offset + v.text.len() + 2);
            events.extend(sanction::find(v, next));
        }
        if kinds.matched(words::FIGURE) {
            events.extend(figure::find(v));
        }
    }
    (events, roles)
}

/// States and organisations the catalog found, and the people, in text order.
fn named_actors(input: &Input) -> Vec<Named> {
    let c = input.catalog;
    let mut out: Vec<Named> = input
        .found
        .iter()
        .filter_map(|f| {
            let (kind, id, name, form) = match f.target {
                Target::State { index, form } => {
                    let s = &c.states()[index];
                    (EntityKind::Country, &s.code, &s.name, Some(form))
                }
                Target::Organization(i) => {
                    let o = &c.organizations()[i];
                    // News agencies and think tanks report events; they do not take part.
                    if matches!(o.org_type, OrgType::NewsAgency | OrgType::ThinkTank) {
                        return None;
                    }
                    (EntityKind::Organization, &o.id, &o.name, None)
                }
                Target::System(_) | Target::Person(_) => return None,
            };
            Some(Named {
                actor: actor(kind, Some(id.clone()), name.clone(), f.span),
                form,
            })
        })
        .collect();
    out.extend(input.people.iter().map(|p| Named {
        actor: actor(
            EntityKind::Person,
            Some(p.id.clone()),
            p.name.clone(),
            p.span,
        ),
        form: None,
    }));
    out.sort_by_key(|n| (n.actor.span.start, n.actor.span.end));
    out
}

fn actor(kind: EntityKind, id: Option<String>, name: String, span: Span) -> Actor {
    Actor {
        kind,
        id,
        name,
        role: None,
        span,
    }
}

/// The analysis of one sentence. Numbers and dates inside a system's designation ("PzH
/// 2000") are left out, as the transfer rules do; so are the words of people's roles, which
/// are not parties ("Russian President Putin": Russia is Putin's, not a party of its own).
fn view<'a>(
    input: &'a Input,
    sentence: usize,
    span: Span,
    named: &[Named],
    roles: &[PersonRole],
) -> View<'a> {
    let text = span.slice(&input.doc.text);
    let local = |x: Span| Span::new(x.start - span.start, x.end - span.start);
    let systems: Vec<Span> = crate::starting_in(input.found, |f| f.span, span.start, span.end)
        .iter()
        .filter(|f| matches!(f.target, Target::System(_)) && span.contains(f.span))
        .map(|f| local(f.span))
        .collect();
    let (dates, numbers, money) = match input
        .analysed
        .binary_search_by_key(&sentence, |a| a.sentence)
    {
        Ok(i) => {
            let a = &input.analysed[i];
            (a.dates.clone(), a.numbers.clone(), a.money.clone())
        }
        Err(_) => {
            // A sentence the transfer loop did not analyse (only when called on its own).
            let in_designation = |x: Span| systems.iter().any(|s| s.overlaps(x));
            let scan = armscope_normalize::Scan::new(text);
            let mut dates = scan.dates(input.doc.published);
            dates.retain(|d| !in_designation(d.span));
            let mut numbers = scan.numbers();
            numbers.retain(|n| !in_designation(n.span));
            (dates, numbers, scan.money().to_vec())
        }
    };
    let in_role =
        |n: &Named| !n.is_person() && roles.iter().any(|r| r.role_span.overlaps(n.actor.span));
    View {
        doc: &input.doc.text,
        text,
        offset: span.start,
        named: crate::starting_in(named, |n| n.actor.span, span.start, span.end)
            .iter()
            .filter(|n| span.contains(n.actor.span) && !in_role(n))
            .cloned()
            .collect(),
        money,
        numbers,
        dates,
        systems,
        hedged: crate::lexicon::is_hedged(text),
    }
}

/// Actors as the events report them: in order, each once (by id, or by name when uncatalogued).
fn distinct(actors: impl IntoIterator<Item = Actor>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    for a in actors {
        if !out
            .iter()
            .any(|o| o.kind == a.kind && o.id == a.id && o.name == a.name)
        {
            out.push(a);
        }
    }
    out
}

/// A capitalised run of words in `text` starting at `at` (after spaces), as an
/// uncatalogued organisation: "the Technology Development Department of the …".
fn capitalised_run(text: &str, at: usize) -> Option<Span> {
    let m = words::CAPITALISED_RUN.find(&text[at..])?;
    let run = m.as_str().trim_end_matches(['.', ',', ' ']);
    let lead = run.len() - run.trim_start().len();
    (run.len() > lead).then(|| Span::new(at + m.start() + lead, at + m.start() + run.len()))
}

/// Where the clause holding `at` starts: after the last clause break before it.
fn clause_start(text: &str, at: usize) -> usize {
    words::CLAUSE_BREAK
        .find_iter(&text[..at])
        .last()
        .map_or(0, |m| m.end())
}

/// The clause around `span`: from the last clause break before it to the first after it.
fn clause_around(text: &str, span: Span) -> (usize, usize) {
    let end = words::CLAUSE_BREAK
        .find(&text[span.end..])
        .map_or(text.len(), |m| span.end + m.start());
    (clause_start(text, span.start), end)
}
