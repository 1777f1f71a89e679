//! The register as FollowTheMoney entities (JSON Lines), for Aleph, OpenSanctions tooling and
//! other FtM consumers. Only real FtM schemata and properties are used
//! (`crates/fuse/data/ftm_schema.json` lists them; a test checks every entity against it):
//!
//! - a **state** is a `PublicBody` with `country` and `jurisdiction`: FtM has no schema for a
//!   state; the party to an arms deal is its government, the nearest FtM notion being a public
//!   body ("a ministry, department or state company"). `LegalEntity` would also fit but says
//!   less, and `Organization` is for entities that are not the state;
//! - a **deal** is a `Contract` whose `authority` (the party that issues it) is the recipient,
//!   the buyer; amount, currency, `contractDate` (the order year), `cancelled`, and the
//!   `proof` documents;
//! - the **supplier** is linked by a `ContractAward` (`supplier`, `contract`), which also
//!   carries the stage (`status`) and the delivery years (`startDate`, `endDate`);
//! - each **source document** is an `Article`, linked to the deal by a `Documentation` whose
//!   `summary` is the evidence sentence and whose `role` says whether it is a copy;
//! - **organisations** and **people** the source documents mention are `Organization` and
//!   `Person` entities, linked to their articles by `Documentation` (`role`: mentioned).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

use armscope_core::Status;
use jiff::civil::Date;
use serde::Serialize;

use crate::model::Deal;
use crate::render::format;

/// What the export needs besides the deals.
#[derive(Clone, Debug, Default)]
pub struct FtmContext {
    /// State names by code (`RU` → `Russia`); a state without one is named by its code.
    pub state_names: HashMap<String, String>,
    /// The deals' documents by id; a document missing here is still exported, by id.
    pub documents: HashMap<String, FtmDocument>,
}

/// A source document's metadata and the organisations and people it mentions.
#[derive(Clone, Debug, Default)]
pub struct FtmDocument {
    /// Headline.
    pub title: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// When.
    pub published: Option<Date>,
    /// Organisations mentioned.
    pub organizations: Vec<FtmParty>,
    /// People mentioned.
    pub people: Vec<FtmParty>,
}

/// An organisation or person: catalog id, name, state code.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FtmParty {
    /// Catalog id (or the recogniser's id for people outside it).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// State code, when known.
    pub state: Option<String>,
}

/// One FtM entity in its JSON form: `{"id", "schema", "properties": {name: [values]}}`.
#[derive(Debug, Serialize)]
struct Entity {
    id: String,
    schema: &'static str,
    properties: BTreeMap<&'static str, Vec<String>>,
}

impl Entity {
    fn new(id: String, schema: &'static str) -> Entity {
        Entity {
            id,
            schema,
            properties: BTreeMap::new(),
        }
    }

    /// Adds values to a property; empty values are left out (FtM has no nulls).
    fn set(&mut self, property: &'static str, values: impl IntoIterator<Item = String>) {
        let values: Vec<String> = values.into_iter().filter(|v| !v.is_empty()).collect();
        if !values.is_empty() {
            self.properties.entry(property).or_default().extend(values);
        }
    }
}

fn state_id(code: &str) -> String {
    format!("armscope-state-{}", code.to_lowercase())
}
fn article_id(doc: &str) -> String {
    format!("armscope-article-{doc}")
}

/// Writes the entities of `deals` as JSON Lines: states first, then per deal its contract,
/// award, articles and their links, then the organisations and people mentioned. Each entity is
/// written once.
pub fn ftm<W: Write>(deals: &[Deal], context: &FtmContext, mut w: W) -> io::Result<()> {
    for entity in entities(deals, context) {
        serde_json::to_writer(&mut w, &entity)?;
        w.write_all(b"\n")?;
    }
    w.flush()
}

