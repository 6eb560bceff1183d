//! The command-line tool: JSON, JSON Lines, errors with file and line.

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quote-attribution"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn jsonl_in_and_out_in_order() {
    let input = "{\"id\": \"a\", \"text\": \"“We lost,” Sam Green said.\"}\n\n{\"id\": 2, \"text\": \"No quotes here.\"}\n";
    for jobs in ["1", "3"] {
        let out = run(&["--jsonl", "--jobs", jobs], input.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["id"], "a");
        let q = &lines[0]["quotes"][0];
        assert_eq!(q["span"], serde_json::json!({"start": 3, "end": 11}));
        assert_eq!(q["kind"], "direct");
        assert_eq!(q["speaker"]["name"], "Sam Green");
        assert_eq!(
            q["speaker"]["mention"]["span"],
            serde_json::json!({"start": 15, "end": 24})
        );
        assert_eq!(q["cue"]["text"], "said");
        assert_eq!(lines[1]["id"], 2);
        assert_eq!(lines[1]["quotes"], serde_json::json!([]));
    }
}

#[test]
fn plain_text_with_char_offsets() {
    let out = run(&["--char-offsets"], "“We lost,” Sam Green said.".as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "<stdin>");
    assert_eq!(
        v["quotes"][0]["char_span"],
        serde_json::json!({"start": 1, "end": 9})
    );
    assert_eq!(
        v["quotes"][0]["utf16_span"],
        serde_json::json!({"start": 1, "end": 9})
    );
    assert_eq!(v["diagnostics"], serde_json::json!([]));
}

#[test]
fn malformed_line_names_its_number() {
    let input = b"{\"id\": 1, \"text\": \"ok\"}\nnot json\n{\"id\": 3}\n";
    let out = run(&["--jsonl"], input);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:2: not JSON"), "{err}");

    let out = run(&["--jsonl", "--skip-bad-lines"], input);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>:3: no string field \"text\""), "{err}");
    assert!(err.contains("skipped 2 malformed line(s)"), "{err}");
}

#[test]
fn invalid_utf8_names_file_and_position() {
    let out = run(&[], b"abc \xff def");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>: invalid UTF-8 at byte 4"));
    let out = run(
        &["--jsonl"],
        b"{\"text\": \"ok\"}\n{\"text\": \"a\xffb\"}\n",
    );
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("<stdin>:2: invalid UTF-8 at byte 11 of the line"));
    let out = run(&["--lossy"], b"abc \xff def");
    assert!(out.status.success());
}

#[test]
fn missing_file_and_bad_option_are_errors() {
    let out = run(&["/nonexistent/file.txt"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/file.txt"));
    let out = run(&["--jobs", "0"], b"");
    assert!(!out.status.success());
    let out = run(&["--disable-rule", "nope"], b"");
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown rule id \"nope\""));
}

#[test]
fn founding_article_file() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/huawei-claw-them-back.txt"
    );
    let out = run(&[path, "--no-indirect", "--no-scare"], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 15);
    assert!(quotes
        .iter()
        .all(|q| q["kind"] != "indirect" && q["kind"] != "scare"));
}

#[test]
fn join_split_quotes_flag() {
    let text = "\"We lost,\" Sam Green said. \"We go on.\"";
    let count = |args: &[&str]| {
        let out = run(args, text.as_bytes());
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["quotes"].as_array().unwrap().len()
    };
    assert_eq!(count(&[]), 2);
    assert_eq!(count(&["--join-split-quotes"]), 1);
}
