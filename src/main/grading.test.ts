import { describe, expect, it } from 'vitest'
import { grade, lcsLength, orderScore, score, setScore } from './grading'
import type { Question } from '../shared/pack'

const base = { prompt: { en: 'q' }, explain: { en: 'Because **reasons**.' }, expect: null }
const orderQuestion: Question = {
  ...base,
  id: 'o',
  kind: 'order',
  until: null,
  maxAttempts: 2,
  hints: [{ en: 'first hint' }, { en: 'second hint' }],
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: { en: id }, message: id })),
}
const countQuestion: Question = {
  ...base,
  id: 'r',
  kind: 'refcount',
  expression: 'x',
  measure: 'getrefcount',
  maxAttempts: null,
  hints: [],
}

describe('partial credit', () => {
  it('scores sets by Jaccard similarity', () => {
    expect(setScore(['a', 'b'], ['a', 'b'])).toBe(1)
    expect(setScore(['a'], ['a', 'b'])).toBe(0.5)
    expect(setScore(['a', 'c'], ['a', 'b'])).toBeCloseTo(1 / 3)
    expect(setScore([], [])).toBe(1)
    expect(setScore(['a'], [])).toBe(0)
  })

  it('scores orders by longest common subsequence over the longer list', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3)
    expect(orderScore(['a', 'c', 'b', 'd'], ['a', 'b', 'c', 'd'])).toBe(0.75)
    expect(orderScore(['d', 'c', 'b', 'a'], ['a', 'b', 'c', 'd'])).toBe(0.25)
    expect(orderScore(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(0.5)
  })

  it('is all or nothing for numbers, and compares value reprs without caring about spaces', () => {
    expect(score({ kind: 'refcount', value: 3 }, { kind: 'refcount', value: 3 })).toBe(1)
    expect(score({ kind: 'refcount', value: 4 }, { kind: 'refcount', value: 3 })).toBe(0)
    expect(score({ kind: 'value', text: '(700,10,10)' }, { kind: 'value', text: '(700, 10, 10)' })).toBe(1)
    expect(score({ kind: 'value', text: 'true' }, { kind: 'value', text: 'True' })).toBe(0)
    expect(
      score({ kind: 'output', text: 'del b\r\nend  \n\n' }, { kind: 'output', text: 'del b\nend\n' }),
    ).toBe(1)
    expect(score({ kind: 'output', text: 'end\n' }, { kind: 'output', text: 'del b\nend\n' })).toBe(0.5)
  })
})

describe('verdicts', () => {
  const right = { kind: 'order' as const, ids: ['a', 'b', 'c', 'd'] }
  const facts = [{ id: 'pep442', text: { en: 'fact' } }]

  it('gives a hint, not the answer, after a wrong first attempt', () => {
    const v = grade({
      question: orderQuestion,
      profile: '3.12',
      given: { kind: 'order', ids: ['b', 'a', 'c', 'd'] },
      right,
      facts,
      attempt: 1,
    })
    expect(v).toMatchObject({
      score: 0.75,
      correct: false,
      right: null,
      facts: [],
      explanation: null,
      attemptsLeft: 1,
    })
    expect(v.hint?.md.en).toBe('first hint')
  })

  it('reveals the answer, facts and explanation when the attempts run out', () => {
    const v = grade({
      question: orderQuestion,
      profile: '3.12',
      given: { kind: 'order', ids: ['d', 'c', 'b', 'a'] },
      right,
      facts,
      attempt: 2,
    })
    expect(v).toMatchObject({ correct: false, right, facts, attemptsLeft: 0, hint: null })
    expect(v.explanation?.html.en).toContain('<strong>reasons</strong>')
  })

  it('reveals everything on a right answer, and on request', () => {
    const ok = grade({ question: orderQuestion, profile: '2.7', given: right, right, facts, attempt: 1 })
    expect(ok).toMatchObject({ score: 1, correct: true, right, facts, profile: '2.7' })
    const asked = grade({
      question: countQuestion,
      profile: '3.12',
      given: { kind: 'refcount', value: 1 },
      right: { kind: 'refcount', value: 2 },
      facts,
      attempt: 1,
      reveal: true,
    })
    expect(asked.right).toEqual({ kind: 'refcount', value: 2 })
    expect(asked.attemptsLeft).toBe(2)
  })

  it('scores 0 for an answer of another kind', () => {
    expect(score({ kind: 'value', text: '3' }, { kind: 'refcount', value: 3 })).toBe(0)
  })
})
