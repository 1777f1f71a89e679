//! `armscope catalog check|stats|find`: validate the catalog files, count what they hold, or
//! show which entries a text names.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use armscope_catalog::{Catalog, Hit, StateForm, Target};
use serde::Serialize;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Validate the built-in catalog (and --catalog PATH on top): ids, order, references, aliases.
    Check,
    /// Count entries by kind, system category and origin state.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Run the catalog matcher over TEXT and print each name found with the entry it names.
    ///
    /// Exit code 1 when TEXT names nothing in the catalog.
    Find {
        /// The text to search, e.g. "S-400 Triumf" or a whole sentence.
        text: String,
        /// One JSON object per hit instead of one line.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(path: Option<&Path>, command: Command) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let builder = crate::settings::catalog_builder(path);
    match command {
        Command::Check => {
            let problems = builder.validate()?;
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            if problems.is_empty() {
                writeln!(out, "catalog ok")?;
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", problems.len());
                Ok(ExitCode::from(1))
            }
        }
        Command::Stats { json } => {
            let stats = builder.build()?.stats();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
            } else {
                writeln!(out, "states {}\norganizations {}\nsystems {}\npeople {}\ngiven names {}\nsurnames {}", stats.states, stats.organizations, stats.systems, stats.people, stats.given_names, stats.surnames)?;
                writeln!(out, "\nsystems by category:")?;
                for (category, n) in &stats.systems_by_category {
                    writeln!(out, "  {:<20} {n}", category.as_str())?;
                }
                writeln!(out, "\nsystems by origin:")?;
                for (origin, n) in &stats.systems_by_origin {
                    writeln!(out, "  {origin:<20} {n}")?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Find { text, json } => {
            let catalog = builder.build().context("loading the catalog")?;
            let hits = catalog.matcher().find_all(&text);
            if hits.is_empty() {
                // With --json stdout stays empty (no hits, no objects); the note goes to stderr.
                let note = format!("no catalog name found in {text:?}");
                if json {
                    eprintln!("{note}");
                } else {
                    writeln!(out, "{note}")?;
                }
                return Ok(ExitCode::from(1));
            }
            for hit in &hits {
                let found = Found::new(&catalog, &text, hit);
                if json {
                    writeln!(out, "{}", serde_json::to_string(&found)?)?;
                } else {
                    writeln!(out, "{}", found.line())?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One hit of `catalog find` and the entry it resolves to; also its JSON object.
#[derive(Serialize)]
struct Found<'a> {
    /// The matched text, as written.
    text: &'a str,
    start: usize,
    end: usize,
    /// state, organization, system or person.
    kind: &'static str,
    /// Entry id (a state's code).
    id: &'a str,
    /// Canonical name.
    name: &'a str,
    /// States: which form matched (name, adjective, metonym).
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<StateForm>,
    /// Systems: family root id.
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<&'a str>,
    /// Systems: category.
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'static str>,
    /// Systems: designer state codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a [String]>,
    /// Organisations and people: state code.
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<&'a str>,
    /// Organisations: type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    org_type: Option<&'static str>,
    /// People: best-known role.
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    /// The form is listed as ambiguous: only context decides whether it names the entry.
    ambiguous: bool,
}

impl<'a> Found<'a> {
    fn new(catalog: &'a Catalog, text: &'a str, hit: &Hit) -> Found<'a> {
        let mut found = Found {
            text: hit.span.slice(text),
            start: hit.span.start,
            end: hit.span.end,
            kind: "",
            id: "",
            name: "",
            form: None,
            family: None,
            category: None,
            origin: None,
            state: None,
            org_type: None,
            role: None,
            ambiguous: hit.ambiguous,
        };
        match hit.target {
            Target::State { index, form } => {
                let s = &catalog.states()[index];
                (found.kind, found.id, found.name) = ("state", &s.code, &s.name);
                found.form = Some(form);
            }
            Target::Organization(i) => {
                let o = &catalog.organizations()[i];
                (found.kind, found.id, found.name) = ("organization", &o.id, &o.name);
                found.state = o.state.as_deref();
                found.org_type = Some(o.org_type.as_str());
            }
            Target::System(i) => {
                let s = &catalog.systems()[i];
                (found.kind, found.id, found.name) = ("system", &s.id, &s.name);
                found.family = Some(&s.family);
                found.category = Some(s.category.as_str());
                found.origin = Some(&s.origin);
            }
            Target::Person(i) => {
                let p = &catalog.people()[i];
                (found.kind, found.id, found.name) = ("person", &p.id, &p.name);
                found.state = Some(&p.state);
                found.role = p.role.as_deref();
            }
        }
        found
    }

    /// `"Su-35S" [0..6] -> system su-35s "Su-35S" (family su-35, category …, origin RU)`.
    fn line(&self) -> String {
        let mut details = Vec::new();
        if let Some(form) = self.form {
            details.push(
                match form {
                    StateForm::Name => "name",
                    StateForm::Adjective => "adjective",
                    StateForm::Metonym => "metonym",
                }
                .to_string(),
            );
        }
        if let Some(family) = self.family {
            details.push(format!("family {family}"));
        }
        if let Some(category) = self.category {
            details.push(format!("category {category}"));
        }
        if let Some(origin) = self.origin {
            details.push(format!("origin {}", origin.join("/")));
        }
        if let Some(org_type) = self.org_type {
            details.push(format!("type {org_type}"));
        }
        if let Some(state) = self.state {
            details.push(format!("state {state}"));
        }
        if let Some(role) = self.role {
            details.push(format!("role {role}"));
        }
        let mut line = format!(
            "{:?} [{}..{}] -> {} {} {:?}",
            self.text, self.start, self.end, self.kind, self.id, self.name
        );
        if !details.is_empty() {
            line.push_str(&format!(" ({})", details.join(", ")));
        }
        if self.ambiguous {
            line.push_str("  ambiguous: needs context");
        }
        line
    }
}
