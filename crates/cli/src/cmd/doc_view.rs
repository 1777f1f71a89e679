//! `armscope show --doc ID`: one stored document with what was extracted from it — its
//! transfers, the roles of the people in it, and its other events — each with its evidence.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use armscope_core::{Actor, Event, EventDetail, Evidence, Transfer};
use armscope_store::Store;

pub fn run(db: &Path, id: &str) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        anyhow::bail!(
            "no database at {} (run `armscope ingest` first, or pass --db)",
            db.display()
        );
    }
    let store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    let Some(doc) = store.document(id)? else {
        eprintln!("armscope: no document {id:?}");
        return Ok(ExitCode::from(1));
    };
    let transfers: Vec<Transfer> = store
        .transfers()?
        .into_iter()
        .filter(|t| t.doc_id == doc.id)
        .map(|t| t.transfer)
        .collect();
    let mut out = String::new();
    writeln!(out, "document {}", doc.id)?;
    for (label, value) in [
        ("title", doc.title.clone()),
        ("published", doc.published.map(|d| d.to_string())),
        ("url", doc.url.clone()),
        ("source", Some(doc.source.clone())),
    ] {
        if let Some(value) = value {
            writeln!(out, "  {label}: {value}")?;
        }
    }
    writeln!(out, "\ntransfers ({})", transfers.len())?;
    for t in &transfers {
        writeln!(out, "  {}", transfer_line(t))?;
        evidence(&mut out, &t.evidence)?;
    }
    let roles = store.roles(&doc.id)?;
    let mentions = store.mentions(&doc.id)?;
    writeln!(out, "\npeople with roles ({})", roles.len())?;
    for r in &roles {
        let name = mentions
            .iter()
            .find(|m| m.span == r.person_span)
            .map_or(r.person_id.as_str(), |m| m.name.as_str());
        let of = r
            .organization
            .as_ref()
            .map(|o| format!(" ({})", o.name))
            .unwrap_or_default();
        let words = r.role_span.slice(&doc.text);
        writeln!(
            out,
            "  {name}: {}{of}  [\"{words}\" {}–{}]",
            r.role, r.role_span.start, r.role_span.end
        )?;
    }
    let events = store.events(&doc.id)?;
    writeln!(out, "\nevents ({})", events.len())?;
    for e in &events {
        writeln!(out, "  {}", event_line(e))?;
        evidence(&mut out, &e.evidence)?;
    }
    use std::io::Write;
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn evidence(out: &mut String, e: &Evidence) -> std::fmt::Result {
    writeln!(out, "      \"{}\" [{}–{}]", e.text, e.start, e.end)
}

fn transfer_line(t: &Transfer) -> String {
    let side = |s: &Option<String>| s.clone().unwrap_or_else(|| "?".into());
    let mut line = format!(
        "{} → {}  {}  {}",
        side(&t.supplier),
        side(&t.recipient),
        t.system,
        t.kind.as_str()
    );
    if let Some(s) = t.status {
        line.push_str(&format!(", {}", s.as_str()));
    }
    if let Some(q) = &t.quantity {
        line.push_str(&format!(", {} units", q.value));
    }
    if let Some(v) = &t.value {
        line.push_str(&format!(", {} {}", v.amount, v.currency));
    }
    if let Some(y) = t.order_year {
        line.push_str(&format!(", ordered {y}"));
    }
    line
}

/// One line per event: its type, its own fields, its date, whether hedged.
fn event_line(e: &Event) -> String {
    let names = |actors: &[Actor]| actors.iter().map(actor).collect::<Vec<_>>().join(", ");
    let mut line = match &e.detail {
        EventDetail::Agreement {
            form,
            name,
            parties,
        } => format!(
            "agreement: {form}{} — parties: {}",
            name.as_ref()
                .map(|n| format!(" \"{n}\""))
                .unwrap_or_default(),
            names(parties)
        ),
        EventDetail::Meeting {
            participants,
            place,
            ..
        } => format!(
            "meeting: {}{}",
            names(participants),
            place
                .as_ref()
                .map(|p| format!(" — in {p}"))
                .unwrap_or_default()
        ),
        EventDetail::Exercise {
            name,
            parties,
            domains,
        } => format!(
            "exercise: {} — parties: {}{}",
            name.as_deref().unwrap_or("(unnamed)"),
            names(parties),
            if domains.is_empty() {
                String::new()
            } else {
                format!(" — {}", domains.join(", "))
            }
        ),
        EventDetail::Sanction {
            action,
            imposer,
            targets,
            basis,
        } => format!(
            "sanction {action}: by {} on {}{}",
            imposer.as_ref().map_or("?".into(), actor),
            names(targets),
            basis
                .as_ref()
                .map(|b| format!(" — under {b}"))
                .unwrap_or_default()
        ),
        EventDetail::Figure {
            measure,
            subject,
            value,
            percent,
        } => {
            let amount = match (value, percent) {
                (Some(m), _) => format!("{} {}", m.amount, m.currency),
                (None, Some(p)) => format!("{p} %"),
                (None, None) => "?".into(),
            };
            format!("figure: {measure} of {} — {amount}", actor(subject))
        }
    };
    if let Some(d) = &e.date {
        line.push_str(&format!(" — {}", d.text));
    }
    if e.hedged {
        line.push_str(" (hedged)");
    }
    line
}

fn actor(a: &Actor) -> String {
    match &a.role {
        Some(role) => format!("{} ({role})", a.name),
        None => a.name.clone(),
    }
}
