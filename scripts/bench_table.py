#!/usr/bin/env python3
"""Prints the criterion results of `cargo bench --bench throughput` as a
Markdown table: median time and throughput per benchmark, and for news text
the ratio to the bare scan measured in the same run.

    cargo bench --bench throughput && python3 scripts/bench_table.py
"""
import json
import os

root = os.path.join(os.path.dirname(__file__), "..", "target", "criterion")
rows = []
for dirpath, _, files in os.walk(root):
    if os.path.basename(dirpath) != "new" or "estimates.json" not in files:
        continue
    bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
    est = json.load(open(os.path.join(dirpath, "estimates.json")))
    median_ns = est["median"]["point_estimate"]
    tp = bench.get("throughput") or {}
    nbytes = tp.get("Bytes") or tp.get("BytesDecimal")
    rows.append((bench["group_id"], bench.get("function_id") or "", bench.get("value_str") or "", median_ns, nbytes))
rows.sort()
print("| group | benchmark | input | median | MB/s |")
print("| --- | --- | --- | --- | --- |")
scan = {(g, v): ns for g, f, v, ns, _ in rows if f == "bare-scan"}
for g, f, v, ns, nbytes in rows:
    mbs = nbytes / ns * 1e9 / 1e6 if nbytes else float("nan")
    t = f"{ns / 1e6:.2f} ms" if ns > 1e5 else f"{ns / 1e3:.1f} µs"
    extra = ""
    if f == "extract" and (g, v) in scan:
        extra = f" ({ns / scan[(g, v)]:.0f}× the bare scan)"
    print(f"| {g} | {f} | {v} | {t} | {mbs:.0f}{extra} |")
