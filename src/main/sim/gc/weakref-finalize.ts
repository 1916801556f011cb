/**
 * `weakref.finalize` (3.4+, Lib/weakref.py `class finalize`; absent from 2.7).
 *
 *   finalize(obj, func, *args, **kwargs)
 *     -> finalize._registry[self] = _Info(weakref=ref(obj, self), func, args, kwargs, atexit, index)
 *
 * The finalizer object is the callback of its own weak reference to `obj`: when `obj` dies (refcount
 * zero, or a collection finds it unreachable) the callback pops the registry entry and calls
 * `func(*args, **kwargs)` once. `detach()`, `peek()`, `alive` and `atexit` read the same registry. At
 * exit, finalizers still alive whose `atexit` is true run newest first (`finalize._exitfunc`, registered
 * with atexit), called here by the interpreter when the program ends (`runFinalizersAtExit`).
 *
 * Simplifications:
 * - The methods are native (no frames); `_exitfunc`'s re-registration of atexit and the `_dirty`
 *   re-sorting are folded into sorting the pending finalizers by index at each step.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { dictSet, hashKey, truthy } from '../objects/ops'
import { dictDeleted } from '../objects/storage'
import { PyDescriptor, PyDict, PyInstance, PyInt, PyStr, PyTuple, PyType, PyWeakref } from '../objects/types'
import { fn } from '../interp/builtins'
import { call, type Kw } from '../interp/call'
import { newWeakref } from './weakref-list'
import { method, none, makeClassWith } from './weakref-classes'

// ---- finalize (3.4+) ----

interface FinalizeState {
  type: PyType
  info: PyType
  registry: PyDict
  index: number
  shutdown: boolean
}
let fin: FinalizeState | null = null
const INFO_SLOTS = ['weakref', 'func', 'args', 'kwargs', 'atexit', 'index'] as const

function infoOf(self: PyObject): PyInstance | null {
  if (fin === null) return null
  const e = fin.registry.map.get(hashKey(self))
  return e === undefined ? null : (e.value as PyInstance)
}

function slot(info: PyInstance, name: (typeof INFO_SLOTS)[number]): PyObject {
  return (info.slots as PyObject[])[INFO_SLOTS.indexOf(name)]
}

function setSlot(info: PyInstance, name: (typeof INFO_SLOTS)[number], v: PyObject): void {
  const s = info.slots as (PyObject | null)[]
  const i = INFO_SLOTS.indexOf(name)
  const old = s[i]
  s[i] = v
  if (old !== null) decref(old)
}

/** registry.pop(self, None) (new reference or null). */
function registryPop(self: PyObject): PyInstance | null {
  const st = fin as FinalizeState
  const k = hashKey(self)
  const e = st.registry.map.get(k)
  if (e === undefined) return null
  st.registry.map.delete(k)
  dictDeleted(st.registry)
  decref(e.key)
  return e.value as PyInstance
}

function callInfo(info: PyInstance): PyObject {
  const args = (slot(info, 'args') as PyTuple).items.map((x) => incref(x))
  const kwo = slot(info, 'kwargs')
  let k: Kw | null = null
  if (kwo instanceof PyDict && kwo.map.size > 0) {
    k = { names: [], values: [] }
    for (const e of kwo.map.values()) {
      k.names.push((e.key as PyStr).value)
      k.values.push(incref(e.value))
    }
  }
  return call(slot(info, 'func'), args, k, false)
}

/** (obj, func, args, kwargs) for detach()/peek(), or None. */
function peekTuple(info: PyInstance | null): PyObject | null {
  const obj = info === null ? null : (slot(info, 'weakref') as PyWeakref).target
  if (obj === null || info === null) return null
  const kwo = slot(info, 'kwargs')
  return R.tuple([
    incref(obj),
    incref(slot(info, 'func')),
    incref(slot(info, 'args')),
    kwo === R.None ? R.dict() : incref(kwo),
  ])
}

