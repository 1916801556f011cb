import { describe, expect, it } from 'vitest'
import { parseModule } from '@sim/parse/parse'
import { PY27 } from '@sim/profiles'
import { emulateCompile27 } from './py27'
import { buildSymtable27 } from './py27-symtable'
import { Compiler27 } from './py27-compile'
import { foldBinop } from './py27-consts'

// Generation 0's count and the free-list lengths when the program's first statement runs, read from
// CPython 2.7.18 with scripts/dev/compile-state.sh 2.7 (gdb at PyEval_EvalCode of the main module).
const MEASURED_27: [string, string][] = [
  ['pass\n', 'gen0 461 dict 10 list 5 set 2 tuple:1 2 tuple:2 468 tuple:3 1 tuple:4 2'],
  ['x = 1\n', 'gen0 461 dict 10 list 5 set 2 tuple:1 2 tuple:2 467 tuple:3 1 tuple:4 2'],
  [
    'def f(a, b=2):\n    c = a + b\n    def g():\n        return c\n    return g\n',
    'gen0 487 dict 30 list 9 set 2 tuple:1 0 tuple:2 467 tuple:3 0 tuple:4 2',
  ],
  [
    // Docstring, -0.0 (a 3-tuple key), folded tuple with None, folded 2 ** 10 * 3 and "%d" % 5.
    'class A:\n    """doc"""\n    def m(self, x=-0.0):\n        return (1, None, 2.5), 2 ** 10 * 3, "%d" % 5\n',
    'gen0 487 dict 30 list 9 set 2 tuple:1 1 tuple:2 467 tuple:3 1 tuple:4 0',
  ],
  [
    [
      'from __future__ import print_function, division',
      'import sys',
      'f = [lambda: 0, lambda: 0]',
      's = {i for i in range(3)}',
      'd = {i: i * 2 for i in range(3) if i}',
      'g = (x for x in s)',
      'for k in [1, 2]:',
      '    print(k in [1, 2], end=" ")',
      '',
    ].join('\n'),
    'gen0 488 dict 24 list 15 set 2 tuple:1 1 tuple:2 462 tuple:3 3 tuple:4 2',
  ],
]

/**
 * Replay the emulator's operations on the profile's start-up state the way CPython's allocator does: a
 * fresh allocation (free list empty, or a type without one) raises the count, a free that finds its
 * free list full lowers it.
 */
function stateAfterCompile(source: string): string {
  const ops = emulateCompile27(parseModule(source, { py2: true }), source)
  let count = PY27.startup.gcCount[0]
  const free: Record<string, number> = { ...PY27.startup.freeLists }
  const limit = (kind: string): number =>
    kind.startsWith('tuple:') ? (Number(kind.slice(6)) < 20 ? 2000 : 0) : kind === 'other' ? 0 : 80
  for (const op of ops) {
    const n = free[op.kind] ?? 0
    if (!op.free) {
      if (n > 0 && op.kind !== 'other') free[op.kind] = n - 1
      else count++
    } else if (n < limit(op.kind)) free[op.kind] = n + 1
    else if (count > 0) count--
  }
  const kinds = ['dict', 'list', 'set', 'tuple:1', 'tuple:2', 'tuple:3', 'tuple:4']
  return [`gen0 ${count}`, ...kinds.map((k) => `${k} ${free[k] ?? 0}`)].join(' ')
}

/** co_consts, co_names, co_varnames, co_cellvars, co_freevars lengths of every code object made. */
function codeSizes(source: string): string[] {
  const mod = parseModule(source, { py2: true })
  const c = new Compiler27(buildSymtable27(mod), {
    printFunction: mod.printFunction,
    trueDivision: mod.trueDivision,
    absoluteImport: false,
    source,
  })
  c.module(mod)
  return c.codes.map((s) => `${s.consts} ${s.names} ${s.varnames} ${s.cellvars} ${s.freevars}`)
}

describe('2.7 compiler emulator', () => {
  it.each(MEASURED_27)('leaves CPython 2.7.18 state for %j', (source, expected) => {
    expect(stateAfterCompile(source)).toBe(expected)
  })

  it("sizes code objects' tuples as CPython 2.7 does", () => {
    // Read from CPython 2.7.18: len(co.co_consts) etc. of compile(source) and its nested code objects.
    // g: (None,) freevars (c,); f: (None, <g>) varnames (a, b, g) cellvars (c,); the module:
    // (2, <f>, None) names (f,). The class body's LOAD_NAME None appends None; class A: and x = ()
    // each append a folded () to the module's constants ('A', <A>, None, (), ()).
    expect(
      codeSizes('def f(a, b=2):\n    c = a + b\n    def g():\n        return c\n    return g\n'),
    ).toEqual(['1 0 0 0 1', '2 0 3 1 0', '3 1 0 0 0'])
    expect(codeSizes('class A:\n    y = None\nx = ()\n')).toEqual(['1 4 0 0 0', '5 2 0 0 0'])
    // print(1, 2) without print_function is the print statement with a (folded) tuple.
    expect(codeSizes('print(1, 2)\n')).toEqual(['4 0 0 0 0'])
  })

  it('folds constants only where the peephole optimizer does', () => {
    expect(foldBinop('*', { t: 'str', v: '-' }, { t: 'int', v: BigInt(40) }, false)).toBeNull()
    expect(foldBinop('/', { t: 'int', v: BigInt(1) }, { t: 'int', v: BigInt(2) }, false)).toBeNull()
    expect(foldBinop('%', { t: 'str', v: '%.2f' }, { t: 'float', v: 2.675 }, false)).toEqual({
      t: 'str',
      v: '2.67',
    })
    // 1 + 2 * 3: the folded 6 ends the run of constants, so the addition is not folded.
    expect(codeSizes('x = 1 + 2 * 3\n')).toEqual(['5 1 0 0 0'])
    expect(codeSizes('x = 2 * 3 + 1\n')).toEqual(['6 1 0 0 0'])
  })
})
