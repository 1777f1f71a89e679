//! `armscope-synth DB N`: a database of N synthetic deals, for `bench/load`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(db), Some(Ok(deals))) = (args.first(), args.get(1).map(|n| n.parse::<usize>()))
    else {
        eprintln!("usage: armscope-synth DB DEALS");
        return ExitCode::from(2);
    };
    let result = armscope_store::Store::open(&PathBuf::from(db))
        .and_then(|mut store| armscope_serve::synth::write(&mut store, deals));
    match result {
        Ok(w) => {
            eprintln!(
                "{db}: {} deals, {} transfers, {} documents",
                w.deals, w.transfers, w.documents
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("armscope-synth: {e}");
            ExitCode::FAILURE
        }
    }
}
