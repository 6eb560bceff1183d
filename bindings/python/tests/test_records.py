"""Records: keys, exact spans and speakers, Python string offsets."""

import json
import os
import subprocess

import pytest

import quote_attribution as qa

RECORD_KEYS = {"text", "span", "kind", "speaker", "affiliation", "cue", "context", "confidence", "rule"}


def test_one_quote_exact():
    text = "“We will not back down,” the Riverside Union’s Dana Whitfield, a veteran organiser, told reporters."
    (q,) = qa.extract(text)
    assert q["text"] == "We will not back down,"
    assert q["span"] == {"start": 1, "end": 23}
    assert q["kind"] == "direct"
    assert q["speaker"] == {
        "name": "Dana Whitfield",
        "mention": {"text": "the Riverside Union’s Dana Whitfield", "span": {"start": 25, "end": 61}},
        "resolution": "named",
        "entity": "person",
        "pronouns": [],
        "honorific": None,
    }
    assert q["affiliation"] == {"organization": "Riverside Union", "role": "veteran organiser"}
    assert q["cue"] == {"text": "told", "span": {"start": 84, "end": 88}, "lemma": "tell", "class": "statement"}
    assert q["context"]["attribution"] == {"start": 25, "end": 98}  # to the end of "told reporters"
    assert q["rule"] == "quote-then-speaker-cue"
    assert set(q) == RECORD_KEYS
    assert 0.9 <= q["confidence"] <= 1.0


def test_speaker_evidence_and_cue_class():
    text = "Ms. Ann Lind met the ranchers. “We listened,” she said. Lind believes the plan will fail."
    listened, believes = qa.Extractor(all_attributions=True).extract(text)
    assert listened["speaker"]["name"] == "Ann Lind"
    assert listened["speaker"]["pronouns"] == ["she"]
    assert listened["speaker"]["honorific"] == "Ms."
    assert listened["cue"]["class"] == "statement"
    assert believes["text"] == "the plan will fail"
    assert believes["cue"]["class"] == "belief"


def test_offsets_are_python_indices_on_non_ascii_text():
    # accents, curly marks, an emoji (two UTF-16 units, four UTF-8 bytes) and CJK
    text = "Éloïse 😀 Dupré wrote 東京. “Ça va très bien,” dit-elle. “We won 😀,” Ana Ortiz said."
    records = qa.extract(text)
    assert [q["text"] for q in records] == ["Ça va très bien,", "We won 😀,"]
    for q in records:
        assert text[q["span"]["start"] : q["span"]["end"]] == q["text"]
        if q["speaker"] and q["speaker"]["mention"]:
            m = q["speaker"]["mention"]
            assert text[m["span"]["start"] : m["span"]["end"]] == m["text"]
        if q["cue"]:
            assert text[q["cue"]["span"]["start"] : q["cue"]["span"]["end"]] == q["cue"]["text"]
    assert records[1]["speaker"]["name"] == "Ana Ortiz"
    assert records[1]["span"] == {"start": text.index("We won"), "end": text.index(",” Ana") + 1} == {"start": 55, "end": 64}


def test_founding_article_matches_its_answers(founding_text, founding_gold):
    """Every direct quote of the founding article's answers, at its exact code-point span."""
    records = qa.extract(founding_text)
    found = {(q["span"]["start"], q["span"]["end"]): q for q in records}
    direct = [g for g in founding_gold["quotes"] if g["kind"] in ("direct", "headline")]
    assert direct
    for g in direct:
        q = found[(g["start"], g["end"])]
        assert q["text"] == g["quote"] == founding_text[g["start"] : g["end"]]
        assert q["speaker"]["name"] == g["speaker"]
        assert q["kind"] == g["kind"]


def test_fragments_only_when_present():
    text = "Omar Haddad said the fund would “simply vanish” by spring."
    (q,) = qa.extract(text)
    assert q["kind"] == "partial"
    assert q["fragments"] == [{"start": 33, "end": 46}]
    assert text[33:46] == "simply vanish"
    assert "fragments" not in qa.extract("“It works,” she said.")[0]


def test_unattributed_quote_has_no_speaker():
    (q,) = qa.extract("“It works.”")
    assert q["speaker"] is None
    assert q["cue"] is None


def test_empty_and_quote_free_text():
    assert qa.extract("") == []
    assert qa.extract("No quotes here at all.") == []


def test_rules_catalogue():
    rules = qa.rules()
    ids = [r["id"] for r in rules]
    assert "quote-then-speaker-cue" in ids
    assert len(ids) == len(set(ids))
    for r in rules:
        assert r["description"]
        for ex in r["examples"]:
            assert set(ex) == {"text", "quote", "speaker"}


def test_version():
    assert isinstance(qa.__version__, str) and qa.__version__.count(".") == 2


@pytest.mark.skipif(not os.environ.get("QA_CLI"), reason="QA_CLI (the CLI binary) not given")
def test_same_records_as_the_cli(founding_text):
    """The same records, keys and nesting as the CLI's JSON (offsets aside)."""
    out = subprocess.run(
        [os.environ["QA_CLI"], "--char-offsets", "-"],
        input=founding_text.encode(),
        capture_output=True,
        check=True,
    )
    cli = json.loads(out.stdout)["quotes"]
    py = qa.extract(founding_text)
    assert len(cli) == len(py)

    def strip_offsets(v):
        if isinstance(v, dict):
            return {k: strip_offsets(x) for k, x in v.items() if k not in ("span", "char_span", "utf16_span", "sentence", "paragraph", "attribution", "fragments")}
        return v

    for c, p in zip(cli, py):
        assert c["char_span"] == p["span"]
        assert strip_offsets(c) == strip_offsets(p)
        assert set(c) - {"char_span", "utf16_span"} == set(p)


@pytest.mark.skipif(not os.environ.get("QA_CLI"), reason="QA_CLI (the CLI binary) not given")
def test_rows_have_the_columns_of_the_cli_csv(founding_text):
    """`COLUMNS` is the header of `--format csv`, and the rows hold its values."""
    import csv
    import io

    out = subprocess.run(
        [os.environ["QA_CLI"], "--format", "csv", "-"],
        input=founding_text.encode(),
        capture_output=True,
        check=True,
    )
    table = list(csv.DictReader(io.StringIO(out.stdout.decode(), newline="")))
    assert tuple(table[0]) == qa.COLUMNS
    rows = qa.to_rows(qa.extract(founding_text), ids=["<stdin>"])
    assert len(rows) == len(table)
    for py, cli in zip(rows, table):
        assert {k: "" if v is None else str(v) for k, v in py.items()} == cli
