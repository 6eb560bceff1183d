"""A spaCy pipeline component that fills ``doc.spans["quotes"]``.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("quote_attribution")            # doctest: +SKIP

Each span covers a record's quote (widened to whole tokens) and carries its
``label_`` (the record's kind) and the extensions ``span._.speaker`` (the
canonical name, or None), ``span._.cue``, ``span._.confidence``,
``span._.rule`` and ``span._.record`` (the whole record). Works with
``spacy.blank("en")``: no model is needed. The component's config takes the
options of ``Extractor``.
"""

from __future__ import annotations

from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ._native import Extractor

for _name in ("speaker", "cue", "confidence", "rule", "record"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class QuoteAttribution:
    """Adds the quotes of each doc to ``doc.spans[spans_key]``."""

    def __init__(self, extractor: Extractor, spans_key: str = "quotes"):
        self.extractor = extractor
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for record in self.extractor.extract(doc.text):
            start, end = record["span"]["start"], record["span"]["end"]
            span = doc.char_span(start, end, label=record["kind"], alignment_mode="expand")
            if span is None:
                continue
            speaker = record.get("speaker") or {}
            cue = record.get("cue") or {}
            span._.speaker = speaker.get("name")
            span._.cue = cue.get("text")
            span._.confidence = record["confidence"]
            span._.rule = record["rule"]
            span._.record = record
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "quote_attribution",
    default_config={
        "spans_key": "quotes",
        "min_confidence": 0.0,
        "indirect": True,
        "scare_quotes": True,
        "join_split_quotes": False,
        "all_attributions": False,
        "disabled_rules": [],
    },
)
def make_component(
    nlp: Language,
    name: str,
    spans_key: str,
    min_confidence: float,
    indirect: bool,
    scare_quotes: bool,
    join_split_quotes: bool,
    all_attributions: bool,
    disabled_rules: Optional[List[str]],
) -> QuoteAttribution:
    """The ``quote_attribution`` factory: ``nlp.add_pipe("quote_attribution")``."""
    extractor = Extractor(
        min_confidence=min_confidence,
        indirect=indirect,
        scare_quotes=scare_quotes,
        join_split_quotes=join_split_quotes,
        all_attributions=all_attributions,
        disabled_rules=list(disabled_rules or []),
    )
    return QuoteAttribution(extractor, spans_key=spans_key)
