/**
 * Weak proxies (`weakref.proxy`: Objects/weakrefobject.c `PyWeakref_NewProxy`, `_PyWeakref_ProxyType`,
 * and `_PyWeakref_CallableProxyType` when the referent is callable; 2.7, 3.10, 3.12, 3.13).
 *
 * A proxy sits in the referent's weak-reference list (gc/weakref-list.ts) right after the basic ref; a
 * proxy without callback is shared like the basic ref. It forwards every operation to the referent, or
 * raises ReferenceError('weakly-referenced object no longer exists') once the referent is gone; the
 * forwarding of operators and attributes lives in objects/ops.ts `isProxy`, calling one lives here.
 *
 * Simplifications:
 * - Calls through a callable proxy go straight to the referent (CPython's `proxy_call` also does this,
 *   through `PyObject_Call` after `UNWRAP`).
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { lookupType } from '../objects/lookup'
import { PyWeakref } from '../objects/types'
import { call } from '../interp/call'
import { basicRefs, checkWeakrefable, insertAfter, weakrefListFor } from './weakref-list'

/** PyWeakref_NewProxy: a proxy (callable if the referent is). New reference. */
export function newProxy(target: PyObject, callback: PyObject | null): PyWeakref {
  const o = checkWeakrefable(target)
  if (callback === R.None) callback = null
  const list = weakrefListFor(o)
  const { ref, proxy } = basicRefs(list)
  if (callback === null && proxy !== null) return incref(proxy)
  const type = lookupType(o.type, '__call__') !== null ? R.T.weakcallableproxy : R.T.weakproxy
  const w = R.born(new PyWeakref(type, o, callback === null ? null : incref(callback)), 'other', true)
  insertAfter(list, callback === null ? ref : (proxy ?? ref), w)
  return w
}

/** Calling a callable proxy calls its referent. */
export function proxyCall(a: PyObject[], kw: Map<string, PyObject> | null): PyObject {
  const p = a[0] as PyWeakref
  if (p.target === null) raise('ReferenceError', 'weakly-referenced object no longer exists')
  const args = a.slice(1).map((x) => incref(x))
  const k = kw === null ? null : { names: [...kw.keys()], values: [...kw.values()].map((v) => incref(v)) }
  return call(p.target, args, k, false)
}
