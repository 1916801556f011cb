/**
 * Classes and instantiation: `type(name, bases, ns)` (type_new in Objects/typeobject.c) builds the MRO,
 * `__slots__` layout and weakref/dict capability; calling a class runs `type_call`: `__new__` then
 * `__init__`. From C, `type_call` packs the arguments into a tuple that `__init__`'s frame then copies from,
 * so inside `__init__` an argument has one more reference than inside a plain function; 3.13 specialises a
 * warmed-up call site (CALL_ALLOC_AND_ENTER_INIT) and transfers the arguments directly instead.
 *
 * Simplifications:
 * - Single inheritance only; metaclasses are not supported.
 */
import { kwargsFromMapping } from '../objects/set-order'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { raise, setExcArgs } from '../objects/errors'
import { lookupType, typeModified } from '../objects/lookup'
import { dictGetStr, listFromIterable } from '../objects/ops'
import {
  PyBuiltin,
  PyDescriptor,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyMethod,
  PyStr,
  PyTuple,
  PyType,
  type NativeFn,
} from '../objects/types'
import { call, callFunction, type Kw } from './call'
import { baseAllowsWeakrefs, subtypeDictFor, subtypeInstanceBorn } from '../objects/subtype-extras'
import { NotSupportedError } from '../parse/errors'
import type { Frame } from './frame'
import { releaseCallAllocations, takePackedByC, typeCallAllocations } from './calling-conventions'

export function makeClass(name: string, bases: PyObject[], ns: PyDict, _f: Frame | null): PyType {
  let base = R.T.object
  if (bases.length > 1) raise('TypeError', 'multiple inheritance is not supported by the simulator')
  if (bases.length === 1) {
    const b = bases[0]
    if (!(b instanceof PyType)) raise('TypeError', `bases must be types`)
    if (b === R.T.bool || b === R.T.NoneType || b === R.T.function)
      raise('TypeError', `type '${b.name}' is not an acceptable base type`)
    base = b
  }
  const dict = R.dict()
  for (const [k, e] of ns.map) {
    dict.map.set(k, { key: incref(e.key), value: incref(e.value) })
    // MAINTAIN_TRACKING: the class dict is tracked once it holds a container (its methods).
    if (dict.gcGen < 0) R.maybeTrackDict(dict, e.value)
  }
  const t = new PyType(R.T.type, name, incref(base), dict, false)
  t.mro = [t, ...base.mro]
  t.isException = base.isException
  const slots = dictGetStr(ns, '__slots__')
  const baseSlots = base.allSlots
  if (slots !== null) {
    const names =
      slots instanceof PyStr
        ? [slots.value]
        : listFromIterable(slots).map((s) => {
            const v = (s as PyStr).value
            decref(s)
            return v
          })
    t.slotNames = names.filter((n) => n !== '__dict__' && n !== '__weakref__')
    t.hasDict = names.includes('__dict__') || (base !== R.T.object && base.hasDict && !base.builtin)
    t.weakrefable = names.includes('__weakref__') || (base !== R.T.object && base.weakrefable)
    t.allSlots = [...baseSlots, ...t.slotNames]
  } else {
    t.hasDict = true
    t.weakrefable = true
    t.allSlots = baseSlots
  }
  if (base.isException) t.hasDict = true
  // type_new adds a weak-reference list only after a base of fixed size (not tuple, 3.x int, ...).
  const valueBase = rootBuiltin(base)
  if (valueBase !== R.T.object && !valueBase.isException) {
    if (!baseAllowsWeakrefs(valueBase)) t.weakrefable = false
    if (t.allSlots.length > 0 && _f !== null)
      throw new NotSupportedError(`__slots__ in a subclass of ${valueBase.name}`, _f.line)
  }
  // 2.7 type_new: "Enable GC unless there are really no instance variables possible" — an instance no
  // bigger than a bare PyObject (empty __slots__, no __dict__/__weakref__) is not a GC type. 3.x heap
  // types are always GC (instances hold a reference to their type).
  if (R.profile.py2 && t.allSlots.length === 0 && !t.hasDict && !t.weakrefable)
    t.isGC = !(base === R.T.object || (!base.builtin && !base.isGC))
  // Functions defined in the body learn their class (zero-argument super()).
  for (const e of dict.map.values()) {
    const v = e.value
    if (v instanceof PyFunction) v.klass = t
    else if (v instanceof PyDescriptor && v.fget instanceof PyFunction) v.fget.klass = t
  }
  typeModified()
  R.born(t, 'other', true)
  addHeapTypeObjects(t, base, dict)
  return t
}

