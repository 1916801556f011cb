import { describe, expect, it } from 'vitest'
import { runProgram } from '../index'
import { PROFILES } from '@shared/trace'

// Each probe evaluates an expression that the program itself also prints at the same point, so the
// expected value comes from the simulated program, not from this file.
const PROGRAM = `from __future__ import print_function
import gc
class A(object):
    pass
a = A()
gc.garbage.append(a)
print(repr(list(map(lambda o: type(o).__name__, gc.garbage))))
print(repr(any(o is a for o in gc.garbage)))
print(repr(sorted(k for k in [3, 1, 2])))
done = True
try:
    i
    print("leaked")
except NameError:
    print("no leak")
del gc.garbage[:]
`

describe('probes with nested scopes', () => {
  it.each(PROFILES)('evaluate lambdas and generator expressions without leaking names (%s)', (profile) => {
    const result = runProgram(PROGRAM, {
      profile,
      probes: [
        { line: 10, when: 'before', expression: 'list(map(lambda o: type(o).__name__, gc.garbage))' },
        { line: 10, when: 'before', expression: 'any(o is a for o in gc.garbage)' },
        { line: 10, when: 'before', expression: 'sorted(k for k in [3, 1, 2])' },
        { line: 10, when: 'before', expression: '[i for i in range(3)]' },
      ],
    })
    expect(result.error).toBeNull()
    const printed = result.stdout.split('\n')
    expect(result.probes.map((p) => p.hits[0]?.repr)).toEqual([
      printed[0],
      printed[1],
      printed[2],
      '[0, 1, 2]',
    ])
    // The list comprehension in the probe did not bind `i` in the program (2.7 would leak it otherwise).
    expect(printed[3]).toBe('no leak')
  })
})
