//! Export: the report in each output format, one file per format (as hyperfine does).

pub mod json;
pub mod summary;
pub mod table;