fn entities(deals: &[Deal], context: &FtmContext) -> Vec<Entity> {
    let mut out = Vec::new();
    let states: BTreeSet<&str> = deals
        .iter()
        .flat_map(|d| [d.supplier.as_deref(), d.recipient.as_deref()])
        .flatten()
        .collect();
    for code in states {
        let mut state = Entity::new(state_id(code), "PublicBody");
        let name = context.state_names.get(code).cloned();
        state.set("name", [name.unwrap_or_else(|| code.to_string())]);
        state.set("country", [code.to_lowercase()]);
        state.set("jurisdiction", [code.to_lowercase()]);
        out.push(state);
    }
    let mut articles: BTreeSet<&str> = BTreeSet::new();
    for deal in deals {
        out.push(contract(deal, context));
        out.extend(award(deal));
        for source in &deal.sources {
            if articles.insert(&source.doc_id) {
                out.push(article(&source.doc_id, context));
            }
        }
        out.extend(documentation(deal));
    }
    out.extend(mentioned(&articles, context));
    out
}

fn contract(deal: &Deal, context: &FtmContext) -> Entity {
    let mut c = Entity::new(format!("armscope-deal-{}", deal.id), "Contract");
    let name = |code: &Option<String>| match code {
        Some(code) => context
            .state_names
            .get(code)
            .cloned()
            .unwrap_or(code.clone()),
        None => "unknown".to_string(),
    };
    c.set(
        "name",
        [format!(
            "{} {}, {} to {} ({})",
            deal.system,
            deal.kind.as_str(),
            name(&deal.supplier),
            name(&deal.recipient),
            deal.id
        )],
    );
    c.set("authority", deal.recipient.as_deref().map(state_id));
    c.set("type", [deal.kind.as_str().to_string()]);
    c.set(
        "contractDate",
        deal.order_year.chosen.map(|y| y.to_string()),
    );
    set_money(&mut c, deal);
    if deal.status.chosen == Some(Status::Cancelled) {
        c.set("cancelled", ["true".to_string()]);
    }
    c.set("summary", [summary(deal)]);
    c.set(
        "description",
        format::conflicts(deal, format::money, format::quantity)
            .into_iter()
            .map(|line| format!("sources disagree on {line}")),
    );
    c.set("notes", format::copies(deal));
    let mut keywords = vec![deal.system.clone(), deal.family.clone()];
    keywords.extend(deal.category.clone());
    keywords.dedup();
    c.set("keywords", keywords);
    let countries: BTreeSet<String> = [&deal.supplier, &deal.recipient]
        .into_iter()
        .flatten()
        .map(|c| c.to_lowercase())
        .collect();
    c.set("country", countries);
    let urls: BTreeSet<String> = deal.sources.iter().filter_map(|s| s.url.clone()).collect();
    c.set("sourceUrl", urls);
    let docs: BTreeSet<String> = deal.sources.iter().map(|s| article_id(&s.doc_id)).collect();
    c.set("proof", docs);
    c
}

/// Chosen amount; `amountUsd` only when the text gave dollars (never converted).
fn set_money(entity: &mut Entity, deal: &Deal) {
    if let Some(money) = &deal.value.chosen {
        entity.set("amount", [money.amount.to_string()]);
        entity.set("currency", [money.currency.clone()]);
        if money.currency == "USD" {
            entity.set("amountUsd", [money.amount.to_string()]);
        }
    }
}

/// `stage delivered; quantity 24; ordered 2015; delivered 2016–2018; 4 independent source(s)`.
fn summary(deal: &Deal) -> String {
    let mut parts = Vec::new();
    if let Some(status) = deal.status.chosen {
        parts.push(format!("stage {}", status.as_str()));
    }
    if let Some(q) = &deal.quantity.chosen {
        parts.push(format!("quantity {}", format::quantity(q)));
    }
    if let Some(m) = &deal.value.chosen {
        parts.push(format!("value {}", format::money(m)));
    }
    if let Some(y) = deal.order_year.chosen {
        parts.push(format!("ordered {y}"));
    }
    if let Some(r) = &deal.delivery_years.chosen {
        parts.push(format!("delivered {}", format::years(r)));
    }
    parts.push(format!(
        "{} independent source(s)",
        deal.independent_sources
    ));
    parts.join("; ")
}

