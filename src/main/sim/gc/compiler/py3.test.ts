import { describe, expect, it } from 'vitest'
import { parseModule } from '@sim/parse/parse'
import { PY312 } from '@sim/profiles'
import { PY312_COMPILER, py3CompileOps } from './py3'

// Generation 0's count and the free-list lengths when the program's first statement runs, read from
// CPython 3.12.1 with scripts/dev/compile-state.sh 3.12 (gdb at PyEval_EvalCode of the main module).
const MEASURED_312: [string, string][] = [
  ['pass\n', 'gen0 669 dict 14 list 9 tuple:1 4 tuple:2 6 tuple:3 3 tuple:4 1'],
  ['x = 1\n', 'gen0 671 dict 14 list 9 tuple:1 4 tuple:2 7 tuple:3 3 tuple:4 1'],
  ['def f(a):\n    return a + 1\n', 'gen0 680 dict 16 list 9 tuple:1 3 tuple:2 13 tuple:3 3 tuple:4 1'],
  ['x = (1.5, 2.5)\n', 'gen0 682 dict 14 list 9 tuple:1 4 tuple:2 17 tuple:3 3 tuple:4 1'],
  [
    'class A:\n    def m(self, x=1.5, y=2):\n        return [i for i in x]\n',
    'gen0 704 dict 24 list 11 tuple:1 3 tuple:2 23 tuple:3 2 tuple:4 3',
  ],
  [
    [
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
    'gen0 738 dict 27 list 17 tuple:1 8 tuple:2 37 tuple:3 3 tuple:4 2',
  ],
]

/**
 * Replay the emulator's operations on the profile's start-up state the way CPython's allocator does: a
 * fresh allocation (free list empty, or a type without one) raises the count, a free that finds its
 * free list full lowers it.
 */
function stateAfterCompile(source: string): string {
  const ops = py3CompileOps(parseModule(source, { py2: false }), PY312_COMPILER)
  let count = PY312.startup.gcCount[0]
  const free: Record<string, number> = { ...PY312.startup.freeLists }
  const limit = (kind: string): number =>
    kind.startsWith('tuple:') ? (Number(kind.slice(6)) <= 20 ? 2000 : 0) : kind === 'other' ? 0 : 80
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

describe('3.12 compiler emulator', () => {
  it.each(MEASURED_312)('leaves CPython 3.12.1 state for %j', (source, expected) => {
    expect(stateAfterCompile(source)).toBe(expected)
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
