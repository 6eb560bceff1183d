#!/usr/bin/env bash
# The accuracy figures of the README in one go: the founding article, the peer
# cases and PolNeAR dev (and train with --train), scored by the project's
# scorer (dev also with --join-split-quotes). Reads ../shared/eval at run
# time; says so when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/eval/score.py" ]; then
  echo "score_all: $shared/eval/score.py is not here (the shared evaluation folder); nothing to score" >&2
  exit 1
fi
cargo build --release --features cli -q
bin=target/release/quote-attribution
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
line() { # label gold kinds [extra CLI flags]
  local pred="$tmp/$(basename "$2")$(echo "${4:-}" | tr -d ' -').pred"
  [ -f "$pred" ] || "$bin" --jsonl ${4:-} < "$2" > "$pred"
  python3 "$shared/eval/score.py" "$2" "$pred" --json --kinds "$3" | python3 -c "
import json, sys
d = json.load(sys.stdin); o = d['overlap@0.3']; e = d['end_to_end']; m = d['speaker.mention']['accuracy']
print(f'$1 F1 {o[\"f1\"]:.3f} (P {o[\"precision\"]:.3f} R {o[\"recall\"]:.3f})  end-to-end {e[\"f1\"]:.3f}  mention {m}')"
}
# (PolNeAR annotates every attribution: it is scored with --all-attributions,
# and with --join-split-quotes in its own convention; the others by default)
AA=--all-attributions
line "founding article, direct+mixed:" "$shared/corpus/huawei-claw-them-back.gold.jsonl" direct,mixed
line "founding article, all kinds:   " "$shared/corpus/huawei-claw-them-back.gold.jsonl" direct,mixed,indirect
line "peer cases, all kinds:         " "$shared/eval/peer-cases.jsonl" direct,mixed,indirect
line "GGT dev, all kinds:            " "$shared/eval/ggt/dev.jsonl" direct,mixed,indirect
line "GGT dev, indirect:             " "$shared/eval/ggt/dev.jsonl" indirect
line "PolNeAR dev, direct+mixed:     " "$shared/eval/polnear/dev.jsonl" direct,mixed "$AA"
line "PolNeAR dev, all kinds:        " "$shared/eval/polnear/dev.jsonl" direct,mixed,indirect "$AA"
line "PolNeAR dev, d+m, joined split:" "$shared/eval/polnear/dev.jsonl" direct,mixed "$AA --join-split-quotes"
line "PolNeAR dev, all, joined split:" "$shared/eval/polnear/dev.jsonl" direct,mixed,indirect "$AA --join-split-quotes"
if [ "${1:-}" = "--train" ]; then
  line "PolNeAR train, direct+mixed:   " "$shared/eval/polnear/train.jsonl" direct,mixed "$AA"
  line "PolNeAR train, all kinds:      " "$shared/eval/polnear/train.jsonl" direct,mixed,indirect "$AA"
fi
