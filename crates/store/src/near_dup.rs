//! Near-duplicate links between stored documents, found when a document is stored.
//! The text work (shingles, MinHash, overlap) is `armscope-neardup`'s; this module keeps its
//! signatures and band keys in SQLite and links the documents it confirms.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use armscope_neardup::{Fingerprint, Shingled};

use rusqlite::{params, Connection};
use serde::Serialize;

use crate::codec::from_sql_int;
use crate::error::{SqlContext, StoreError};

/// At most this many candidates (those sharing the most band keys) are compared exactly with a
/// new document, so one very generic text cannot make an insert slow.
const MAX_CANDIDATES: usize = 32;
/// A band key shared by many documents (a paragraph reprinted everywhere) yields only its
/// oldest documents: enough to link a new copy, and the lookup stays bounded however often a
/// paragraph is reprinted.
const DOCS_PER_KEY: usize = 32;

/// Two stored documents that share text, whole or a paragraph at a time.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NearDuplicate {
    /// The document stored later.
    pub doc_id: String,
    /// The document stored earlier whose text it repeats.
    pub other_id: String,
    /// Paragraphs of `doc_id` with a counterpart in `other_id`.
    pub shared_units: usize,
    /// The best paragraph pair: shared shingles over the smaller paragraph's.
    pub unit_containment: f64,
    /// Whole texts: shared shingles over the smaller text's.
    pub containment: f64,
    /// Whole texts: Jaccard similarity.
    pub jaccard: f64,
}

/// Recently compared documents' shingles, and the band keys that already hold
/// [`DOCS_PER_KEY`] documents with those documents, so that a new document neither reads and
/// shingles its candidates' texts again nor looks up a band key whose answer cannot change.
///
/// Both are exact: stored documents never change, keys only grow, so a key's oldest
/// [`DOCS_PER_KEY`] documents stay its oldest. What a transaction adds is kept apart in layers
/// (the document being inserted, then the rest of its batch) and only joins the long-lived
/// entries when the transaction commits: a rolled-back document's key may be given to the next
/// one, so nothing of it may outlive the rollback.
#[derive(Default)]
pub(crate) struct Cache {
    committed: Layer,
    batch: Layer,
    doc: Layer,
    tick: u64,
}

#[derive(Default)]
struct Layer {
    shingled: HashMap<i64, (Arc<Shingled>, u64)>,
    full: HashMap<i64, (Arc<[i64]>, u64)>,
}

impl Layer {
    fn clear(&mut self) {
        self.shingled.clear();
        self.full.clear();
    }
}

/// Documents whose shingles are kept (about 12 KB each for a 3 KB article).
const CACHED_DOCS: usize = 4096;
/// Full band keys kept (their documents: 32 keys each).
const CACHED_FULL_KEYS: usize = 65536;

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache")
            .field("documents", &self.committed.shingled.len())
            .field("full_keys", &self.committed.full.len())
            .finish_non_exhaustive()
    }
}

impl Cache {
    fn next_tick(&mut self) -> u64 {
        self.tick += 1;
        self.tick
    }

    fn shingled(&mut self, key: i64) -> Option<Arc<Shingled>> {
        let tick = self.next_tick();
        for layer in [&mut self.doc, &mut self.batch, &mut self.committed] {
            if let Some((found, used)) = layer.shingled.get_mut(&key) {
                *used = tick;
                return Some(Arc::clone(found));
            }
        }
        None
    }

    fn full(&mut self, band: i64) -> Option<Arc<[i64]>> {
        let tick = self.next_tick();
        for layer in [&mut self.doc, &mut self.batch, &mut self.committed] {
            if let Some((found, used)) = layer.full.get_mut(&band) {
                *used = tick;
                return Some(Arc::clone(found));
            }
        }
        None
    }

    fn put_shingled(&mut self, key: i64, shingled: Arc<Shingled>) {
        let tick = self.next_tick();
        self.doc.shingled.insert(key, (shingled, tick));
    }

    fn put_full(&mut self, band: i64, docs: Arc<[i64]>) {
        let tick = self.next_tick();
        self.doc.full.insert(band, (docs, tick));
    }

