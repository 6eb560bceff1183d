#!/usr/bin/env python3
"""Do the CLI's output formats agree? CSV rows, JSON records, HTML records.

    python3 scripts/check_formats.py [--dom] [JSONL ...]

For each JSON Lines file (default: the founding article and
tests/data/formats.jsonl; with ``--shared``, also PolNeAR dev from
../shared/eval, read at run time), runs the release CLI and checks that
- ``--format csv`` parses with Python's ``csv`` module into one row a JSON
  record, each row's text equal to ``text[start:end]`` in code points;
- ``--format speakers`` counts sum to the records with a speaker, by kind;
- ``--format html`` holds, in each document's section, every record's
  ``data-record`` (with ``--dom``: in the DOM headless Chromium renders,
  ``chromium --dump-dom``; .ci/run installs Debian's chromium when absent).
Exits non-zero on the first disagreement.
"""

import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "release" / "quote-attribution"
SHARED = ROOT.parent / "shared"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def run(args, stdin):
    return subprocess.run([str(CLI), *args], input=stdin, capture_output=True, check=True).stdout.decode()


class Records(HTMLParser):
    """The data-record values of each section of a page."""

    def __init__(self):
        super().__init__()
        self.sections = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.sections.append((attrs.get("data-document"), set()))
        elif "data-record" in attrs:
            self.sections[-1][1].add(int(attrs["data-record"]))


def rendered_dom(page):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("check_formats: --dom needs chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        profile = pathlib.Path(tmp) / "profile"
        out = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
            capture_output=True, check=True, timeout=300,
        )
    return out.stdout.decode()


def check(path, dom):
    data = path.read_bytes()
    docs = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    records = [json.loads(line)["quotes"] for line in run(["--jsonl", "--char-offsets"], data).splitlines()]
    assert len(records) == len(docs), "one JSON line a document"
    total = sum(map(len, records))

    rows = list(csv.DictReader(io.StringIO(run(["--jsonl", "--format", "csv"], data), newline="")))
    assert len(rows) == total, f"{len(rows)} CSV rows for {total} JSON records"
    flat = [(doc, q) for doc, quotes in zip(docs, records) for q in quotes]
    for row, (doc, q) in zip(rows, flat):
        start, end = int(row["start"]), int(row["end"])
        assert (start, end) == (q["char_span"]["start"], q["char_span"]["end"]), row
        assert row["text"] == q["text"] == doc["text"][start:end], row
        assert row["speaker"] == ((q.get("speaker") or {}).get("name") or ""), row

    speakers = list(csv.DictReader(io.StringIO(run(["--jsonl", "--format", "speakers"], data), newline="")))
    with_speaker = sum(1 for quotes in records for q in quotes if q.get("speaker"))
    assert sum(int(r["quotes"]) for r in speakers) == with_speaker, "speaker counts"
    for kind in ("direct", "partial", "indirect", "headline", "scare"):
        want = sum(1 for quotes in records for q in quotes if q.get("speaker") and q["kind"] == kind)
        assert sum(int(r[kind]) for r in speakers) == want, kind

    page = run(["--jsonl", "--format", "html"], data)
    parser = Records()
    parser.feed(rendered_dom(page) if dom else page)
    assert len(parser.sections) == len(docs), "one section a document"
    for (name, seen), quotes in zip(parser.sections, records):
        assert seen == set(range(len(quotes))), f"document {name}: data-record {sorted(seen)} for {len(quotes)} records"
    where = "rendered DOM" if dom else "HTML"
    print(f"{path.name}: {len(docs)} documents, {total} records = {len(rows)} CSV rows = "
          f"{total} data-record in the {where}; speaker counts agree")


def main():
    args = sys.argv[1:]
    dom = "--dom" in args
    files = [pathlib.Path(a) for a in args if not a.startswith("--")]
    if not files:
        files = [ROOT / "tests/data/huawei-claw-them-back.gold.jsonl", ROOT / "tests/data/formats.jsonl"]
    if "--shared" in args:
        dev = SHARED / "eval/polnear/dev.jsonl"
        if dev.exists():
            files.append(dev)
        else:
            print(f"check_formats: {dev} is not here (the shared evaluation folder); skipped")
    if not CLI.exists() or os.environ.get("CHECK_FORMATS_BUILD", "1") == "1":
        subprocess.run(["cargo", "build", "--release", "--features", "cli", "-q"], cwd=ROOT, check=True)
    for f in files:
        check(f, dom)


if __name__ == "__main__":
    main()
