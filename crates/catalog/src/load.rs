//! Reading the built-in files and user folders or files, and merging them by id.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::model::{NameKind, Organization, Person, State, System};
use crate::rows::{self, Entry};
use crate::tsv::Origin;
use crate::{validate, Catalog, CatalogError, Problem};

/// The built-in files: (file name, path shown in problems, text).
const EMBEDDED: [(&str, &str, &str); 5] = [
    (
        "states.tsv",
        "crates/catalog/data/states.tsv",
        include_str!("../data/states.tsv"),
    ),
    (
        "organizations.tsv",
        "crates/catalog/data/organizations.tsv",
        include_str!("../data/organizations.tsv"),
    ),
    (
        "systems.tsv",
        "crates/catalog/data/systems.tsv",
        include_str!("../data/systems.tsv"),
    ),
    (
        "people.tsv",
        "crates/catalog/data/people.tsv",
        include_str!("../data/people.tsv"),
    ),
    (
        "person_names.tsv",
        "crates/catalog/data/person_names.tsv",
        include_str!("../data/person_names.tsv"),
    ),
];

/// The merged entries of every kind; the catalog's own storage.
#[derive(Default)]
pub(crate) struct Tables {
    pub states: Vec<State>,
    pub organizations: Vec<Organization>,
    pub systems: Vec<System>,
    pub people: Vec<Person>,
    pub names: Vec<(String, NameKind)>,
}

/// Where each entry of [`Tables`] came from, index for index.
#[derive(Default)]
pub(crate) struct Origins {
    pub states: Vec<Origin>,
    pub organizations: Vec<Origin>,
    pub systems: Vec<Origin>,
    pub people: Vec<Origin>,
}

/// Entries as read, before merging has fixed their order.
#[derive(Default)]
struct Loaded {
    states: Vec<Entry<State>>,
    organizations: Vec<Entry<Organization>>,
    systems: Vec<Entry<System>>,
    people: Vec<Entry<Person>>,
    names: Vec<Entry<(String, NameKind)>>,
}

impl Loaded {
    /// Reads one file by its catalog file name and merges it on top of what is loaded.
    fn add(&mut self, name: &str, shown: &str, text: &str, problems: &mut Vec<Problem>) {
        let file: Arc<str> = Arc::from(shown);
        match name {
            "states.tsv" => merge(&mut self.states, rows::states(&file, text, problems), |s| {
                s.code.clone()
            }),
            "organizations.tsv" => merge(
                &mut self.organizations,
                rows::organizations(&file, text, problems),
                |o| o.id.clone(),
            ),
            "systems.tsv" => merge(
                &mut self.systems,
                rows::systems(&file, text, problems),
                |s| s.id.clone(),
            ),
            "people.tsv" => merge(&mut self.people, rows::people(&file, text, problems), |p| {
                p.id.clone()
            }),
            _ => merge(
                &mut self.names,
                rows::person_names(&file, text, problems),
                |(n, k)| format!("{n}\t{k}"),
            ),
        }
    }

    fn split(self) -> (Tables, Origins) {
        let (states, state_origins) = unzip(self.states);
        let (organizations, organization_origins) = unzip(self.organizations);
        let (systems, system_origins) = unzip(self.systems);
        let (people, person_origins) = unzip(self.people);
        let (names, _) = unzip(self.names);
        (
            Tables {
                states,
                organizations,
                systems,
                people,
                names,
            },
            Origins {
                states: state_origins,
                organizations: organization_origins,
                systems: system_origins,
                people: person_origins,
            },
        )
    }
}

/// Puts `new` on top of `base`: a known key replaces its entry, a new key is added. The result
/// is sorted by key so lookups can binary-search.
fn merge<T>(base: &mut Vec<Entry<T>>, new: Vec<Entry<T>>, key: impl Fn(&T) -> String) {
    let mut at: HashMap<String, usize> = base
        .iter()
        .enumerate()
        .map(|(i, e)| (key(&e.value), i))
        .collect();
    for entry in new {
        match at.get(&key(&entry.value)) {
            Some(&i) => base[i] = entry,
            None => {
                at.insert(key(&entry.value), base.len());
                base.push(entry);
            }
        }
    }
    base.sort_by_cached_key(|e| key(&e.value));
}

fn unzip<T>(entries: Vec<Entry<T>>) -> (Vec<T>, Vec<Origin>) {
    entries.into_iter().map(|e| (e.value, e.origin)).unzip()
}

/// Configures where a [`Catalog`] is read from. Made by [`Catalog::builder`].
#[derive(Clone, Debug)]
pub struct CatalogBuilder {
    embedded: bool,
    sources: Vec<Source>,
}

