/**
 * tp_traverse and tp_clear for every container type: the hooks a cycle collector needs. `referents` lists
 * each strong reference an object holds, in the order Objects/*object.c's `*_traverse` functions visit
 * them (`traverse` calls a visitor on each, as tp_traverse does); `clear` drops them (tp_clear), letting
 * reference counting free a cycle.
 *
 * Simplifications:
 * - Frames are traversed through their frame object only when one exists.
 */
import { PyObject, decref } from '../objects/object'
import { tableEntries } from '../objects/ops'
import { holdsItsClass, isValueSubtype, subtypeDict, takeSubtypeDict } from '../objects/subtype-extras'
import { R } from '../objects/runtime'
import {
  PyBuiltin,
  PyCell,
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
} from '../objects/types'

/**
 * The references `traverse` visits, in its order, for the collector's hot loops: they read `refs[0..n)`
 * after one call instead of receiving a callback per reference (no closure, and the per-reference work is
 * inlined in the loop). The buffer is reused: a caller must read it before the next call.
 */
export const refs: PyObject[] = []

/** Store every strong reference `o` holds in `refs` (from index 0, in tp_traverse order); returns how many. */
export function referents(o: PyObject): number {
  const out = refs
  let n = 0
  // Most frequent kinds first (the classes are disjoint, so the order only changes the speed).
  if (o instanceof PyInstance) {
    const slots = o.slots
    if (slots !== null)
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i]
        if (s !== null) out[n++] = s
      }
    const d = o.dict
    if (d !== null) {
      // 3.12+ inline values are traversed as part of the object, and so are 3.13's values embedded in
      // the object under a materialised __dict__ (PyObject_VisitManagedDict visits the values, not the
      // dict); otherwise the dict object is its own GC object.
      if (d.inline || d.embedded) for (const e of d.map.values()) out[n++] = e.value
      else out[n++] = d
    }
    if (o instanceof PyExc) {
      if (o.args) out[n++] = o.args
      if (o.traceback) out[n++] = o.traceback
      if (o.context) out[n++] = o.context
      if (o.cause) out[n++] = o.cause
      if (o.message) out[n++] = o.message
    }
    out[n++] = o.type
    return n
  }
  // subtype_traverse (a subclass of list, dict, tuple...): its __dict__ and its class, then the base's.
  if (!o.type.builtin && isValueSubtype(o)) {
    const d = subtypeDict(o)
    if (d !== null) out[n++] = d
    if (holdsItsClass(o)) out[n++] = o.type
  }
  // list_traverse and tupletraverse visit the items from the last to the first.
  if (o instanceof PyList) {
    const items = o.items
    for (let i = items.length - 1; i >= 0; i--) out[n++] = items[i]
    return n
  }
  if (o instanceof PyTuple) {
    const items = o.items
    for (let i = items.length - 1; i >= 0; i--) out[n++] = items[i]
    return n
  }
  if (o instanceof PyDict) {
    // 3.13 dict_traverse skips values embedded in an instance (the instance visits them).
    if (o.embedded) return n
    // dict_traverse: 2.7 visits each key, then its value. 3.x skips the keys of a str-keyed table (a
    // split table, 3.12+ unicode keys, 3.10 a lookdict_unicode table: exact str keys cannot be in a
    // cycle) and visits value, then key otherwise.
    if (R.profile.py2)
      for (const e of o.map.values()) {
        out[n++] = e.key
        out[n++] = e.value
      }
    else if (o.shared !== null || o.table === null || o.table.unicode)
      for (const e of o.map.values()) out[n++] = e.value
    else
      for (const e of o.map.values()) {
        out[n++] = e.value
        out[n++] = e.key
      }
    return n
  }
  if (o instanceof PySet) {
    for (const v of o.map.values()) out[n++] = v
    return n
  }
  if (o instanceof PyCell) {
    if (o.ref !== null) out[n++] = o.ref
    return n
  }
  if (o instanceof PyFunction) {
    out[n++] = o.code
    out[n++] = o.globals
    out[n++] = o.name
    if (o.defaults) out[n++] = o.defaults
    if (o.kwdefaults) out[n++] = o.kwdefaults
    if (o.dict) out[n++] = o.dict
    if (o.closure) out[n++] = o.closure
    return n
  }
  if (o instanceof PyMethod) {
    out[n++] = o.func
    out[n++] = o.self
    return n
  }
  if (o instanceof PyBuiltin) {
    if (o.self) out[n++] = o.self
    return n
  }
  if (o instanceof PyNative) {
    for (const h of o.held) if (h !== null) out[n++] = h
    const fr = (
      o.extra as {
        frame?: { locals: (PyObject | null)[]; cells: PyObject[]; stack: PyObject[]; finished: boolean }
      } | null
    )?.frame
    // A 2.7/3.10 generator reaches its frame's locals through its frame object (held), not directly.
    if (fr && !(o.type === R.T.generator && R.profile.heapFrames)) {
      for (const l of fr.locals) if (l !== null) out[n++] = l
      for (const c of fr.cells) out[n++] = c
      for (const s of fr.stack) out[n++] = s
    }
    return n
  }
  if (o instanceof PyTraceback) {
    if (o.next) out[n++] = o.next
    out[n++] = o.frame
    return n
  }
  if (o instanceof PyWeakref) {
    // KeyedRef (subtype_traverse): its `key` slot first, then weakref's gc_traverse (the callback).
    if (o.key) out[n++] = o.key
    if (o.callback) out[n++] = o.callback
    return n
  }
  if (o instanceof PyDescriptor) {
    // descr_traverse visits d_type; property_traverse its functions.
    if (o.objclass) out[n++] = o.objclass
    if (o.fget) out[n++] = o.fget
    if (o.fset) out[n++] = o.fset
    if (o.fdel) out[n++] = o.fdel
    return n
  }
  if (o instanceof PyType) {
    // type_traverse: tp_dict, tp_mro, tp_bases, tp_base.
    out[n++] = o.dict
    if (o.mroTuple) out[n++] = o.mroTuple
    if (o.basesTuple) out[n++] = o.basesTuple
    if (o.base) out[n++] = o.base
    return n
  }
  if (o instanceof PyModule) out[n++] = o.dict
  return n
}

