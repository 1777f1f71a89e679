//! The catalog of states, organisations, weapon systems and people that armscope recognises,
//! and the [`Matcher`] that finds their names in text.
//!
//! The catalog is read from TSV files (format: `crates/catalog/data/README.md`): the built-in files
//! compiled into this crate, then any user folders or single files on top (same id replaces,
//! new ids add; [`CatalogBuilder::path`] takes either).
//! Every file is checked; [`CatalogBuilder::validate`] lists every [`Problem`] and
//! [`CatalogBuilder::build`] refuses to build a catalog that has any.
//!
//! ```
//! use armscope_catalog::{Catalog, Target};
//!
//! # fn main() -> Result<(), armscope_catalog::CatalogError> {
//! // `Catalog::embedded()` is the usual start; this example uses the crate's test catalog.
//! let catalog = Catalog::builder().embedded(false).dir("tests/fixtures/good").build()?;
//!
//! let text = "Russia delivered two S-400s to India.";
//! let hits = catalog.matcher().find_all(text);
//! let named: Vec<&str> = hits.iter().map(|h| h.span.slice(text)).collect();
//! assert_eq!(named, ["Russia", "S-400", "India"]);
//!
//! if let Target::System(i) = hits[1].target {
//!     assert_eq!(catalog.systems()[i].family, "s-400");
//! }
//! assert_eq!(catalog.state("RU").map(|s| s.name.as_str()), Some("Russia"));
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

mod catalog;
mod error;
mod forms;
mod load;
mod matcher;
mod model;
mod rows;
mod stats;
mod tsv;
mod validate;

pub use catalog::Catalog;
pub use error::{CatalogError, Problem};
pub use load::CatalogBuilder;
pub use matcher::{Hit, Matcher, StateForm, Target};
pub use model::{
    Category, NameKind, OrgType, Organization, Person, State, StateKind, System, UnCategory,
};
pub use stats::Stats;
