"""Type stubs of the native module (re-exported by ``quote_attribution``)."""

from typing import Iterable, List, Literal, Optional, Sequence, TypedDict

__version__: str

class SpanDict(TypedDict):
    """A half-open range of Python string indices (code points)."""

    start: int
    end: int

class MentionDict(TypedDict):
    text: str
    span: SpanDict

class SpeakerDict(TypedDict):
    name: str
    mention: Optional[MentionDict]
    resolution: Literal[
        "named",
        "partial_name",
        "pronoun",
        "unresolved_pronoun",
        "description",
        "unnamed",
        "continuation",
        "headline",
    ]
    entity: Literal["person", "organization", "group", "place", "unknown"]
    pronouns: List[str]
    honorific: Optional[str]

class AffiliationDict(TypedDict):
    organization: Optional[str]
    role: Optional[str]

# ("class" is a keyword: the functional form)
CueDict = TypedDict(
    "CueDict",
    {
        "text": str,
        "span": SpanDict,
        "lemma": str,
        "class": Literal["statement", "belief", "intent", "perception"],
    },
)

class ContextDict(TypedDict):
    sentence: SpanDict
    paragraph: SpanDict
    attribution: Optional[SpanDict]

class _RecordBase(TypedDict):
    text: str
    span: SpanDict
    kind: Literal["direct", "partial", "indirect", "headline", "scare"]
    speaker: Optional[SpeakerDict]
    affiliation: Optional[AffiliationDict]
    cue: Optional[CueDict]
    context: ContextDict
    confidence: float
    rule: str

class Record(_RecordBase, total=False):
    """One quote record; ``fragments`` is present only when not empty."""

    fragments: List[SpanDict]

class ExampleDict(TypedDict):
    text: str
    quote: Optional[str]
    speaker: Optional[str]

class RuleDict(TypedDict):
    id: str
    description: str
    examples: List[ExampleDict]

class ConfigDict(TypedDict):
    min_confidence: float
    indirect: bool
    scare_quotes: bool
    join_split_quotes: bool
    all_attributions: bool
    disabled_rules: List[str]
    max_quote_len: int
    max_document_len: int

class Extractor:
    """Finds quotations and their speakers; build once, call many times."""

    def __init__(
        self,
        *,
        min_confidence: float = 0.0,
        indirect: bool = True,
        scare_quotes: bool = True,
        join_split_quotes: bool = False,
        all_attributions: bool = False,
        disabled_rules: Optional[Sequence[str]] = None,
        max_quote_len: Optional[int] = None,
        max_document_len: Optional[int] = None,
    ) -> None: ...
    def extract(self, text: str) -> List[Record]:
        """The records of one text."""
    def extract_batch(
        self, texts: Iterable[str], threads: Optional[int] = None
    ) -> List[List[Record]]:
        """The records of each text, in input order, on ``threads`` threads.

        The GIL is released while the texts are read; Python's cyclic garbage
        collector is paused while the records are built and resumes as it was.
        """
    @property
    def config(self) -> ConfigDict:
        """The configuration, as the constructor's keyword arguments."""

def extract(text: str) -> List[Record]:
    """The records of one text with the default configuration."""

def rules() -> List[RuleDict]:
    """The rule catalogue."""