export function makeFinalize(): PyType {
  const infoType = makeClassWith('_Info', 'weakref', {}, [...INFO_SLOTS])
  const registry = R.dict()
  const m: Record<string, PyObject> = {
    __init__: method('__init__', (self, a, kw) => {
      if (a.length < 2) raise('TypeError', `__init__() missing required positional argument`)
      const st = fin as FinalizeState
      const info = R.instance(st.info)
      setSlot(info, 'weakref', newWeakref(R.T.weakref, a[0], self))
      setSlot(info, 'func', incref(a[1]))
      setSlot(info, 'args', R.tuple(a.slice(2).map((x) => incref(x))))
      if (kw !== null && kw.size > 0) {
        const d = R.dict()
        for (const [k, v] of kw) {
          const ks = R.str(k)
          dictSet(d, ks, v)
          decref(ks)
        }
        setSlot(info, 'kwargs', d)
      } else setSlot(info, 'kwargs', none())
      setSlot(info, 'atexit', R.bool(true))
      setSlot(info, 'index', R.int(st.index++))
      dictSet(st.registry, self, info)
      decref(info)
      return none()
    }),
    __call__: method('__call__', (self) => {
      const info = registryPop(self)
      if (info === null) return none()
      try {
        return (fin as FinalizeState).shutdown ? none() : callInfo(info)
      } finally {
        decref(info)
      }
    }),
    detach: method('detach', (self) => {
      const t = peekTuple(infoOf(self))
      if (t === null) return none()
      const info = registryPop(self)
      if (info !== null) decref(info)
      return t
    }),
    peek: method('peek', (self) => peekTuple(infoOf(self)) ?? none()),
    __repr__: method('__repr__', (self) => {
      const info = infoOf(self)
      const obj = info === null ? null : (slot(info, 'weakref') as PyWeakref).target
      const me = `<finalize object at 0x${self.address.toString(16)}`
      if (obj === null) return R.str(me + '; dead>')
      return R.str(`${me}; for '${obj.type.name}' at 0x${obj.address.toString(16)}>`)
    }),
  }
  const alive = fn('alive', (a) => R.bool(infoOf(a[0]) !== null))
  m.alive = R.born(new PyDescriptor(R.T.property, alive), 'other', true)
  const getAtexit = fn('atexit', (a) => {
    const info = infoOf(a[0])
    return R.bool(info !== null && truthy(slot(info, 'atexit')))
  })
  const setAtexit = fn('atexit', (a) => {
    const info = infoOf(a[0])
    if (info !== null) setSlot(info, 'atexit', R.bool(truthy(a[1])))
    return none()
  })
  m.atexit = R.born(new PyDescriptor(R.T.property, getAtexit, setAtexit), 'other', true)
  m._registry = registry
  m._Info = infoType
  const t = makeClassWith('finalize', 'weakref', m, [])
  fin = { type: t, info: infoType, registry, index: 0, shutdown: false }
  return t
}

/**
 * `finalize._exitfunc` (registered with atexit): call every finalizer still alive whose `atexit` is
 * true, newest first, then mark the module shut down. Called by the interpreter when the program ends.
 */
export function runFinalizersAtExit(): void {
  const st = fin
  if (st === null || st.shutdown || R.profile.py2) return
  for (;;) {
    const pending = [...st.registry.map.values()]
      .filter((e) => truthy(slot(e.value as PyInstance, 'atexit')))
      .sort(
        (x, y) =>
          Number((slot(x.value as PyInstance, 'index') as PyInt).value) -
          Number((slot(y.value as PyInstance, 'index') as PyInt).value),
      )
    if (pending.length === 0) break
    const f = incref(pending[pending.length - 1].key)
    try {
      decref(R.hooks.call(incref(f), []))
    } catch (e) {
      if (!(e instanceof Error) || !('exc' in e)) throw e
      decref((e as unknown as { exc: PyObject }).exc)
    } finally {
      decref(f)
    }
  }
  st.shutdown = true
}
/** Forget the previous run's finalize class and registry (a new weakref module is being built). */
export function resetFinalize(): void {
  fin = null
}
