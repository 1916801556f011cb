import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { RunOutcome } from '@shared/api'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { useRunStore } from './run'
import { useTraceStore } from './trace'

const base: RunOutcome = {
  runId: 'x',
  profile: '3.12',
  stdout: '',
  stderr: '',
  exitCode: 0,
  error: null,
  steps: 1,
  elapsedMs: 1,
  trace: null,
}

describe('useRunStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks for a full trace and hands it to the trace store', async () => {
    const runProgram = vi.fn(async () => ({ ...base, trace: makeCycleTrace() }))
    vi.stubGlobal('window', { lab: { runProgram, cancelRun: vi.fn() } })
    const store = useRunStore()
    store.maxSteps = 1000
    await store.run()
    expect(runProgram).toHaveBeenCalledWith(
      expect.objectContaining({ trace: 'full', profile: '3.12', maxSteps: 1000 }),
    )
    expect(useTraceStore().hasTrace).toBe(true)
    vi.unstubAllGlobals()
  })

  it('copes with a run without a trace, and locates errors', async () => {
    const error = { type: 'SyntaxError', message: 'invalid syntax', line: 2, column: 5 }
    vi.stubGlobal('window', {
      lab: { runProgram: vi.fn(async () => ({ ...base, error, exitCode: 1 })), cancelRun: vi.fn() },
    })
    const store = useRunStore()
    await store.run()
    expect(useTraceStore().hasTrace).toBe(false)
    expect(store.errorLocation).toEqual({ line: 2, column: 5 })
    expect(store.stopped).toBe(false)
    vi.unstubAllGlobals()
  })

  it('cancels the run under way by its id', async () => {
    let finish: (o: RunOutcome) => void = () => {}
    const runProgram = vi.fn(() => new Promise<RunOutcome>((resolve) => (finish = resolve)))
    const cancelRun = vi.fn(async () => ({ cancelled: true }))
    vi.stubGlobal('window', { lab: { runProgram, cancelRun } })
    const store = useRunStore()
    const done = store.run()
    expect(store.running).toBe(true)
    await store.cancel()
    const runId = (runProgram.mock.calls[0] as unknown as [{ runId: string }])[0].runId
    expect(cancelRun).toHaveBeenCalledWith({ runId })
    finish({
      ...base,
      error: { type: 'Cancelled', message: 'cancelled', line: null, column: null },
      exitCode: 1,
    })
    await done
    expect(store.stopped).toBe(true)
    expect(store.running).toBe(false)
    vi.unstubAllGlobals()
  })
})
