import { describe, expect, it } from 'vitest'
import { KEY_BUDGETS, runWithIsolatedProbes, withKeyBudgets } from './keys'
import { runProgram } from '../sim/index'

describe('answer keys are computed under budgets', () => {
  it('stops a runaway exercise program instead of stalling the service', () => {
    const simulate = withKeyBudgets(runProgram)
    const result = simulate('while True:\n    pass\n', { profile: '3.12' })
    expect(result.error?.type).toMatch(/StepBudgetExceeded|Cancelled/)
    expect(result.steps).toBeLessThanOrEqual(KEY_BUDGETS.maxSteps + 10_000)
  })

  it('keeps a tighter budget the caller asks for', () => {
    let seen = Infinity
    const simulate = withKeyBudgets((_source, options) => {
      seen = options.maxSteps ?? Infinity
      return runProgram('', { profile: '3.12' })
    })
    simulate('', { profile: '3.12', maxSteps: 10 })
    expect(seen).toBe(10)
    simulate('', { profile: '3.12', maxSteps: 1e12 })
    expect(seen).toBe(KEY_BUDGETS.maxSteps)
  })
})

describe('probes do not disturb the program they observe', () => {
  // A probe that allocates (id(object())) reorders pymalloc's free lists; run alone, each probe sees
  // and leaves the program exactly as the program alone behaves.
  const code = 'third = object()\nspot = id(third)\ndel third\nprint(id(object()) == spot)\n'
  it.each(['2.7', '3.10', '3.12', '3.13'] as const)('on %s', (profile) => {
    const alone = runProgram(code, { profile })
    const probe = { line: 3, when: 'after' as const, expression: 'id(object()) == spot' }
    const isolated = runWithIsolatedProbes(runProgram, code, profile, [probe, probe])
    expect(isolated.stdout).toBe(alone.stdout)
    expect(isolated.probes.map((p) => p.hits[0]?.repr)).toEqual([alone.stdout.trim(), alone.stdout.trim()])
  })
})
