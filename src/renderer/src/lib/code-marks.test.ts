import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { codeMarks, codeMarksField, setCodeMarks } from './code-marks'

function marked(state: EditorState) {
  const out: { from: number; to: number; cls: string }[] = []
  state.field(codeMarksField).between(0, state.doc.length, (from, to, d) => {
    out.push({ from, to, cls: String(d.spec.class) })
  })
  return out
}

describe('code marks', () => {
  const doc = 'x = 1\ny = (\nprint(x)\n'
  it('marks the current line and the error line with its column', () => {
    let state = EditorState.create({ doc, extensions: [codeMarks()] })
    state = state.update({ effects: setCodeMarks.of({ current: 3, error: { line: 2, column: 5 } }) }).state
    expect(marked(state)).toEqual([
      { from: 6, to: 6, cls: 'cm-error-line' },
      { from: 10, to: 11, cls: 'cm-error-column' },
      { from: 12, to: 12, cls: 'cm-trace-line' },
    ])
  })

  it('ignores lines outside the document and clears marks when the text changes', () => {
    let state = EditorState.create({ doc, extensions: [codeMarks()] })
    state = state.update({ effects: setCodeMarks.of({ current: 99, error: null }) }).state
    expect(marked(state)).toEqual([])
    state = state.update({ effects: setCodeMarks.of({ current: 1, error: null }) }).state
    expect(marked(state)).toHaveLength(1)
    state = state.update({ changes: { from: 0, insert: '#' } }).state
    expect(marked(state)).toEqual([])
  })
})

describe('checkpoint marks', () => {
  it('marks checkpoint lines, before or after, and the active one', () => {
    let state = EditorState.create({ doc: 'a = 1\nb = 2\n', extensions: [codeMarks()] })
    state = state.update({
      effects: setCodeMarks.of({
        current: null,
        error: null,
        checkpoints: [
          { line: 2, when: 'after', active: true },
          { line: 1, when: 'before', active: false },
          { line: 7, when: 'before', active: false },
        ],
      }),
    }).state
    expect(marked(state)).toEqual([
      { from: 0, to: 0, cls: 'cm-checkpoint-line cm-checkpoint-before' },
      { from: 6, to: 6, cls: 'cm-checkpoint-line cm-checkpoint-after cm-checkpoint-active' },
    ])
  })
})
