/**
 * Late-bound behaviour the generic attribute protocol needs from the interpreter layer (super objects).
 *
 * Simplifications:
 * - One hook per concern; set once per session.
 */
import type { PyObject } from './object'

let superGet: (o: PyObject, name: string) => PyObject | null | undefined = () => undefined

export function setSuperHook(f: typeof superGet): void {
  superGet = f
}

export function superAttr(o: PyObject, name: string): PyObject | null | undefined {
  return superGet(o, name)
}
