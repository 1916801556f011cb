import { describe, expect, it } from 'vitest'
import { parseModule } from '@sim/parse/parse'
import { PY310, PY312, PY313 } from '@sim/profiles'
import type { Profile } from '@sim/profiles'
import type { CodegenVersion } from './py3-codegen'
import { FREE_LISTS } from '@sim/alloc/freelists'
import { PY310_COMPILER, PY312_COMPILER, PY313_COMPILER, py3CompileOps } from './py3'

const PROGRAMS = {
  pass: 'pass\n',
  assign: 'x = 1\n',
  def: 'def f(a):\n    return a + 1\n',
  floats: 'x = (1.5, 2.5)\n',
  method: 'class A:\n    def m(self, x=1.5, y=2):\n        return [i for i in x]\n',
  mixed: [
    'f = lambda: 1',
    'g = lambda a: a',
    'y = [x for x in range(3)]',
    'def h():',
    '    while True:',
    '        return 2.5',
    'def k(a, *args, b=1, **kw):',
    "    print(a, sep='')",
    '    return (x for x in a)',
    'try:',
    '    pass',
    'except Exception as e:',
    '    print(e)',
    '',
  ].join('\n'),
  // 3.13: __firstlineno__, __static_attributes__ ('x', 'y'), then () for B.
  classes: [
    'class A:',
    '    def __init__(self, x):',
    '        self.x = x',
    '        self.y = 2',
    'class B(A):',
    '    pass',
    'a = A(1)',
    '',
  ].join('\n'),
  // 3.10: both functions get the same co_linetable (7 instructions on their first line).
  linetables: 'def mutate(lst):\n    lst.append("m")\n\ndef augment(lst):\n    lst += ["a"]\n',
}

// Generation 0's count and the free-list lengths when the program's first statement runs, read with
// scripts/dev/compile-state.sh from CPython 3.12.1, 3.13.0 and 3.10.13 (gdb at PyEval_EvalCode of the
// main module).
const MEASURED: Record<'3.12' | '3.13' | '3.10', Partial<Record<keyof typeof PROGRAMS, string>>> = {
  '3.12': {
    pass: 'gen0 669 dict 14 list 9 tuple:1 4 tuple:2 6 tuple:3 3 tuple:4 1',
    assign: 'gen0 671 dict 14 list 9 tuple:1 4 tuple:2 7 tuple:3 3 tuple:4 1',
    def: 'gen0 680 dict 16 list 9 tuple:1 3 tuple:2 13 tuple:3 3 tuple:4 1',
    floats: 'gen0 682 dict 14 list 9 tuple:1 4 tuple:2 17 tuple:3 3 tuple:4 1',
    method: 'gen0 704 dict 24 list 11 tuple:1 3 tuple:2 23 tuple:3 2 tuple:4 3',
    mixed: 'gen0 738 dict 27 list 17 tuple:1 8 tuple:2 37 tuple:3 3 tuple:4 2',
  },
  '3.13': {
    pass: 'gen0 6 dict 12 list 10 tuple:1 4 tuple:2 6 tuple:3 4 tuple:4 1',
    assign: 'gen0 8 dict 12 list 10 tuple:1 4 tuple:2 7 tuple:3 4 tuple:4 1',
    def: 'gen0 19 dict 16 list 10 tuple:1 3 tuple:2 13 tuple:3 4 tuple:4 1',
    floats: 'gen0 19 dict 12 list 10 tuple:1 4 tuple:2 17 tuple:3 4 tuple:4 1',
    method: 'gen0 42 dict 25 list 11 tuple:1 3 tuple:2 24 tuple:3 3 tuple:4 1',
    mixed: 'gen0 74 dict 27 list 17 tuple:1 8 tuple:2 37 tuple:3 4 tuple:4 2',
    classes: 'gen0 49 dict 24 list 11 tuple:1 5 tuple:2 26 tuple:3 3 tuple:4 1',
    linetables: 'gen0 27 dict 17 list 10 tuple:1 4 tuple:2 18 tuple:3 3 tuple:4 1',
  },
  '3.10': {
    pass: 'gen0 18 dict 8 list 5 tuple:1 3 tuple:2 5 tuple:3 2 tuple:4 1',
    assign: 'gen0 20 dict 8 list 5 tuple:1 3 tuple:2 6 tuple:3 2 tuple:4 1',
    def: 'gen0 32 dict 14 list 7 tuple:1 2 tuple:2 10 tuple:3 1 tuple:4 1',
    floats: 'gen0 31 dict 8 list 5 tuple:1 3 tuple:2 16 tuple:3 2 tuple:4 1',
    method: 'gen0 69 dict 26 list 11 tuple:1 3 tuple:2 25 tuple:3 3 tuple:4 1',
    mixed: 'gen0 88 dict 24 list 17 tuple:1 7 tuple:2 34 tuple:3 1 tuple:4 1',
    classes: 'gen0 63 dict 21 list 11 tuple:1 4 tuple:2 22 tuple:3 2 tuple:4 2',
    linetables: 'gen0 44 dict 15 list 9 tuple:1 4 tuple:2 15 tuple:3 2 tuple:4 1',
  },
}

