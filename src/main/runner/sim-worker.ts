/**
 * Worker thread entry: runs one simulation per message, off the service's thread, so the window (or
 * the web server) stays responsive. A cancel request sets a flag in shared memory that the simulator
 * polls; the parent terminates the worker if it does not stop in time.
 */
import { parentPort } from 'node:worker_threads'
import { simulate } from './simulate'
import type { RunRequest } from './runner'

export interface WorkerRequest {
  request: RunRequest
  /** Int32Array over a SharedArrayBuffer; element 0 becomes 1 when the run is cancelled. */
  cancelFlag: SharedArrayBuffer
}

parentPort?.on('message', (message: WorkerRequest) => {
  const flag = new Int32Array(message.cancelFlag)
  try {
    const outcome = simulate(message.request, () => Atomics.load(flag, 0) === 1)
    parentPort?.postMessage({ ok: true, outcome })
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
  }
})
