import { describe, expect, it } from 'vitest'
import { runProgram } from './index'
import { PROFILES, type ProfileName } from '@shared/trace'
import recordedJson from './testdata/cpython-errors.json'

// Expected values come from real CPython: testdata/cpython-errors.json was recorded by running each source
// with CPython 2.7.18, 3.10.13, 3.12.1 and 3.13.0 (stdout, exit code, stderr).
interface Recorded {
  source: string
  cpython: Record<ProfileName, { stdout: string; exitCode: number; lastStderrLine: string; stderr: string }>
}
const recorded = recordedJson as unknown as Record<string, Recorded>

const lastLine = (s: string) => s.trimEnd().split('\n').pop() ?? ''

describe('uncaught exceptions', () => {
  for (const name of [
    'zero-division',
    'name-error-in-function',
    'key-error',
    'custom-exception',
    'recursion-uncaught',
  ]) {
    for (const p of PROFILES) {
      it(`${name} on ${p}: stdout, exit code and last traceback line match CPython`, () => {
        const rec = recorded[name]
        const r = runProgram(rec.source, { profile: p })
        expect(r.stdout).toBe(rec.cpython[p].stdout)
        expect(r.exitCode).toBe(rec.cpython[p].exitCode)
        expect(lastLine(r.stderr)).toBe(rec.cpython[p].lastStderrLine)
        expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true)
        expect(r.error?.type).toBe(rec.cpython[p].lastStderrLine.split(':')[0].replace('__main__.', ''))
      })
    }
  }
  it('reports the line of the failing statement', () => {
    const r = runProgram(recorded['zero-division'].source, { profile: '3.12' })
    expect(r.error?.line).toBe(3)
    expect(r.stderr).toContain('line 3, in <module>')
  })
})

describe('sys.exit and recursion limits', () => {
  for (const p of PROFILES) {
    it(`sys.exit(3) on ${p}`, () => {
      const rec = recorded['sys-exit']
      const r = runProgram(rec.source, { profile: p })
      expect(r.stdout).toBe(rec.cpython[p].stdout)
      expect(r.exitCode).toBe(rec.cpython[p].exitCode)
    })
    it(`recursion error type, message and depth on ${p}`, () => {
      const rec = recorded['recursion']
      const r = runProgram(rec.source, { profile: p })
      expect(r.stdout).toBe(rec.cpython[p].stdout)
    })
  }
})

describe('syntax errors', () => {
  for (const name of ['syntax-error', 'syntax-error-colon']) {
    for (const p of PROFILES) {
      it(`${name} on ${p}: message as CPython's last line`, () => {
        const rec = recorded[name]
        const r = runProgram(rec.source, { profile: p })
        expect(r.exitCode).toBe(1)
        expect(r.error?.type).toBe('SyntaxError')
        expect(lastLine(r.stderr)).toBe(rec.cpython[p].lastStderrLine)
        expect(r.stdout).toBe('')
      })
    }
  }
  it('gives 1-based line and column of the first error', () => {
    const r = runProgram('x = 1\ndef f(:\n    pass\n', { profile: '3.12' })
    expect(r.error).toMatchObject({ type: 'SyntaxError', line: 2, column: 7 })
    const u = runProgram('x = (1,\ny = 2\n', { profile: '3.12' })
    expect(u.error).toMatchObject({ type: 'SyntaxError', line: 1, column: 5 })
  })
  it('never runs a partially parsed program', () => {
    const r = runProgram('print("ran")\nx = = 2\n', { profile: '3.12' })
    expect(r.stdout).toBe('')
    expect(r.error?.type).toBe('SyntaxError')
  })
  it('print statement: says how to write it, and on 2.7 to import print_function', () => {
    const r3 = runProgram('x = 1\nprint "x", x\n', { profile: '3.12' })
    expect(r3.error?.type).toBe('SyntaxError')
    expect(r3.error?.line).toBe(2)
    expect(r3.error?.message).toContain('print("x", x)')
    expect(r3.error?.message).not.toContain('__future__')
    const r2 = runProgram('x = 1\nprint "x", x\n', { profile: '2.7' })
    expect(r2.error?.type).toBe('SyntaxError')
    expect(r2.error?.message).toContain('print("x", x)')
    expect(r2.error?.message).toContain('from __future__ import print_function')
  })
})

