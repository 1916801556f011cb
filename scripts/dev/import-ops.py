#!/usr/bin/env python3
# Developer tool: turns a trace of scripts/dev/import-trace.sh into the compact op strings of
# src/main/sim/gc/import-allocations.data.ts, one per top-level import (the ops from its
# PyImport_ImportModuleLevelObject entry to the next top-level import or the end marker).
#   scripts/dev/import-ops.py trace.txt __future__ gc
# Tokens: t<N> tuple of N items, l list, d dict, s slice, o other GC type; a leading '-' is a
# deallocation; B an eval-breaker check. Events inside a collection (prefixed '*') are left out: the
# simulator's collector does that work itself.
import sys

path, names = sys.argv[1], sys.argv[2:]
CODE = {'list': 'l', 'dict': 'd', 'slice': 's', 'other': 'o', 'set': 'S'}
ops, cur = {}, None
for line in open(path):
    line = line.strip()
    if line.startswith('*'):
        continue
    if line.startswith('I '):
        name = line.split()[1]
        if name in names and name not in ops:
            cur = name
            ops[cur] = []
        continue
    if line.startswith('S '):
        cur = None
        continue
    if cur is None:
        continue
    if line == 'B':
        if ops[cur] and ops[cur][-1] != 'B':
            ops[cur].append('B')
        continue
    if line[0] in '+-':
        kind = line[1:].split()[0]
        tok = 't' + kind[6:] if kind.startswith('tuple:') else CODE[kind]
        ops[cur].append(('-' if line[0] == '-' else '') + tok)
for n in names:
    print('%s: %s' % (n, ' '.join(ops.get(n, []))))
