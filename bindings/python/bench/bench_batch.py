#!/usr/bin/env python3
"""Batch throughput of the Python package beside the CLI, in one run.

    python bindings/python/bench/bench_batch.py [JSONL] [--rounds N]

JSONL defaults to PolNeAR train (../shared/eval/polnear/train.jsonl, read at
run time; the script says so and stops when it is absent). Times, alternating
for N rounds (default 5): ``Extractor().extract_batch(texts, threads=1)``,
the same with ``threads=2``, and the release CLI's ``--jsonl`` (one thread)
on the same file; prints each one's median, minimum and maximum in seconds
and MB/s of text, and the ratios the README quotes.
"""

import json
import pathlib
import statistics
import subprocess
import sys
import time

import quote_attribution as qa

ROOT = pathlib.Path(__file__).resolve().parents[3]
DEFAULT = ROOT.parent / "shared" / "eval" / "polnear" / "train.jsonl"
CLI = ROOT / "target" / "release" / "quote-attribution"


def main():
    args = sys.argv[1:]
    rounds = 5
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i : i + 2]
    path = pathlib.Path(args[0]) if args else DEFAULT
    if not path.exists():
        sys.exit(f"bench_batch: {path} is not here (the shared evaluation folder); nothing to time")
    data = path.read_bytes()
    texts = [json.loads(line)["text"] for line in data.decode().splitlines() if line.strip()]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    subprocess.run(["cargo", "build", "--release", "--features", "cli", "-q"], cwd=ROOT, check=True)
    ex = qa.Extractor()
    timings = {"python threads=1": [], "python threads=2": [], "cli --jsonl": []}
    for _ in range(rounds):
        for threads in (1, 2):
            start = time.perf_counter()
            ex.extract_batch(texts, threads=threads)
            timings[f"python threads={threads}"].append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([str(CLI), "--jsonl"], input=data, stdout=subprocess.DEVNULL, check=True)
        timings["cli --jsonl"].append(time.perf_counter() - start)
    print(f"{path.name}: {len(texts)} documents, {megabytes:.1f} MB of text, {rounds} rounds")
    medians = {}
    for name, ts in timings.items():
        medians[name] = statistics.median(ts)
        print(f"  {name:18s} median {medians[name]:.3f} s ({megabytes / medians[name]:.1f} MB/s)"
              f"  min {min(ts):.3f}  max {max(ts):.3f}")
    one, two, cli = medians["python threads=1"], medians["python threads=2"], medians["cli --jsonl"]
    print(f"  threads=2 is {one / two:.2f}x threads=1; threads=1 takes {one / cli:.2f}x the CLI's time")


if __name__ == "__main__":
    main()
