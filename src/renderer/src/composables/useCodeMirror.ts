/**
 * A CodeMirror 6 editor bound to Vue state: the text (two-way), read-only mode, the line marks, and
 * the line the editing cursor is on. The component only gives it a host element and refs.
 */
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { Compartment, EditorState } from '@codemirror/state'
import { EditorView, highlightActiveLine, lineNumbers, highlightActiveLineGutter } from '@codemirror/view'
import { bracketMatching, indentOnInput } from '@codemirror/language'
import { minimalSetup } from 'codemirror'
import { python } from '@codemirror/lang-python'
import { codeMarks, setCodeMarks, type CodeMarks } from '../lib/code-marks'

export interface CodeMirrorOptions {
  host: Ref<HTMLElement | null>
  text: Ref<string>
  readOnly: Ref<boolean>
  marks: Ref<CodeMarks>
  /** Accessible name of the editing area. */
  label: Ref<string>
}

export function useCodeMirror(options: CodeMirrorOptions): {
  view: ShallowRef<EditorView | null>
  cursorLine: Ref<number>
} {
  const view = shallowRef<EditorView | null>(null)
  /** 1-based line of the editing cursor. */
  const cursorLine = ref(1)
  const editable = new Compartment()
  const attributes = new Compartment()

  const attrs = () => EditorView.contentAttributes.of({ 'aria-label': options.label.value })
  const readOnlyExtensions = () => [
    EditorState.readOnly.of(options.readOnly.value),
    EditorView.editable.of(!options.readOnly.value),
  ]

  onMounted(() => {
    if (!options.host.value) return
    view.value = new EditorView({
      parent: options.host.value,
      state: EditorState.create({
        doc: options.text.value,
        extensions: [
          // History, the default keymap and highlight style; Tab is left to move focus out.
          minimalSetup,
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          python(),
          codeMarks(),
          editable.of(readOnlyExtensions()),
          attributes.of(attrs()),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              const text = update.state.doc.toString()
              if (text !== options.text.value) options.text.value = text
            }
            if (update.selectionSet || update.docChanged) {
              cursorLine.value = update.state.doc.lineAt(update.state.selection.main.head).number
            }
          }),
        ],
      }),
    })
    view.value.dispatch({ effects: setCodeMarks.of(options.marks.value) })
  })

  watch(options.text, (text) => {
    const v = view.value
    if (v && text !== v.state.doc.toString())
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } })
  })
  watch(options.readOnly, () => view.value?.dispatch({ effects: editable.reconfigure(readOnlyExtensions()) }))
  watch(options.label, () => view.value?.dispatch({ effects: attributes.reconfigure(attrs()) }))
  watch(
    options.marks,
    (marks) => {
      const v = view.value
      if (!v) return
      v.dispatch({ effects: setCodeMarks.of(marks) })
      // Keep the executing line in view as the learner steps.
      const line = marks.current ?? marks.error?.line
      if (line && line <= v.state.doc.lines) {
        v.dispatch({ effects: EditorView.scrollIntoView(v.state.doc.line(line).from, { y: 'nearest' }) })
      }
    },
    { deep: true },
  )

  onBeforeUnmount(() => {
    view.value?.destroy()
    view.value = null
  })

  return { view, cursorLine }
}
