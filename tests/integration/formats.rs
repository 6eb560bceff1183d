//! The CLI's table formats (`--format csv|speakers|html`), its JSON Lines
//! fields and its rule list: the same records in every format.

use crate::cli::run;
use std::collections::BTreeSet;

const FOUNDING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/huawei-claw-them-back.txt"
);

fn stdout(args: &[&str], stdin: &[u8]) -> String {
    let out = run(args, stdin);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// RFC 4180 rows: fields in double quotes may hold commas, quotes (doubled)
/// and line breaks; rows end in CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "a row ends in CRLF"),
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        }
    }
    assert!(
        row.is_empty() && field.is_empty(),
        "the last row ends in CRLF"
    );
    rows
}

fn json_records(args: &[&str], stdin: &[u8]) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(&stdout(args, stdin)).unwrap();
    v["quotes"].as_array().unwrap().clone()
}

#[test]
fn csv_rows_are_the_json_records_with_char_offsets() {
    let records = json_records(&[FOUNDING, "--char-offsets"], b"");
    let rows = parse_csv(&stdout(&[FOUNDING, "--format", "csv"], b""));
    let header = &rows[0];
    assert_eq!(
        header[..6],
        ["document", "record", "kind", "text", "start", "end"]
    );
    assert_eq!(rows.len() - 1, records.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (i, (row, q)) in rows[1..].iter().zip(&records).enumerate() {
        assert_eq!(row.len(), header.len());
        assert_eq!(row[col("document")], FOUNDING);
        assert_eq!(row[col("record")], i.to_string());
        assert_eq!(row[col("text")], q["text"].as_str().unwrap());
        assert_eq!(row[col("start")], q["char_span"]["start"].to_string());
        assert_eq!(row[col("end")], q["char_span"]["end"].to_string());
        assert_eq!(row[col("kind")], q["kind"].as_str().unwrap());
        assert_eq!(row[col("rule")], q["rule"].as_str().unwrap());
        let speaker = q["speaker"]["name"].as_str().unwrap_or("");
        assert_eq!(row[col("speaker")], speaker);
        assert_eq!(
            row[col("confidence")].parse::<f64>().unwrap(),
            q["confidence"].as_f64().unwrap()
        );
    }
    // the second record: a quote with a comma, in double quotes in the file
    assert_eq!(rows[2][col("start")], "310");
    assert_eq!(rows[2][col("organization")], "Hudson Institute");
    assert_eq!(rows[2][col("role")], "retired Air Force general");
    assert_eq!(rows[2][col("cue_lemma")], "tell");
    assert_eq!(rows[2][col("cue_class")], "statement");
}

#[test]
fn speakers_rows_count_the_records_of_each_speaker() {
    let records = json_records(&[FOUNDING], b"");
    let rows = parse_csv(&stdout(&[FOUNDING, "--format", "speakers"], b""));
    assert_eq!(
        rows[0],
        [
            "document", "speaker", "entity", "quotes", "direct", "partial", "indirect", "headline",
            "scare", "mentions"
        ]
    );
    let with_speaker = records.iter().filter(|q| !q["speaker"].is_null()).count();
    let total: usize = rows[1..]
        .iter()
        .map(|r| r[3].parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, with_speaker);
    for r in &rows[1..] {
        let by_kind: usize = r[4..9].iter().map(|n| n.parse::<usize>().unwrap()).sum();
        assert_eq!(by_kind.to_string(), r[3]);
        let own = records
            .iter()
            .filter(|q| {
                q["speaker"]["name"] == r[1].as_str() && q["speaker"]["entity"] == r[2].as_str()
            })
            .count();
        assert_eq!(own.to_string(), r[3], "{}", r[1]);
    }
    let spalding = rows.iter().find(|r| r[1] == "Rob Spalding").unwrap();
    assert_eq!(spalding[2..9], ["person", "5", "4", "0", "0", "1", "0"]);
    assert_eq!(spalding[9], "the Hudson Institute’s Rob Spalding; he");
}

/// The `data-record` values of each `<section>` of a page, as drawn (with
/// the number of elements carrying them).
fn html_records(page: &str) -> Vec<(BTreeSet<usize>, usize)> {
    page.split("<section ")
        .skip(1)
        .map(|section| {
            let values: Vec<usize> = section
                .split("data-record=\"")
                .skip(1)
                .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
                .collect();
            (values.iter().copied().collect(), values.len())
        })
        .collect()
}

#[test]
fn html_draws_every_record_of_every_document() {
    let records = json_records(&[FOUNDING], b"");
    let page = stdout(&[FOUNDING, "--format", "html"], b"");
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    assert!(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"));
    let sections = html_records(&page);
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].0, (0..records.len()).collect());
    // the text is all there, escaped, between the marks
    assert!(page.contains("Hudson Institute’s Rob Spalding"));
    assert!(page.contains("data-speaker=\"Rob Spalding\""));
    assert!(page.contains("class=\"scare\"") || records.iter().all(|q| q["kind"] != "scare"));
}

#[test]
fn html_nested_and_joined_records_repeat_their_data_record() {
    // a partial fragment inside reported speech; a joined quotation holding its attribution
    let text = "Omar Haddad said the fund would “simply vanish” by spring. “We tried,” Ann Lee said. “We <failed>.”";
    let page = stdout(
        &["--format", "html", "--join-split-quotes"],
        text.as_bytes(),
    );
    let (set, elements) = &html_records(&page)[0];
    let records = json_records(&["--join-split-quotes"], text.as_bytes());
    assert_eq!(*set, (0..records.len()).collect());
    assert!(*elements >= records.len());
    assert!(page.contains("&lt;failed&gt;"));
}

#[test]
fn jsonl_with_other_field_names_and_table_formats() {
    let input = "{\"url\": \"a\", \"body\": \"“We lost,” Sam Green said.\"}\n{\"body\": \"“Yes,” Al Bo said.\"}\n{\"url\": 7, \"body\": \"None.\"}\n";
    for jobs in ["1", "2"] {
        let args = [
            "--jsonl",
            "--text-field",
            "body",
            "--id-field",
            "url",
            "--jobs",
            jobs,
        ];
        let lines: Vec<serde_json::Value> = stdout(&args, input.as_bytes())
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["quotes"][0]["speaker"]["name"], "Sam Green");
        let csv = parse_csv(&stdout(
            &[&args[..], &["--format", "csv"]].concat(),
            input.as_bytes(),
        ));
        let ids: Vec<&str> = csv[1..].iter().map(|r| r[0].as_str()).collect();
        // a string id as it is; no id: the document's position
        assert_eq!(ids, ["a", "1"]);
        let page = stdout(
            &[&args[..], &["--format", "html"]].concat(),
            input.as_bytes(),
        );
        assert_eq!(page.matches("<section ").count(), 3);
        assert!(page.contains("data-document=\"7\""));
    }
    let out = run(&["--jsonl", "--text-field", "body"], b"{\"text\": \"x\"}\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no string field \"body\""));
}

#[test]
fn list_rules_and_bad_format() {
    let list = stdout(&["--list-rules"], b"");
    let ids: Vec<&str> = list
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    let catalogue: Vec<&str> = quote_attribution::rules::all()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, catalogue);
    let out = run(&["--format", "xml"], b"");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--format takes json, csv, html or speakers")
    );
}
