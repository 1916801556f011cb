// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { traceKeyAction } from './trace-keys'

describe('traceKeyAction', () => {
  it('steps with the arrow keys and plays with space', () => {
    const body = document.body
    expect(traceKeyAction({ key: 'ArrowLeft', target: body })).toBe('back')
    expect(traceKeyAction({ key: 'ArrowRight', target: body })).toBe('forward')
    expect(traceKeyAction({ key: ' ', target: body })).toBe('toggle-play')
    expect(traceKeyAction({ key: 'a', target: body })).toBeNull()
  })

  it('leaves keys alone in fields, the editor, with modifiers, and space on buttons', () => {
    const input = document.createElement('input')
    const editor = document.createElement('div')
    editor.className = 'cm-editor'
    const line = document.createElement('div')
    editor.appendChild(line)
    document.body.appendChild(editor)
    expect(traceKeyAction({ key: 'ArrowLeft', target: input })).toBeNull()
    expect(traceKeyAction({ key: 'ArrowLeft', target: line })).toBeNull()
    expect(traceKeyAction({ key: 'ArrowLeft', ctrlKey: true, target: document.body })).toBeNull()
    expect(traceKeyAction({ key: ' ', target: document.createElement('button') })).toBeNull()
    expect(traceKeyAction({ key: 'ArrowRight', target: document.createElement('button') })).toBe('forward')
  })
})