fn award(deal: &Deal) -> Option<Entity> {
    // ContractAward requires a supplier; with none known there is nothing to award.
    let supplier = deal.supplier.as_deref()?;
    let mut a = Entity::new(format!("armscope-award-{}", deal.id), "ContractAward");
    a.set("supplier", [state_id(supplier)]);
    a.set("contract", [format!("armscope-deal-{}", deal.id)]);
    a.set("role", ["supplier".to_string()]);
    a.set("recordId", [deal.id.clone()]);
    a.set("status", deal.status.chosen.map(|s| s.as_str().to_string()));
    if let Some(years) = &deal.delivery_years.chosen {
        a.set("startDate", years.first.map(|y| y.to_string()));
        a.set("endDate", years.last.map(|y| y.to_string()));
    }
    set_money(&mut a, deal);
    a.set(
        "summary",
        deal.quantity
            .chosen
            .as_ref()
            .map(|q| format!("{} {}", format::quantity(q), deal.system)),
    );
    Some(a)
}

fn article(doc: &str, context: &FtmContext) -> Entity {
    let mut a = Entity::new(article_id(doc), "Article");
    let meta = context.documents.get(doc);
    let title = meta.and_then(|m| m.title.clone());
    a.set("name", [title.clone().unwrap_or_else(|| doc.to_string())]);
    a.set("title", title);
    a.set("fileName", [doc.to_string()]);
    a.set("sourceUrl", meta.and_then(|m| m.url.clone()));
    a.set(
        "publishedAt",
        meta.and_then(|m| m.published).map(|d| d.to_string()),
    );
    a
}

/// One `Documentation` per document of the deal: its evidence sentences, and whether it copies
/// another source (then it is no independent confirmation).
fn documentation(deal: &Deal) -> Vec<Entity> {
    let mut by_doc: BTreeMap<&str, Vec<&crate::model::Source>> = BTreeMap::new();
    for source in &deal.sources {
        by_doc.entry(&source.doc_id).or_default().push(source);
    }
    by_doc
        .into_iter()
        .map(|(doc, sources)| {
            let mut d = Entity::new(
                format!("armscope-documentation-{}-{doc}", deal.id),
                "Documentation",
            );
            d.set("document", [article_id(doc)]);
            d.set("entity", [format!("armscope-deal-{}", deal.id)]);
            let copy_of = sources.iter().find_map(|s| s.copy_of.clone());
            let role = if copy_of.is_some() { "copy" } else { "source" };
            d.set("role", [role.to_string()]);
            d.set(
                "description",
                copy_of.map(|original| format!("repeats the text of {original}")),
            );
            d.set("summary", sources.iter().map(|s| s.evidence.text.clone()));
            d.set("date", sources[0].published.map(|p| p.to_string()));
            d
        })
        .collect()
}

/// Organisations and people the exported articles mention, each once, with one
/// `Documentation` per article that mentions them.
fn mentioned(articles: &BTreeSet<&str>, context: &FtmContext) -> Vec<Entity> {
    let mut parties: BTreeMap<(&'static str, &FtmParty), BTreeSet<&str>> = BTreeMap::new();
    for &doc in articles {
        let Some(meta) = context.documents.get(doc) else {
            continue;
        };
        for org in &meta.organizations {
            parties
                .entry(("Organization", org))
                .or_default()
                .insert(doc);
        }
        for person in &meta.people {
            parties.entry(("Person", person)).or_default().insert(doc);
        }
    }
    let mut out = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for ((schema, party), docs) in parties {
        let prefix = if schema == "Person" { "person" } else { "org" };
        let id = format!("armscope-{prefix}-{}", party.id);
        if !seen.insert(id.clone()) {
            continue;
        }
        let mut e = Entity::new(id.clone(), schema);
        e.set("name", [party.name.clone()]);
        let country = if schema == "Person" {
            "nationality"
        } else {
            "country"
        };
        e.set(country, party.state.as_ref().map(|s| s.to_lowercase()));
        out.push(e);
        for doc in docs {
            let mut d = Entity::new(
                format!("armscope-documentation-{prefix}-{}-{doc}", party.id),
                "Documentation",
            );
            d.set("document", [article_id(doc)]);
            d.set("entity", [id.clone()]);
            d.set("role", ["mentioned".to_string()]);
            out.push(d);
        }
    }
    out
}
