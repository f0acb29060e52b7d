//! Reading articles: `.txt` files, directories (recursively), JSON Lines with
//! one `{id, title, date, url, text}` object per line, and `-` for stdin.
//!
//! Every article gets a stable id: the one it was given, or one derived from a
//! hash of its text, so that adding the same article twice to a graph is
//! recognised as the same document.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One article as read, before any analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip)]
    pub text: String,
    /// Where it came from: a path, `path:line` for JSONL, or `<stdin>`.
    pub origin: String,
    /// A file-name-like name for per-article outputs (`extract`).
    #[serde(skip)]
    pub stem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}:{line}: {message}")]
    Jsonl {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: not valid UTF-8 text")]
    NotUtf8 { path: String },
    #[error("{path}: no .txt or .jsonl files found")]
    EmptyDirectory { path: String },
}

/// The id derived from an article's text: the first 16 hex digits of its SHA-256.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Reads every input, in order; directories are walked in sorted order so the
/// result does not depend on the file system.
pub fn read_inputs(inputs: &[PathBuf]) -> Result<Vec<Article>, IngestError> {
    let mut articles = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| IngestError::Io {
                    path: "<stdin>".into(),
                    source,
                })?;
            let text = String::from_utf8(bytes).map_err(|_| IngestError::NotUtf8 {
                path: "<stdin>".into(),
            })?;
            articles.extend(articles_from_text(&text, "<stdin>", "stdin")?);
        } else if input.is_dir() {
            let files = collect_files(input)?;
            if files.is_empty() {
                return Err(IngestError::EmptyDirectory {
                    path: input.display().to_string(),
                });
            }
            for file in files {
                articles.extend(read_file(&file)?);
            }
        } else {
            articles.extend(read_file(input)?);
        }
    }
    Ok(articles)
}

fn collect_files(dir: &Path) -> Result<Vec<PathBuf>, IngestError> {
    let io_err = |source| IngestError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(io_err)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|source| IngestError::Io {
            path: dir.display().to_string(),
            source,
        })?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            out.extend(collect_files(&path)?);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            out.push(path);
        }
    }
    Ok(out)
}

fn read_file(path: &Path) -> Result<Vec<Article>, IngestError> {
    let shown = path.display().to_string();
    let bytes = fs::read(path).map_err(|source| IngestError::Io {
        path: shown.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| IngestError::NotUtf8 {
        path: shown.clone(),
    })?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        return parse_jsonl(&text, &shown);
    }
    articles_from_text(&text, &shown, &stem)
}

/// Plain text from a file or stdin; stdin that looks like JSONL is read as such.
fn articles_from_text(text: &str, origin: &str, stem: &str) -> Result<Vec<Article>, IngestError> {
    if origin == "<stdin>" && text.trim_start().starts_with('{') {
        return parse_jsonl(text, origin);
    }
    Ok(vec![Article {
        id: content_id(text),
        title: None,
        date: None,
        url: None,
        text: text.to_string(),
        origin: origin.to_string(),
        stem: stem.to_string(),
    }])
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

/// One article per non-blank line; an error names the line.
pub fn parse_jsonl(text: &str, origin: &str) -> Result<Vec<Article>, IngestError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| IngestError::Jsonl {
            path: origin.to_string(),
            line: i + 1,
            message,
        };
        let rec: JsonlRecord =
            serde_json::from_str(line).map_err(|e| err(format!("invalid JSON: {e}")))?;
        let body = rec
            .text
            .ok_or_else(|| err("missing \"text\" field".into()))?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            None | Some(serde_json::Value::Null) => content_id(&body),
            Some(_) => return Err(err("\"id\" must be a string or a number".into())),
        };
        let stem = sanitize_stem(&id);
        out.push(Article {
            id,
            title: rec.title,
            date: rec.date,
            url: rec.url,
            text: body,
            origin: format!("{origin}:{}", i + 1),
            stem,
        });
    }
    Ok(out)
}

/// An id made safe to use as a file name.
fn sanitize_stem(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_stable_and_text_dependent() {
        assert_eq!(content_id("a"), content_id("a"));
        assert_ne!(content_id("a"), content_id("b"));
        assert_eq!(content_id("a").len(), 16);
    }

    #[test]
    fn jsonl_reads_fields_and_derives_missing_ids() {
        let text = "{\"id\":\"x1\",\"title\":\"T\",\"date\":\"2025-01-02\",\"text\":\"Hello.\"}\n\n{\"text\":\"Bye.\"}\n";
        let arts = parse_jsonl(text, "f.jsonl").unwrap();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].id, "x1");
        assert_eq!(arts[0].date.as_deref(), Some("2025-01-02"));
        assert_eq!(arts[1].id, content_id("Bye."));
        assert_eq!(arts[1].origin, "f.jsonl:3");
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let err = parse_jsonl("{\"text\":\"ok\"}\n{broken\n", "f.jsonl").unwrap_err();
        assert!(
            err.to_string().starts_with("f.jsonl:2: invalid JSON"),
            "{err}"
        );
        let err = parse_jsonl("{\"title\":\"no text\"}", "f.jsonl").unwrap_err();
        assert_eq!(err.to_string(), "f.jsonl:1: missing \"text\" field");
    }

    #[test]
    fn directories_are_walked_recursively_in_order() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("b.txt"), "B.").unwrap();
        fs::write(dir.path().join("sub/a.txt"), "A.").unwrap();
        fs::write(dir.path().join("ignored.md"), "M.").unwrap();
        let arts = read_inputs(&[dir.path().to_path_buf()]).unwrap();
        let stems: Vec<&str> = arts.iter().map(|a| a.stem.as_str()).collect();
        assert_eq!(stems, ["b", "a"]);
    }

    #[test]
    fn missing_and_non_utf8_files_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.txt");
        assert!(matches!(
            read_inputs(&[missing]),
            Err(IngestError::Io { .. })
        ));
        let bad = dir.path().join("bad.txt");
        fs::write(&bad, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            read_inputs(&[bad]),
            Err(IngestError::NotUtf8 { .. })
        ));
    }
}
