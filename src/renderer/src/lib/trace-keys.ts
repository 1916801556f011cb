/**
 * The trace's keyboard: ← and → step, space plays or pauses. Keys typed into the editor, a text
 * field, a select or on a button keep their usual meaning.
 */
export type TraceKeyAction = 'back' | 'forward' | 'toggle-play'

export interface KeyLike {
  key: string
  altKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  target?: EventTarget | null
}

function isEditable(target: EventTarget | null | undefined): boolean {
  const el = target as (HTMLElement & { isContentEditable?: boolean }) | null | undefined
  if (!el || typeof el.tagName !== 'string') return false
  if (el.isContentEditable || el.closest?.('.cm-editor')) return true
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}

export function traceKeyAction(event: KeyLike): TraceKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return null
  const onButton = (event.target as HTMLElement | null)?.tagName === 'BUTTON'
  switch (event.key) {
    case 'ArrowLeft':
      return 'back'
    case 'ArrowRight':
      return 'forward'
    case ' ':
      // Space on a focused button presses that button.
      return onButton ? null : 'toggle-play'
    default:
      return null
  }
}
