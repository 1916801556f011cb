/**
 * Run budgets and probes. CPython has no step budget; the lab needs one so a student's infinite loop ends.
 * Every executed statement (and loop iteration) counts one step; every 4096 steps the budget polls the
 * caller's `shouldStop` and the simulated-memory cap.
 *
 * Probes evaluate an expression in the frame that reaches a line, before or after the line's statement,
 * without counting steps and without letting the evaluation change anything the program can observe later
 * (output is discarded, automatic collections are held off, and every temporary is released).
 *
 * Simplifications:
 * - Memory (bytes held from the simulated OS) is checked at poll time and before large buffers
 *   (R.guardMemory), not at every small allocation.
 */
import { R, StopRun } from '../objects/runtime'
import type { Frame } from './frame'
import type { Ctx } from './compile-expr'

export interface ProbeHooks {
  before(f: Frame): void
  after(f: Frame): void
}

export const budget = {
  steps: 0,
  maxSteps: 5_000_000,
  checkAt: 4096,
  shouldStop: null as (() => boolean) | null,
  current: null as Frame | null,
  probeFor: (_line: number, _ctx: Ctx): ProbeHooks | null => null,
  check(): void {
    if (this.steps >= this.maxSteps)
      throw new StopRun('StepBudgetExceeded', 1, `step budget of ${this.maxSteps} exceeded`)
    if (this.shouldStop !== null && this.shouldStop()) throw new StopRun('Cancelled', 1, 'cancelled')
    R.guardMemory(0)
    this.checkAt = Math.min(this.steps + 4096, this.maxSteps)
  },
}

export function resetBudget(maxSteps: number, shouldStop: (() => boolean) | null): void {
  budget.steps = 0
  budget.maxSteps = maxSteps
  budget.checkAt = Math.min(4096, maxSteps)
  budget.shouldStop = shouldStop
  budget.current = null
  budget.probeFor = () => null
}
