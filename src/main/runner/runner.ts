/**
 * Runs simulations for the service. The service never calls the simulator directly: it goes through a
 * `SimulationRunner`, so the desktop app and web mode run programs off the UI thread (in a worker),
 * while tests and the CLI may run them in-process.
 */
import type { ApiParsedInput, RunOutcome } from '../../shared/api'

export type RunRequest = ApiParsedInput<'runProgram'>

export interface SimulationRunner {
  run(request: RunRequest): Promise<RunOutcome>
  /** Asks a run under way to stop; true when such a run existed. */
  cancel(runId: string): boolean
  /** Stops every run and frees workers. */
  dispose(): Promise<void>
}

/** Budgets the service applies when the caller gives none (or a larger one). */
export const DEFAULT_BUDGETS = {
  /** Executed steps (statements and expressions) before `StepBudgetExceeded`. */
  maxSteps: 20_000_000,
  /** Wall-clock time of one run before `TimeBudgetExceeded`. */
  timeLimitMs: 20_000,
  /** Simulated bytes held from the OS before `MemoryBudgetExceeded`. */
  maxBytes: 256 * 1024 * 1024,
  /** After a cancel request, how long a run may take to stop before its worker is terminated. */
  cancelGraceMs: 750,
} as const

export function effectiveBudgets(request: RunRequest): {
  maxSteps: number
  timeLimitMs: number
  maxBytes: number
} {
  return {
    maxSteps: Math.min(request.maxSteps ?? DEFAULT_BUDGETS.maxSteps, DEFAULT_BUDGETS.maxSteps),
    timeLimitMs: Math.min(request.timeLimitMs ?? DEFAULT_BUDGETS.timeLimitMs, DEFAULT_BUDGETS.timeLimitMs),
    maxBytes: Math.min(request.maxBytes ?? DEFAULT_BUDGETS.maxBytes, DEFAULT_BUDGETS.maxBytes),
  }
}
