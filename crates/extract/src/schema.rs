//! The JSON Lines that `armscope extract` prints, as `../shared/eval/SCHEMA.md` specifies:
//! one `transfer` object per transfer, one `entity` object per distinct named thing (people
//! with the `role` and `organization` the text gives them), then one object per other event
//! (`agreement`, `meeting`, `exercise`, `sanction`, `figure`), which the scorer ignores.

use std::collections::HashMap;

use armscope_core::{EntityKind, EntityMention, Event, PersonRole, Span, Transfer};
use serde_json::{json, Value};

use crate::Extraction;

/// The schema objects for one document: transfers first, then entities in order of first
/// mention, then the other events in text order.
pub fn json_lines(doc_id: &str, text: &str, extraction: &Extraction) -> Vec<Value> {
    let mut out = Vec::new();
    for_each_line(doc_id, text, extraction, |v| {
        out.push(v);
        Ok::<(), std::convert::Infallible>(())
    })
    .unwrap_or_else(|never| match never {});
    out
}

/// The objects of [`json_lines`], in the same order, handed to `emit` one at a time, so that a
/// long document's output is written as it is made instead of held whole (a 50 MB document
/// makes some 160,000 lines). Stops at the first error `emit` returns.
pub fn for_each_line<E>(
    doc_id: &str,
    text: &str,
    extraction: &Extraction,
    mut emit: impl FnMut(Value) -> Result<(), E>,
) -> Result<(), E> {
    for t in &extraction.transfers {
        emit(transfer(doc_id, text, t))?;
    }
    let mut entities = entities(doc_id, text, &extraction.mentions);
    add_roles(&mut entities, &extraction.mentions, &extraction.roles);
    for e in entities {
        emit(e)?;
    }
    for e in &extraction.events {
        emit(event(doc_id, text, e))?;
    }
    Ok(())
}

/// One event: its own fields as serde writes them, with `doc`, and `field_spans` as an
/// object from field name to `{start, end, text}`.
pub fn event(doc_id: &str, text: &str, e: &Event) -> Value {
    let mut value = serde_json::to_value(e).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("doc".into(), json!(doc_id));
        let spans: serde_json::Map<String, Value> = e
            .field_spans
            .iter()
            .map(|(field, span)| {
                let at = json!({"start": span.start, "end": span.end, "text": span.slice(text)});
                (field.clone(), at)
            })
            .collect();
        map.insert("field_spans".into(), Value::Object(spans));
    }
    value
}

/// Gives each person entity the first role its mentions have. Looked up through maps: a long
/// document has thousands of people, mentions and roles.
fn add_roles(entities: &mut [Value], mentions: &[EntityMention], roles: &[PersonRole]) {
    let person_at: HashMap<Span, &str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .map(|m| (m.span, m.id.as_str()))
        .collect();
    let mut first_role: HashMap<&str, &PersonRole> = HashMap::new();
    for role in roles {
        if let Some(id) = person_at.get(&role.person_span) {
            first_role.entry(id).or_insert(role);
        }
    }
    for entity in entities.iter_mut().filter(|e| e["kind"] == "person") {
        let role = entity["id"]
            .as_str()
            .and_then(|id| first_role.get(id))
            .copied();
        if let (Some(role), Value::Object(map)) = (role, entity) {
            map.insert("role".into(), json!(role.role));
            let organization = role
                .organization
                .as_ref()
                .map(|o| json!({"kind": o.kind.as_str(), "id": o.id, "name": o.name}));
            map.insert("organization".into(), organization.unwrap_or(Value::Null));
        }
    }
}

fn transfer(doc_id: &str, text: &str, t: &Transfer) -> Value {
    // The designation as the sentence wrote it ("Gepard 3.9-class"), beside the catalog name.
    let as_written = t
        .field_spans
        .iter()
        .find(|(name, _)| name == "system")
        .and_then(|(_, span)| text.get(span.start..span.end));
    json!({
        "type": "transfer",
        "doc": doc_id,
        "supplier": t.supplier,
        "recipient": t.recipient,
        "system": t.system,
        "system_as_written": as_written,
        "system_id": t.system_id,
        "family": t.family,
        "category": t.category,
        "kind": t.kind.as_str(),
        "status": t.status.map(|s| s.as_str()),
        "quantity": t.quantity.as_ref().map(|q| q.value),
        "quantity_unit": t.quantity.as_ref().and_then(|q| q.unit.clone()),
        "quantity_qualifier": t.quantity.as_ref().map(|q| q.qualifier),
        "value_usd": t.value.as_ref().and_then(|m| m.usd()),
        "value": t.value,
        "order_year": t.order_year,
        "delivery_years": t.delivery_years.map(|y| json!([y.first, y.last])),
        "hedged": t.hedged,
        "evidence": {"text": t.evidence.text, "start": t.evidence.start, "end": t.evidence.end},
    })
}

fn entities(doc_id: &str, text: &str, mentions: &[EntityMention]) -> Vec<Value> {
    let mut groups: Vec<(&EntityMention, Vec<&EntityMention>)> = Vec::new();
    for m in mentions {
        match groups
            .iter_mut()
            .find(|(first, _)| first.kind == m.kind && first.id == m.id)
        {
            Some((_, all)) => all.push(m),
            None => groups.push((m, vec![m])),
        }
    }
    groups
        .into_iter()
        .map(|(first, all)| {
            let spans: Vec<Value> = all
                .iter()
                .map(|m| json!({"start": m.span.start, "end": m.span.end, "text": m.span.slice(text)}))
                .collect();
            json!({"type": "entity", "doc": doc_id, "kind": first.kind.as_str(), "id": first.id, "name": first.name, "mentions": spans})
        })
        .collect()
}
