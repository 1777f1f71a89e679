//! Checks that need the whole merged catalog: references between entries, the `ambiguous`
//! column, and aliases shared by different entries.

use std::collections::{HashMap, HashSet};

use crate::forms::{fold, forms};
use crate::load::{Origins, Tables};
use crate::tsv::Origin;
use crate::{Problem, System, Target};

pub(crate) fn check(t: &Tables, o: &Origins, problems: &mut Vec<Problem>) {
    references(t, o, problems);
    ambiguous_listed(t, o, problems);
    shared_aliases(t, o, problems);
}

/// The file a reference points into.
#[derive(Clone, Copy)]
enum File {
    States,
    Organizations,
    Systems,
}

fn references(t: &Tables, o: &Origins, problems: &mut Vec<Problem>) {
    // Every reference as (entry, column, value, file it must name an entry of).
    let mut refs: Vec<(&Origin, &str, &str, File)> = Vec::new();
    for (org, origin) in t.organizations.iter().zip(&o.organizations) {
        refs.extend(
            org.state
                .as_deref()
                .map(|v| (origin, "state", v, File::States)),
        );
        refs.extend(
            org.parent
                .as_deref()
                .map(|v| (origin, "parent", v, File::Organizations)),
        );
    }
    for (system, origin) in t.systems.iter().zip(&o.systems) {
        refs.push((origin, "family", &system.family, File::Systems));
        refs.extend(
            system
                .copy_of
                .as_deref()
                .map(|v| (origin, "copy_of", v, File::Systems)),
        );
        refs.extend(
            system
                .origin
                .iter()
                .map(|v| (origin, "origin", v.as_str(), File::States)),
        );
        let makers = system.manufacturers.iter();
        refs.extend(makers.map(|v| (origin, "manufacturers", v.as_str(), File::Organizations)));
    }
    for (person, origin) in t.people.iter().zip(&o.people) {
        refs.push((origin, "state", &person.state, File::States));
        refs.extend(
            person
                .organization
                .as_deref()
                .map(|v| (origin, "organization", v, File::Organizations)),
        );
    }

    let states: HashSet<&str> = t.states.iter().map(|s| s.code.as_str()).collect();
    let organizations: HashSet<&str> = t.organizations.iter().map(|o| o.id.as_str()).collect();
    let systems: HashMap<&str, &System> = t.systems.iter().map(|s| (s.id.as_str(), s)).collect();
    for (origin, column, value, file) in refs {
        let (known, name) = match file {
            File::States => (states.contains(value), "states.tsv"),
            File::Organizations => (organizations.contains(value), "organizations.tsv"),
            File::Systems => (systems.contains_key(value), "systems.tsv"),
        };
        if !known {
            problems
                .push(origin.problem(format!("`{column}` `{value}` is not an entry of {name}")));
        }
    }

    // References that resolve but point the wrong way.
    for (org, origin) in t.organizations.iter().zip(&o.organizations) {
        if org.parent.as_ref() == Some(&org.id) {
            problems.push(origin.problem("`parent` is the organisation itself"));
        }
    }
    for (system, origin) in t.systems.iter().zip(&o.systems) {
        if system.copy_of.as_ref() == Some(&system.id) {
            problems.push(origin.problem("`copy_of` is the system itself"));
        }
        match systems.get(system.family.as_str()) {
            Some(root) if root.family != root.id => problems.push(origin.problem(format!(
                "`family` `{}` is not a family root (its own family is `{}`)",
                system.family, root.family
            ))),
            _ => {}
        }
    }
}

/// An `ambiguous` value must be one of the entry's own names, or it marks nothing.
fn ambiguous_listed(t: &Tables, o: &Origins, problems: &mut Vec<Problem>) {
    let organizations = t
        .organizations
        .iter()
        .zip(&o.organizations)
        .map(|(e, origin)| (&e.name, &e.aliases, &e.ambiguous, origin));
    let systems = t
        .systems
        .iter()
        .zip(&o.systems)
        .map(|(e, origin)| (&e.name, &e.aliases, &e.ambiguous, origin));
    for (name, aliases, ambiguous, origin) in organizations.chain(systems) {
        let own: HashSet<String> = std::iter::once(name)
            .chain(aliases)
            .map(|a| fold(a))
            .collect();
        for value in ambiguous.iter().filter(|a| !own.contains(&fold(a))) {
            problems.push(origin.problem(format!(
                "`ambiguous` `{value}` is not the name or an alias of this entry"
            )));
        }
    }
}

/// A form may name two entries only when both mark it ambiguous.
fn shared_aliases(t: &Tables, o: &Origins, problems: &mut Vec<Problem>) {
    let mut by_fold: HashMap<String, Vec<(Target, bool)>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for form in forms(t) {
        let key = fold(form.text);
        let users = by_fold.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Vec::new()
        });
        if !users
            .iter()
            .any(|(target, _)| target.entry() == form.target.entry())
        {
            users.push((form.target, form.ambiguous));
        }
    }
    for key in order {
        let users = &by_fold[&key];
        for (i, &(target, ambiguous)) in users.iter().enumerate() {
            if users.len() < 2 || ambiguous {
                continue;
            }
            let other = users[if i == 0 { 1 } else { 0 }].0;
            problems.push(origin(o, target).problem(format!(
                "`{key}` also names {}; list it in `ambiguous` of both entries to allow that",
                describe(t, o, other)
            )));
        }
    }
}

fn origin(o: &Origins, target: Target) -> &Origin {
    match target {
        Target::State { index, .. } => &o.states[index],
        Target::Organization(i) => &o.organizations[i],
        Target::System(i) => &o.systems[i],
        Target::Person(i) => &o.people[i],
    }
}

fn describe(t: &Tables, o: &Origins, target: Target) -> String {
    let (kind, id) = match target {
        Target::State { index, .. } => ("state", &t.states[index].code),
        Target::Organization(i) => ("organization", &t.organizations[i].id),
        Target::System(i) => ("system", &t.systems[i].id),
        Target::Person(i) => ("person", &t.people[i].id),
    };
    let at = origin(o, target);
    format!("{kind} `{id}` ({}:{})", at.file, at.line)
}
