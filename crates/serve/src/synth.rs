//! Synthetic registers for load tests: `deals` distinct deals written through the store API
//! as documents of plain sentences, every seventh deal reported twice with a different value
//! (a conflict), so the server has something realistic to filter and sort.

use armscope_core::{
    Document, Evidence, Money, Qualifier, Quantity, SourceFormat, Status, Transfer, TransferKind,
    YearRange,
};
use armscope_store::{Store, StoreError};

const SUPPLIERS: &[(&str, &str)] = &[
    ("US", "The United States"),
    ("RU", "Russia"),
    ("FR", "France"),
    ("CN", "China"),
    ("DE", "Germany"),
    ("IT", "Italy"),
    ("GB", "The United Kingdom"),
    ("IL", "Israel"),
    ("ES", "Spain"),
    ("KR", "South Korea"),
    ("TR", "Turkey"),
    ("SE", "Sweden"),
    ("NL", "The Netherlands"),
    ("UA", "Ukraine"),
    ("CH", "Switzerland"),
    ("CA", "Canada"),
    ("AU", "Australia"),
    ("NO", "Norway"),
    ("BR", "Brazil"),
    ("ZA", "South Africa"),
];

/// Recipients: ISO codes that are not suppliers above, so no deal is a state selling to itself.
const RECIPIENTS: &str =
    "IN SA EG QA AE PK DZ IQ VN ID TH MY SG PH BD MM LK NP AF KZ UZ TM AZ AM GE BY \
    RS HU PL CZ SK RO BG GR HR SI FI DK EE LV LT PT IE BE AT MA TN LY NG ET KE AO SD UG TZ GH CM \
    MX CO PE CL AR VE EC BO UY PY CU NZ JP TW KW OM BH JO LB SY IR YE MN KH LA";

const SYSTEMS: &[(&str, &str, &str)] = &[
    ("su-35", "Su-35", "fighter aircraft"),
    ("f-16", "F-16", "fighter aircraft"),
    ("rafale", "Rafale", "fighter aircraft"),
    ("j-10", "J-10C", "fighter aircraft"),
    ("gripen", "JAS 39 Gripen", "fighter aircraft"),
    ("typhoon", "Eurofighter Typhoon", "fighter aircraft"),
    ("s-400", "S-400", "air defence system"),
    ("patriot", "Patriot", "air defence system"),
    ("iris-t", "IRIS-T SLM", "air defence system"),
    ("barak-8", "Barak-8", "air defence system"),
    ("t-90", "T-90", "tank"),
    ("leopard-2", "Leopard 2", "tank"),
    ("k2", "K2 Black Panther", "tank"),
    ("k9", "K9 Thunder", "self-propelled gun"),
    ("caesar", "CAESAR", "self-propelled gun"),
    ("ah-64", "AH-64 Apache", "helicopter"),
    ("mi-17", "Mi-17", "helicopter"),
    ("nh90", "NH90", "helicopter"),
    ("ch-47", "CH-47 Chinook", "helicopter"),
    ("fremm", "FREMM", "frigate"),
    ("meko-a-200", "MEKO A-200", "frigate"),
    ("type-209", "Type 209", "submarine"),
    ("scorpene", "Scorpene", "submarine"),
    ("brahmos", "BrahMos", "missile"),
    ("exocet", "Exocet", "missile"),
    ("himars", "HIMARS", "rocket artillery"),
    ("bayraktar-tb2", "Bayraktar TB2", "drone"),
    ("heron", "Heron", "drone"),
    ("c-130", "C-130 Hercules", "transport aircraft"),
    ("boxer", "Boxer", "armoured vehicle"),
];

const FIRST_YEAR: i32 = 1981;
const YEARS: usize = 45;
/// Sentences per synthetic document.
const PER_DOCUMENT: usize = 250;

/// What [`write`] stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    /// Distinct deals the transfers describe.
    pub deals: usize,
    /// Transfers stored (some deals have two reports).
    pub transfers: usize,
    /// Documents stored.
    pub documents: usize,
}

