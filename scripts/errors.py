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
from score import greedy_match, byte_to_char_map
gold={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[1])}
pred={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
kinds=set(sys.argv[3].split(','))
cat=collections.Counter(); ex=collections.defaultdict(list)
for did,g in gold.items():
    t=g['text']; b2c=byte_to_char_map(t)
    gq=[{'s':q['quote_start'],'e':q['quote_end'],'q':q} for q in g['quotes'] if q['kind'] in kinds]
    pq=[]
    for p in pred[did]['quotes']:
        k={'partial':'mixed','headline':'direct'}.get(p['kind'],p['kind'])
        if k=='scare' or k not in kinds: continue
        pq.append({'s':b2c[p['span']['start']],'e':b2c[p['span']['end']],'p':p})
    pairs=greedy_match(gq,pq,0.3); mp={pi for _,pi in pairs}; mg={gi for gi,_ in pairs}
    for pi,p in enumerate(pq):
        if pi in mp: continue
        ov=[gi for gi,gg in enumerate(gq) if min(p['e'],gg['e'])>max(p['s'],gg['s'])]
        if any(gi in mg for gi in ov): c='split/dup of matched gold'
        elif ov: c='overlaps unmatched gold (too small)'
        else: c='no gold overlap'
        c+=' '+p['p']['kind']
        cat[c]+=1
        if len(ex[c])<8: ex[c].append(t[p['s']:p['e']][:90])
    for gi,gg in enumerate(gq):
        if gi in mg: continue
        ov=[p for p in pq if min(p['e'],gg['e'])>max(p['s'],gg['s'])]
        c='MISS '+gg['q']['kind']+(' partial-overlap' if ov else ' none')
        cat[c]+=1
        if len(ex[c])<8: ex[c].append(t[gg['s']:gg['e']][:90])
for k,v in sorted(cat.items()): print(v,k)
for c in ex:
    print('==',c)
    for x in ex[c]: print('   ',repr(x))
