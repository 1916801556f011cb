import { describe, expect, it } from 'vitest'
import type { ExerciseView, QuestionProgress } from '@shared/pack'
import { exerciseProgress, findRecord, formatDuration, sortRecords } from './progress-summary'

const text = { md: {}, html: {} }
const question = (id: string) => ({
  id,
  kind: 'refcount' as const,
  prompt: text,
  hintCount: 0,
  maxAttempts: null,
})
const exercise: ExerciseView = {
  id: 'ex',
  title: text,
  intro: text,
  code: 'x = 1\n',
  profiles: ['3.12'],
  checkpoints: [
    { id: 'c', line: 1, when: 'after', hit: 1, note: null, questions: [question('a'), question('b')] },
  ],
  summary: null,
  tags: [],
  valid: true,
  problems: [],
}
const record = (over: Partial<QuestionProgress>): QuestionProgress => ({
  packId: 'core',
  exerciseId: 'ex',
  questionId: 'a',
  profile: '3.12',
  attempts: 1,
  correct: false,
  bestScore: 0,
  lastScore: 0,
  firstAttemptAt: '',
  lastAttemptAt: '',
  timeSpentMs: 0,
  ...over,
})

describe('progress summary', () => {
  it('counts tried and solved questions on any profile', () => {
    const records = [
      record({ questionId: 'a', bestScore: 0.5 }),
      record({ questionId: 'a', profile: '2.7', bestScore: 1 }),
      record({ questionId: 'b', attempts: 2 }),
      record({ questionId: 'b', packId: 'other', bestScore: 1 }),
    ]
    expect(exerciseProgress(records, 'core', exercise)).toEqual({ total: 2, tried: 2, solved: 1 })
    expect(exerciseProgress([], 'core', exercise)).toEqual({ total: 2, tried: 0, solved: 0 })
  })

  it('finds one record', () => {
    const records = [record({ profile: '2.7' }), record({ attempts: 3 })]
    const where = { packId: 'core', exerciseId: 'ex', questionId: 'a', profile: '3.12' as const }
    expect(findRecord(records, where)?.attempts).toBe(3)
    expect(findRecord(records, { ...where, questionId: 'zz' })).toBeNull()
  })

  it('formats durations like a stopwatch', () => {
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(65_400)).toBe('1:05')
    expect(formatDuration(3_726_000)).toBe('1:02:06')
  })

  it('sorts records in course order', () => {
    const order = (_: string, id: string) => ['z', 'a'].indexOf(id)
    const sorted = sortRecords([record({ exerciseId: 'a' }), record({ exerciseId: 'z' })], order)
    expect(sorted.map((r) => r.exerciseId)).toEqual(['z', 'a'])
  })
})
