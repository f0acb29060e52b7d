//! `newsgraph extract`: one annotations file per input article, in the
//! evaluation schema, for scoring and for reading what the pipeline saw.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use rayon::prelude::*;

use crate::extract::analyze;
use crate::ingest::read_inputs;
use crate::output::write_atomically;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles: .txt files, directories (searched recursively), .jsonl files, or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Directory for the annotations files (`<input stem>.json`); created if missing.
    #[arg(long, short = 'o')]
    pub out_dir: PathBuf,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<()> {
    let articles = read_inputs(&args.inputs)?;
    std::fs::create_dir_all(&args.out_dir)
        .with_context(|| format!("cannot create {}", args.out_dir.display()))?;
    let finder = super::name_finder();
    // Two inputs with one stem would overwrite each other: number the later ones.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let names: Vec<String> = articles
        .iter()
        .map(|a| {
            let n = seen.entry(a.stem.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                a.stem.clone()
            } else {
                format!("{}-{}", a.stem, n)
            }
        })
        .collect();
    articles.par_iter().zip(names.par_iter()).try_for_each(
        |(article, name)| -> anyhow::Result<()> {
            let analysis = analyze(article, finder);
            let json = serde_json::to_string_pretty(&analysis.annotations())?;
            write_atomically(&args.out_dir.join(format!("{name}.json")), json.as_bytes())
        },
    )?;
    eprintln!(
        "newsgraph: wrote {} annotations files to {}",
        articles.len(),
        args.out_dir.display()
    );
    Ok(())
}
