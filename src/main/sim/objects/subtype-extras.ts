/**
 * Instances of Python subclasses of builtin value types (`class D(dict)`, `class L(list)`,
 * `class T(tuple)`, namedtuples, `class S(str)`, ...): the builtin layout plus what type_new
 * (Objects/typeobject.c) appends for a heap type — a `__dict__` pointer (tp_dictoffset) and, when the
 * base has a fixed size, a weak-reference list (tp_weaklistoffset) — and a reference to the class, which
 * every instance of a heap type holds (PyType_GenericAlloc increfs it; subtype_dealloc releases it).
 *
 * The per-object storage lives in a side table here (instances of Python classes proper use
 * PyInstance.dict / .weakrefs). The protocol around it (Objects/typeobject.c):
 *   subtype_dealloc   3.x: __del__ (once) -> clear weakrefs -> release __dict__ -> base dealloc -> type
 *                     2.7: clear weakrefs -> __del__ -> release __dict__ -> base dealloc -> type
 *   subtype_traverse  __dict__, the class, then the base's traverse (list items, dict entries, ...)
 *   subtype_clear     __dict__, then the base's tp_clear (a tuple has none)
 *
 * Simplifications:
 * - Only instances made by calling the class (or a namedtuple's constructors) hold their class; a few
 *   operations on a str subclass instance still give a result of the subclass that does not.
 * - The __dict__ is a separate dict object made on first use (3.x with the class's shared keys), on
 *   every profile; CPython 3.12+ may keep a managed dict's values inline until the dict is asked for.
 */
import { builtinWeakrefList, setBuiltinWeakrefList } from './builtin-weakrefs'
import { decref, incref, type PyObject } from './object'
import { R } from './runtime'
import { sharedKeysOf } from './storage'
import {
  PyDict,
  PyFloat,
  PyInstance,
  PyInt,
  PyList,
  PySet,
  PyStr,
  PyTuple,
  type PyType,
  type PyWeakref,
} from './types'

interface Extras {
  dict: PyDict | null
  weakrefs: PyWeakref[] | null
}

const extras = new WeakMap<PyObject, Extras>()

/** An instance of a Python class whose builtin base gives it a value layout (list, dict, tuple, ...). */
export function isValueSubtype(o: PyObject): boolean {
  return (
    !o.type.builtin &&
    (o instanceof PyList ||
      o instanceof PyDict ||
      o instanceof PyTuple ||
      o instanceof PySet ||
      o instanceof PyStr ||
      o instanceof PyInt ||
      o instanceof PyFloat)
  )
}

/**
 * Whether instances of a subclass of builtin `base` can get a weak-reference list: type_new adds one
 * only to a base of fixed size (tp_itemsize == 0): not tuple, 2.7 str, 3.x int or bytes.
 */
export function baseAllowsWeakrefs(base: PyType): boolean {
  const T = R.T
  if (base === T.tuple || base === T.bytes) return false
  if (R.profile.py2) return base !== T.str
  return base !== T.int
}

/** The instance `__dict__` of a value subtype instance, or null when it has none (yet). Borrowed. */
export function subtypeDict(o: PyObject): PyDict | null {
  return extras.get(o)?.dict ?? null
}

/** The instance `__dict__`, made on first use (3.x: sharing the class's keys). Borrowed. */
export function subtypeDictFor(o: PyObject): PyDict {
  let x = extras.get(o)
  if (x === undefined) extras.set(o, (x = { dict: null, weakrefs: null }))
  if (x.dict === null) {
    x.dict = R.dict()
    if (!R.profile.py2) x.dict.shared = sharedKeysOf(o.type)
  }
  return x.dict
}

/** Detach the instance `__dict__` (subtype_dealloc / subtype_clear); the caller releases it. */
export function takeSubtypeDict(o: PyObject): PyDict | null {
  const x = extras.get(o)
  if (x === undefined || x.dict === null) return null
  const d = x.dict
  x.dict = null
  return d
}

/** The weak references to a value subtype instance (head first), or null. */
export function subtypeWeakrefs(o: PyObject): PyWeakref[] | null {
  return extras.get(o)?.weakrefs ?? null
}

export function setSubtypeWeakrefs(o: PyObject, refs: PyWeakref[] | null): void {
  let x = extras.get(o)
  if (x === undefined) {
    if (refs === null) return
    extras.set(o, (x = { dict: null, weakrefs: null }))
  }
  x.weakrefs = refs
}

/** The weak-reference list of any object (PyObject_GET_WEAKREFS_LISTPTR), head first, or null. */
export function weakrefList(o: PyObject): PyWeakref[] | null {
  if (o instanceof PyInstance) return o.weakrefs
  return o.type.builtin ? builtinWeakrefList(o) : subtypeWeakrefs(o)
}

export function setWeakrefList(o: PyObject, refs: PyWeakref[] | null): void {
  if (o instanceof PyInstance) o.weakrefs = refs
  else if (o.type.builtin) setBuiltinWeakrefList(o, refs)
  else setSubtypeWeakrefs(o, refs)
}

/** Instances that hold a reference to their class (made through type_call or a namedtuple's __new__). */
const holdsClass = new WeakSet<PyObject>()

/** PyType_GenericAlloc for a heap type: the new instance `o` takes a reference to its class. */
export function subtypeInstanceBorn(o: PyObject): void {
  if (o.type.builtin || holdsClass.has(o)) return
  incref(o.type)
  holdsClass.add(o)
}

/** Whether `o` holds a reference to its class (subtype_traverse visits it). */
export function holdsItsClass(o: PyObject): boolean {
  return holdsClass.has(o)
}

/** subtype_dealloc's last step: release the class (when the instance held it). */
export function releaseClass(o: PyObject, t: PyType): void {
  if (!holdsClass.has(o)) return
  holdsClass.delete(o)
  decref(t)
}
