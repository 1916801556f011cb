import { describe, expect, it } from 'vitest'
import { KEY_BUDGETS, withKeyBudgets } from './keys'
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
