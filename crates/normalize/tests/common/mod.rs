//! One-line renderings of matches, so table rows read like the text they test.

use armscope_core::Qualifier;
use armscope_normalize::{DateMatch, MoneyMatch, NumberMatch};

pub fn q(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "~",
        Qualifier::AtLeast => ">",
        Qualifier::UpTo => "<",
    }
}

/// `span text => {~|>|<}value[+][ year]`, joined by "; ".
#[allow(dead_code)]
pub fn numbers(text: &str, found: &[NumberMatch]) -> String {
    found
        .iter()
        .map(|m| {
            format!(
                "{} => {}{}{}{}",
                m.span.slice(text),
                q(m.qualifier),
                m.value,
                if m.plus { "+" } else { "" },
                if m.is_year_like { " year" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `span text => {~|>|<}amount CUR`, joined by "; ".
#[allow(dead_code)]
pub fn money(text: &str, found: &[MoneyMatch]) -> String {
    found
        .iter()
        .map(|m| {
            format!(
                "{} => {}{} {}",
                m.span.slice(text),
                q(m.money.qualifier),
                m.money.amount,
                m.money.currency
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `span text => first..last Precision[ mM][ dD][ rel]` with `?` for an open end.
#[allow(dead_code)]
pub fn dates(text: &str, found: &[DateMatch]) -> String {
    let y = |v: Option<i32>| v.map_or("?".to_string(), |v| v.to_string());
    found
        .iter()
        .map(|m| {
            assert_eq!(m.text, m.span.slice(text));
            let mut s = format!(
                "{} => {}..{} {:?}",
                m.text,
                y(m.years.first),
                y(m.years.last),
                m.precision
            );
            if let Some(mo) = m.month {
                s += &format!(" m{mo}");
            }
            if let Some(d) = m.day {
                s += &format!(" d{d}");
            }
            if m.relative {
                s += " rel";
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Runs a table and reports every failing row at once.
#[allow(dead_code)]
pub fn check(rows: &[(&str, &str)], render: impl Fn(&str) -> String) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|(input, want)| {
            let got = render(input);
            (got != *want)
                .then(|| format!("  input: {input:?}\n   want: {want:?}\n    got: {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