describe('unsupported constructs', () => {
  it.each([
    ['async def f():\n    pass\n', 'async def'],
    ['x = 1j\n', 'complex'],
    ['match x:\n    case 1:\n        pass\n', 'match'],
    ['class A(B, C):\n    pass\n', 'multiple inheritance'],
  ])('%j is NotSupportedError naming the construct', (src, construct) => {
    const r = runProgram(src, { profile: '3.12' })
    expect(r.exitCode).toBe(1)
    expect(r.error?.type).toBe('NotSupportedError')
    expect(r.error?.message).toContain(construct)
    expect(r.stderr).toMatch(/^NotSupportedError: .*\(line \d+\)\n$/)
  })
})

describe('budgets', () => {
  it('stops an infinite loop at the step budget', () => {
    const r = runProgram('print("a")\nwhile True:\n    pass\n', { profile: '3.12', maxSteps: 10_000 })
    expect(r.error?.type).toBe('StepBudgetExceeded')
    expect(r.stdout).toBe('a\n')
    expect(r.exitCode).toBe(1)
    expect(r.steps).toBeGreaterThanOrEqual(10_000)
  })
  it('polls shouldStop and cancels', () => {
    let polls = 0
    const r = runProgram('while True:\n    x = [1]\n', { profile: '3.10', shouldStop: () => ++polls > 3 })
    expect(r.error?.type).toBe('Cancelled')
    expect(polls).toBe(4)
  })
  it('stops when simulated memory exceeds the cap', () => {
    const r = runProgram('keep = []\nwhile True:\n    keep.append([0] * 100)\n', {
      profile: '3.12',
      maxBytes: 1 << 20,
    })
    expect(r.error?.type).toBe('MemoryBudgetExceeded')
  })
  it('counts steps for a finished program', () => {
    const r = runProgram('for i in range(10):\n    x = i\n', { profile: '3.12' })
    expect(r.error).toBeNull()
    expect(r.steps).toBeGreaterThan(10)
  })
})

describe('probes', () => {
  const src = [
    'from __future__ import print_function',
    'import sys',
    'def f(o):',
    '    y = o',
    '    return y',
    'x = object()',
    'f(x)',
    'print(sys.getrefcount(x))',
  ].join('\n')
  it('evaluate in the frame reaching the line, with refcounts as a statement there would see', () => {
    const withProbes = runProgram(src + '\n', {
      profile: '3.12',
      probes: [
        { line: 5, when: 'before', expression: 'sys.getrefcount(o)' },
        { line: 4, when: 'after', expression: 'y is o' },
        { line: 8, when: 'before', expression: 'undefined_name' },
      ],
    })
    // The same count a print() at that point shows (both come from the simulator's model of 3.12).
    const printed = runProgram(
      src.replace('    return y', '    print(sys.getrefcount(o))\n    return y') + '\n',
      { profile: '3.12' },
    )
    expect(withProbes.probes[0].hits).toEqual([{ repr: printed.stdout.split('\n')[0], error: null }])
    expect(withProbes.probes[1].hits).toEqual([{ repr: 'True', error: null }])
    expect(withProbes.probes[2].hits[0].error).toMatch(/^NameError/)
  })
  it('do not change the program output or its step count', () => {
    const plain = runProgram(src + '\n', { profile: '2.7' })
    const probed = runProgram(src + '\n', {
      profile: '2.7',
      probes: [{ line: 7, when: 'after', expression: 'print("noise") or [x] * 3' }],
    })
    expect(probed.stdout).toBe(plain.stdout)
    expect(probed.steps).toBe(plain.steps)
    expect(probed.probes[0].hits[0].repr).toMatch(/^\[<object object at 0x/)
  })
})
