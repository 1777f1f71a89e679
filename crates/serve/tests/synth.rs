//! The synthetic register behind `bench/load` has exactly the deals it promises.

mod common;

use armscope_serve::{synth, AppState};
use armscope_store::Store;

#[test]
fn synthetic_deals_fuse_into_as_many_deals_with_every_seventh_in_conflict() {
    let mut store = Store::open_in_memory().unwrap();
    let written = synth::write(&mut store, 3_000).unwrap();
    assert_eq!(written.transfers, 3_000 + 3_000 / 7 + 1);
    assert_eq!(store.counts().unwrap().transfers, written.transfers);
    let state = AppState::load(store).unwrap();
    assert_eq!(state.register().len(), 3_000);
    let addr = common::spawn(state);
    let conflicts = common::get_json(addr, "/api/v1/deals?has_conflict=true&limit=1");
    assert_eq!(conflicts["total"], 3_000 / 7 + 1);
    assert_eq!(conflicts["items"][0]["sources"], 2);
}
