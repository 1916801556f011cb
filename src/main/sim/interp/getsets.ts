/**
 * Attributes of numbers computed by C getters — getset descriptors (Objects/descrobject.c) in the types'
 * tp_getset tables: `int.real`/`imag`/`numerator`/`denominator` (Objects/longobject.c `long_getset`;
 * 2.7 Objects/intobject.c `int_getset`), `float.real`/`imag` (Objects/floatobject.c `float_getset`),
 * and the `conjugate()` methods; `slice.start`/`stop`/`step` (member descriptors of Objects/sliceobject.c
 * `slice_members`: the stored objects themselves). What each getter returns matters for identity and allocation: `real`
 * of an exact int or float is the object itself, of a bool a new int; `imag` of a float is a new 0.0.
 *
 * Simplifications:
 * - Assigning to these attributes is not modelled (CPython raises AttributeError).
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import {
  PyBuiltin,
  PyDescriptor,
  PyFloat,
  PyInt,
  PyNative,
  type NativeFn,
  type PyType,
} from '../objects/types'
import { defineMethod } from './methods'

/** The value as an exact int (`int(x)` of an int or bool; `long` stays long on 2.7). */
function exactInt(o: PyObject): PyObject {
  const v = o as PyInt
  if (v.type === R.T.int || v.type === R.T.long) return incref(v)
  return R.int(v.value)
}

function exactFloat(o: PyObject): PyObject {
  const v = o as PyFloat
  return v.type === R.T.float ? incref(v) : R.float(v.value)
}

export function installGetsets(): void {
  const T = R.T
  const ints = R.profile.py2 ? [T.int, T.long] : [T.int]
  for (const t of ints) {
    getset(t, 'real', (_a, _k, s) => exactInt(s as PyObject))
    getset(t, 'imag', () => R.int(0))
    getset(t, 'numerator', (_a, _k, s) => exactInt(s as PyObject))
    getset(t, 'denominator', () => R.int(1))
    defineMethod(t, 'conjugate', (_a, _k, s) => exactInt(s as PyObject))
  }
  getset(T.float, 'real', (_a, _k, s) => exactFloat(s as PyObject))
  getset(T.float, 'imag', () => R.float(0))
  defineMethod(T.float, 'conjugate', (_a, _k, s) => exactFloat(s as PyObject))
  ;['start', 'stop', 'step'].forEach((name, i) =>
    getset(T.slice, name, (_a, _k, s) => incref((s as PyNative).held[i] as PyObject), R.T.member_descriptor),
  )
}

function getter(t: PyType, name: string, fn: NativeFn): PyBuiltin {
  const g = new PyBuiltin(R.T.builtin_function_or_method, name, fn, null)
  g.refcnt = 1 << 30
  g.owner = t
  return g
}

function getset(t: PyType, name: string, fn: NativeFn, kind = R.T.getset_descriptor): void {
  const d = new PyDescriptor(kind, getter(t, name, fn))
  d.refcnt = 1 << 30
  t.dict.map.set(name, { key: R.intern(name), value: d })
}
