pub mod catalog;
pub mod conflicts;
pub mod demo;
pub mod doc_view;
pub mod extract;
pub mod ingest;
pub mod register;
pub mod show;
