import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { makePack, makeVerdict, QUESTIONS } from '../fixtures/pack'
import { useExerciseStore } from './exercise'
import { usePacksStore } from './packs'
import { useTraceStore } from './trace'
import { useProgressStore } from './progress'

function stubLab(overrides: Record<string, unknown> = {}) {
  const lab = {
    checkAnswer: vi.fn(async () => makeVerdict()),
    getProgress: vi.fn(async () => ({ learner: 'default', records: [], warnings: [] })),
    runProgram: vi.fn(async (input: { runId: string }) => ({
      runId: input.runId,
      profile: '3.12',
      stdout: 'collected 3\n',
      stderr: '',
      exitCode: 0,
      error: null,
      steps: 10,
      elapsedMs: 1,
      trace: makeCycleTrace(),
    })),
    ...overrides,
  }
  vi.stubGlobal('window', { lab, localStorage: { getItem: () => null, setItem: () => {} } })
  return lab
}

function ready() {
  const packs = usePacksStore()
  packs.packs = { 'builtin:test': makePack() }
  const store = useExerciseStore()
  store.select('builtin:test', 'cycle')
  return store
}

describe('useExerciseStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.unstubAllGlobals()
  })

  it('opens an exercise on a profile it runs on', () => {
    stubLab()
    const store = ready()
    expect(store.exercise?.id).toBe('cycle')
    expect(store.questions.map((q) => q.id)).toEqual(['count', 'order', 'alive', 'why', 'out'])
    expect(store.profile).toBe('3.12')
    store.setProfile('2.7')
    store.select('builtin:test', 'cycle')
    expect(store.profile).toBe('2.7')
  })

  it('checks a shaped answer with the learner and the time spent, and keeps the verdict', async () => {
    const lab = stubLab()
    const store = ready()
    store.startClock()
    expect(store.canCheck(QUESTIONS.count)).toBe(false)
    store.setDraft('count', { text: '2', ids: [] })
    expect(store.canCheck(QUESTIONS.count)).toBe(true)
    const verdict = await store.check(QUESTIONS.count)
    expect(verdict?.attemptsLeft).toBe(2)
    expect(lab.checkAnswer).toHaveBeenCalledWith(
      expect.objectContaining({
        pack: 'builtin:test',
        exerciseId: 'cycle',
        questionId: 'count',
        profile: '3.12',
        answer: { kind: 'refcount', value: 2 },
        learner: 'default',
        reveal: false,
      }),
    )
    expect(store.verdictFor('count')).not.toBeNull()
    expect(store.attemptsLeft(QUESTIONS.count)).toBe(2)
    // Verdicts belong to a profile.
    store.setProfile('2.7')
    expect(store.verdictFor('count')).toBeNull()
    store.setProfile('3.12')
    store.retry(QUESTIONS.count)
    expect(store.verdictFor('count')).toBeNull()
    expect(store.draftFor(QUESTIONS.count).text).toBe('2')
  })

  it('counts attempts already saved, and reports a failed check', async () => {
    stubLab({ checkAnswer: vi.fn(async () => Promise.reject(new Error('no key'))) })
    const store = ready()
    useProgressStore().records = [
      {
        packId: 'test',
        exerciseId: 'cycle',
        questionId: 'alive',
        profile: '3.12',
        attempts: 1,
        correct: false,
        bestScore: 0,
        lastScore: 0,
        firstAttemptAt: '',
        lastAttemptAt: '',
        timeSpentMs: 0,
      },
    ]
    expect(store.attemptsLeft(QUESTIONS.alive)).toBe(1)
    expect(store.attemptsLeft(QUESTIONS.count)).toBe(3)
    store.setDraft('count', { text: '3', ids: [] })
    expect(await store.check(QUESTIONS.count)).toBeNull()
    expect(store.checkErrors.count).toBe('no key')
  })

  it('runs only the exercise code with a full trace and shows the first checkpoint', async () => {
    const lab = stubLab()
    const store = ready()
    expect(store.allAnswered).toBe(false)
    await store.run()
    expect(lab.runProgram).toHaveBeenCalledWith(
      expect.objectContaining({ source: store.exercise?.code, profile: '3.12', trace: 'full' }),
    )
    const trace = useTraceStore()
    expect(trace.hasTrace).toBe(true)
    // After line 5 of the first call: execution is back at line 7 (the loop), or the next line.
    const step = trace.trace!.steps[trace.cursor]
    expect(step.event).toMatchObject({ kind: 'line-started' })
    expect(trace.cursor).toBeGreaterThan(0)
    expect(store.showCheckpoint('end')).toBe(true)
    expect(trace.trace!.steps[trace.cursor].event).toEqual({ kind: 'line-started', line: 9 })
    // Another view took the trace store: coming back restores this run.
    trace.load(null)
    store.restoreTrace()
    expect(trace.trace!.steps[trace.cursor].event).toEqual({ kind: 'line-started', line: 9 })
  })
})
