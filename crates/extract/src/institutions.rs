//! State institutions the catalog does not list one by one: a state adjective followed by an
//! institution noun ("Romanian Army", "Czech Air Force", "Lithuanian Parliament") names an
//! organisation of that state.

use std::sync::LazyLock;

use armscope_catalog::{Catalog, StateForm, Target};
use armscope_core::{EntityKind, EntityMention, Span};
use regex::Regex;

use crate::mentions::Found;

static INSTITUTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^\s+(?:Army|Navy|Air\s+Force|Armed\s+Forces|Land\s+Forces|Ground\s+Forces|Coast\s+Guard|Marine\s+Corps|Special\s+Forces|National\s+Guard|Parliament|Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Defen[cs]e\s+Ministry|Defen[cs]e\s+Forces|General\s+Staff)\b").expect("institution regex")
});

/// Organisation mentions for adjective + institution phrases not already covered by a hit.
pub fn find(catalog: &Catalog, text: &str, found: &[Found]) -> Vec<EntityMention> {
    let mut out = Vec::new();
    for f in found {
        let Target::State {
            index,
            form: StateForm::Adjective,
        } = f.target
        else {
            continue;
        };
        let Some(m) = INSTITUTION_AFTER.find(&text[f.span.end..]) else {
            continue;
        };
        let span = Span::new(f.span.start, f.span.end + m.end());
        // Hits do not nest, so only the few starting just before `span` can reach into it.
        let lo = found
            .partition_point(|g| g.span.start < span.start)
            .saturating_sub(8);
        let hi = found.partition_point(|g| g.span.start < span.end);
        if found[lo..hi.max(lo)]
            .iter()
            .any(|g| g.span != f.span && g.span.overlaps(span))
        {
            continue;
        }
        let noun = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let name = format!("{} {}", f.span.slice(text), noun);
        let id = format!(
            "org:{}-{}",
            catalog.states()[index].code.to_lowercase(),
            noun.to_lowercase().replace(' ', "-")
        );
        out.push(EntityMention {
            span,
            kind: EntityKind::Organization,
            id,
            name,
            rule: "rule:state-institution".into(),
        });
    }
    out
}
