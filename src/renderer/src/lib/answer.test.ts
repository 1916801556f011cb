import { describe, expect, it } from 'vitest'
import type { QuestionView } from '@shared/pack'
import { describeAnswer, emptyDraft, moveItem, scorePercent, shuffledIds, toAnswer, toggleId } from './answer'

const text = { md: {}, html: {} }
const question = (kind: QuestionView['kind'], options: string[] = []): QuestionView => ({
  id: 'q',
  kind,
  prompt: text,
  hintCount: 0,
  maxAttempts: null,
  options: options.map((id) => ({ id, label: text })),
})

describe('answers', () => {
  it('shuffles the same way every time, never into the authored order', () => {
    const ids = ['a', 'b', 'c', 'd']
    const once = shuffledIds(ids, 'ex/q')
    expect(shuffledIds(ids, 'ex/q')).toEqual(once)
    expect([...once].sort()).toEqual(ids)
    for (const seed of ['x', 'y', 'z', 'w', 'v', ''])
      expect(shuffledIds(['a', 'b'], seed)).toEqual(['b', 'a'])
    expect(shuffledIds(['a'], 'x')).toEqual(['a'])
  })

  it('starts an order question from the shuffled list and the others empty', () => {
    expect(emptyDraft(question('order', ['a', 'b']), 's').ids).toEqual(['b', 'a'])
    expect(emptyDraft(question('alive', ['a', 'b']), 's')).toEqual({ text: '', ids: [] })
  })

  it('moves items and toggles ids without mutating', () => {
    const list = ['a', 'b', 'c']
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(list, 5, 1)).toEqual(['a', 'b', 'c'])
    expect(list).toEqual(['a', 'b', 'c'])
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b'])
  })

  it('turns drafts into answers, or null while incomplete', () => {
    const draft = (t: string, ids: string[] = []) => ({ text: t, ids })
    expect(toAnswer(question('refcount'), draft(' 5 '))).toEqual({ kind: 'refcount', value: 5 })
    expect(toAnswer(question('refcount'), draft('5.5'))).toBeNull()
    expect(toAnswer(question('refcount'), draft(''))).toBeNull()
    expect(toAnswer(question('collect'), draft('-1'))).toBeNull()
    expect(toAnswer(question('collect'), draft('2'))).toEqual({ kind: 'collect', value: 2 })
    expect(toAnswer(question('output'), draft('1\n2\n'))).toEqual({ kind: 'output', text: '1\n2\n' })
    expect(toAnswer(question('value'), draft('  '))).toBeNull()
    expect(toAnswer(question('value'), draft(' True '))).toEqual({ kind: 'value', text: 'True' })
    expect(toAnswer(question('alive'), draft('', []))).toEqual({ kind: 'alive', ids: [] })
    expect(toAnswer(question('choice'), draft('', []))).toBeNull()
    expect(toAnswer(question('order'), draft('', ['b', 'a']))).toEqual({ kind: 'order', ids: ['b', 'a'] })
  })

  it('describes answers for display', () => {
    const label = (id: string) => id.toUpperCase()
    expect(describeAnswer({ kind: 'refcount', value: 3 }, label)).toEqual({
      type: 'text',
      text: '3',
      block: false,
    })
    expect(describeAnswer({ kind: 'output', text: 'a\n' }, label)).toMatchObject({ block: true })
    expect(describeAnswer({ kind: 'order', ids: ['b', 'a'] }, label)).toEqual({
      type: 'list',
      items: ['B', 'A'],
      ordered: true,
    })
    expect(describeAnswer({ kind: 'alive', ids: [] }, label)).toMatchObject({ items: [], ordered: false })
    expect(scorePercent(0.5)).toBe(50)
    expect(scorePercent(2 / 3)).toBe(67)
    expect(scorePercent(1.2)).toBe(100)
  })
})
