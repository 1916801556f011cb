/**
 * One simulated object as the lab shows it (`ObjectView` of src/shared/trace.ts): type, short repr,
 * refcount as `sys.getrefcount` would report it (minus its argument), address, size, size class,
 * generation, and its outgoing references labelled the way a Python programmer names them.
 *
 * The references are the strong references each type's `tp_traverse` visits (Objects/listobject.c
 * `list_traverse`, dictobject.c `dict_traverse`, funcobject.c `func_traverse`, cellobject.c
 * `cell_traverse`, typeobject.c `subtype_traverse`), so the arrows into an object add up to the
 * part of its refcount held by other objects; frame variables make up the rest (trace/frames.ts).
 *
 *   list, tuple            [0] [1] …                     cell        cell_contents   (kind 'cell')
 *   dict                   ['key'] (+ the key itself      function    __defaults__ __kwdefaults__
 *                          when it is not a str/number)               __closure__ __dict__
 *   set, frozenset         {} per item                   method      __func__ __self__
 *   instance (3.12+)       .attr (inline values)          weakref     referent (kind 'weak'),
 *   instance (2.7, 3.10)   __dict__ → a dict object                   __callback__
 *   instance               .slot, __class__ (user class)  class       .name per class attribute,
 *   exception              .args .__traceback__ …                     __base__ (user base)
 *
 * Simplifications:
 * - References the lab does not draw: a function's `__code__`, `__globals__`, `__name__` and
 *   `__module__`; a class's `__mro__`, `__bases__`, `__dict__` itself and its `__module__`,
 *   `__qualname__`, `__doc__` entries; dict keys that are strings or numbers (the label names them).
 *   The referrers panel counts what is left of the refcount as "held by the interpreter".
 * - At most `MAX_REFS` references per object; `length` still gives a container's full size.
 */
import type { ObjectView, ReferenceKind, ReferenceView } from '@shared/trace'
import type { PyObject } from '../objects/object'
import { R } from '../objects/runtime'
import { ALLOC_CONSTANTS, sizeClassOf } from '../alloc/constants'
import {
  PyBuiltin,
  PyCell,
  PyDescriptor,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyMethod,
  PyNative,
  PySet,
  PyStr,
  PyTraceback,
  PyTuple,
  PyType,
  PyWeakref,
} from '../objects/types'
import { shortRepr } from './repr'

/**
 * Most references one view lists. A container growing by one item per step would otherwise make
 * the trace grow with the square of its length (the lab measured 36 MB for 5,000 steps); the graph
 * summarises containers of more than 24 items anyway, and `length` keeps the full size. At 32 a
 * changed list costs about 1.6 KB of JSON per step.
 */
export const MAX_REFS = 32

/** Class-dict entries that are bookkeeping, not the class's attributes. */
const CLASS_BOOKKEEPING = new Set(['__module__', '__qualname__', '__doc__', '__dict__', '__weakref__'])

/** A reference found on an object: its target object, label and kind. */
export interface Ref {
  target: PyObject
  label: string
  kind: ReferenceKind
}

function keyLabel(k: PyObject): string {
  return `[${shortRepr(k)}]`
}

function isAtom(k: PyObject): boolean {
  return k instanceof PyStr || k instanceof PyInt || k instanceof PyFloat || k === R.None
}

