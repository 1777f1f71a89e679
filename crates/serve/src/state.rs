//! What every handler shares: the store (one connection, used off the async threads), the
//! register fused from it, and the ingest settings when ingest is enabled.

use std::sync::{Arc, Mutex, RwLock};

use armscope_catalog::Catalog;
use armscope_store::{Store, StoreError};

use crate::errors::ApiError;
use crate::register::Register;

/// The server's state. Cheap to clone: handlers get a clone each.
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
    ingest: Option<Arc<IngestConfig>>,
}

struct Shared {
    store: Mutex<Store>,
    /// Swapped whole after an ingest; readers keep the `Arc` they took.
    register: RwLock<Arc<Register>>,
}

/// What `POST /api/v1/documents` needs: the token callers must present and the catalog the
/// extractor matches against.
pub(crate) struct IngestConfig {
    pub token: String,
    pub catalog: Catalog,
}

impl AppState {
    /// Fuses every stored transfer into the register, once; the deals stay in memory.
    pub fn load(store: Store) -> Result<AppState, StoreError> {
        let register = load_register(&store)?;
        Ok(AppState {
            shared: Arc::new(Shared {
                store: Mutex::new(store),
                register: RwLock::new(Arc::new(register)),
            }),
            ingest: None,
        })
    }

    /// Enables `POST /api/v1/documents` for callers presenting `token`; without this call
    /// the server is read-only.
    pub fn with_ingest(mut self, token: String, catalog: Catalog) -> AppState {
        self.ingest = Some(Arc::new(IngestConfig { token, catalog }));
        self
    }

    /// The register as it is now.
    pub fn register(&self) -> Arc<Register> {
        Arc::clone(
            &self
                .shared
                .register
                .read()
                .unwrap_or_else(|e| e.into_inner()),
        )
    }

    pub(crate) fn ingest_config(&self) -> Option<&IngestConfig> {
        self.ingest.as_deref()
    }

    /// Runs `work` with the store on a blocking thread: SQLite calls must not hold up the
    /// async workers.
    pub(crate) async fn with_store<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut Store, &AppState) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut store = state.shared.store.lock().unwrap_or_else(|e| e.into_inner());
            work(&mut store, &state)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("background task failed: {e}")))?
    }

    /// Fuses the register again from `store` (after an ingest) and swaps it in.
    pub(crate) fn reload(&self, store: &Store) -> Result<(), StoreError> {
        let register = Arc::new(load_register(store)?);
        *self
            .shared
            .register
            .write()
            .unwrap_or_else(|e| e.into_inner()) = register;
        Ok(())
    }
}

fn load_register(store: &Store) -> Result<Register, StoreError> {
    let transfers = store.transfers()?;
    let mentions = store
        .documents()?
        .into_iter()
        .map(|d| Ok((store.mentions(&d.id)?, d.id)))
        .map(|r: Result<_, StoreError>| r.map(|(m, id)| (id, m)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Register::build(transfers, mentions))
}