/// One report: the sentence and the transfer it states.
fn report(i: usize, second: bool) -> (String, Transfer) {
    let recipients: Vec<&str> = RECIPIENTS.split_whitespace().collect();
    let capacity = SUPPLIERS.len() * recipients.len() * SYSTEMS.len() * YEARS;
    // A multiplier coprime with the capacity spreads consecutive deals over all combinations.
    let n = (i * 7_919) % capacity;
    let year = FIRST_YEAR + (n % YEARS) as i32;
    let (family, system, category) = SYSTEMS[(n / YEARS) % SYSTEMS.len()];
    let recipient = recipients[(n / YEARS / SYSTEMS.len()) % recipients.len()];
    let (supplier, supplier_name) = SUPPLIERS[n / YEARS / SYSTEMS.len() / recipients.len()];
    let quantity = 2 + (i * 37) % 198;
    let millions = (10 + (i * 53) % 4_000) as f64 * if second { 1.5 } else { 1.0 };
    let status = [
        Status::Ordered,
        Status::Delivering,
        Status::Delivered,
        Status::Talks,
    ][i % 4];
    let delivery = matches!(status, Status::Delivering | Status::Delivered).then(|| YearRange {
        first: Some(year + 1),
        last: (status == Status::Delivered).then_some(year + 3),
    });
    let text = format!(
        "{supplier_name} signed a deal in {year} to supply {quantity} {system} ({category}) to {recipient} worth ${millions} million."
    );
    let transfer = Transfer {
        supplier: Some(supplier.into()),
        recipient: Some(recipient.into()),
        system: system.into(),
        system_id: Some(family.into()),
        family: Some(family.into()),
        category: Some(category.into()),
        kind: TransferKind::Sale,
        status: Some(status),
        quantity: Some(Quantity {
            value: quantity as u64,
            unit: None,
            qualifier: Qualifier::Exact,
        }),
        value: Some(Money {
            amount: millions * 1e6,
            currency: "USD".into(),
            qualifier: Qualifier::Exact,
        }),
        order_year: Some(year),
        delivery_years: delivery,
        hedged: false,
        evidence: Evidence {
            text: text.clone(),
            start: 0,
            end: text.len(),
        },
        field_spans: vec![],
    };
    (text, transfer)
}

/// Writes `deals` synthetic deals into `store`, `PER_DOCUMENT` reports per document.
///
/// # Panics
/// If `deals` exceeds the distinct combinations the generator has (over two million).
pub fn write(store: &mut Store, deals: usize) -> Result<Written, StoreError> {
    let reports = (0..deals).flat_map(|i| {
        let again = (i % 7 == 3).then(|| report(i, true));
        std::iter::once(report(i, false)).chain(again)
    });
    let mut written = Written {
        deals,
        transfers: 0,
        documents: 0,
    };
    let mut batch: Vec<(String, Transfer)> = Vec::with_capacity(PER_DOCUMENT);
    let mut flush =
        |batch: &mut Vec<(String, Transfer)>, written: &mut Written| -> Result<(), StoreError> {
            if batch.is_empty() {
                return Ok(());
            }
            let mut text = String::new();
            let mut transfers = Vec::with_capacity(batch.len());
            for (sentence, mut transfer) in batch.drain(..) {
                transfer.evidence.start = text.len();
                text.push_str(&sentence);
                transfer.evidence.end = text.len();
                text.push('\n');
                transfers.push(transfer);
            }
            let n = written.documents;
            let doc = Document {
                id: format!("synth-{n:06}"),
                url: Some(format!("https://example.org/synth/{n}")),
                title: Some(format!("Synthetic arms trade digest {n}")),
                published: Some(jiff::civil::date(2026, 1 + (n % 12) as i8, 1)),
                source: "synthetic".into(),
                format: SourceFormat::Text,
                text,
            };
            let _ = store.insert_document(&doc, &[], &transfers)?;
            written.documents += 1;
            written.transfers += transfers.len();
            Ok(())
        };
    for r in reports {
        batch.push(r);
        if batch.len() == PER_DOCUMENT {
            flush(&mut batch, &mut written)?;
        }
    }
    flush(&mut batch, &mut written)?;
    Ok(written)
}
