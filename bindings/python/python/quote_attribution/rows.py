"""One row per quote: records flattened for tables and DataFrames.

The columns are those of the command-line tool's ``--format csv``, offsets in
code points (Python string indices), as there.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Sequence

#: The columns of a row, in order (the CLI's CSV header).
COLUMNS = (
    "document",
    "record",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "resolution",
    "entity",
    "pronouns",
    "honorific",
    "organization",
    "role",
    "cue",
    "cue_lemma",
    "cue_class",
    "confidence",
    "rule",
)


def _row(document: Any, index: int, q: Dict[str, Any]) -> Dict[str, Any]:
    speaker = q.get("speaker") or {}
    mention = speaker.get("mention") or {}
    mention_span = mention.get("span") or {}
    affiliation = q.get("affiliation") or {}
    cue = q.get("cue") or {}
    return {
        "document": document,
        "record": index,
        "kind": q["kind"],
        "text": q["text"],
        "start": q["span"]["start"],
        "end": q["span"]["end"],
        "speaker": speaker.get("name"),
        "mention": mention.get("text"),
        "mention_start": mention_span.get("start"),
        "mention_end": mention_span.get("end"),
        "resolution": speaker.get("resolution"),
        "entity": speaker.get("entity"),
        "pronouns": " ".join(speaker.get("pronouns") or []) if speaker else None,
        "honorific": speaker.get("honorific"),
        "organization": affiliation.get("organization"),
        "role": affiliation.get("role"),
        "cue": cue.get("text"),
        "cue_lemma": cue.get("lemma"),
        "cue_class": cue.get("class"),
        "confidence": q["confidence"],
        "rule": q["rule"],
    }


def _is_batch(records: Sequence[Any]) -> bool:
    return len(records) > 0 and isinstance(records[0], list)


def to_rows(
    records: Sequence[Any], ids: Optional[Iterable[Any]] = None
) -> List[Dict[str, Any]]:
    """Flattens records into one dict a quote, with the keys of ``COLUMNS``.

    ``records`` is what ``extract`` returns (one document) or what
    ``extract_batch`` returns (a list a document). ``ids`` names the
    documents (default: their position); for one document, its one id.
    """
    documents = list(records) if _is_batch(records) else [list(records)]
    names = list(ids) if ids is not None else list(range(len(documents)))
    if len(names) != len(documents):
        raise ValueError(f"{len(names)} ids for {len(documents)} documents")
    return [
        _row(name, i, q)
        for name, quotes in zip(names, documents)
        for i, q in enumerate(quotes)
    ]


def to_pandas(records: Sequence[Any], ids: Optional[Iterable[Any]] = None):
    """A pandas DataFrame of ``to_rows(records, ids)`` (needs pandas)."""
    import pandas as pd

    return pd.DataFrame(to_rows(records, ids), columns=list(COLUMNS))


def to_polars(records: Sequence[Any], ids: Optional[Iterable[Any]] = None):
    """A polars DataFrame of ``to_rows(records, ids)`` (needs polars)."""
    import polars as pl

    rows = to_rows(records, ids)
    if not rows:
        return pl.DataFrame(schema=list(COLUMNS))
    return pl.DataFrame(rows, infer_schema_length=None)
