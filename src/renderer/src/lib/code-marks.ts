/**
 * Line marks for the code editor: the line the trace cursor is on, the line an error points at
 * (with its column), and an exercise's checkpoints (an edge above or below their line). A CodeMirror state field driven by one effect, so the editor component only
 * dispatches `setCodeMarks` and never builds decorations itself.
 */
import { StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

export interface CodeMarks {
  /** 1-based line being executed at the trace cursor. */
  current: number | null
  /** 1-based line (and column) of an error. */
  error: { line: number; column: number | null } | null
  /** Exercise checkpoints: before or after a line; `active` is the one being looked at. */
  checkpoints?: { line: number; when: 'before' | 'after'; active: boolean }[]
}

export const setCodeMarks = StateEffect.define<CodeMarks>()

const currentLine = Decoration.line({ class: 'cm-trace-line', attributes: { 'data-mark': 'current' } })
const errorLine = Decoration.line({ class: 'cm-error-line', attributes: { 'data-mark': 'error' } })
const errorColumn = Decoration.mark({ class: 'cm-error-column' })
const checkpointLine = (when: 'before' | 'after', active: boolean) =>
  Decoration.line({
    class: `cm-checkpoint-line cm-checkpoint-${when}${active ? ' cm-checkpoint-active' : ''}`,
    attributes: { 'data-checkpoint': when },
  })

/** Decorations for `marks` in `state`; lines outside the document are ignored. */
export function buildMarks(state: EditorState, marks: CodeMarks): DecorationSet {
  const ranges = []
  const lines = state.doc.lines
  const valid = (n: number | null | undefined): n is number => typeof n === 'number' && n >= 1 && n <= lines
  if (valid(marks.error?.line)) {
    const line = state.doc.line(marks.error.line)
    ranges.push(errorLine.range(line.from))
    const col = marks.error.column
    if (col !== null && col >= 1 && line.from + col - 1 < line.to) {
      ranges.push(errorColumn.range(line.from + col - 1, line.from + col))
    }
  }
  if (valid(marks.current) && marks.current !== marks.error?.line) {
    ranges.push(currentLine.range(state.doc.line(marks.current).from))
  }
  for (const point of marks.checkpoints ?? []) {
    if (valid(point.line))
      ranges.push(checkpointLine(point.when, point.active).range(state.doc.line(point.line).from))
  }
  return Decoration.set(ranges, true)
}

export const codeMarksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    let next = value.map(transaction.changes)
    for (const effect of transaction.effects)
      if (effect.is(setCodeMarks)) next = buildMarks(transaction.state, effect.value)
    // Editing the program makes old marks meaningless.
    if (transaction.docChanged) next = Decoration.none
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

export function codeMarks(): Extension {
  return codeMarksField
}