    /// The document being inserted is in (its savepoint released): its entries join the batch.
    pub(crate) fn document_done(&mut self) {
        let doc = std::mem::take(&mut self.doc);
        self.batch.shingled.extend(doc.shingled);
        self.batch.full.extend(doc.full);
    }

    /// The document being inserted was rolled back: forget what it added.
    pub(crate) fn document_failed(&mut self) {
        self.doc.clear();
    }

    /// The transaction committed: its entries become long-lived, the oldest used go if full.
    pub(crate) fn commit(&mut self) {
        self.document_done();
        let batch = std::mem::take(&mut self.batch);
        self.committed.shingled.extend(batch.shingled);
        self.committed.full.extend(batch.full);
        bound(&mut self.committed.shingled, CACHED_DOCS);
        bound(&mut self.committed.full, CACHED_FULL_KEYS);
    }

    /// The transaction was rolled back: forget everything it added.
    pub(crate) fn rollback(&mut self) {
        self.doc.clear();
        self.batch.clear();
    }
}

/// Keeps the more recently used half of `map` once it holds more than `cap` entries.
fn bound<V>(map: &mut HashMap<i64, (V, u64)>, cap: usize) {
    if map.len() <= cap {
        return;
    }
    let mut ticks: Vec<u64> = map.values().map(|(_, t)| *t).collect();
    let keep = cap / 2;
    let cut = ticks.len() - keep;
    let (_, &mut threshold, _) = ticks.select_nth_unstable(cut);
    map.retain(|_, (_, t)| *t >= threshold);
}

/// Stores the signature and band keys of document `key`, compares it with the stored documents
/// that share a band key, and links the near-duplicates. Runs inside the caller's transaction,
/// so a document is never stored without them.
///
/// A band key that already holds [`DOCS_PER_KEY`] documents gets no row for this one: the
/// lookup of that key answers with its oldest documents, which this one can never be, so the
/// row would never be read. That keeps the index bounded by distinct keys, not by copies.
pub(crate) fn index(
    conn: &Connection,
    cache: &mut Cache,
    key: i64,
    shingled: &Arc<Shingled>,
    print: &Fingerprint,
) -> Result<(), StoreError> {
    let minhash: Vec<u8> = print
        .signature
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let shingles = i64::try_from(print.shingles).unwrap_or(i64::MAX);
    conn.prepare_cached(
        "INSERT INTO doc_signatures (doc_key, shingles, minhash) VALUES (?1, ?2, ?3)",
    )
    .and_then(|mut stmt| stmt.execute(params![key, shingles, minhash]))
    .context("storing a document signature")?;

    let mut shared: HashMap<i64, usize> = HashMap::new();
    {
        let mut find = conn
            .prepare_cached(
                "SELECT doc_key FROM doc_bands WHERE band_key = ?1 ORDER BY doc_key LIMIT ?2",
            )
            .context("preparing the band lookup")?;
        let mut insert = conn
            .prepare_cached("INSERT OR IGNORE INTO doc_bands (band_key, doc_key) VALUES (?1, ?2)")
            .context("preparing the band insert")?;
        for &band in &print.band_keys {
            let others: Arc<[i64]> = match cache.full(band) {
                Some(full) => full,
                None => {
                    let found = find
                        .query_map(params![band, DOCS_PER_KEY as i64], |row| {
                            row.get::<_, i64>(0)
                        })
                        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<i64>>>())
                        .context("looking up band keys")?;
                    let found: Arc<[i64]> = found.into();
                    if found.len() >= DOCS_PER_KEY {
                        cache.put_full(band, Arc::clone(&found));
                    } else {
                        insert
                            .execute(params![band, key])
                            .context("storing band keys")?;
                    }
                    found
                }
            };
            for &other in others.iter().filter(|&&o| o != key) {
                *shared.entry(other).or_default() += 1;
            }
        }
    }

    let mut candidates: Vec<(i64, usize)> = shared.into_iter().collect();
    // Most shared keys first; the older document first on a tie, so the choice is stable.
    candidates.sort_by_key(|&(other, n)| (std::cmp::Reverse(n), other));
    candidates.truncate(MAX_CANDIDATES);
    for (other_key, _) in candidates {
        let other = match cache.shingled(other_key) {
            Some(other) => other,
            None => {
                let other_text: String = conn
                    .prepare_cached("SELECT text FROM documents WHERE key = ?1")
                    .and_then(|mut stmt| stmt.query_row([other_key], |row| row.get(0)))
                    .context("reading a candidate near-duplicate")?;
                let other = Arc::new(Shingled::new(&other_text));
                cache.put_shingled(other_key, Arc::clone(&other));
                other
            }
        };
        if let Some(found) = armscope_neardup::compare(shingled, &other) {
            link(conn, key, other_key, &found)?;
        }
    }
    cache.put_shingled(key, Arc::clone(shingled));
    Ok(())
}

