/**
 * The parts of the `weakref` module that read an object's weak-reference list (Modules/_weakref.c:
 * `getweakrefcount`, `getweakrefs`). The list itself is `PyInstance.weakrefs` (the `__weakref__` slot,
 * `tp_weaklistoffset`); CPython keeps it as: the basic ref (no callback) first, then the basic proxy,
 * then refs with callbacks, newest first (Objects/weakrefobject.c `insert_head` / `insert_after`).
 *
 * Simplifications:
 * - proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize are not modelled yet.
 */
import type { PyObject } from '../objects/object'
import { incref } from '../objects/object'
import { R } from '../objects/runtime'
import { PyInstance } from '../objects/types'
import { fn } from '../interp/builtins'
import { weakrefListOrder } from './collect'

function refsOf(o: PyObject): PyObject[] {
  return o instanceof PyInstance && o.weakrefs !== null ? weakrefListOrder(o.weakrefs) : []
}

/** Extra entries of the weakref module (each a new reference). */
export function weakrefModuleEntries(): Record<string, PyObject> {
  return {
    getweakrefcount: fn('getweakrefcount', (a) => R.int(refsOf(a[0]).length)),
    getweakrefs: fn('getweakrefs', (a) => R.list(refsOf(a[0]).map((w) => incref(w)))),
  }
}
