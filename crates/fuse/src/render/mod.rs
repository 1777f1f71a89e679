//! Renderings of fused deals: an aligned table, a register CSV, JSON lines, one deal in full,
//! the documents behind a deal, FollowTheMoney entities.

mod conflicts;
mod csv;
mod format;
mod ftm;
mod ftm_check;
mod show;
mod sources;
mod table;

use std::io::{self, Write};

use crate::model::Deal;

pub use self::conflicts::{conflicts, has_conflict};
pub use self::csv::{csv, CsvRows};
pub use self::ftm::{ftm, FtmContext, FtmDocument, FtmParty};
pub use self::ftm_check::ftm_problems;
pub use self::show::show;
pub use self::sources::{sources, supports, DocumentSupport};
pub use self::table::{table, TableRows};

/// Writes one deal per line as JSON, the full structure (every value with its sources).
pub fn jsonl<W: Write>(deals: &[Deal], mut w: W) -> io::Result<()> {
    for deal in deals {
        serde_json::to_writer(&mut w, deal)?;
        w.write_all(b"\n")?;
    }
    w.flush()
}
