/**
 * Weak-reference lists of the builtin objects CPython lets a program weakly reference: those whose type
 * has a `tp_weaklistoffset` — functions (`func_weakreflist`, Objects/funcobject.c), types (`tp_weaklist`,
 * Objects/typeobject.c), sets and frozensets (`weakreflist`, Objects/setobject.c), bound methods
 * (`im_weakreflist`, Objects/classobject.c), generators (`gi_weakreflist`, Objects/genobject.c), code
 * objects (`co_weakreflist`, Objects/codeobject.c) and, on 3.x only, modules (`md_weaklist`,
 * Objects/moduleobject.c) and builtin functions (`m_weakreflist`, Objects/methodobject.c).
 * Instances of Python classes keep theirs in `PyInstance.weakrefs`; subclasses of builtin value types in
 * objects/subtype-extras.ts.
 *
 * The lists live beside the objects (a WeakMap): most such objects never get one, and their deallocators
 * only look it up once some builtin object has been weakly referenced.
 */
import type { PyObject } from './object'
import { R } from './runtime'
import { PyBuiltin, PyCode, PyFunction, PyMethod, PyModule, PySet, PyType, type PyWeakref } from './types'

const lists = new WeakMap<PyObject, PyWeakref[]>()
let used = false

/** True when `o` is a builtin object its type lets be weakly referenced in this profile. */
export function builtinWeakrefable(o: PyObject): boolean {
  if (o instanceof PyFunction || o instanceof PyType || o instanceof PySet || o instanceof PyMethod)
    return true
  if (o instanceof PyCode || o.type === R.T.generator) return true
  if (R.profile.py2) return false
  return o instanceof PyModule || (o instanceof PyBuiltin && !(o.isMethod === true && o.self === null))
}

/** The weak references to builtin object `o` (head first), or null when it has none. */
export function builtinWeakrefList(o: PyObject): PyWeakref[] | null {
  if (!used) return null
  return lists.get(o) ?? null
}

export function setBuiltinWeakrefList(o: PyObject, refs: PyWeakref[] | null): void {
  if (refs === null) {
    if (used) lists.delete(o)
    return
  }
  used = true
  lists.set(o, refs)
}
