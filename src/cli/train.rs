//! `newsgraph train` and `newsgraph eval`: the tagger's training and
//! evaluation commands (owned by the tagger work; see `crate::tagger`).

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// CoNLL-2003 training file.
    #[arg(long)]
    pub train: PathBuf,
    /// CoNLL-2003 development file, scored after every epoch.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the weights.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to evaluate: `conll`.
    pub what: String,
    /// The file to evaluate on.
    pub file: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn train(_args: &TrainArgs) -> anyhow::Result<()> {
    anyhow::bail!("training is not implemented yet")
}

pub fn eval(_args: &EvalArgs) -> anyhow::Result<()> {
    anyhow::bail!("evaluation is not implemented yet")
}
