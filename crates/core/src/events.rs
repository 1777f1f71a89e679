//! Events other than transfers that defence news reports: agreements, meetings, exercises,
//! sanctions and aggregate figures, and the roles the text gives to people.
//!
//! Every event carries its evidence sentence and the spans its fields came from, as a
//! [`Transfer`](crate::Transfer) does; spans are byte offsets into the document's text.

use serde::{Deserialize, Serialize};

use crate::{EntityKind, Evidence, Money, Span};

/// A state, organisation or person taking part in an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub kind: EntityKind,
    /// Catalog id (`RU`, `rostec`) or a person id; `None` for a name the catalog does not know
    /// ("the Technology Development Department").
    pub id: Option<String>,
    /// Canonical name, or the words of the text when not catalogued.
    pub name: String,
    /// What the text calls a person ("Defence Minister"), when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub span: Span,
}

/// A date as precisely as the text gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The year, or the first year of a period.
    pub year: Option<i32>,
    /// The last year of a period ("between 2019 and 2023"); absent for one year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// The words of the text ("November 24, 1992", "last month").
    pub text: String,
}

/// One event as one document reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(flatten)]
    pub detail: EventDetail,
    /// When it happened (signed, met, held, imposed), or the period a figure covers.
    pub date: Option<EventDate>,
    /// Reported with a hedge or as a threat ("reportedly", "could impose").
    pub hedged: bool,
    pub evidence: Evidence,
    /// Span of the text each filled field came from (`"name"`, `"date"`, `"place"`…).
    #[serde(default)]
    pub field_spans: Vec<(String, Span)>,
}

impl Event {
    /// The `type` name of the event in every output (`"agreement"`, `"figure"`…).
    pub fn type_name(&self) -> &'static str {
        match self.detail {
            EventDetail::Agreement { .. } => "agreement",
            EventDetail::Meeting { .. } => "meeting",
            EventDetail::Exercise { .. } => "exercise",
            EventDetail::Sanction { .. } => "sanction",
            EventDetail::Figure { .. } => "figure",
        }
    }
}

/// What kind of event, with the fields only that kind has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum EventDetail {
    /// A signed or named agreement that is not itself a contract for arms.
    Agreement {
        /// `agreement`, `memorandum`, `treaty`, `intergovernmental-agreement`…
        form: String,
        /// The agreement's own name when the text capitalises or quotes one.
        name: Option<String>,
        parties: Vec<Actor>,
    },
    /// Officials meeting, holding talks or visiting.
    Meeting {
        participants: Vec<Actor>,
        /// Where ("Moscow", "the Novo-Ogaryovo residence").
        place: Option<String>,
        /// The state of the place, when the catalog knows it.
        place_state: Option<String>,
    },
    /// A military exercise.
    Exercise {
        /// Its name ("Joint Sea-2019", "Zapad").
        name: Option<String>,
        parties: Vec<Actor>,
        /// `naval`, `air`, `land` as the text says.
        domains: Vec<String>,
    },
    /// Sanctions imposed, threatened or lifted.
    Sanction {
        /// `imposed`, `threatened` or `lifted`.
        action: String,
        imposer: Option<Actor>,
        targets: Vec<Actor>,
        /// The legal basis ("CAATSA section 231", "Entity List").
        basis: Option<String>,
    },
    /// An aggregate statement: an order portfolio, a share of exports, total exports.
    Figure {
        /// `order-portfolio`, `exports`, `imports`, `deliveries`.
        measure: String,
        /// Who or what the figure is about ("China accounts for…", "its order portfolio").
        subject: Actor,
        /// A sum of money, when the figure is one.
        value: Option<Money>,
        /// A share in per cent, when the figure is one.
        percent: Option<f64>,
    },
}

/// The role the text gives a person: "head of Rostec Sergey Chemezov".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonRole {
    /// Id of the person mention (catalog id or derived `person:` id).
    pub person_id: String,
    /// The person's name as mentioned.
    pub person_span: Span,
    /// The role words ("head", "Defence Minister", "vice chairman").
    pub role: String,
    /// The organisation or state the role belongs to, when the text names one.
    pub organization: Option<Actor>,
    /// Span of the whole role phrase, the organisation's words included ("Russian
    /// President", "director of the FSVTS").
    pub role_span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_reads_back_with_its_type_beside_its_fields() {
        let event = Event {
            detail: EventDetail::Sanction {
                action: "imposed".into(),
                imposer: Some(Actor {
                    kind: EntityKind::Country,
                    id: Some("US".into()),
                    name: "United States".into(),
                    role: None,
                    span: Span::new(0, 2),
                }),
                targets: Vec::new(),
                basis: Some("Entity List".into()),
            },
            date: None,
            hedged: false,
            evidence: Evidence {
                text: "US sanctions.".into(),
                start: 0,
                end: 13,
            },
            field_spans: vec![("action".into(), Span::new(3, 12))],
        };
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["type"], "sanction");
        assert_eq!(json["basis"], "Entity List");
        assert_eq!(event.type_name(), "sanction");
        let back: Event = serde_json::from_value(json).unwrap();
        assert_eq!(back, event);
    }
}
