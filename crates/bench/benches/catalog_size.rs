//! Extraction cost of the catalog's size: the full built-in catalog against a small one holding
//! only what the five seed articles (`../shared/corpus/seeds`) name, as the catalog was before
//! it grew to world scale. For both: catalog load (`CatalogBuilder::build`), `Matcher::find_all`
//! over the whole sample corpus joined into one text, and `Extractor::extract` over every
//! sample article in turn (one thread).
//!
//! The small catalog is written at start into a temporary folder from the built-in TSV files
//! (`crates/catalog/data/`): comments, header, every state, every name part, and the systems,
//! organisations and people listed in `SEED_*` below plus everything they refer to (family
//! roots, originals of copies, manufacturers, parent organisations, people's organisations),
//! so that the catalog validates. It is loaded with `Catalog::builder().embedded(false).dir(..)`.

use std::collections::HashSet;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Systems the seed articles name (as the extractor finds them in the seed corpus).
const SEED_SYSTEMS: &[&str] = &[
    "al-31f",
    "ansat",
    "buk",
    "d-30",
    "j-10",
    "j-11",
    "jf-17",
    "l-15",
    "mi-171",
    "mi-171e",
    "mi-171sh",
    "mi-8amtsh",
    "mig-31bm",
    "s-300",
    "s-400",
    "su-27",
    "su-27sk",
    "su-30mkk",
    "su-35",
    "su-35s",
    "tor",
    "tunguska",
    "vk-2500",
];

/// Organisations the seed articles name.
const SEED_ORGANIZATIONS: &[&str] = &[
    "almaz-antey",
    "armed-forces-of-russia",
    "associated-press",
    "brics",
    "central-military-commission",
    "communist-party-of-china",
    "dongfeng",
    "equipment-development-department",
    "federal-customs-service",
    "federation-council",
    "fsmtc",
    "interfax",
    "interparliamentary-commission-for-cooperation",
    "military-and-technical-cooperation-committee",
    "ministry-of-defence-of-russia",
    "ministry-of-national-defense-of-china",
    "motor-sich",
    "mtu",
    "national-peoples-congress",
    "nato",
    "peoples-liberation-army",
    "plaaf",
    "rosoboronexport",
    "rostec",
    "russian-aerospace-forces",
    "russian-helicopters",
    "shanghai-cooperation-organization",
    "sputnik",
    "state-duma",
    "sukhoi",
    "ulan-ude-aviation-plant",
    "un-register-of-conventional-arms",
    "united-aircraft-corporation",
    "united-engine-corporation",
    "us-treasury",
    "valdai-discussion-club",
];

/// People the seed articles name.
const SEED_PEOPLE: &[&str] = &[
    "dmitry-shugaev",
    "sergei-shoigu",
    "sergey-chemezov",
    "vladimir-putin",
    "xi-jinping",
    "zhang-hanhui",
    "zhang-youxia",
];

/// One built-in TSV file: comment lines, the header's column names, and the entry lines.
struct Table {
    comments: Vec<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(name: &str) -> Table {
        let path = data_dir().join(name);
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let mut comments = Vec::new();
        let mut header = None;
        let mut rows = Vec::new();
        for line in text.lines() {
            if line.trim().is_empty() {
                continue;
            }
            if line.starts_with('#') {
                comments.push(line.to_string());
            } else if header.is_none() {
                header = Some(line.split('\t').map(str::to_string).collect());
            } else {
                rows.push(line.split('\t').map(str::to_string).collect());
            }
        }
        Table {
            comments,
            header: header.unwrap_or_else(|| panic!("{name}: no header")),
            rows,
        }
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column `{name}`"))
    }

