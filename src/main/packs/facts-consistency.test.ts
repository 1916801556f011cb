import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { loadPack } from './load'
import { computeKeys } from './keys'
import type { ProfileName } from '../../shared/trace'

const core = fileURLToPath(new URL('../../../exercises/core', import.meta.url))

// The explanation of a refcount answer names the object's refcnt from the trace; it must agree with the
// answer, which comes from sys.getrefcount (one more: its own argument).
describe('refcount explanations agree with the answer', () => {
  const pack = loadPack(core)
  const cases: [string, ProfileName][] = []
  for (const entry of pack.exercises) {
    const exercise = entry.exercise
    if (!exercise) continue
    if (!exercise.checkpoints.some((c) => c.questions.some((q) => q.kind === 'refcount'))) continue
    for (const profile of exercise.profiles) cases.push([exercise.id, profile])
  }

  it('has refcount exercises to check', () => {
    expect(cases.length).toBeGreaterThan(3)
  })

  it.each(cases)('%s on %s', (id, profile) => {
    const exercise = pack.exercises.find((e) => e.exercise?.id === id)!.exercise!
    const keys = computeKeys(exercise, profile)
    let checked = 0
    for (const checkpoint of exercise.checkpoints) {
      for (const question of checkpoint.questions) {
        if (question.kind !== 'refcount' || question.measure === 'refcnt') continue
        const key = keys.keys[question.id]
        const fact = key.facts.find((f) => f.id === 'referrers')
        if (!fact || key.answer?.kind !== 'refcount') continue
        const text = fact.text.en ?? ''
        const stated = Number(/refcnt (\d+)/.exec(text)?.[1])
        expect(stated, `${question.id}: ${text}`).toBe(key.answer.value - 1)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})
