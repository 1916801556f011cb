/**
 * Runs simulations on the calling thread. For the CLI and unit tests, where no window waits; a run
 * cannot be cancelled from outside while it runs, but its budgets still apply.
 */
import type { RunOutcome } from '../../shared/api'
import type { RunRequest, SimulationRunner } from './runner'
import { simulate } from './simulate'

export class InProcessRunner implements SimulationRunner {
  async run(request: RunRequest): Promise<RunOutcome> {
    return simulate(request, () => false)
  }
  cancel(): boolean {
    return false
  }
  async dispose(): Promise<void> {}
}
