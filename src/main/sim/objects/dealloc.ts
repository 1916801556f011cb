/**
 * What happens when a reference count reaches zero: each type's `tp_dealloc`, in CPython's order.
 *
 *   subtype_dealloc (Objects/typeobject.c), for instances of Python classes:
 *     3.x: __del__ (PEP 442 tp_finalize: at most once; if it resurrects, stop) -> clear weakrefs and call
 *          their callbacks -> release __slots__ in declaration order -> release the __dict__
 *     2.7: clear weakrefs (callbacks first) -> __del__ (tp_del; may run again after resurrection) -> ...
 *   list_dealloc / tupledealloc: items last to first      dict_dealloc: per entry key then value
 *   (2.7 dicts and all sets in hash-table slot order, objects/table-order.ts)
 *   func_dealloc: defaults, then closure                  method_dealloc: function, then self
 *   tb_dealloc: next, then frame                          cell: its contents
 *
 * Deep cascades use CPython's trashcan (`Py_TRASHCAN_BEGIN`, Include/cpython/object.h): past 50 nested
 * deallocations the object is parked on a "delete later" list and destroyed once the stack unwinds, most
 * recently parked first. That keeps both CPython's order and the JS stack bounded.
 *
 * Simplifications:
 * - Every container type uses the trashcan (CPython: list, tuple, dict, set, instances, frames, ...).
 */
import { PyObject, decref, incref, setDeallocHook, traceMark } from './object'
import { PyError, R, tupleKind } from './runtime'
import { dictFreeKeys, listFreeItems, setFreeTable } from './storage'
import {
  PyBuiltin,
  PyCell,
  PyCode,
  PyDescriptor,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyList,
  PyMethod,
  PyModule,
  PyNative,
  PySet,
  PyTraceback,
  PyTuple,
  PyType,
  PyWeakref,
} from './types'
import type { DictEntry, DictKey } from './types'
import { lookupType } from './lookup'
import { repr, tableEntries } from './ops'
import { isValueSubtype, releaseClass, setWeakrefList, takeSubtypeDict, weakrefList } from './subtype-extras'

/**
 * The map a deallocated dict or set is left with: always empty (a dead container has no entries), shared,
 * and refusing insertions, which would mean a simulator bug (something still using a freed object).
 */
function deadMap<V>(): Map<DictKey, V> {
  const m = new Map<DictKey, V>()
  m.set = () => {
    throw new Error('insertion into a deallocated dict or set')
  }
  return m
}
const DEAD_DICT_MAP = deadMap<DictEntry>()
const DEAD_SET_MAP = deadMap<PyObject>()

const TRASHCAN_UNWIND_LEVEL = 50

function dealloc(o: PyObject): void {
  if (R.trashDepth >= TRASHCAN_UNWIND_LEVEL) {
    R.trash.push(o)
    return
  }
  R.trashDepth++
  try {
    deallocNow(o)
  } finally {
    R.trashDepth--
  }
  if (R.trashDepth === 0) {
    while (R.trash.length > 0) {
      const t = R.trash.pop() as PyObject
      R.trashDepth++
      try {
        deallocNow(t)
      } finally {
        R.trashDepth--
      }
    }
  }
}

setDeallocHook(dealloc)

/** Run `__del__` the way PyObject_CallFinalizerFromDealloc does; returns true when the object resurrected. */
function finalize(o: PyObject): boolean {
  const del = lookupType(o.type, '__del__')
  if (del === null) return false
  if (!R.profile.py2 && o.finalized) return false
  o.refcnt = 1 // temporarily resurrect
  o.finalized = true
  callFinalizer(o, del)
  traceMark(o)
  if (--o.refcnt !== 0) return true
  return false
}

/**
 * PyObject_ClearWeakRefs (Objects/weakrefobject.c). `o.weakrefs` is the list in CPython's order (head
 * first: the basic ref, the basic proxy, then refs with callbacks, newest first). The callback-less basic
 * ref and proxy are cleared first; one remaining weakref has its callback called directly; with more,
 * CPython packs (weakref, callback) pairs into a new tuple of 2*count items, clears them all, then calls
 * the callbacks in list order, and frees the tuple last.
 */
function clearWeakrefs(o: PyObject): void {
  const refs = weakrefList(o)
  if (refs === null) return
  setWeakrefList(o, null)
  let i = 0
  for (; i < refs.length && i < 2 && refs[i].callback === null; i++) {
    refs[i].target = null
    traceMark(refs[i])
  }
  if (i === refs.length) return
  if (refs.length - i === 1) {
    const w = refs[i]
    const cb = w.callback
    w.callback = null
    w.target = null
    traceMark(w)
    if (cb !== null) {
      if (w.refcnt > 0) weakrefCallback(w, cb)
      decref(cb)
    }
    return
  }
  const pairs: PyObject[] = []
  for (; i < refs.length; i++) {
    const w = refs[i]
    const cb = w.callback
    w.callback = null
    w.target = null
    traceMark(w)
    if (w.refcnt > 0 && cb !== null) pairs.push(incref(w), cb)
    else if (cb !== null) decref(cb)
  }
  const tuple = R.tuple(pairs)
  for (let j = 0; j < pairs.length; j += 2) weakrefCallback(pairs[j] as PyWeakref, pairs[j + 1])
  decref(tuple)
}

