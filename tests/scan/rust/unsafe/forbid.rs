//! Parser for the catalogue export format.
#![forbid(unsafe_code)] // ok: CWE-676

pub mod reader;
pub mod writer;
