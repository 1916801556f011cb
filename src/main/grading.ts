/**
 * Grading: a learner's prediction against the key the simulator computed, as a verdict. Pure: no
 * I/O, no clock; the caller says which attempt this is.
 *
 * Scores are 0..1. Numbers and single choices are right or wrong. Sets (alive, garbage, multiple
 * choice) score |given ∩ right| / |given ∪ right| (Jaccard), so one missed object out of three
 * still earns 2/3. Orders score the longest common subsequence over the longer list, so one item out
 * of place in four earns 3/4. Output scores the share of lines that match in order, the same way.
 */
import { DEFAULT_MAX_ATTEMPTS, type Answer, type Fact, type Question, type Verdict } from '../shared/pack'
import type { ProfileName } from '../shared/trace'
import { normalizeOutput, sameAnswer } from './packs/keys'
import { textView } from './packs/markdown'
import { parsePyLiteral } from './packs/py-literal'

export interface GradeInput {
  question: Question
  profile: ProfileName
  given: Answer
  /** The computed key. */
  right: Answer
  /** Facts that explain the key (from the trace and the profile). */
  facts: Fact[]
  /** 1 for the first attempt. */
  attempt: number
  /** The learner asked to see the answer. */
  reveal?: boolean
}

/** Jaccard similarity of two sets of ids; 1 when both are empty. */
export function setScore(given: readonly string[], right: readonly string[]): number {
  const a = new Set(given)
  const b = new Set(right)
  const union = new Set([...a, ...b])
  if (union.size === 0) return 1
  let both = 0
  for (const id of a) if (b.has(id)) both++
  return both / union.size
}

/** Length of the longest common subsequence. */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1])
      diagonal = above
    }
  }
  return row[b.length]
}

/** LCS over the longer sequence; 1 when both are empty. */
export function orderScore<T>(given: readonly T[], right: readonly T[]): number {
  const longest = Math.max(given.length, right.length)
  return longest === 0 ? 1 : lcsLength(given, right) / longest
}

export function score(given: Answer, right: Answer): number {
  if (given.kind !== right.kind) return 0
  if (sameAnswer(given, right)) return 1
  switch (right.kind) {
    case 'alive':
    case 'garbage':
      return setScore((given as { ids: string[] }).ids, right.ids)
    case 'choice':
      return right.ids.length > 1 ? setScore((given as { ids: string[] }).ids, right.ids) : 0
    case 'order':
      return orderScore((given as { ids: string[] }).ids, right.ids)
    case 'output': {
      const a = normalizeOutput((given as { text: string }).text).split('\n')
      const b = normalizeOutput(right.text).split('\n')
      return orderScore(a, b)
    }
    case 'value': {
      // `True` and `true`, `3` and `3.0` are not the same repr; but `(1,2)` and `(1, 2)` are.
      const a = parsePyLiteral((given as { text: string }).text)
      const b = parsePyLiteral(right.text)
      return a !== undefined && JSON.stringify(a) === JSON.stringify(b) ? 1 : 0
    }
    default:
      return 0
  }
}

/** The verdict on one attempt. */
export function grade(input: GradeInput): Verdict {
  const { question, given, right, attempt } = input
  const value = Math.round(score(given, right) * 1000) / 1000
  const correct = value === 1
  const max = question.maxAttempts ?? DEFAULT_MAX_ATTEMPTS
  const attemptsLeft = correct ? 0 : Math.max(0, max - attempt)
  const revealed = correct || attemptsLeft === 0 || input.reveal === true
  const hint =
    !correct && !revealed ? (question.hints[Math.min(attempt, question.hints.length) - 1] ?? null) : null
  return {
    questionId: question.id,
    profile: input.profile,
    score: value,
    correct,
    given,
    right: revealed ? right : null,
    facts: revealed ? input.facts : [],
    explanation: revealed && question.explain ? textView(question.explain) : null,
    hint: hint ? textView(hint) : null,
    attempt,
    attemptsLeft,
  }
}
