//! Each format rule, shown by a small bad fixture laid over the good test catalog.

mod common;

use armscope_catalog::{CatalogError, Problem};
use common::{fixture, good};

/// The problems of `bad/<case>` laid over the good catalog.
fn problems(case: &str) -> Vec<Problem> {
    match good().dir(fixture(&format!("bad/{case}"))).validate() {
        Ok(problems) => problems,
        Err(e) => panic!("{case}: {e}"),
    }
}

/// Asserts that `case` yields exactly one problem, in its own `file` at `line`, whose message
/// contains `fragment`.
fn expect(case: &str, file: &str, line: usize, fragment: &str) {
    let found = problems(case);
    let shown: Vec<String> = found.iter().map(|p| p.to_string()).collect();
    assert_eq!(found.len(), 1, "{case}: {shown:#?}");
    let p = &found[0];
    assert!(
        p.file.ends_with(&format!("bad/{case}/{file}")),
        "{case}: {p}"
    );
    assert_eq!(p.line, line, "{case}: {p}");
    assert!(
        p.message.contains(fragment),
        "{case}: `{fragment}` not in: {p}"
    );
}

#[test]
fn good_catalog_has_no_problems() {
    let problems = good().validate().unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn header_must_match_exactly() {
    expect("header", "states.tsv", 1, "header is");
    expect("no-header", "people.tsv", 1, "no header line");
}

#[test]
fn every_row_has_every_cell() {
    expect("cell-count", "systems.tsv", 2, "9 cells; expected 10");
}

#[test]
fn rows_are_sorted_by_first_column() {
    expect("unsorted", "organizations.tsv", 3, "not sorted");
}

#[test]
fn keys_are_unique_per_file() {
    expect(
        "duplicate-id",
        "people.tsv",
        3,
        "duplicate `ivan-ivanov` (first at line 2)",
    );
    expect(
        "duplicate-name",
        "person_names.tsv",
        3,
        "duplicate `Ivan\tgiven`",
    );
}

#[test]
fn state_codes_have_the_right_shape() {
    expect(
        "state-code",
        "states.tsv",
        2,
        "neither two upper-case letters",
    );
    expect(
        "state-code-kind",
        "states.tsv",
        2,
        "`X-...` codes are exactly the `non-state` ones",
    );
}

#[test]
fn enum_columns_take_listed_values_only() {
    expect("state-kind", "states.tsv", 2, "`kind` is `kingdom`");
    expect("org-type", "organizations.tsv", 2, "`type` is `bank`");
    expect("category", "systems.tsv", 2, "`category` is `aircraft`");
    expect("un-category", "systems.tsv", 2, "`un_category` is `VIII`");
    expect("name-kind", "person_names.tsv", 2, "`kind` is `middle`");
}

#[test]
fn ids_are_slugs_and_required_cells_are_filled() {
    expect(
        "slug",
        "organizations.tsv",
        2,
        "`Acme_Corp` is not a lower-case slug",
    );
    expect("required", "people.tsv", 2, "`name` is empty");
    expect("origin-empty", "systems.tsv", 2, "`origin` is empty");
}

#[test]
fn system_references_resolve() {
    expect("family", "systems.tsv", 2, "`family` `zz` is not an entry");
    expect(
        "family-root",
        "systems.tsv",
        2,
        "`su-27sk` is not a family root",
    );
    expect(
        "copy-of",
        "systems.tsv",
        2,
        "`copy_of` `zz-original` is not an entry",
    );
    expect(
        "manufacturers",
        "systems.tsv",
        2,
        "`manufacturers` `zz-works` is not an entry",
    );
    expect(
        "system-origin",
        "systems.tsv",
        2,
        "`origin` `ZZ` is not an entry",
    );
}

#[test]
fn organization_and_person_references_resolve() {
    expect(
        "org-parent",
        "organizations.tsv",
        2,
        "`parent` `zz-holding` is not an entry",
    );
    expect(
        "org-state",
        "organizations.tsv",
        2,
        "`state` `ZZ` is not an entry",
    );
    expect(
        "person-state",
        "people.tsv",
        2,
        "`state` `ZZ` is not an entry",
    );
    expect(
        "person-organization",
        "people.tsv",
        2,
        "`organization` `zz-ministry` is not an entry",
    );
}

#[test]
fn an_alias_shared_by_two_entries_is_reported_on_both() {
    // `s–400` folds (case, en dash) to the name of system `s-400`.
    let found = problems("shared-alias");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found
        .iter()
        .any(|p| p.file.ends_with("bad/shared-alias/systems.tsv") && p.line == 2));
    assert!(found
        .iter()
        .any(|p| p.file.ends_with("good/systems.tsv") && p.message.contains("zz-gun")));
    assert!(found
        .iter()
        .all(|p| p.message.contains("`s-400` also names")));
}

#[test]
fn a_shared_alias_must_be_ambiguous_on_both_sides() {
    // `Buk` is ambiguous for system buk-m2 but not for the new organisation.
    expect(
        "shared-alias-one-side",
        "organizations.tsv",
        2,
        "`buk` also names system `buk-m2`",
    );
}

#[test]
fn ambiguous_values_are_own_aliases() {
    expect(
        "ambiguous-unlisted",
        "systems.tsv",
        2,
        "`ambiguous` `ZZ-2` is not the name or an alias",
    );
}

#[test]
fn build_refuses_an_invalid_catalog_and_lists_problems() {
    match good().dir(fixture("bad/org-state")).build() {
        Err(CatalogError::Invalid(problems)) => {
            let shown = problems[0].to_string();
            assert!(
                shown.contains("bad/org-state/organizations.tsv:2: `state` `ZZ`"),
                "{shown}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn an_unreadable_folder_is_an_io_error() {
    let result = good().dir(fixture("no-such-folder")).validate();
    assert!(matches!(result, Err(CatalogError::Io { .. })), "{result:?}");
}
