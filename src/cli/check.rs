//! `redac check`, `redac rules`, `redac explain` (placeholder until the checking module lands).

use clap::Args;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories (searched for *.md); `-` for stdin.
    pub paths: Vec<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id, as `redac rules` lists it.
    pub rule: String,
}

pub fn run(_args: CheckArgs) -> u8 {
    super::fail("check is not implemented yet")
}

pub fn rules(_args: RulesArgs) -> u8 {
    super::fail("rules is not implemented yet")
}

pub fn explain(_args: ExplainArgs) -> u8 {
    super::fail("explain is not implemented yet")
}