/**
 * What type_new (Objects/typeobject.c) gives a class besides its dict: `__bases__` and `__mro__` tuples
 * (the MRO holds the class itself, so every class is in a reference cycle), a member descriptor for each
 * name in `__slots__`, and getset descriptors for `__dict__` and `__weakref__` when the class is the
 * first in its line to give instances a dict or weak references, and `__doc__`. Each descriptor keeps the
 * class alive (d_type): `sys.getrefcount(C)` and what `gc.collect()` finds when a class dies count them.
 * 3.13's `__firstlineno__` and `__static_attributes__` are not added.
 */
function addHeapTypeObjects(t: PyType, base: PyType, dict: PyDict): void {
  t.basesTuple = R.tuple([incref(base)])
  t.mroTuple = R.tuple(t.mro.map((x) => incref(x)))
  const add = (kind: PyType, name: string, get: NativeFn): void => {
    if (dict.map.has(name)) return
    const getter = new PyBuiltin(R.T.builtin_function_or_method, name, get, null)
    getter.refcnt = 1 << 30
    getter.owner = t
    const d = R.born(new PyDescriptor(kind, getter), 'other', true)
    d.objclass = incref(t)
    dict.map.set(name, { key: R.intern(name), value: d })
    if (dict.gcGen < 0) R.maybeTrackDict(dict, d)
  }
  for (const name of t.slotNames ?? []) add(R.T.member_descriptor, name, () => raise('AttributeError', name))
  const baseHasDict = base.isException || (!base.builtin && base.hasDict)
  if (t.hasDict && !baseHasDict)
    add(R.T.getset_descriptor, '__dict__', (_a, _k, self) =>
      incref(self instanceof PyInstance ? R.instanceDict(self, true) : subtypeDictFor(self as PyObject)),
    )
  const baseWeakrefable = !base.builtin && base.weakrefable
  if (t.weakrefable && !baseWeakrefable) add(R.T.getset_descriptor, '__weakref__', () => incref(R.None))
  // type_new_set_doc: a class without a docstring gets __doc__ = None.
  if (!dict.map.has('__doc__')) dict.map.set('__doc__', { key: R.intern('__doc__'), value: incref(R.None) })
}

/** The builtin type at the root of `t`'s bases. */
function rootBuiltin(t: PyType): PyType {
  while (!t.builtin) t = t.base as PyType
  return t
}

/** Builtin bases whose tp_new makes an empty object and whose __init__ fills it (list___init__, dict_init...). */
const FILLED_BY_INIT = new Set(['list', 'dict'])

