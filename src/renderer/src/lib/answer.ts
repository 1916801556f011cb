/**
 * A learner's answer while it is being written (a draft), and the `Answer` it becomes when checked.
 * One draft shape serves every kind: `text` for output, numbers and reprs, `ids` for the kinds that
 * choose among options. The window never grades: it only shapes the answer and shows the verdict.
 */
import type { Answer, QuestionKind, QuestionView } from '@shared/pack'

export interface AnswerDraft {
  text: string
  ids: string[]
}

/** Kinds answered by choosing options (and how: a set of chips, a sequence, or radio/checkboxes). */
export const OPTION_KINDS: readonly QuestionKind[] = ['alive', 'order', 'garbage', 'choice']

/** A stable 32-bit hash of a string (FNV-1a), to seed the shuffle. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * The option ids in a shuffled order that is the same every time for one `seed` (so the list does
 * not jump about), and never the authored order, which is often the answer of an `order` question.
 */
export function shuffledIds(ids: readonly string[], seed: string): string[] {
  const out = [...ids]
  let state = hash(seed) || 1
  const random = () => {
    // xorshift32: small, deterministic, good enough to deal cards.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  if (out.length > 1 && out.every((id, i) => id === ids[i])) out.push(out.shift()!)
  return out
}

/** A fresh draft: empty, except an `order` question, which starts from a shuffled list. */
export function emptyDraft(question: QuestionView, seed: string): AnswerDraft {
  const ids = question.options?.map((o) => o.id) ?? []
  return { text: '', ids: question.kind === 'order' ? shuffledIds(ids, seed) : [] }
}

/** The list with the item at `index` moved by `delta` places (clamped); a new array. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = [...list]
  const to = Math.max(0, Math.min(out.length - 1, index + delta))
  if (index < 0 || index >= out.length || to === index) return out
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item)
  return out
}

/** `ids` with `id` added or removed (a chip or checkbox clicked). */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]
}

function wholeNumber(text: string, min: number): number | null {
  const trimmed = text.trim()
  if (!/^-?\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isSafeInteger(value) && value >= min ? value : null
}

/** The answer a draft gives, or null while it is not a valid answer yet (no number, no choice…). */
export function toAnswer(question: QuestionView, draft: AnswerDraft): Answer | null {
  switch (question.kind) {
    case 'output':
      return { kind: 'output', text: draft.text }
    case 'refcount': {
      const value = wholeNumber(draft.text, -1)
      return value === null ? null : { kind: 'refcount', value }
    }
    case 'collect': {
      const value = wholeNumber(draft.text, 0)
      return value === null ? null : { kind: 'collect', value }
    }
    case 'value':
      return draft.text.trim() ? { kind: 'value', text: draft.text.trim() } : null
    case 'alive':
    case 'garbage':
      return { kind: question.kind, ids: [...draft.ids] }
    case 'order':
      return draft.ids.length > 0 ? { kind: 'order', ids: [...draft.ids] } : null
    case 'choice':
      return draft.ids.length > 0 ? { kind: 'choice', ids: [...draft.ids] } : null
  }
}

/** How to show an answer: a number or text, or a list of option labels (numbered for `order`). */
export type AnswerDisplay =
  { type: 'text'; text: string; block: boolean } | { type: 'list'; items: string[]; ordered: boolean }

export function describeAnswer(answer: Answer, labelOf: (id: string) => string): AnswerDisplay {
  switch (answer.kind) {
    case 'refcount':
    case 'collect':
      return { type: 'text', text: String(answer.value), block: false }
    case 'output':
      return { type: 'text', text: answer.text, block: true }
    case 'value':
      return { type: 'text', text: answer.text, block: false }
    default:
      return { type: 'list', items: answer.ids.map(labelOf), ordered: answer.kind === 'order' }
  }
}

/** A score in [0, 1] as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100)
}