fn link(
    conn: &Connection,
    a: i64,
    b: i64,
    found: &armscope_neardup::Overlap,
) -> Result<(), StoreError> {
    let shared = i64::try_from(found.shared_units).unwrap_or(i64::MAX);
    conn.prepare_cached(
        "INSERT OR IGNORE INTO near_duplicates
            (doc_key, other_key, shared_units, unit_containment, containment, jaccard)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            a.max(b),
            a.min(b),
            shared,
            found.unit_containment,
            found.containment,
            found.jaccard
        ])
    })
    .context("linking near-duplicate documents")?;
    Ok(())
}

/// Indexes the documents stored before near-duplicate detection existed (schema 1), oldest
/// first, as if they had just been stored. Returns how many it indexed.
pub(crate) fn index_unsigned(conn: &Connection, cache: &mut Cache) -> Result<usize, StoreError> {
    let unsigned: Vec<(i64, String)> = conn
        .prepare_cached(
            "SELECT key, text FROM documents d
             WHERE NOT EXISTS (SELECT 1 FROM doc_signatures s WHERE s.doc_key = d.key)
             ORDER BY key",
        )
        .and_then(|mut stmt| {
            stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .context("listing documents without a signature")?;
    for (key, text) in &unsigned {
        let shingled = Arc::new(Shingled::new(text));
        index(conn, cache, *key, &shingled, &shingled.fingerprint())?;
    }
    Ok(unsigned.len())
}

/// Every near-duplicate link, by later document id, then earlier.
pub(crate) fn links(conn: &Connection) -> Result<Vec<NearDuplicate>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT a.id, b.id, n.shared_units, n.unit_containment, n.containment, n.jaccard
             FROM near_duplicates n
             JOIN documents a ON a.key = n.doc_key
             JOIN documents b ON b.key = n.other_key
             ORDER BY a.id, b.id",
        )
        .context("preparing the near-duplicate list")?;
    let rows = stmt
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, f64>(3)?,
                row.get::<_, f64>(4)?,
                row.get::<_, f64>(5)?,
            ))
        })
        .context("listing near-duplicates")?;
    rows.map(|row| {
        let (doc_id, other_id, shared, unit_containment, containment, jaccard) =
            row.context("listing near-duplicates")?;
        Ok(NearDuplicate {
            doc_id,
            other_id,
            shared_units: from_sql_int(shared, "shared paragraph count")?,
            unit_containment,
            containment,
            jaccard,
        })
    })
    .collect()
}

/// Every link as a pair of document ids (later, earlier).
pub(crate) fn pairs(conn: &Connection) -> Result<Vec<[String; 2]>, StoreError> {
    Ok(links(conn)?
        .into_iter()
        .map(|l| [l.doc_id, l.other_id])
        .collect())
}

/// The groups of documents connected by near-duplicate links (two or more documents each),
/// each sorted by id, groups in order of their first id.
pub(crate) fn groups(conn: &Connection) -> Result<Vec<Vec<String>>, StoreError> {
    let mut neighbours: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for link in links(conn)? {
        neighbours
            .entry(link.doc_id.clone())
            .or_default()
            .push(link.other_id.clone());
        neighbours
            .entry(link.other_id)
            .or_default()
            .push(link.doc_id);
    }
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut groups = Vec::new();
    for start in neighbours.keys() {
        if seen.contains(start) {
            continue;
        }
        let mut group: BTreeSet<String> = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(doc) = stack.pop() {
            if group.insert(doc.clone()) {
                stack.extend(neighbours[&doc].iter().cloned());
            }
        }
        seen.extend(group.iter().cloned());
        groups.push(group.into_iter().collect());
    }
    Ok(groups)
}
