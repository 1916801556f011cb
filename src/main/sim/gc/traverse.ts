/**
 * tp_traverse and tp_clear for every container type: the hooks a cycle collector needs. `traverse` visits
 * each strong reference an object holds (as Objects/*object.c's `*_traverse` functions do); `clear` drops
 * them (tp_clear), letting reference counting free a cycle.
 *
 * Simplifications:
 * - Frames are traversed through their frame object only when one exists.
 */
import { PyObject, decref } from '../objects/object'
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

/** Visit every strong reference `o` holds. */
export function traverse(o: PyObject, visit: (r: PyObject) => void): void {
  // Most frequent kinds first (the classes are disjoint, so the order only changes the speed).
  if (o instanceof PyInstance) {
    const slots = o.slots
    if (slots !== null)
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i]
        if (s !== null) visit(s)
      }
    const d = o.dict
    if (d !== null) {
      // 3.12+ inline values are traversed as part of the object; a dict object is its own GC object.
      if (d.inline) for (const e of d.map.values()) visit(e.value)
      else visit(d)
    }
    if (o instanceof PyExc) {
      if (o.args) visit(o.args)
      if (o.traceback) visit(o.traceback)
      if (o.context) visit(o.context)
      if (o.cause) visit(o.cause)
    }
    visit(o.type)
    return
  }
  if (o instanceof PyList) {
    const items = o.items
    for (let i = 0; i < items.length; i++) visit(items[i])
    return
  }
  if (o instanceof PyTuple) {
    const items = o.items
    for (let i = 0; i < items.length; i++) visit(items[i])
    if (!o.type.builtin) visit(o.type)
    return
  }
  if (o instanceof PyDict) {
    for (const e of o.map.values()) {
      visit(e.key)
      visit(e.value)
    }
    return
  }
  if (o instanceof PySet) {
    for (const v of o.map.values()) visit(v)
    return
  }
  if (o instanceof PyCell) {
    if (o.ref !== null) visit(o.ref)
    return
  }
  if (o instanceof PyFunction) {
    visit(o.code)
    visit(o.globals)
    visit(o.name)
    if (o.defaults) visit(o.defaults)
    if (o.kwdefaults) visit(o.kwdefaults)
    if (o.dict) visit(o.dict)
    if (o.closure) visit(o.closure)
    return
  }
  if (o instanceof PyMethod) {
    visit(o.func)
    visit(o.self)
    return
  }
  if (o instanceof PyBuiltin) {
    if (o.self) visit(o.self)
    return
  }
  if (o instanceof PyNative) {
    for (const h of o.held) if (h !== null) visit(h)
    const fr = (
      o.extra as { frame?: { locals: (PyObject | null)[]; cells: PyObject[]; finished: boolean } } | null
    )?.frame
    if (fr) {
      for (const l of fr.locals) if (l !== null) visit(l)
      for (const c of fr.cells) visit(c)
    }
    return
  }
  if (o instanceof PyTraceback) {
    if (o.next) visit(o.next)
    visit(o.frame)
    return
  }
  if (o instanceof PyWeakref) {
    // KeyedRef (subtype_traverse): its `key` slot first, then weakref's gc_traverse (the callback).
    if (o.key) visit(o.key)
    if (o.callback) visit(o.callback)
    return
  }
  if (o instanceof PyDescriptor) {
    for (const p of [o.fget, o.fset, o.fdel]) if (p) visit(p)
    return
  }
  if (o instanceof PyType) {
    visit(o.dict)
    if (o.base) visit(o.base)
    return
  }
  if (o instanceof PyModule) visit(o.dict)
}

/** tp_clear: drop the references that can form cycles. */
export function clear(o: PyObject): void {
  if (o instanceof PyList) {
    const items = o.items
    o.items = []
    for (let i = items.length - 1; i >= 0; i--) decref(items[i])
    return
  }
  if (o instanceof PyDict) {
    const entries = [...o.map.values()]
    o.map.clear()
    for (const e of entries) {
      decref(e.key)
      decref(e.value)
    }
    return
  }
  if (o instanceof PySet) {
    const vals = [...o.map.values()]
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
        decref(d)
      }
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
  if (o instanceof PyNative) {
    const held = o.held
    o.held = []
    for (const h of held) if (h !== null) decref(h)
  }
}
