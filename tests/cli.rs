//! The `newsgraph` binary driven as a user would: commands, outputs, and
//! what happens on bad input (a one-line error and exit code 1, never a panic).

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("binary built")
}

const ARTICLE: &str = "Chilean President Ana Torres Vidal visited Peru on Monday.\n\"Trade with Peru will double within five years,\" said Torres Vidal.\nPeruvian Foreign Minister Luis Quispe said that the talks went well.\n";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

#[test]
fn extract_writes_one_annotations_file_per_input_in_the_eval_schema() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "talks.txt", ARTICLE);
    let out = dir.path().join("out");
    newsgraph()
        .args(["extract"])
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("talks.json")).unwrap()).unwrap();
    for key in [
        "entities",
        "quotes",
        "affiliations",
        "reported",
        "relations",
    ] {
        assert!(json[key].is_array(), "missing {key}");
    }
    let quote = &json["quotes"][0];
    assert_eq!(quote["speaker"], "Ana Torres Vidal");
    assert!(
        quote["text"]
            .as_str()
            .unwrap()
            .starts_with("Trade with Peru")
    );
    let start = quote["start"].as_u64().unwrap() as usize;
    assert!(
        ARTICLE[start..].starts_with("Trade with Peru"),
        "offsets point into the original text"
    );
    let types: Vec<&str> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"person") && types.contains(&"country"));
}

#[test]
fn build_is_idempotent_and_extends_an_existing_graph() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", ARTICLE);
    let b = write(
        dir.path(),
        "b.txt",
        "Ana Torres Vidal met officials in Lima on Friday.\n",
    );
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let first = fs::read_to_string(&graph).unwrap();
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success()
        .stderr(predicate::str::contains("0 added (1 already in the graph)"));
    assert_eq!(
        first,
        fs::read_to_string(&graph).unwrap(),
        "adding the same document again changes nothing"
    );
    newsgraph()
        .arg("build")
        .arg(&b)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let g: serde_json::Value = serde_json::from_str(&fs::read_to_string(&graph).unwrap()).unwrap();
    assert_eq!(g["documents"].as_array().unwrap().len(), 2);
    let ana = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "person:ana-torres-vidal")
        .expect("merged person");
    assert_eq!(ana["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn jsonl_input_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = write(
        dir.path(),
        "feed.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"id": "n1", "title": "T", "date": "2025-01-05", "text": ARTICLE})
        ),
    );
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&jsonl)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let g: serde_json::Value = serde_json::from_str(&fs::read_to_string(&graph).unwrap()).unwrap();
    assert_eq!(g["documents"][0]["id"], "n1");
    assert_eq!(g["documents"][0]["date"], "2025-01-05");
    let out = dir.path().join("out");
    newsgraph()
        .args(["extract", "-", "--out-dir"])
        .arg(&out)
        .write_stdin(ARTICLE)
        .assert()
        .success();
    assert!(out.join("stdin.json").exists());
}

