#!/usr/bin/env python3
"""Calibration of the crate's confidence against an annotated JSON Lines file.

    target/release/quote-attribution --jsonl < GOLD > PRED
    python3 scripts/calibration.py GOLD PRED [--kinds direct,mixed,indirect] [--by-rule]

A record counts as right when its words are an annotated quotation (it
overlaps a gold quote by more than 0.3 of the record or of the gold quote:
record by record, not the scorer's one-to-one count, since PolNeAR
annotates “Q1,” X said. “Q2” as one quote where this crate gives two
records) and its speaker is right by the scorer's rule (mention overlaps the
gold speaker span, or the name equals it; where the gold names no speaker,
the record must name none). Scare
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
from score import byte_to_char_map, norm_name  # noqa: E402

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
    matched = {}
    for pi, x in enumerate(pq):
        best, most = None, 0
        for gi, gg in enumerate(gq):
            o = min(x["e"], gg["e"]) - max(x["s"], gg["s"])
            if o > 0 and (o / max(1, x["e"] - x["s"]) > 0.3 or o / max(1, gg["e"] - gg["s"]) > 0.3) and o > most:
                best, most = gi, o
        if best is not None:
            matched[pi] = best
    for pi, x in enumerate(pq):
        p = x["p"]
        right = False
        if pi in matched:
            gg = gq[matched[pi]]["q"]
            spk = p.get("speaker") or {}
            men = (spk.get("mention") or {}).get("span")
            if gg.get("speaker_start") is not None and gg.get("speaker"):
                if men and men["start"] in b2c and men["end"] in b2c:
                    ms, me = b2c[men["start"]], b2c[men["end"]]
                    right = min(me, gg["speaker_end"]) > max(ms, gg["speaker_start"])
                right = right or (spk.get("name") is not None and norm_name(spk.get("name")) == norm_name(gg["speaker"]))
            else:
                right = not spk
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