/** Visit every strong reference `o` holds (`visit` may itself traverse: it gets a copy of the list). */
export function traverse(o: PyObject, visit: (r: PyObject) => void): void {
  const rs = refs.slice(0, referents(o))
  for (let i = 0; i < rs.length; i++) visit(rs[i])
}

/** tp_clear: drop the references that can form cycles. */
export function clear(o: PyObject): void {
  // subtype_clear: the instance __dict__ of a subclass of list, dict..., then the base's tp_clear.
  if (!o.type.builtin && isValueSubtype(o)) {
    const d = takeSubtypeDict(o)
    if (d !== null) decref(d)
  }
  if (o instanceof PyList) {
    const items = o.items
    o.items = []
    for (let i = items.length - 1; i >= 0; i--) decref(items[i])
    return
  }
  if (o instanceof PyDict) {
    // PyDict_Clear releases the old entries in table order (2.7's slot order, 3.x's insertion order).
    const entries = tableEntries<{ key: PyObject; value: PyObject }>(o)
    o.map.clear()
    for (const e of entries) {
      decref(e.key)
      decref(e.value)
    }
    return
  }
  if (o instanceof PySet) {
    // set_clear_internal: the old table's entries in slot order.
    const vals = tableEntries<PyObject>(o)
    o.map.clear()
    for (const v of vals) decref(v)
    return
  }
  if (o instanceof PyInstance) {
    if (o.slots)
      for (let i = 0; i < o.slots.length; i++) {
        const v = o.slots[i]
        o.slots[i] = null
        if (v !== null) decref(v)
      }
    if (o.dict !== null) {
      const d = o.dict
      if (d.inline) {
        const entries = [...d.map.values()]
        d.map.clear()
        for (const e of entries) {
          decref(e.key)
          decref(e.value)
        }
      } else {
        o.dict = null
        d.embedded = false // 3.13 PyObject_ClearManagedDict detaches the dict from the object
        decref(d)
      }
    }
    // BaseException_clear: args, traceback, context, cause (and 2.7's message) too.
    if (o instanceof PyExc) {
      const parts = [o.args, o.traceback, o.context, o.cause, o.message]
      o.args = o.traceback = o.context = o.cause = o.message = null
      for (const p of parts) if (p !== null) decref(p)
    }
    return
  }
  if (o instanceof PyCell) {
    const v = o.ref
    o.ref = null
    if (v !== null) decref(v)
    return
  }
  if (o instanceof PyFunction) {
    const c = o.closure
    o.closure = null
    if (c !== null) decref(c)
    const d = o.defaults
    o.defaults = null
    if (d !== null) decref(d)
    return
  }
  if (o instanceof PyMethod) return
  if (o instanceof PyType) {
    // type_clear: empties tp_dict and drops tp_mro (which holds the type itself).
    clear(o.dict)
    const mro = o.mroTuple
    o.mroTuple = null
    if (mro !== null) decref(mro)
    return
  }
  if (o instanceof PyNative) {
    const held = o.held
    o.held = []
    for (const h of held) if (h !== null) decref(h)
    // frame_clear (2.7/3.10 frame objects): the locals and cells go.
    if (o.type === R.T.frame) (o.extra as { frame: { clear(): void } }).frame.clear()
  }
}