/** Calling a type: builtin constructors, or object creation + __init__ for classes. Consumes args. */
export function callType(t: PyType, args: PyObject[], kw: Kw | null, site: { n: number } | null): PyObject {
  if (t.builtin && !t.isException) {
    const ctor = builtinCtors.get(t)
    if (ctor === undefined) {
      for (const a of args) decref(a)
      raise('TypeError', `cannot create '${t.name}' instances`)
    }
    let kwm: Map<string, PyObject> | null = null
    if (kw !== null) {
      kwm = new Map()
      for (let i = 0; i < kw.names.length; i++) kwm.set(kw.names[i], kw.values[i])
      if (kw.starred === true) kwargsFromMapping.add(kwm)
    }
    // type_call without vectorcall: the arguments travel in a new tuple, keywords in a new dict (freed
    // after the call).
    const packed =
      !takePackedByC() && t.callConv !== 0
        ? typeCallAllocations(t, args, kw && kw.names, kw && kw.values, site)
        : null
    try {
      return ctor(args, kwm, t)
    } finally {
      releaseCallAllocations(packed)
      for (const a of args) decref(a)
      if (kw !== null) for (const v of kw.values) decref(v)
    }
  }
  // user class or exception class
  let base: PyType = t
  while (!base.builtin) base = base.base as PyType
  let built: PyObject | null = null
  if (base !== R.T.object && !base.isException) {
    // subclass of a builtin container (e.g. namedtuple's tuple): let the builtin constructor build it
    const ctor = builtinCtors.get(base)
    const custom = lookupType(t, '__new__')
    if (custom !== null && custom instanceof PyDescriptor) {
      const all = [incref(t as PyObject), ...args]
      return call(custom.fget as PyObject, all, kw, false)
    }
    if (ctor !== undefined) {
      let kwm: Map<string, PyObject> | null = null
      if (kw !== null) {
        kwm = new Map()
        for (let i = 0; i < kw.names.length; i++) kwm.set(kw.names[i], kw.values[i])
      }
      // type_call: tp_new, then tp_init. list, dict and set make an empty object that their __init__
      // fills; tuple, str... build the value in tp_new (their __init__, object's, ignores the arguments).
      const userInit = lookupType(t, '__init__') instanceof PyFunction
      let o: PyObject
      try {
        o = userInit && FILLED_BY_INIT.has(base.name) ? ctor([], null, t) : ctor(args, kwm, t)
      } catch (e) {
        for (const a of args) decref(a)
        if (kw !== null) for (const v of kw.values) decref(v)
        throw e
      }
      // PyType_GenericAlloc: an instance of a heap type holds a reference to its class.
      if (o.type === t) subtypeInstanceBorn(o)
      if (!userInit) {
        for (const a of args) decref(a)
        if (kw !== null) for (const v of kw.values) decref(v)
        return o
      }
      built = o
    }
  }
  const newf = lookupType(t, '__new__')
  let inst: PyObject
  if (built !== null) inst = built
  else if (newf instanceof PyDescriptor && newf.type === R.T.staticmethod) {
    const all = [incref(t as PyObject), ...args.map((a) => incref(a))]
    inst = call(
      newf.fget as PyObject,
      all,
      kw ? { names: kw.names, values: kw.values.map((v) => incref(v)) } : null,
      false,
    )
    if (!(inst instanceof PyInstance) || !R.T.object || inst.type !== t) {
      for (const a of args) decref(a)
      if (kw) for (const v of kw.values) decref(v)
      return inst
    }
  } else inst = R.instance(t)
  const init = lookupType(t, '__init__')
  if (t.isException) {
    const e = inst as PyExc
    setExcArgs(e, R.tuple(args.map((a) => incref(a))))
  }
  if (init === null || !(init instanceof PyFunction)) {
    if (!t.isException && (args.length > 0 || kw !== null) && !(newf instanceof PyDescriptor)) {
      for (const a of args) decref(a)
      decref(inst)
      raise('TypeError', R.profile.py2 ? 'object() takes no parameters' : `${t.name}() takes no arguments`)
    }
    for (const a of args) decref(a)
    if (kw) for (const v of kw.values) decref(v)
    return inst
  }
  const warm = R.profile.initSpecializationWarmup
  if (warm !== null && site !== null && site.n++ >= warm) {
    // CALL_ALLOC_AND_ENTER_INIT: arguments move straight into __init__'s frame.
    try {
      const r = callFunction(init, withSelf(incref(inst), args), kw, true, 0)
      checkInitResult(r)
    } catch (e) {
      decref(inst)
      throw e
    }
    return inst
  }
  if (R.profile.py2) return initThroughBoundMethod27(init, inst, args, kw)
  // type_call -> slot_tp_init: args tuple, then a C-level call of __init__ (frame increfs).
  const items = args.slice()
  for (let i = 0; i < items.length; i++) incref(items[i])
  const tuple = R.tuple(items)
  try {
    const r = callFunction(init, withSelf(inst, tuple.items), kw, false, tuple.items.length + 1)
    checkInitResult(r)
  } catch (e) {
    decref(inst)
    throw e
  } finally {
    decref(tuple)
    for (const a of args) decref(a)
  }
  return inst
}

/**
 * 2.7: CALL_FUNCTION moves the arguments off the stack into a tuple (load_args); type_call ->
 * slot_tp_init looks `__init__` up as a bound method (holding self) and instancemethod_call builds a new
 * tuple (self, *args) for the function: inside `__init__` self has two more references than on 3.x.
 * Consumes `args`.
 */
function initThroughBoundMethod27(
  init: PyFunction,
  inst: PyObject,
  args: PyObject[],
  kw: Kw | null,
): PyObject {
  const tuple = R.tuple(args.slice())
  const meth = R.born(new PyMethod(R.T.method, incref(init), incref(inst)), 'method', true)
  const all = [incref(inst)]
  for (const x of tuple.items) all.push(incref(x))
  const newarg = R.tuple(all)
  try {
    const r = callFunction(init, newarg.items, kw, false, newarg.items.length)
    checkInitResult(r)
  } catch (e) {
    decref(inst)
    throw e
  } finally {
    decref(newarg)
    decref(meth)
    decref(tuple)
  }
  return inst
}

/** `[self, ...args]` without the spread's iterator (this runs for every instance created). */
function withSelf(self: PyObject, args: PyObject[]): PyObject[] {
  const n = args.length
  if (n === 0) return [self]
  if (n === 1) return [self, args[0]]
  if (n === 2) return [self, args[0], args[1]]
  if (n === 3) return [self, args[0], args[1], args[2]]
  const all: PyObject[] = [self]
  for (let i = 0; i < n; i++) all.push(args[i])
  return all
}

function checkInitResult(r: PyObject): void {
  if (r !== R.None) {
    decref(r)
    raise('TypeError', `__init__() should return None, not '${r.type.name}'`)
  }
  decref(r)
}

export type Ctor = (args: PyObject[], kw: Map<string, PyObject> | null, t: PyType) => PyObject
export const builtinCtors = new Map<PyType, Ctor>()

export function resetCtors(): void {
  builtinCtors.clear()
}

export { PyError, PyTuple }
