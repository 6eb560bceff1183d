"""Rows for DataFrames and the spaCy component (tested when those packages are present)."""

import ast
import inspect
import pathlib

import pytest

import quote_attribution as qa
from quote_attribution import _native

TEXTS = ["“It works,” Ada Brandt said. “Really.”", "No quotes.", "The ministry said that prices would rise."]


def test_rows_one_per_quote():
    batch = qa.Extractor().extract_batch(TEXTS)
    rows = qa.to_rows(batch, ids=["a", "b", "c"])
    assert len(rows) == sum(len(d) for d in batch) == 3
    assert [tuple(r) for r in rows] == [qa.COLUMNS] * 3
    first = rows[0]
    assert (first["document"], first["record"], first["speaker"], first["start"], first["end"]) == ("a", 0, "Ada Brandt", 1, 10)
    assert rows[1]["resolution"] == "continuation"
    assert rows[2]["document"] == "c" and rows[2]["kind"] == "indirect"
    single = qa.to_rows(qa.extract(TEXTS[0]), ids=["only"])
    assert [r["document"] for r in single] == ["only", "only"]
    with pytest.raises(ValueError, match="ids"):
        qa.to_rows(batch, ids=["a"])


def test_pandas_frame():
    pd = pytest.importorskip("pandas")
    df = qa.to_pandas(qa.Extractor().extract_batch(TEXTS))
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(qa.COLUMNS)
    assert len(df) == 3
    assert df.loc[0, "speaker"] == "Ada Brandt"
    assert qa.to_pandas([]).empty


def test_polars_frame():
    pl = pytest.importorskip("polars")
    df = qa.to_polars(qa.Extractor().extract_batch(TEXTS))
    assert isinstance(df, pl.DataFrame)
    assert df.columns == list(qa.COLUMNS)
    assert df.height == 3
    assert df["speaker"][0] == "Ada Brandt"
    assert qa.to_polars([]).height == 0


def test_spacy_component_on_a_blank_pipeline():
    spacy = pytest.importorskip("spacy")
    import quote_attribution.spacy_component  # noqa: F401  registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("quote_attribution", config={"scare_quotes": False})
    text = "“We will build it,” the Lakeside Trust’s Ana Ortiz said on Monday. A “so-called” fix."
    doc = nlp(text)
    spans = doc.spans["quotes"]
    assert len(spans) == 1
    (s,) = spans
    assert s.text == "We will build it,"
    assert s.label_ == "direct"
    assert s._.speaker == "Ana Ortiz"
    assert s._.cue == "said"
    assert s._.rule == "quote-then-speaker-cue"
    assert 0.9 <= s._.confidence <= 1.0


def _stub_names(path):
    tree = ast.parse(path.read_text())
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            names.add(node.target.id)
    return names, tree


def test_stubs_match_the_module():
    """Every public name of the native module is in the stub, with its parameters."""
    stub = pathlib.Path(_native.__file__).with_name("_native.pyi")
    names, tree = _stub_names(stub)
    public = {n for n in dir(_native) if not n.startswith("_")} | {"__version__"}
    assert public <= names, public - names
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    for name in ("extract", "rules"):
        sig = inspect.signature(getattr(_native, name))
        assert [a.arg for a in functions[name].args.args] == list(sig.parameters)
    methods = {n.name: n for n in classes["Extractor"].body if isinstance(n, ast.FunctionDef)}
    for name in ("extract", "extract_batch"):
        sig = inspect.signature(getattr(_native.Extractor, name))
        assert [a.arg for a in methods[name].args.args][1:] == list(sig.parameters)[1:]
    init = methods["__init__"]
    assert sorted(a.arg for a in init.args.kwonlyargs) == sorted(qa.Extractor().config)
    assert set(_native.Extractor.__dict__) >= {"extract", "extract_batch", "config"}
    assert (pathlib.Path(_native.__file__).parent / "py.typed").exists()


def test_every_public_name_has_a_docstring():
    for name in qa.__all__:
        obj = getattr(qa, name)
        if callable(obj):
            assert obj.__doc__, name
    for name in ("extract", "extract_batch"):
        assert getattr(qa.Extractor, name).__doc__