#[test]
fn quotes_query_by_speaker_alias_topic_kind_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = write(
        dir.path(),
        "feed.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"id": "n1", "date": "2025-01-05", "text": ARTICLE})
        ),
    );
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&jsonl)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let run = |args: &[&str]| -> serde_json::Value {
        let out = newsgraph()
            .arg("quotes")
            .arg(&graph)
            .args(args)
            .arg("--json")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let by_alias = run(&["--speaker", "Torres Vidal"]);
    assert_eq!(by_alias.as_array().unwrap().len(), 1);
    assert_eq!(by_alias[0]["speaker"], "Ana Torres Vidal");
    assert_eq!(run(&["--speaker", "person:ana-torres-vidal"]), by_alias);
    assert_eq!(run(&["--about", "Peru", "--kind", "direct"]), by_alias);
    assert_eq!(
        by_alias[0]["roles"][0], "president, Chile",
        "roles read with the body's name"
    );
    let reported = run(&["--kind", "reported"]);
    assert_eq!(reported[0]["speaker"], "Luis Quispe");
    assert_eq!(run(&["--since", "2025-02-01"]).as_array().unwrap().len(), 0);
    assert_eq!(
        run(&["--contains", "FIVE YEARS"]).as_array().unwrap().len(),
        1
    );
    newsgraph()
        .arg("quotes")
        .arg(&graph)
        .args(["--speaker", "Nobody"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no entity named"));
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Maria Santos opened the port in Manila.\n\"We will double the cargo this year,\" said Maria Santos.\nJose Santos, a rival shipper, disagreed.\n\"The cargo numbers are a fantasy,\" Jose Santos said.\n";
    let a = write(dir.path(), "a.txt", text);
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    fails_cleanly(
        newsgraph()
            .arg("quotes")
            .arg(&graph)
            .args(["--speaker", "Santos"]),
        "ambiguous: Jose Santos (person:jose-santos), Maria Santos (person:maria-santos)",
    );
    newsgraph()
        .arg("quotes")
        .arg(&graph)
        .args(["--speaker", "Jose Santos"])
        .assert()
        .success()
        .stdout(predicate::str::contains("fantasy"));
}

#[test]
fn entities_list_and_explain() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", ARTICLE);
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let out = newsgraph()
        .arg("entities")
        .arg(&graph)
        .args(["--type", "country", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|e| e["type"] == "country")
    );
    newsgraph()
        .arg("entities")
        .arg(&graph)
        .args(["--explain", "Torres Vidal"])
        .assert()
        .success()
        .stdout(predicate::str::contains("last words of 'Ana Torres Vidal'"));
}

/// Bad input: one line on stderr naming the problem, exit code 1.
fn fails_cleanly(cmd: &mut Command, needle: &str) {
    let out = cmd.assert().code(1).get_output().clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(
        err.starts_with("newsgraph: error: ") && err.contains(needle),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn bad_input_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    fails_cleanly(
        newsgraph()
            .args(["extract", "no/such/file.txt", "--out-dir"])
            .arg(&out),
        "no/such/file.txt",
    );
    let bad = write(dir.path(), "bad.jsonl", "{\"text\": \"ok\"}\n{oops\n");
    fails_cleanly(
        newsgraph()
            .arg("extract")
            .arg(&bad)
            .arg("--out-dir")
            .arg(&out),
        "bad.jsonl:2",
    );
    let bin = dir.path().join("bin.txt");
    fs::write(&bin, [0xffu8, 0xfe, 0x00, 0x41]).unwrap();
    fails_cleanly(
        newsgraph()
            .arg("build")
            .arg(&bin)
            .arg("-o")
            .arg(dir.path().join("g.json")),
        "not valid UTF-8",
    );
    let junk = write(dir.path(), "junk.json", "{\"hello\": 1}");
    fails_cleanly(
        newsgraph()
            .arg("export")
            .arg(&junk)
            .args(["--format", "dot"]),
        "not a newsgraph graph file",
    );
    fails_cleanly(newsgraph().arg("quotes").arg(&junk), "junk.json");
}

#[test]
fn a_failed_build_leaves_the_existing_graph_intact() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", ARTICLE);
    let graph = dir.path().join("g.json");
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let before = fs::read_to_string(&graph).unwrap();
    newsgraph()
        .arg("build")
        .arg(&a)
        .arg("missing.txt")
        .arg("-o")
        .arg(&graph)
        .assert()
        .code(1);
    assert_eq!(before, fs::read_to_string(&graph).unwrap());
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

#[test]
fn usage_errors_exit_2_and_every_command_has_help() {
    newsgraph().arg("frobnicate").assert().code(2);
    for cmd in [
        "build", "extract", "export", "quotes", "entities", "train", "eval",
    ] {
        newsgraph()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::is_empty().not());
    }
}
