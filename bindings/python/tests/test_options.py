"""Extractor options, errors the Python way, batches and threads."""

import threading

import pytest

import quote_attribution as qa

TEXT = "“It works,” Ada Brandt said. The ministry said that prices would rise. A “so-called” fix. “It works.”"


def kinds(records):
    return [q["kind"] for q in records]


def test_default_extractor_equals_module_extract():
    assert qa.Extractor().extract(TEXT) == qa.extract(TEXT)


def test_options_change_the_records():
    everything = qa.Extractor().extract(TEXT)
    assert "indirect" in kinds(everything) and "scare" in kinds(everything)
    assert "indirect" not in kinds(qa.Extractor(indirect=False).extract(TEXT))
    assert "scare" not in kinds(qa.Extractor(scare_quotes=False).extract(TEXT))
    confident = qa.Extractor(min_confidence=0.8).extract(TEXT)
    assert confident and all(q["confidence"] >= 0.8 for q in confident)
    assert len(confident) < len(everything)


def test_all_attributions():
    text = "Officials believe the plan will fail. The ministry said that prices would rise."
    statements = [q["text"] for q in qa.extract(text)]
    assert statements == ["prices would rise"]
    every = [q["text"] for q in qa.Extractor(all_attributions=True).extract(text)]
    assert every == ["the plan will fail", "prices would rise"]
    assert qa.Extractor(all_attributions=True).config["all_attributions"] is True


def test_join_split_quotes():
    text = "“We tried,” Ann Lee said. “We failed.”"
    assert len(qa.Extractor().extract(text)) == 2
    (joined,) = qa.Extractor(join_split_quotes=True).extract(text)
    assert joined["span"] == {"start": 1, "end": 37}
    assert joined["fragments"] == [{"start": 1, "end": 10}, {"start": 27, "end": 37}]


def test_disabled_rules():
    text = "“It works,” Ada Brandt said. “Really.”"
    assert qa.extract(text)[1]["rule"] == "continuation-same-paragraph"
    ex = qa.Extractor(disabled_rules=["continuation-same-paragraph"])
    assert all(q["rule"] != "continuation-same-paragraph" for q in ex.extract(text))
    assert ex.config["disabled_rules"] == ["continuation-same-paragraph"]


def test_config_round_trip():
    ex = qa.Extractor(min_confidence=0.25, indirect=False, max_quote_len=100)
    c = ex.config
    assert (c["min_confidence"], c["indirect"], c["max_quote_len"]) == (0.25, False, 100)
    assert "min_confidence=0.25" in repr(ex)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"min_confidence": 1.5}, "min_confidence"),
        ({"min_confidence": -0.1}, "min_confidence"),
        ({"disabled_rules": ["no-such-rule"]}, "no-such-rule"),
        ({"max_quote_len": 0}, "length limits"),
    ],
)
def test_bad_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        qa.Extractor(**kwargs)


def test_options_are_keyword_only_and_typed():
    with pytest.raises(TypeError):
        qa.Extractor(0.5)
    with pytest.raises(TypeError):
        qa.Extractor(min_confidence="high")
    with pytest.raises(TypeError):
        qa.Extractor(no_such_option=True)


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError, match="must be str"):
        qa.extract(bad)
    with pytest.raises(TypeError, match="must be str"):
        qa.Extractor().extract(bad)


def test_lone_surrogate_is_a_clean_exception():
    with pytest.raises(UnicodeEncodeError):
        qa.extract("“Hi \ud800,” she said.")
    with pytest.raises(UnicodeEncodeError):
        qa.Extractor().extract_batch(["fine", "“\udfff”"])


@pytest.mark.parametrize(
    "text",
    ["\x00", "“" * 1000, "”" * 1000, "\"" * 999, "“a" * 500, "\u2028\u2029\r\n\t", "\ufeff“x,” y said."],
)
def test_hostile_text_never_panics(text):
    for q in qa.extract(text):
        assert text[q["span"]["start"] : q["span"]["end"]] == q["text"]


def test_batch_keeps_input_order_on_every_thread_count():
    texts = [f"“Number {i} is fine,” Ann Lee{i % 3} said." if i % 2 else "No quote." for i in range(101)]
    expected = [qa.extract(t) for t in texts]
    ex = qa.Extractor()
    for threads in (None, 1, 2, 3, 8):
        assert ex.extract_batch(texts, threads=threads) == expected


def test_batch_takes_any_iterable_and_empty():
    ex = qa.Extractor()
    assert ex.extract_batch([]) == []
    assert ex.extract_batch(t for t in ["“A,” Al Bo said."]) == [qa.extract("“A,” Al Bo said.")]


def test_batch_errors():
    ex = qa.Extractor()
    with pytest.raises(ValueError, match="threads"):
        ex.extract_batch(["x"], threads=0)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        ex.extract_batch(["ok", 5])
    with pytest.raises(TypeError, match="not a str"):
        ex.extract_batch("one text")
    with pytest.raises(TypeError):
        ex.extract_batch(7)


def test_batch_releases_the_gil():
    """Another Python thread runs while a long batch extracts."""
    ex = qa.Extractor()
    texts = ["“We will build it,” the Lakeside Trust’s Ana Ortiz said. " * 400] * 200
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        ex.extract_batch(texts, threads=1)
        during = len(ticks)
    finally:
        stop.set()
        t.join()
    assert during > 5


def test_extractor_shared_across_python_threads():
    ex = qa.Extractor()
    text = "“It works,” Ada Brandt said."
    results = []

    def work():
        results.append(ex.extract(text))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == results[0] for r in results) and len(results) == 8


def test_batch_leaves_the_garbage_collector_as_it_found_it():
    import gc

    ex = qa.Extractor()
    texts = ["“It works,” Ada Brandt said."] * 50
    assert gc.isenabled()
    ex.extract_batch(texts, threads=2)
    assert gc.isenabled()
    gc.disable()
    try:
        ex.extract_batch(texts, threads=1)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        ex.extract_batch(["ok", 5])
    assert gc.isenabled()
