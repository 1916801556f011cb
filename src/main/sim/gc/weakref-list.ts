/**
 * Weak references (`weakref.ref`, Objects/weakrefobject.c: `weakref___new__`, `get_basic_refs`,
 * `insert_head`, `insert_after`; the same in 2.7, 3.10, 3.12 and 3.13).
 *
 * An object that can be weakly referenced carries a list of the weak references to it (the
 * `__weakref__` slot, `tp_weaklistoffset`; here `PyInstance.weakrefs`). CPython keeps that list in a
 * fixed order:
 *
 *   head -> [basic ref] -> [basic proxy] -> refs/proxies with callbacks (or of a subtype), newest first
 *
 * A "basic" ref is an exact `weakref.ref` without callback and is shared: `ref(o) is ref(o)`; the basic
 * proxy likewise (gc/weakref-proxy.ts). When the referent dies, PyObject_ClearWeakRefs
 * (objects/dealloc.ts) clears them all and calls the callbacks in list order; the collector does the
 * same for unreachable referents (gc/collect.ts `handleWeakrefs`).
 *
 *   weakref object   ALIVE (target set) --referent dies--> DEAD (target None; callback called once, dropped)
 *
 * Instances of Python classes, of subclasses of list, dict... (objects/subtype-extras.ts) and the builtin
 * objects whose types have a weak-reference list (functions, types, sets, bound methods, generators, code;
 * 3.x modules and builtin functions: objects/builtin-weakrefs.ts) can be weakly referenced.
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { isProxy } from '../objects/ops'
import { PyInstance, PyType, PyWeakref } from '../objects/types'
import { isValueSubtype, setWeakrefList, weakrefList } from '../objects/subtype-extras'
import { builtinWeakrefable } from '../objects/builtin-weakrefs'

// ---- the weak-reference list of an object ----

/** The weak references to `o`, head first (CPython's list order), or an empty list. */
export function weakrefsOf(o: PyObject): PyWeakref[] {
  return weakrefList(o) ?? []
}

/** The object's weak-reference list, made empty on first use. */
export function weakrefListFor(o: PyObject): PyWeakref[] {
  let list = weakrefList(o)
  if (list === null) setWeakrefList(o, (list = []))
  return list
}

/** get_basic_refs: the shared callback-less ref and proxy at the head of the list. */
export function basicRefs(list: PyWeakref[]): { ref: PyWeakref | null; proxy: PyWeakref | null } {
  let ref: PyWeakref | null = null
  let proxy: PyWeakref | null = null
  let i = 0
  if (list.length > 0 && list[0].callback === null) {
    if (list[0].type === R.T.weakref) ref = list[i++]
    if (i < list.length && list[i].callback === null && isProxy(list[i])) proxy = list[i]
  }
  return { ref, proxy }
}

export function insertAfter(list: PyWeakref[], prev: PyWeakref | null, w: PyWeakref): void {
  if (prev === null) list.unshift(w)
  else list.splice(list.indexOf(prev) + 1, 0, w)
}

/** The TypeError CPython raises for an object without a weak-reference list. */
export function checkWeakrefable(o: PyObject): PyObject {
  if (builtinWeakrefable(o)) return o
  const ok = o instanceof PyInstance || isValueSubtype(o)
  if (!ok || !o.type.weakrefable || o.type.builtin)
    raise('TypeError', `cannot create weak reference to '${o.type.name}' object`)
  return o
}

/** weakref___new__ for `type` (weakref.ref or a subtype such as KeyedRef). New reference. */
export function newWeakref(type: PyType, target: PyObject, callback: PyObject | null): PyWeakref {
  const o = checkWeakrefable(target)
  if (callback === R.None) callback = null
  const list = weakrefListFor(o)
  const { ref, proxy } = basicRefs(list)
  const basic = callback === null && type === R.T.weakref
  if (basic && ref !== null) return incref(ref)
  const w = R.born(new PyWeakref(type, o, callback === null ? null : incref(callback)), 'other', true)
  if (basic) list.unshift(w)
  else insertAfter(list, proxy ?? ref, w)
  return w
}
