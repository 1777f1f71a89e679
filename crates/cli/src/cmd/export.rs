//! `armscope export ftm`: the register in another data model.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use armscope_catalog::Catalog;
use armscope_core::EntityKind;
use armscope_fuse::render::{FtmContext, FtmDocument, FtmParty};
use armscope_fuse::Deal;
use armscope_store::Store;

use crate::settings::DbArg;

#[derive(clap::Subcommand)]
pub enum Command {
    /// FollowTheMoney entities as JSON Lines: states (PublicBody), deals (Contract), suppliers
    /// (ContractAward), source documents (Article, Documentation), mentioned organisations and
    /// people (Organization, Person).
    Ftm {
        #[command(flatten)]
        db: DbArg,
    },
}

pub fn run(catalog: Option<&Path>, command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Ftm { db } => {
            let mut store = crate::cmd::register::open_existing(&db.db)?;
            let deals = armscope_register::deals(&mut store)?;
            let catalog = crate::settings::load_catalog(catalog)?;
            let context = context(&store, &catalog, &deals)?;
            let mut out = BufWriter::new(std::io::stdout().lock());
            armscope_fuse::render::ftm(&deals, &context, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// State names from the catalog; the deals' documents with the organisations and people they
/// mention (states of both from the catalog).
fn context(store: &Store, catalog: &Catalog, deals: &[Deal]) -> anyhow::Result<FtmContext> {
    let state_names = catalog
        .states()
        .iter()
        .map(|s| (s.code.clone(), s.name.clone()))
        .collect();
    let org_states: HashMap<&str, Option<&String>> = catalog
        .organizations()
        .iter()
        .map(|o| (o.id.as_str(), o.state.as_ref()))
        .collect();
    let person_states: HashMap<&str, &String> = catalog
        .people()
        .iter()
        .map(|p| (p.id.as_str(), &p.state))
        .collect();
    let wanted: BTreeSet<&str> = deals
        .iter()
        .flat_map(|d| d.sources.iter().map(|s| s.doc_id.as_str()))
        .collect();
    let mut documents = HashMap::new();
    for summary in store.documents()? {
        if !wanted.contains(summary.id.as_str()) {
            continue;
        }
        let mut doc = FtmDocument {
            title: summary.title,
            url: summary.url,
            published: summary.published,
            ..FtmDocument::default()
        };
        let mut seen = BTreeSet::new();
        for mention in store.mentions(&summary.id)? {
            if !seen.insert((mention.kind, mention.id.clone())) {
                continue;
            }
            let party = |state: Option<&String>| FtmParty {
                id: mention.id.clone(),
                name: mention.name.clone(),
                state: state.cloned(),
            };
            match mention.kind {
                EntityKind::Organization => doc.organizations.push(party(
                    org_states.get(mention.id.as_str()).copied().flatten(),
                )),
                EntityKind::Person => doc
                    .people
                    .push(party(person_states.get(mention.id.as_str()).copied())),
                EntityKind::System | EntityKind::Country => {}
            }
        }
        documents.insert(summary.id, doc);
    }
    Ok(FtmContext {
        state_names,
        documents,
    })
}