/** The labelled strong (and weak) references of `o`, at most `MAX_REFS`. */
export function refsOf(o: PyObject): Ref[] {
  const out: Ref[] = []
  const add = (target: PyObject | null, label: string, kind: ReferenceKind = 'strong'): boolean => {
    if (target === null) return true
    if (out.length >= MAX_REFS) return false
    out.push({ target, label, kind })
    return true
  }
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items
    for (let i = 0; i < items.length && i < MAX_REFS; i++) add(items[i], `[${i}]`)
    return out
  }
  if (o instanceof PyDict) {
    for (const e of o.map.values()) {
      if (!isAtom(e.key) && !add(e.key, `key ${shortRepr(e.key)}`)) break
      if (!add(e.value, keyLabel(e.key))) break
    }
    return out
  }
  if (o instanceof PySet) {
    for (const v of o.map.values()) if (!add(v, '{}')) break
    return out
  }
  if (o instanceof PyInstance) {
    if (!o.type.builtin) add(o.type, '__class__')
    const slots = o.slots
    if (slots !== null) {
      const names = o.type.allSlots
      for (let i = 0; i < slots.length; i++) add(slots[i], `.${names[i] ?? i}`)
    }
    const d = o.dict
    if (d !== null) {
      // 3.12+ keeps attribute values inside the instance until `__dict__` is asked for.
      if (d.inline) {
        for (const e of d.map.values())
          if (!add(e.value, e.key instanceof PyStr ? `.${e.key.value}` : keyLabel(e.key))) break
      } else add(d, '__dict__')
    }
    if (o instanceof PyExc) {
      add(o.args, '.args')
      add(o.traceback, '.__traceback__')
      add(o.context, '.__context__')
      add(o.cause, '.__cause__')
    }
    return out
  }
  if (o instanceof PyCell) {
    add(o.ref, 'cell_contents', 'cell')
    return out
  }
  if (o instanceof PyFunction) {
    add(o.defaults, '__defaults__')
    add(o.kwdefaults, '__kwdefaults__')
    add(o.closure, '__closure__')
    add(o.dict, '__dict__')
    return out
  }
  if (o instanceof PyMethod) {
    add(o.func, '__func__')
    add(o.self, '__self__')
    return out
  }
  if (o instanceof PyBuiltin) {
    add(o.self, '__self__')
    return out
  }
  if (o instanceof PyWeakref) {
    add(o.target, 'referent', 'weak')
    add(o.callback, '__callback__')
    return out
  }
  if (o instanceof PyDescriptor) {
    const single = o.type === R.T.staticmethod || o.type === R.T.classmethod
    add(o.fget, single ? '__func__' : 'fget')
    add(o.fset, 'fset')
    add(o.fdel, 'fdel')
    return out
  }
  if (o instanceof PyTraceback) {
    add(o.next, 'tb_next')
    add(o.frame, 'tb_frame')
    return out
  }
  if (o instanceof PyType) {
    if (o.base !== null && !o.base.builtin) add(o.base, '__base__')
    for (const e of o.dict.map.values()) {
      const name = e.key instanceof PyStr ? e.key.value : null
      if (name !== null && CLASS_BOOKKEEPING.has(name)) continue
      if (!add(e.value, name !== null ? `.${name}` : keyLabel(e.key))) break
    }
    return out
  }
  if (o instanceof PyNative) {
    const held = o.held
    for (let i = 0; i < held.length; i++) add(held[i], held.length === 1 ? 'iterating' : `[${i}]`)
    const fr = (
      o.extra as {
        frame?: { locals: (PyObject | null)[]; cells: PyObject[]; code: { varnames: string[] } }
      } | null
    )?.frame
    if (fr) {
      for (let i = 0; i < fr.locals.length; i++) add(fr.locals[i], `f_locals['${fr.code.varnames[i] ?? i}']`)
      for (const c of fr.cells) add(c, 'cell')
    }
    return out
  }
  return out
}

/** Number of items of a container (for summarising large ones), undefined for other objects. */
export function lengthOf(o: PyObject): number | undefined {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length
  if (o instanceof PyDict || o instanceof PySet) return o.map.size
  return undefined
}

function generationOf(o: PyObject): ObjectView['generation'] {
  return o.gcGen < 0 ? null : o.gcGen === 3 ? 'permanent' : o.gcGen
}

/**
 * The view of `o`. `withRefs` false gives a leaf: an object the program did not create (a small int,
 * None, a built-in type) drawn without its own references.
 */
export function objectView(
  o: PyObject,
  withRefs: boolean,
  refs: Ref[] = withRefs ? refsOf(o) : [],
): ObjectView {
  const sizeClass = o.size > 0 ? sizeClassOf(ALLOC_CONSTANTS[R.profile.name], o.size) : null
  const view: ObjectView = {
    id: o.handle,
    type: o.type.name,
    repr: shortRepr(o),
    refcnt: R.immortalOrCount(o),
    immortal: o.immortal,
    address: o.address,
    size: o.size,
    sizeClass,
    generation: generationOf(o),
    refs: refs.map((r): ReferenceView => ({ target: r.target.handle, label: r.label, kind: r.kind })),
  }
  const length = lengthOf(o)
  if (length !== undefined) view.length = length
  return view
}

/** True when two views of the same object show the same thing. */
export function sameView(a: ObjectView, b: ObjectView): boolean {
  if (
    a.refcnt !== b.refcnt ||
    a.repr !== b.repr ||
    a.generation !== b.generation ||
    a.length !== b.length ||
    a.address !== b.address ||
    a.size !== b.size ||
    a.sizeClass !== b.sizeClass ||
    a.immortal !== b.immortal ||
    a.type !== b.type ||
    a.refs.length !== b.refs.length
  )
    return false
  for (let i = 0; i < a.refs.length; i++) {
    const x = a.refs[i]
    const y = b.refs[i]
    if (x.target !== y.target || x.label !== y.label || x.kind !== y.kind) return false
  }
  return true
}