/// One user source, loaded in the order given.
#[derive(Clone, Debug)]
enum Source {
    /// Must be a folder.
    Dir(PathBuf),
    /// Must be a file with a catalog file name.
    File(PathBuf),
    /// A folder or a file, decided when loading.
    Either(PathBuf),
}

impl Default for CatalogBuilder {
    fn default() -> Self {
        CatalogBuilder {
            embedded: true,
            sources: Vec::new(),
        }
    }
}

impl CatalogBuilder {
    /// Whether to start from the built-in files (default `true`).
    pub fn embedded(mut self, yes: bool) -> Self {
        self.embedded = yes;
        self
    }

    /// Adds a folder holding any subset of the catalog files, loaded on top of the built-in
    /// files and of earlier folders: an entry whose id exists replaces it, new ids are added.
    pub fn dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::Dir(dir.into()));
        self
    }

    /// Adds one catalog file, loaded on top like a folder holding only that file. Its name
    /// must be one of the built-in file names ([`CatalogBuilder::FILE_NAMES`]); any other name
    /// makes loading fail with an error naming the file and the accepted names.
    pub fn file(mut self, file: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::File(file.into()));
        self
    }

    /// Adds a folder ([`CatalogBuilder::dir`]) or a single file ([`CatalogBuilder::file`]),
    /// whichever `path` turns out to be when the catalog is loaded. This is what `--catalog`
    /// takes.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::Either(path.into()));
        self
    }

    /// The catalog file names, in loading order: a user folder may hold any of them, and a
    /// single user file must be named as one of them.
    pub const FILE_NAMES: [&'static str; 5] = [
        EMBEDDED[0].0,
        EMBEDDED[1].0,
        EMBEDDED[2].0,
        EMBEDDED[3].0,
        EMBEDDED[4].0,
    ];

    /// Every problem in the configured files (empty when they are valid). Only unreadable files
    /// are an error.
    pub fn validate(&self) -> Result<Vec<Problem>, CatalogError> {
        Ok(self.load()?.1)
    }

    /// Reads, checks and indexes the catalog. Fails with [`CatalogError::Invalid`] listing
    /// every problem when the files break the format.
    pub fn build(&self) -> Result<Catalog, CatalogError> {
        let (tables, problems) = self.load()?;
        if !problems.is_empty() {
            return Err(CatalogError::Invalid(problems));
        }
        Catalog::from_tables(tables)
    }

    fn load(&self) -> Result<(Tables, Vec<Problem>), CatalogError> {
        let mut loaded = Loaded::default();
        let mut problems = Vec::new();
        if self.embedded {
            for (name, shown, text) in EMBEDDED {
                loaded.add(name, shown, text, &mut problems);
            }
        }
        for source in &self.sources {
            match source {
                Source::Dir(dir) => read_dir(dir, &mut loaded, &mut problems)?,
                Source::File(file) => read_file(file, &mut loaded, &mut problems)?,
                Source::Either(path) => {
                    let meta = fs::metadata(path).map_err(|e| io_error(path, e))?;
                    if meta.is_dir() {
                        read_dir(path, &mut loaded, &mut problems)?;
                    } else {
                        read_file(path, &mut loaded, &mut problems)?;
                    }
                }
            }
        }
        let (tables, origins) = loaded.split();
        validate::check(&tables, &origins, &mut problems);
        Ok((tables, problems))
    }
}

fn io_error(path: &Path, source: io::Error) -> CatalogError {
    CatalogError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn read_dir(
    dir: &Path,
    loaded: &mut Loaded,
    problems: &mut Vec<Problem>,
) -> Result<(), CatalogError> {
    let meta = fs::metadata(dir).map_err(|e| io_error(dir, e))?;
    if !meta.is_dir() {
        return Err(io_error(
            dir,
            io::Error::new(io::ErrorKind::NotADirectory, "not a folder"),
        ));
    }
    for (name, _, _) in EMBEDDED {
        let path = dir.join(name);
        match fs::read_to_string(&path) {
            Ok(text) => loaded.add(name, &path.display().to_string(), &text, problems),
            // Any subset of the files may be given.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error(&path, e)),
        }
    }
    Ok(())
}

/// Loads one user file on top; its name says which catalog file it is.
fn read_file(
    path: &Path,
    loaded: &mut Loaded,
    problems: &mut Vec<Problem>,
) -> Result<(), CatalogError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| CatalogBuilder::FILE_NAMES.contains(n))
        .ok_or_else(|| {
            io_error(
                path,
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!(
                        "not a catalog file: a single file must be named one of {}",
                        CatalogBuilder::FILE_NAMES.join(", ")
                    ),
                ),
            )
        })?;
    let meta = fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(io_error(
            path,
            io::Error::new(io::ErrorKind::IsADirectory, "a folder, not a file"),
        ));
    }
    let text = fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    loaded.add(name, &path.display().to_string(), &text, problems);
    Ok(())
}
