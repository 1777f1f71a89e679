pub mod catalog;
pub mod conflicts;
pub mod demo;
pub mod extract;
pub mod ingest;
pub mod register;
pub mod serve;
pub mod show;
