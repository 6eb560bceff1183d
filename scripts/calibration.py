#!/usr/bin/env python3
"""Calibration of the crate's confidence against an annotated JSON Lines file.

    target/release/quote-attribution --jsonl < GOLD > PRED
    python3 scripts/calibration.py GOLD PRED [--kinds direct,mixed,indirect] [--by-rule]

A record counts as right, as the shared `calibration.py` counts it, when its
words are an annotated quotation (it overlaps a gold quote by more than 0.3
of the record or of the gold quote: record by record, not the scorer's
one-to-one count) and its speaker is right by the scorer's end-to-end rule
(the resolved person where the gold gives the speaker's full name, as the
Gender Gap Tracker's set does; else the mention over the gold speaker span,
or the name equal to it; where the gold names no speaker, the record must
name none). Scare
quotes are left out, as the scorer leaves them out. Prints, for each
confidence bucket, how many records fall in it and the share right, and the
share right among records at or above 0.9.

Reads the scorer from ../shared/eval/score.py (or --scorer PATH).
"""
import argparse
import json
import os
import sys

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("pred")
ap.add_argument("--kinds", default="direct,mixed,indirect")
ap.add_argument("--by-rule", action="store_true", help="also print records and share right per rule and kind")
ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
a = ap.parse_args()
if not os.path.exists(os.path.join(a.scorer, "score.py")):
    sys.exit(f"calibration: no score.py in {a.scorer} (the shared evaluation folder is not here)")
sys.path.insert(0, a.scorer)
from score import PRONOUNS, byte_to_char_map, norm_name, same_person  # noqa: E402


def overlaps(x, g):
    """More than 0.3 of the record or of the gold quote in common."""
    o = min(x["e"], g["e"]) - max(x["s"], g["s"])
    return o > 0 and (o / max(1, x["e"] - x["s"]) > 0.3 or o / max(1, g["e"] - g["s"]) > 0.3)


def speaker_right(text, g, name, ms, me):
    """The scorer's end-to-end judgement of a speaker: the resolved person
    where the gold gives a reference (the mention, for a pronoun left as
    one), else the mention over the gold speaker or the name equal to it; a
    gold quote without a speaker wants none."""
    if g.get("speaker_untested"):
        return True
    ref = g.get("speaker_reference")
    if ref:
        if norm_name(ref) in PRONOUNS:
            return (ms is not None and norm_name(text[ms:me]) == norm_name(ref)) or norm_name(name) == norm_name(ref)
        return same_person(name, ref)
    if g.get("speaker_start") is not None and g.get("speaker"):
        return (ms is not None and min(me, g["speaker_end"]) > max(ms, g["speaker_start"])) or (
            name is not None and norm_name(name) == norm_name(g["speaker"])
        )
    return name is None

kinds = set(a.kinds.split(","))
gold = {str(json.loads(l)["id"]): json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()}
pred = {str(json.loads(l)["id"]): json.loads(l) for l in open(a.pred, encoding="utf-8") if l.strip()}
buckets = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
stats = {b: [0, 0] for b in buckets}
by_rule = {}
high = [0, 0]
for did, g in gold.items():
    text = g["text"]
    b2c = byte_to_char_map(text)
    gq = [{"s": q["quote_start"], "e": q["quote_end"], "q": q} for q in g["quotes"] if q.get("kind", "direct") in kinds]
    pq = []
    for p in (pred.get(did) or {}).get("quotes", []):
        kind = {"partial": "mixed", "headline": "direct"}.get(p.get("kind"), p.get("kind"))
        if kind == "scare" or kind not in kinds:
            continue
        pq.append({"s": b2c[p["span"]["start"]], "e": b2c[p["span"]["end"]], "p": p})
    for x in pq:
        p = x["p"]
        spk = p.get("speaker") or {}
        men = (spk.get("mention") or {}).get("span")
        ms, me = (b2c[men["start"]], b2c[men["end"]]) if men else (None, None)
        right = any(
            overlaps(x, gg) and speaker_right(text, gg["q"], spk.get("name"), ms, me) for gg in gq
        )
        c = p.get("confidence", 0.0)
        r = by_rule.setdefault((p.get("rule"), p.get("kind")), [0, 0])
        r[0] += 1
        r[1] += right
        for b in buckets:
            if b[0] <= c < b[1]:
                stats[b][0] += 1
                stats[b][1] += right
        if c >= 0.9:
            high[0] += 1
            high[1] += right
print("| confidence | records | right |")
print("| --- | --- | --- |")
for b in buckets:
    n, r = stats[b]
    hi = "1.0" if b[1] > 1 else f"{b[1]:.2f}"
    print(f"| {b[0]:.2f}–{hi} | {n} | {r / n:.3f} |" if n else f"| {b[0]:.2f}–{hi} | 0 | – |")
print(f"\nat or above 0.9: {high[0]} records, {high[1] / max(1, high[0]):.3f} right")
if a.by_rule:
    print("\n| rule | kind | records | right |")
    print("| --- | --- | --- | --- |")
    for (rule, kind), (n, r) in sorted(by_rule.items(), key=lambda kv: -kv[1][0]):
        print(f"| {rule} | {kind} | {n} | {r / n:.3f} |")
