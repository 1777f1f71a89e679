//! The JSON Lines that `armscope extract` prints, as `../shared/eval/SCHEMA.md` specifies:
//! one `transfer` object per transfer, one `entity` object per distinct named thing.

use armscope_core::{EntityMention, Transfer};
use serde_json::{json, Value};

use crate::Extraction;

/// The schema objects for one document, transfers first, then entities in order of first mention.
pub fn json_lines(doc_id: &str, text: &str, extraction: &Extraction) -> Vec<Value> {
    let mut out: Vec<Value> = extraction
        .transfers
        .iter()
        .map(|t| transfer(doc_id, text, t))
        .collect();
    out.extend(entities(doc_id, text, &extraction.mentions));
    out
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
