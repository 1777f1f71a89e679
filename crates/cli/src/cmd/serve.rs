//! `armscope serve`: the register over HTTP (JSON API under /api/v1 and a web page).

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use armscope_store::Store;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: SocketAddr,
    /// Enables `POST /api/v1/documents` for callers sending `Authorization: Bearer TOKEN`.
    /// Without it the server is read-only.
    #[arg(
        long,
        env = "ARMSCOPE_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    token: Option<String>,
}

pub fn run(catalog_dir: Option<&std::path::Path>, args: Args) -> anyhow::Result<ExitCode> {
    let db = &args.db.db;
    if !db.exists() {
        anyhow::bail!(
            "no database at {} (run `armscope ingest` or `armscope demo` first, or pass --db)",
            db.display()
        );
    }
    let store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    let mut state = armscope_serve::AppState::load(store).context("loading the register")?;
    let writable = args.token.as_deref().is_some_and(|t| !t.is_empty());
    if let Some(token) = args.token.filter(|t| !t.is_empty()) {
        state = state.with_ingest(token, crate::settings::load_catalog(catalog_dir)?);
    }
    let deals = state.register().len();
    armscope_serve::run(args.addr, state, |addr| {
        eprintln!(
            "armscope: serving {deals} deals from {} on http://{addr}/ ({})",
            db.display(),
            if writable {
                "ingest enabled"
            } else {
                "read-only"
            }
        );
    })
    .with_context(|| format!("serving on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}