/** handle_callback: call `cb(w)` (the argument is a new reference the call consumes); errors are unraisable. */
function weakrefCallback(w: PyWeakref, cb: PyObject): void {
  if (R.tracer !== null) R.tracer.weakrefCallbackCalled(w)
  try {
    decref(R.hooks.call(cb, [incref(w)]))
  } catch (e) {
    if (e instanceof PyError) R.hooks.unraisable(e, 'weakref callback')
    else throw e
  }
}

function deallocNow(o: PyObject): void {
  // Exact ints, floats and strs hold no references: straight to the end of the chain below (freeKind),
  // without testing every container class first.
  const t0 = o.type
  if (t0 === R.T.int || t0 === R.T.float || t0 === R.T.str) {
    R.freed(o, freeKind(o))
    return
  }
  if (!t0.builtin && !(o instanceof PyInstance) && isValueSubtype(o)) {
    subtypeDealloc(o)
    return
  }
  deallocBuiltin(o)
}

/**
 * subtype_dealloc for an instance of a subclass of list, dict, tuple...: weakrefs and `__del__` (in the
 * profile's order), then its `__dict__`, then the base type's dealloc, then its class.
 */
function subtypeDealloc(o: PyObject): void {
  const py2 = R.profile.py2
  if (py2) clearWeakrefs(o)
  if (finalize(o)) return
  if (!py2) clearWeakrefs(o)
  const d = takeSubtypeDict(o)
  if (d !== null) decref(d)
  const t = o.type
  deallocBuiltin(o)
  releaseClass(o, t)
}

