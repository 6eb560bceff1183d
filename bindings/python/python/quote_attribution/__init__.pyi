from ._native import (
    AffiliationDict as AffiliationDict,
    ConfigDict as ConfigDict,
    ContextDict as ContextDict,
    CueDict as CueDict,
    Extractor as Extractor,
    MentionDict as MentionDict,
    Record as Record,
    RuleDict as RuleDict,
    SpanDict as SpanDict,
    SpeakerDict as SpeakerDict,
    __version__ as __version__,
    extract as extract,
    rules as rules,
)
from .rows import COLUMNS as COLUMNS, to_pandas as to_pandas, to_polars as to_polars, to_rows as to_rows
