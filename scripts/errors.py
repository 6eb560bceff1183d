#!/usr/bin/env python3
"""Where the errors are: false positives and misses by category, with examples.

    target/release/quote-attribution --jsonl < GOLD > PRED
    python3 scripts/errors.py GOLD PRED direct,mixed

Categories: a prediction that duplicates a matched gold quote (the second
half of a split quote, as PolNeAR annotates “Q1,” X said. “Q2” as one),
one that overlaps a gold quote too little, one with no gold quote near it;
a gold quote missed outright or overlapped too little. Reads the scorer
from ../shared/eval (tune on train; dev only checks).
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from score import byte_to_char_map, greedy_match  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["id"]: json.loads(line) for line in f if line.strip()}


def overlaps(a, b):
    return min(a["e"], b["e"]) > max(a["s"], b["s"])


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gold, pred = load(sys.argv[1]), load(sys.argv[2])
    kinds = set(sys.argv[3].split(","))
    counts, examples = collections.Counter(), collections.defaultdict(list)

    def note(category, words):
        counts[category] += 1
        if len(examples[category]) < 8:
            examples[category].append(words[:90])

    for doc_id, doc in gold.items():
        text = doc["text"]
        b2c = byte_to_char_map(text)
        golds = [{"s": q["quote_start"], "e": q["quote_end"], "q": q} for q in doc["quotes"] if q["kind"] in kinds]
        preds = []
        for p in pred.get(doc_id, {}).get("quotes", []):
            kind = {"partial": "mixed", "headline": "direct"}.get(p["kind"], p["kind"])
            if kind != "scare" and kind in kinds:
                preds.append({"s": b2c[p["span"]["start"]], "e": b2c[p["span"]["end"]], "p": p})
        pairs = greedy_match(golds, preds, 0.3)
        matched_p = {pi for _, pi in pairs}
        matched_g = {gi for gi, _ in pairs}
        for pi, p in enumerate(preds):
            if pi in matched_p:
                continue
            near = [gi for gi, g in enumerate(golds) if overlaps(p, g)]
            if any(gi in matched_g for gi in near):
                category = "split/dup of matched gold"
            elif near:
                category = "overlaps unmatched gold (too small)"
            else:
                category = "no gold overlap"
            note(f"{category} {p['p']['kind']}", text[p["s"]:p["e"]])
        for gi, g in enumerate(golds):
            if gi not in matched_g:
                near = any(overlaps(p, g) for p in preds)
                note(f"MISS {g['q']['kind']} {'partial-overlap' if near else 'none'}", text[g["s"]:g["e"]])
    for category, n in sorted(counts.items()):
        print(n, category)
    for category, words in examples.items():
        print("==", category)
        for w in words:
            print("   ", repr(w))


if __name__ == "__main__":
    main()
