/**
 * The `weakref` module's namespace per profile (Lib/weakref.py, which imports the C module `_weakref`:
 * Modules/_weakref.c `getweakrefcount`, `getweakrefs`, `proxy`; Objects/weakrefobject.c the types).
 *
 *   ref / ReferenceType, ProxyType, CallableProxyType, ProxyTypes, KeyedRef, proxy, getweakrefcount,
 *   getweakrefs, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize (3.x only)
 *
 * The module is split by job, one file each:
 *   weakref-list.ts      weak references and the referent's list of them (ref, basic refs, order)
 *   weakref-proxy.ts     proxies and callable proxies
 *   weak-containers.ts   WeakValueDictionary (KeyedRef), WeakKeyDictionary, WeakSet
 *   weakref-finalize.ts  finalize and its atexit run
 *   weakref-classes.ts   building weakref.py's Python classes out of native methods
 * What the collector does with weak references is gc/collect.ts `handleWeakrefs`; what a dying
 * referent does is objects/dealloc.ts (PyObject_ClearWeakRefs).
 *
 * Simplifications:
 * - WeakMethod and the module's private helpers are not in the namespace.
 * - Building the module's classes does not count towards generation 0 (the count a program starts with
 *   is the profile's, not the simulator's start-up work).
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { fn } from '../interp/builtins'
import { builtinCtors } from '../interp/classes'
import { newWeakref, weakrefsOf } from './weakref-list'
import { newProxy } from './weakref-proxy'
import {
  makeKeyedRefType,
  makeWeakValueDictionary,
  makeWeakKeyDictionary,
  makeWeakSet,
} from './weak-containers'
import { makeFinalize, resetFinalize } from './weakref-finalize'

export { newWeakref, weakrefsOf } from './weakref-list'
export { newProxy, proxyCall } from './weakref-proxy'
export { runFinalizersAtExit } from './weakref-finalize'

/** The weakref module's namespace for the current profile (each value a new reference). */
export function weakrefModuleEntries(): Record<string, PyObject> {
  const T = R.T
  resetFinalize()
  builtinCtors.set(T.weakref, (a) => {
    if (a.length < 1 || a.length > 2)
      raise('TypeError', `__new__ expected at most 2 arguments, got ${a.length}`)
    return newWeakref(T.weakref, a[0], a.length > 1 ? a[1] : null)
  })
  const keyedRefType = makeKeyedRefType()
  // Building the module's classes is not counted towards generation 0 (the count a program starts
  // with is the profile's, not the simulator's start-up work).
  const g0 = R.gens[0]
  const count0 = g0.count
  const enabled = R.gcEnabled
  R.gcEnabled = false
  const e: Record<string, PyObject> = {
    ref: incref(T.weakref as PyObject),
    ReferenceType: incref(T.weakref as PyObject),
    ProxyType: incref(T.weakproxy as PyObject),
    CallableProxyType: incref(T.weakcallableproxy as PyObject),
    ProxyTypes: R.tuple([incref(T.weakproxy as PyObject), incref(T.weakcallableproxy as PyObject)]),
    KeyedRef: incref(keyedRefType as PyObject),
    proxy: fn('proxy', (a) => {
      if (a.length < 1 || a.length > 2)
        raise('TypeError', `proxy expected at most 2 arguments, got ${a.length}`)
      return newProxy(a[0], a.length > 1 ? a[1] : null)
    }),
    getweakrefcount: fn('getweakrefcount', (a) => R.int(weakrefsOf(a[0]).length)),
    getweakrefs: fn('getweakrefs', (a) => R.list(weakrefsOf(a[0]).map((w) => incref(w)))),
    WeakValueDictionary: makeWeakValueDictionary(),
    WeakKeyDictionary: makeWeakKeyDictionary(),
    WeakSet: makeWeakSet(),
  }
  if (!R.profile.py2) e.finalize = makeFinalize()
  g0.count = count0
  R.gcEnabled = enabled
  return e
}