    /// Every value of column `name` (a list cell split at `|`) in the rows whose id is kept.
    fn referenced(&self, keep: &HashSet<String>, name: &str) -> Vec<String> {
        let col = self.column(name);
        self.rows
            .iter()
            .filter(|r| keep.contains(&r[0]))
            .flat_map(|r| r.get(col).map(String::as_str).unwrap_or("").split('|'))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// Writes the comments, the header and the kept rows (all when `keep` is `None`), in the
    /// original (sorted) order.
    fn write(&self, path: &Path, keep: Option<&HashSet<String>>) -> usize {
        let mut out = self.comments.join("\n");
        out.push('\n');
        out.push_str(&self.header.join("\t"));
        out.push('\n');
        let mut n = 0;
        for row in &self.rows {
            if keep.is_none_or(|k| k.contains(&row[0])) {
                out.push_str(&row.join("\t"));
                out.push('\n');
                n += 1;
            }
        }
        fs::write(path, out).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        n
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/data")
}

fn set(ids: &[&str]) -> HashSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// Writes the small catalog into `dir`.
fn write_small_catalog(dir: &Path) {
    let states = Table::read("states.tsv");
    let organizations = Table::read("organizations.tsv");
    let systems = Table::read("systems.tsv");
    let people = Table::read("people.tsv");
    let names = Table::read("person_names.tsv");

    let mut keep_systems = set(SEED_SYSTEMS);
    let mut keep_orgs = set(SEED_ORGANIZATIONS);
    let keep_people = set(SEED_PEOPLE);
    // Close over references until nothing new is added.
    loop {
        let before = (keep_systems.len(), keep_orgs.len());
        let mut new_systems = systems.referenced(&keep_systems, "family");
        new_systems.extend(systems.referenced(&keep_systems, "copy_of"));
        let mut new_orgs = systems.referenced(&keep_systems, "manufacturers");
        new_orgs.extend(organizations.referenced(&keep_orgs, "parent"));
        new_orgs.extend(people.referenced(&keep_people, "organization"));
        keep_systems.extend(new_systems);
        keep_orgs.extend(new_orgs);
        if (keep_systems.len(), keep_orgs.len()) == before {
            break;
        }
    }

    states.write(&dir.join("states.tsv"), None);
    organizations.write(&dir.join("organizations.tsv"), Some(&keep_orgs));
    systems.write(&dir.join("systems.tsv"), Some(&keep_systems));
    people.write(&dir.join("people.tsv"), Some(&keep_people));
    names.write(&dir.join("person_names.tsv"), None);
}

fn describe(label: &str, c: &Catalog) {
    let s = (
        c.states().len(),
        c.organizations().len(),
        c.systems().len(),
        c.people().len(),
    );
    eprintln!(
        "catalog_size: {label}: {} entries ({} states, {} organisations, {} systems, {} people; name parts not counted)",
        s.0 + s.1 + s.2 + s.3,
        s.0,
        s.1,
        s.2,
        s.3
    );
}

fn catalog_size(c: &mut Criterion) {
    let tmp = tempfile::Builder::new()
        .prefix("armscope-bench-small-catalog")
        .tempdir()
        .expect("temporary folder");
    write_small_catalog(tmp.path());
    let small_builder = Catalog::builder().embedded(false).dir(tmp.path());
    let full_builder = Catalog::builder();
    let small = small_builder
        .build()
        .unwrap_or_else(|e| panic!("small catalog does not build: {e:?}"));
    let full = full_builder.build().expect("embedded catalog");
    describe("small", &small);
    describe("full", &full);

    let docs = armscope_bench::corpus_documents();
    let all = armscope_bench::concatenated(&docs);
    let bytes = armscope_bench::total_bytes(docs.iter().map(|d| d.text.as_str()));
    let catalogs = [
        ("small", &small_builder, &small),
        ("full", &full_builder, &full),
    ];

    let mut g = c.benchmark_group("catalog_size/load");
    for (label, builder, _) in &catalogs {
        g.bench_function(*label, |b| {
            b.iter(|| black_box(builder).build().expect("catalog"))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("catalog_size/find_all");
    g.throughput(Throughput::Bytes(all.len() as u64));
    for (label, _, catalog) in &catalogs {
        let matcher = catalog.matcher();
        g.bench_with_input(BenchmarkId::from_parameter(label), &all, |b, text| {
            b.iter(|| matcher.find_all(black_box(text)))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("catalog_size/extract");
    g.throughput(Throughput::Bytes(bytes));
    for (label, _, catalog) in &catalogs {
        let extractor = Extractor::new(catalog);
        let transfers: usize = docs
            .iter()
            .map(|d| extractor.extract(d).transfers.len())
            .sum();
        eprintln!("catalog_size: {label}: {transfers} transfers in the sample corpus");
        g.bench_function(*label, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| extractor.extract(black_box(d)).transfers.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, catalog_size);
criterion_main!(benches);
