"""Who said what in news text: quotations, their speakers, affiliations and cues.

Load once, call many::

    >>> import quote_attribution as qa
    >>> text = "“We will not back down,” Dana Whitfield said."
    >>> q = qa.extract(text)[0]
    >>> q["speaker"]["name"], text[q["span"]["start"]:q["span"]["end"]]
    ('Dana Whitfield', 'We will not back down,')

Records are plain dicts with the keys and nesting of the command-line tool's
JSON; every offset is a Python string index. ``Extractor`` takes the options
of the Rust builder; ``Extractor.extract_batch`` extracts many texts on
several threads with the GIL released. ``to_rows``, ``to_pandas`` and
``to_polars`` flatten records into one row per quote (pandas and polars are
optional); ``quote_attribution.spacy_component`` is a spaCy pipeline
component (spaCy is optional).
"""

from ._native import Extractor, __version__, extract, rules
from .rows import COLUMNS, to_pandas, to_polars, to_rows

__all__ = [
    "COLUMNS",
    "Extractor",
    "__version__",
    "extract",
    "rules",
    "to_pandas",
    "to_polars",
    "to_rows",
]