/**
 * Replay the emulator's operations on the profile's start-up state the way CPython's allocator does: a
 * fresh allocation (free list empty, or a type without one) raises the count, a free that finds its
 * free list full lowers it.
 */
function stateAfterCompile(source: string, profile: Profile, v: CodegenVersion): string {
  const ops = py3CompileOps(parseModule(source, { py2: false }), v)
  let count = profile.startup.gcCount[0]
  const free: Record<string, number> = { ...profile.startup.freeLists }
  const limit = (kind: string): number => FREE_LISTS[profile.name][kind]?.max ?? 0
  for (const op of ops) {
    const n = free[op.kind] ?? 0
    if (!op.free) {
      if (n > 0 && op.kind !== 'other') free[op.kind] = n - 1
      else count++
    } else if (n < limit(op.kind)) free[op.kind] = n + 1
    else if (count > 0) count--
  }
  const kinds = ['dict', 'list', 'tuple:1', 'tuple:2', 'tuple:3', 'tuple:4']
  return [`gen0 ${count}`, ...kinds.map((k) => `${k} ${free[k] ?? 0}`)].join(' ')
}

const CASES = Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[]

describe('3.12 compiler emulator', () => {
  const measured = CASES.filter((name) => MEASURED['3.12'][name] !== undefined)
  it.each(measured)('leaves CPython 3.12.1 state for %s', (name) => {
    expect(stateAfterCompile(PROGRAMS[name], PY312, PY312_COMPILER)).toBe(MEASURED['3.12'][name])
  })

  it('allocates and frees every transient object it makes', () => {
    const ops = py3CompileOps(
      parseModule('def f(a, b=2.5):\n    return {a: b}\n', { py2: false }),
      PY312_COMPILER,
    )
    const net = new Map<string, number>()
    for (const op of ops) net.set(op.kind, (net.get(op.kind) ?? 0) + (op.free ? -1 : 1))
    // Survivors: the arena list; the code objects' co_consts and names/localsplus tuples; the folded
    // defaults tuple. No set (symbol-table analysis) survives.
    expect(net.get('other')).toBe(0)
    expect(net.get('list')).toBe(1)
    expect(net.get('dict')).toBe(0)
  })
})

describe('3.13 compiler emulator', () => {
  it.each(CASES)('leaves CPython 3.13.0 state for %s', (name) => {
    expect(stateAfterCompile(PROGRAMS[name], PY313, PY313_COMPILER)).toBe(MEASURED['3.13'][name])
  })
})

describe('3.10 compiler emulator', () => {
  it.each(CASES)('leaves CPython 3.10.13 state for %s', (name) => {
    expect(stateAfterCompile(PROGRAMS[name], PY310, PY310_COMPILER)).toBe(MEASURED['3.10'][name])
  })

  it('makes a separate code unit for a list comprehension (its qualname and code constants)', () => {
    const inlined = py3CompileOps(parseModule('y = [x for x in z]\n', { py2: false }), PY313_COMPILER)
    const unit = py3CompileOps(parseModule('y = [x for x in z]\n', { py2: false }), PY310_COMPILER)
    const dicts = (ops: typeof unit) => ops.filter((o) => o.kind === 'dict' && !o.free).length
    // 3.10: the comprehension's symbol-table block and its own compiler unit's five dicts.
    expect(dicts(unit)).toBeGreaterThan(dicts(inlined))
  })
})
