import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { LabApi, RunOutcome } from '@shared/api'
import { useCompareStore } from './compare'

function outcome(profile: RunOutcome['profile'], stdout: string): RunOutcome {
  return {
    runId: 'x',
    profile,
    stdout,
    stderr: '',
    exitCode: 0,
    error: null,
    steps: 1,
    elapsedMs: 1,
    trace: null,
  }
}

describe('useCompareStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('runs the program once per profile and shows where outputs differ', async () => {
    const runProgram = vi.fn(async (input: { profile: RunOutcome['profile'] }) =>
      outcome(input.profile, input.profile === '3.12' || input.profile === '3.13' ? '3\n' : '4\n'),
    )
    vi.stubGlobal('window', { lab: { runProgram, cancelRun: vi.fn() } as unknown as LabApi })
    const store = useCompareStore()
    await store.compare('import sys\n')
    expect(runProgram).toHaveBeenCalledTimes(4)
    expect(runProgram.mock.calls.map((c) => c[0].profile)).toEqual(['2.7', '3.10', '3.12', '3.13'])
    expect(store.rows).toHaveLength(1)
    expect(store.rows[0].same).toBe(false)
    expect(store.running).toBe(false)
    vi.unstubAllGlobals()
  })

  it('reports a failed call', async () => {
    vi.stubGlobal('window', {
      lab: { runProgram: vi.fn().mockRejectedValue(new Error('service down')), cancelRun: vi.fn() },
    })
    const store = useCompareStore()
    await store.compare('x = 1\n')
    expect(store.failure).toBe('service down')
    vi.unstubAllGlobals()
  })
})
