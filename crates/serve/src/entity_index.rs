//! Entities: every state, system, organisation and person mentioned in a stored document,
//! plus the parties and families of deals (a deal can name a state no mention spelled out).

use std::collections::{BTreeSet, HashMap};

use armscope_core::{EntityKind, EntityMention};
use armscope_fuse::Deal;
use serde::Serialize;

/// One entity with how often and where it is mentioned.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Entity {
    pub kind: EntityKind,
    pub id: String,
    pub name: String,
    /// Mentions over all documents.
    pub mentions: usize,
    /// Documents that mention it, sorted.
    #[serde(skip)]
    pub documents: Vec<String>,
    #[serde(skip)]
    pub name_lc: String,
}

/// All entities, sorted by kind then name, with a lookup by kind and id.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub list: Vec<Entity>,
    by_key: HashMap<(EntityKind, String), usize>,
}

impl Entities {
    /// State code → canonical name, from the country mentions.
    pub fn country_names(mentions: &[(String, Vec<EntityMention>)]) -> HashMap<String, String> {
        mentions
            .iter()
            .flat_map(|(_, ms)| ms)
            .filter(|m| m.kind == EntityKind::Country)
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect()
    }

    pub fn build(mentions: Vec<(String, Vec<EntityMention>)>, deals: &[Deal]) -> Entities {
        let mut found: HashMap<(EntityKind, String), (String, usize, BTreeSet<String>)> =
            HashMap::new();
        for (doc, ms) in mentions {
            for m in ms {
                let entry = found
                    .entry((m.kind, m.id))
                    .or_insert_with(|| (m.name, 0, BTreeSet::new()));
                entry.1 += 1;
                entry.2.insert(doc.clone());
            }
        }
        let mut unmentioned = |kind, id: &str, name: &str| {
            found
                .entry((kind, id.to_owned()))
                .or_insert_with(|| (name.to_owned(), 0, BTreeSet::new()));
        };
        for deal in deals {
            for party in [&deal.supplier, &deal.recipient].into_iter().flatten() {
                unmentioned(EntityKind::Country, party, party);
            }
            unmentioned(EntityKind::System, &deal.family, &deal.system);
        }
        let mut list: Vec<Entity> = found
            .into_iter()
            .map(|((kind, id), (name, mentions, docs))| Entity {
                kind,
                name_lc: name.to_lowercase(),
                id,
                name,
                mentions,
                documents: docs.into_iter().collect(),
            })
            .collect();
        list.sort_by(|a, b| (a.kind, &a.name_lc, &a.id).cmp(&(b.kind, &b.name_lc, &b.id)));
        let by_key = list
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.id.clone()), i))
            .collect();
        Entities { list, by_key }
    }

    pub fn get(&self, kind: EntityKind, id: &str) -> Option<&Entity> {
        self.by_key
            .get(&(kind, id.to_owned()))
            .map(|&i| &self.list[i])
    }
}
