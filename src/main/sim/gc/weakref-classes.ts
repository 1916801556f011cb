/**
 * Building the classes Lib/weakref.py and Lib/_weakrefset.py define in Python (`class
 * WeakValueDictionary(collections.abc.MutableMapping)`, `class finalize:` ...) out of native methods,
 * so that a program sees a class with CPython's name, module and `__slots__`, and instances with a
 * `__dict__` holding the attributes weakref.py sets (`data`, `_remove`, ...).
 *
 * Simplifications:
 * - The methods are native builtins: calling them allocates no frame.
 * - A native `__init__` runs from a static `__new__` (type_call only runs Python-level `__init__`s
 *   here); a subclass gets an empty instance and initialises it from its own `__init__`.
 * - Base classes (MutableMapping, UserDict) are not modelled: the classes derive from object.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { dictSetStr } from '../objects/ops'
import { PyBuiltin, PyDescriptor, PyInstance, PyType } from '../objects/types'
import { fn } from '../interp/builtins'
import { makeClass } from '../interp/classes'

export type Method = (self: PyInstance, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject

/** A method of a class: bound (self given) or called from a slot (self first in `a`). */
export function method(name: string, impl: Method): PyBuiltin {
  const b = fn(name, (a, kw, s) =>
    s !== null ? impl(s as PyInstance, a, kw) : impl(a[0] as PyInstance, a.slice(1), kw),
  )
  b.isMethod = true
  return b
}

export function none(): PyObject {
  return incref(R.None)
}

/** An attribute of the instance's __dict__ (borrowed). */
export function field(self: PyInstance, name: string): PyObject {
  const e = self.dict?.map.get(name)
  if (e === undefined) raise('AttributeError', `'${self.type.name}' object has no attribute '${name}'`)
  return e.value
}

export function setField(self: PyInstance, name: string, v: PyObject): void {
  dictSetStr(R.instanceDict(self), name, v)
  decref(v)
}

/** A class as weakref.py's `class NAME:` makes it, with native methods (`ns` values are new references). */
export function makeClassWith(
  name: string,
  module: string,
  ns: Record<string, PyObject>,
  slots: string[] | null,
): PyType {
  const d = R.dict()
  const mod = R.str(module)
  dictSetStr(d, '__module__', mod)
  decref(mod)
  if (slots !== null) {
    const s = R.tuple(slots.map((x) => R.str(x)))
    dictSetStr(d, '__slots__', s)
    decref(s)
  }
  for (const [k, v] of Object.entries(ns)) {
    dictSetStr(d, k, v)
    decref(v)
  }
  // type_call only runs Python-level __init__s: a static __new__ creates the instance and runs the
  // native __init__ (a subclass gets an empty instance and initialises it from its own __init__).
  const init = ns.__init__
  if (init instanceof PyBuiltin) {
    const newFn = fn('__new__', (a, kw) => {
      const t = a[0] as PyType
      const o = R.instance(t)
      try {
        decref(init.fn(t === cls ? [o, ...a.slice(1)] : [o], t === cls ? kw : null, null))
      } catch (e) {
        decref(o)
        throw e
      }
      return o
    })
    const sm = R.born(new PyDescriptor(R.T.staticmethod, newFn), 'other', true)
    dictSetStr(d, '__new__', sm)
    decref(sm)
  }
  const cls = makeClass(name, [], d, null)
  decref(d)
  return cls
}

export function pyClass(name: string, module: string, methods: Record<string, PyBuiltin>): PyType {
  return makeClassWith(name, module, methods, null)
}
