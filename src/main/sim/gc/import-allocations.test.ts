import { describe, expect, it } from 'vitest'
import { runProgram } from '@sim/index'

// bench/make-cycles.py's `leftover` depends on where the automatic collection inside
// `from __future__ import print_function` lands (gc/import-allocations.ts) and on the count both imports
// leave; CPython 3.12.1 prints `leftover 273` (bench/make-cycles.3.12.out). With the recorded ops the
// simulator's state after each import equals the one read with gdb (scripts/dev/import-trace.sh):
// after __future__ gen0 31 dict 14 list 5 tuple:1 1 tuple:2 6 tuple:3 2 tuple:4 0, after gc gen0 52
// dict 13 list 4 tuple:1 2 tuple:2 6 tuple:3 2 tuple:4 0.
describe('first imports replayed op by op', () => {
  it("make-cycles leftover on 3.12 is CPython 3.12.1's", () => {
    // bench/make-cycles.py
    const source = [
      'from __future__ import print_function',
      'import gc',
      '',
      'def make_cycle():',
      '    l = []',
      '    l.append(l)',
      '',
      'for i in range(200000):',
      '    make_cycle()',
      'print("leftover", gc.collect())',
      '',
    ].join('\n')
    const r = runProgram(source, { profile: '3.12' })
    expect(r.stdout.trim()).toBe('leftover 273')
  }, 60_000)
})
