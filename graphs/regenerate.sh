#!/usr/bin/env bash
# Rebuilds every file in graphs/ from examples/articles (see graphs/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
bin=target/release/newsgraph
"$bin" build examples/articles -o graphs/examples.json --fresh
"$bin" export graphs/examples.json --format dot -o graphs/examples.dot
"$bin" export graphs/examples.json --format json -o graphs/examples.nodelink.json
dot -Tsvg graphs/examples.dot -o graphs/examples.svg
dot -Tpng -Gdpi=60 graphs/examples.dot -o graphs/examples.png
"$bin" export graphs/examples.json --format graphml -o graphs/examples.graphml
"$bin" export graphs/examples.json --format html -o graphs/examples.html