function deallocBuiltin(o: PyObject): void {
  if (o instanceof PyInstance) {
    const py2 = R.profile.py2
    if (py2) clearWeakrefs(o)
    if (finalize(o)) return
    if (!py2) clearWeakrefs(o)
    if (o.slots !== null) {
      const s = o.slots
      for (let i = 0; i < s.length; i++) {
        const v = s[i]
        s[i] = null
        if (v !== null) decref(v)
      }
    }
    if (o instanceof PyExc) {
      const d = o.dict
      o.dict = null
      if (d !== null) decref(d)
      const parts = [o.args, o.traceback, o.cause, o.context, o.message]
      o.args = o.traceback = o.cause = o.context = o.message = null
      for (const p of parts) if (p !== null) decref(p)
    } else {
      const d = o.dict
      o.dict = null
      if (d !== null) {
        // 3.12+ inline values die with the object; a separate dict object is released as a whole.
        if (d.inline && d.refcnt === 1) {
          // Nothing can reach these values any more (o.dict is already null, and inline values are no
          // GC object of their own), so they are released straight from the map: no copy, and no
          // Map.clear (which allocates a fresh table) for a dict that is garbage anyway.
          for (const e of d.map.values()) {
            decref(e.key)
            decref(e.value)
          }
        } else {
          d.embedded = false // 3.13 _PyDict_DetachFromObject: the dict takes the values over
          decref(d)
        }
      }
    }
    const t = o.type
    R.freed(o, 'other')
    decref(t)
    return
  }
  if (o instanceof PyList) {
    const items = o.items
    o.items = []
    for (let i = items.length - 1; i >= 0; i--) decref(items[i])
    listFreeItems(o)
    R.freed(o, o.type === R.T.list ? 'list' : 'other')
    return
  }
  if (o instanceof PyTuple) {
    // tupledealloc: the items first (last to first), then the memory (free list for exact tuples only).
    const items = o.items
    for (let i = items.length - 1; i >= 0; i--) decref(items[i])
    R.freed(o, o.type === R.T.tuple ? tupleKind(items.length) : 'other')
    return
  }
  if (o instanceof PyDict) {
    // The dict looks empty from here on (a collection or a __del__ run by the cascade sees no entries):
    // its map is swapped for the shared dead one and walked once, with no copy and no Map.clear.
    // dict_dealloc walks the table: 2.7 in hash-slot order, 3.x in insertion (entries array) order.
    const m = o.map
    const entries = R.profile.py2 && m.size > 1 ? tableEntries<DictEntry>(o) : m.values()
    o.map = DEAD_DICT_MAP
    for (const e of entries) {
      decref(e.key)
      decref(e.value)
    }
    dictFreeKeys(o)
    R.freed(o, o.type === R.T.dict ? 'dict' : 'other')
    return
  }
  if (o instanceof PySet) {
    // set_dealloc clears weak references first, then walks the hash table in slot order.
    clearWeakrefs(o)
    const m = o.map
    const items = m.size > 1 ? tableEntries<PyObject>(o) : m.values()
    o.map = DEAD_SET_MAP
    for (const v of items) decref(v)
    setFreeTable(o)
    R.freed(o, o.type === R.T.set || o.type === R.T.frozenset ? 'set' : 'other')
    return
  }
  if (o instanceof PyCell) {
    const v = o.ref
    o.ref = null
    R.freed(o, 'other')
    if (v !== null) decref(v)
    return
  }
  if (o instanceof PyFunction) {
    clearWeakrefs(o)
    R.freed(o, 'other')
    decref(o.code)
    decref(o.globals)
    decref(o.name)
    if (o.defaults !== null) decref(o.defaults)
    if (o.kwdefaults !== null) decref(o.kwdefaults)
    if (o.dict !== null) decref(o.dict)
    if (o.closure !== null) decref(o.closure)
    return
  }
  if (o instanceof PyMethod) {
    clearWeakrefs(o)
    // 2.7 keeps dead bound methods on a free list (classobject.c); 3.x has none (the allocator knows).
    R.freed(o, 'method')
    decref(o.func)
    decref(o.self)
    return
  }
  if (o instanceof PyBuiltin) {
    clearWeakrefs(o)
    // 2.7 keeps dead builtin methods on a free list (methodobject.c); 3.x has none.
    R.freed(o, 'cfunction')
    if (o.self !== null) decref(o.self)
    return
  }
  if (o instanceof PyNative) {
    // gen_dealloc clears a generator's weak references before closing it.
    if (o.type === R.T.generator) clearWeakrefs(o)
    const held = o.held
    o.held = []
    // 3.x slice_dealloc keeps one slice for reuse (the 'slice' free list of alloc/freelists.ts).
    R.freed(o, o.type === R.T.slice && !R.profile.py2 ? 'slice' : 'other')
    if (o.extra !== null && typeof (o.extra as { release?: () => void }).release === 'function')
      (o.extra as { release: () => void }).release()
    for (const h of held) if (h !== null) decref(h)
    return
  }
  if (o instanceof PyTraceback) {
    R.freed(o, 'other')
    if (o.next !== null) decref(o.next)
    decref(o.frame)
    return
  }
  if (o instanceof PyWeakref) {
    const list = o.target === null ? null : weakrefList(o.target)
    if (list !== null) {
      const i = list.indexOf(o)
      if (i >= 0) list.splice(i, 1)
    }
    R.freed(o, 'other')
    if (o.callback !== null) decref(o.callback)
    if (o.key !== null) decref(o.key)
    return
  }
  if (o instanceof PyDescriptor) {
    R.freed(o, 'other')
    for (const p of [o.fget, o.fset, o.fdel]) if (p !== null) decref(p)
    if (o.objclass !== null) decref(o.objclass)
    return
  }
  if (o instanceof PyType) {
    // type_dealloc: weak references, then tp_base, tp_dict, tp_bases, tp_mro (and the rest CPython keeps).
    clearWeakrefs(o)
    R.freed(o, 'other')
    if (o.base !== null) decref(o.base)
    decref(o.dict)
    if (o.basesTuple !== null) decref(o.basesTuple)
    if (o.mroTuple !== null) decref(o.mroTuple)
    return
  }
  if (o instanceof PyModule) {
    clearWeakrefs(o)
    R.freed(o, 'other')
    decref(o.dict)
    return
  }
  if (o instanceof PyCode) {
    clearWeakrefs(o)
    R.freed(o, 'other')
    return
  }
  R.freed(o, freeKind(o))
}

// The free-list kind an object's memory goes back under: exact floats, and 2.7's exact ints (their
// block allocator); everything else goes to pymalloc.
function freeKind(o: PyObject): string {
  const t = o.type
  if (t === R.T.float) return 'float'
  if (t === R.T.int && R.profile.py2) return 'int'
  return 'other'
}

/**
 * Call `o.__del__` (`del`) as CPython's PyObject_CallFinalizer does: an exception it raises is reported
 * as unraisable ("Exception ignored in: ...") and never propagates. The caller keeps `o` alive.
 */
export function callFinalizer(o: PyObject, del: PyObject): void {
  if (R.tracer !== null) R.tracer.finalizerCalled(o)
  try {
    decref(R.hooks.call(del, [incref(o)]))
  } catch (e) {
    if (e instanceof PyError) {
      // CPython names the finalizer: 3.x its function, 2.7 the bound method (PyErr_WriteUnraisable).
      const where = R.profile.py2 ? `<bound method ${o.type.name}.__del__ of ${repr(o)}>` : repr(del)
      R.hooks.unraisable(e, where)
    } else throw e
  }
}
