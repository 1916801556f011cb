/**
 * Runs each simulation in its own worker thread (`sim-worker.ts`, built next to the main bundle).
 * Cancel: set the shared flag, and terminate the worker if it has not answered within the grace time.
 */
import { Worker } from 'node:worker_threads'
import type { RunOutcome } from '../../shared/api'
import { DEFAULT_BUDGETS, type RunRequest, type SimulationRunner } from './runner'
import type { WorkerRequest } from './sim-worker'

/** Native stack of a simulation worker: enough for 20,000 nested Python calls. */
const WORKER_STACK_MB = 64

interface ActiveRun {
  worker: Worker
  flag: Int32Array
  finish: (outcome: RunOutcome) => void
  request: RunRequest
}

export class WorkerRunner implements SimulationRunner {
  private readonly active = new Map<string, ActiveRun>()

  constructor(private readonly workerPath: string) {}

  run(request: RunRequest): Promise<RunOutcome> {
    if (this.active.has(request.runId)) this.cancel(request.runId)
    return new Promise<RunOutcome>((resolve, reject) => {
      // A deep Python recursion (sys.setrecursionlimit) needs more native stack than Node's default.
      const worker = new Worker(this.workerPath, { resourceLimits: { stackSizeMb: WORKER_STACK_MB } })
      const buffer = new SharedArrayBuffer(4)
      const flag = new Int32Array(buffer)
      let settled = false
      const finish = (outcome: RunOutcome): void => {
        if (settled) return
        settled = true
        this.active.delete(request.runId)
        void worker.terminate()
        resolve(outcome)
      }
      this.active.set(request.runId, { worker, flag, finish, request })
      worker.on('message', (message: { ok: true; outcome: RunOutcome } | { ok: false; message: string }) => {
        if (message.ok) finish(message.outcome)
        else if (!settled) {
          settled = true
          this.active.delete(request.runId)
          void worker.terminate()
          reject(new Error(`the simulator failed: ${message.message}`))
        }
      })
      worker.on('error', (error) => {
        if (settled) return
        settled = true
        this.active.delete(request.runId)
        reject(error)
      })
      const message: WorkerRequest = { request, cancelFlag: buffer }
      worker.postMessage(message)
    })
  }

  cancel(runId: string): boolean {
    const run = this.active.get(runId)
    if (!run) return false
    Atomics.store(run.flag, 0, 1)
    setTimeout(() => {
      if (!this.active.has(runId)) return
      run.finish(cancelledOutcome(run.request, 'the run did not stop in time and its worker was terminated'))
    }, DEFAULT_BUDGETS.cancelGraceMs)
    return true
  }

  async dispose(): Promise<void> {
    for (const [runId, run] of this.active) {
      run.finish(cancelledOutcome(run.request, 'the service is shutting down'))
      this.active.delete(runId)
    }
  }
}

export function cancelledOutcome(request: RunRequest, message: string): RunOutcome {
  return {
    runId: request.runId,
    profile: request.profile,
    stdout: '',
    stderr: `Cancelled: ${message}\n`,
    exitCode: 1,
    error: { type: 'Cancelled', message, line: null, column: null },
    steps: 0,
    elapsedMs: 0,
    trace: null,
  }
}
