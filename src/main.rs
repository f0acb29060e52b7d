//! The `newsgraph` binary: a thin shell over the library. Parsing, dispatch and
//! error reporting live in `newsgraph::cli`; all this does is turn the outcome
//! into an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    newsgraph::cli::main()
}
