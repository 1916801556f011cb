/**
 * One simulation run with budgets, shared by the worker and the in-process runner: calls the
 * simulator's only door (`runProgram`) and turns its result into the API's `RunOutcome`.
 */
import { performance } from 'node:perf_hooks'
import { runProgram } from '../sim/index'
import type { RunOutcome } from '../../shared/api'
import { effectiveBudgets, type RunRequest } from './runner'

/** `isCancelled` is polled by the simulator; it reports why it stopped through the outcome. */
export function simulate(request: RunRequest, isCancelled: () => boolean): RunOutcome {
  const budgets = effectiveBudgets(request)
  const started = performance.now()
  const deadline = started + budgets.timeLimitMs
  let stopReason: 'Cancelled' | 'TimeBudgetExceeded' | null = null
  const shouldStop = (): boolean => {
    if (isCancelled()) stopReason = 'Cancelled'
    else if (performance.now() > deadline) stopReason = 'TimeBudgetExceeded'
    return stopReason !== null
  }
  const result = runProgram(request.source, {
    profile: request.profile,
    trace: request.trace,
    maxSteps: budgets.maxSteps,
    maxBytes: budgets.maxBytes,
    shouldStop,
  })
  const elapsedMs = performance.now() - started
  let error = result.error
  if (error && error.type === 'Cancelled' && stopReason === 'TimeBudgetExceeded') {
    error = {
      ...error,
      type: 'TimeBudgetExceeded',
      message: `the program ran longer than ${budgets.timeLimitMs / 1000} s and was stopped`,
    }
  }
  return {
    runId: request.runId,
    profile: request.profile,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    error,
    steps: result.steps,
    elapsedMs,
    trace: result.trace,
  }
}
