/**
 * The `weakref` module: weak references, proxies, and the weak containers built on them.
 *
 * An object that can be weakly referenced carries a list of the weak references to it (the
 * `__weakref__` slot, `tp_weaklistoffset`; here `PyInstance.weakrefs`). CPython keeps that list in a
 * fixed order (Objects/weakrefobject.c `get_basic_refs`, `insert_head`, `insert_after`):
 *
 *   head -> [basic ref] -> [basic proxy] -> refs/proxies with callbacks (or of a subtype), newest first
 *
 * A "basic" ref is an exact `weakref.ref` without callback and is shared: `ref(o) is ref(o)`; the basic
 * proxy likewise. When the referent dies, PyObject_ClearWeakRefs (objects/dealloc.ts) clears them all and
 * calls the callbacks in list order; the collector does the same for unreachable referents
 * (gc/collect.ts `handleWeakrefs`).
 *
 *   weakref object   ALIVE (target set) --referent dies--> DEAD (target None; callback called once, dropped)
 *
 * Proxies (`weakref.proxy`, `_PyWeakref_ProxyType` / `_PyWeakref_CallableProxyType` when the referent is
 * callable) forward every operation to the referent, or raise ReferenceError('weakly-referenced object
 * no longer exists') once it is gone (the forwarding lives in objects/ops.ts `isProxy`).
 *
 * The weak containers are Python code in CPython (Lib/weakref.py, Lib/_weakrefset.py). Here they are
 * classes whose methods are native but keep CPython's object structure, so refcounts, gc.collect()
 * results and the moment an entry disappears match:
 *
 *   WeakValueDictionary   .data = {key: KeyedRef(value, self._remove, key)}   (KeyedRef holds the key)
 *   WeakKeyDictionary     .data = {ref(key, self._remove): value}
 *   WeakSet               .data = {ref(item, self._remove)}
 *   finalize (3.4+)       finalize._registry[self] = _Info(weakref=ref(obj, self), func, args, kwargs)
 *
 * `self._remove` is the callback every entry's weak reference shares; it holds the container only
 * weakly (`selfref=ref(self)` in weakref.py), so a container dies by reference counting. When a value,
 * key or item dies, its weak reference's callback removes the entry at once (refcount zero) or during
 * the collection that finds it unreachable: the weak reference itself is then freed by the callback,
 * which CPython counts in gc.collect()'s result. At exit, finalizers still alive whose `atexit` is true
 * run newest first (`finalize._exitfunc`).
 *
 * Simplifications:
 * - Only instances of Python classes can be weakly referenced (CPython: also functions, types, sets...).
 * - The containers' methods are native: they allocate no frames, and removals during iteration happen
 *   at once instead of being deferred by `_IterationGuard` (iteration walks the live table, so the
 *   observable result is the same).
 * - On 2.7 the containers are new-style classes (CPython 2.7: WeakValueDictionary and
 *   WeakKeyDictionary derive from the old-style UserDict.UserDict, so their type is 'instance').
 * - Rich set operations of WeakSet (|, &, -, ^, issubset, ...) and WeakMethod are not modelled.
 */
import { IMMORTAL_BASE, PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise, raiseWith } from '../objects/errors'
import { lookupType } from '../objects/lookup'
import {
  contains,
  delItem,
  dictSet,
  dictSetStr,
  getItem,
  hashKey,
  isProxy,
  listFromIterable,
  truthy,
} from '../objects/ops'
import { dictDeleted, setAdded, setCleared, setDiscarded } from '../objects/storage'
import {
  PyBuiltin,
  PyDescriptor,
  PyDict,
  PyInstance,
  PyInt,
  PyList,
  PyNative,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
} from '../objects/types'
import { fn } from '../interp/builtins'
import { builtinCtors, makeClass } from '../interp/classes'
import { call, type Kw } from '../interp/call'

// ---- the weak-reference list of an object ----

/** The weak references to `o`, head first (CPython's list order), or an empty list. */
export function weakrefsOf(o: PyObject): PyWeakref[] {
  return o instanceof PyInstance && o.weakrefs !== null ? o.weakrefs : []
}

/** get_basic_refs: the shared callback-less ref and proxy at the head of the list. */
function basicRefs(list: PyWeakref[]): { ref: PyWeakref | null; proxy: PyWeakref | null } {
  let ref: PyWeakref | null = null
  let proxy: PyWeakref | null = null
  let i = 0
  if (list.length > 0 && list[0].callback === null) {
    if (list[0].type === R.T.weakref) ref = list[i++]
    if (i < list.length && list[i].callback === null && isProxy(list[i])) proxy = list[i]
  }
  return { ref, proxy }
}

function insertAfter(list: PyWeakref[], prev: PyWeakref | null, w: PyWeakref): void {
  if (prev === null) list.unshift(w)
  else list.splice(list.indexOf(prev) + 1, 0, w)
}

/** The TypeError CPython raises for an object without a weak-reference list. */
function checkWeakrefable(o: PyObject): PyInstance {
  if (!(o instanceof PyInstance) || !o.type.weakrefable || o.type.builtin)
    raise('TypeError', `cannot create weak reference to '${o.type.name}' object`)
  return o
}

/** weakref___new__ for `type` (weakref.ref or a subtype such as KeyedRef). New reference. */
export function newWeakref(type: PyType, target: PyObject, callback: PyObject | null): PyWeakref {
  const o = checkWeakrefable(target)
  if (callback === R.None) callback = null
  const list = o.weakrefs ?? (o.weakrefs = [])
  const { ref, proxy } = basicRefs(list)
  const basic = callback === null && type === R.T.weakref
  if (basic && ref !== null) return incref(ref)
  const w = R.born(new PyWeakref(type, o, callback === null ? null : incref(callback)), 'other', true)
  if (basic) list.unshift(w)
  else insertAfter(list, proxy ?? ref, w)
  return w
}

/** PyWeakref_NewProxy: a proxy (callable if the referent is). New reference. */
export function newProxy(target: PyObject, callback: PyObject | null): PyWeakref {
  const o = checkWeakrefable(target)
  if (callback === R.None) callback = null
  const list = o.weakrefs ?? (o.weakrefs = [])
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

// ---- helpers for the native classes ----

type Method = (self: PyInstance, a: PyObject[], kw: Map<string, PyObject> | null) => PyObject

/** A method of a class: bound (self given) or called from a slot (self first in `a`). */
function method(name: string, impl: Method): PyBuiltin {
  const b = fn(name, (a, kw, s) =>
    s !== null ? impl(s as PyInstance, a, kw) : impl(a[0] as PyInstance, a.slice(1), kw),
  )
  ;(b as unknown as { isMethod: boolean }).isMethod = true
  return b
}

function none(): PyObject {
  return incref(R.None)
}

/** An attribute of the instance's __dict__ (borrowed). */
function field(self: PyInstance, name: string): PyObject {
  const e = self.dict?.map.get(name)
  if (e === undefined) raise('AttributeError', `'${self.type.name}' object has no attribute '${name}'`)
  return e.value
}

function setField(self: PyInstance, name: string, v: PyObject): void {
  dictSetStr(R.instanceDict(self), name, v)
  decref(v)
}

/** `self._iterating` / `self._pending_removals` exist as in weakref.py; removals are never deferred. */
function guardFields(self: PyInstance): void {
  setField(self, '_pending_removals', R.list([]))
  setField(self, '_iterating', R.set())
}

/** `self._remove`: a callback that holds `self` only weakly (selfref). */
function removeCallback(self: PyInstance, onDead: (self: PyInstance, wr: PyWeakref) => void): PyObject {
  const selfref = newWeakref(R.T.weakref, self, null)
  const cb = R.builtin(
    'remove',
    (a, _kw, s) => {
      const owner = (s as PyWeakref).target
      if (owner instanceof PyInstance) onDead(owner, a[0] as PyWeakref)
      return none()
    },
    selfref,
  )
  decref(selfref)
  return cb
}

function idRepr(self: PyObject): string {
  return R.profile.py2 ? String(self.address) : '0x' + self.address.toString(16)
}

function kwOrNull(kw: Map<string, PyObject> | null): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = []
  if (kw !== null) for (const [k, v] of kw) out.push([R.str(k), incref(v)])
  return out
}

/** (key, value) pairs of a mapping or an iterable of pairs (dict.update's rules). New references. */
function pairsOf(o: PyObject): [PyObject, PyObject][] {
  if (o instanceof PyDict) return [...o.map.values()].map((e) => [incref(e.key), incref(e.value)])
  if (o instanceof PyInstance && lookupType(o.type, 'items') !== null) {
    const items = R.hooks.call(getBound(o, 'items'), [])
    try {
      return listFromIterable(items).map((t) => pairOf(t))
    } finally {
      decref(items)
    }
  }
  return listFromIterable(o).map((t) => pairOf(t))
}

function pairOf(t: PyObject): [PyObject, PyObject] {
  const xs = listFromIterable(t)
  decref(t)
  if (xs.length !== 2) {
    for (const x of xs) decref(x)
    raise('ValueError', `dictionary update sequence element #0 has length ${xs.length}; 2 is required`)
  }
  return [xs[0], xs[1]]
}

function getBound(o: PyObject, name: string): PyObject {
  const f = lookupType(o.type, name) as PyObject
  return f instanceof PyBuiltin ? R.builtin(f.name, f.fn, o) : incref(f)
}

/**
 * An iterator over the live entries of a weak container's table, read as it goes (a generator in
 * weakref.py). `pick` turns a table entry into the item to yield (new reference) or null to skip it.
 */
function weakIter<E>(holder: PyObject, table: Map<unknown, E>, pick: (e: E) => PyObject | null): PyNative {
  const it = table.values()
  return R.born(
    new PyNative(
      R.T.iterator,
      [incref(holder)],
      (self) => {
        if (self.held[0] === null) return null
        for (;;) {
          const n = it.next()
          if (n.done) {
            const h = self.held[0]
            self.held[0] = null
            decref(h)
            return null
          }
          const r = pick(n.value)
          if (r !== null) return r
        }
      },
      0,
      null,
    ),
    'other',
    true,
  )
}

/** 3.x returns generators; 2.7's keys()/values()/items() return lists. */
function iterOrList(it: PyNative, asList: boolean): PyObject {
  if (!asList) return it
  try {
    return R.list(listFromIterable(it))
  } finally {
    decref(it)
  }
}

// ---- WeakValueDictionary ----

let keyedRefType: PyType | null = null

function keyedRef(value: PyObject, callback: PyObject, key: PyObject): PyWeakref {
  const w = newWeakref(keyedRefType as PyType, value, callback)
  w.key = incref(key)
  return w
}

function wvdData(self: PyInstance): PyDict {
  return field(self, 'data') as PyDict
}

/** `_remove_dead_weakref(d, key)`: delete d[key] only if it is still a dead weak reference. */
function removeDeadWeakref(d: PyDict, key: PyObject): void {
  const k = hashKey(key)
  const e = d.map.get(k)
  if (e === undefined || !(e.value instanceof PyWeakref) || e.value.target !== null) return
  d.map.delete(k)
  dictDeleted(d)
  decref(e.key)
  decref(e.value)
}

function wvdSet(self: PyInstance, key: PyObject, value: PyObject): void {
  const w = keyedRef(value, field(self, '_remove'), key)
  dictSet(wvdData(self), key, w)
  decref(w)
}

function wvdUpdate(self: PyInstance, other: PyObject | null, kw: Map<string, PyObject> | null): void {
  const pairs = other === null || other === R.None ? [] : pairsOf(other)
  pairs.push(...kwOrNull(kw))
  try {
    for (const [k, v] of pairs) wvdSet(self, k, v)
  } finally {
    for (const [k, v] of pairs) {
      decref(k)
      decref(v)
    }
  }
}

/** The referent of the KeyedRef stored under `key`, or null when absent or dead (borrowed). */
function wvdLookup(self: PyInstance, key: PyObject): PyObject | null {
  const e = wvdData(self).map.get(hashKey(key))
  if (e === undefined) return null
  return (e.value as PyWeakref).target
}

function makeWeakValueDictionary(): PyType {
  const py2 = R.profile.py2
  const m: Record<string, PyBuiltin> = {
    __init__: method('__init__', (self, a, kw) => {
      setField(
        self,
        '_remove',
        removeCallback(self, (owner, wr) => removeDeadWeakref(wvdData(owner), wr.key!)),
      )
      guardFields(self)
      setField(self, 'data', R.dict())
      wvdUpdate(self, a.length > 0 ? a[0] : null, kw)
      return none()
    }),
    __getitem__: method('__getitem__', (self, a) => {
      const w = getItem(wvdData(self), a[0]) as PyWeakref
      const o = w.target
      decref(w)
      if (o === null) raiseWith('KeyError', incref(a[0]))
      return incref(o)
    }),
    __setitem__: method('__setitem__', (self, a) => (wvdSet(self, a[0], a[1]), none())),
    __delitem__: method('__delitem__', (self, a) => (delItem(wvdData(self), a[0]), none())),
    __len__: method('__len__', (self) => R.int(wvdData(self).map.size)),
    __contains__: method('__contains__', (self, a) => R.bool(wvdLookup(self, a[0]) !== null)),
    __repr__: method('__repr__', (self) => R.str(`<${self.type.name} at ${idRepr(self)}>`)),
    __iter__: method('__iter__', (self) =>
      weakIter(self, wvdData(self).map, (e) =>
        (e.value as PyWeakref).target === null ? null : incref(e.key),
      ),
    ),
    get: method('get', (self, a) => {
      const o = wvdLookup(self, a[0])
      return incref(o ?? (a.length > 1 ? a[1] : R.None))
    }),
    keys: method('keys', (self) =>
      iterOrList(
        weakIter(self, wvdData(self).map, (e) =>
          (e.value as PyWeakref).target === null ? null : incref(e.key),
        ),
        py2,
      ),
    ),
    values: method('values', (self) =>
      iterOrList(
        weakIter(self, wvdData(self).map, (e) => {
          const o = (e.value as PyWeakref).target
          return o === null ? null : incref(o)
        }),
        py2,
      ),
    ),
    items: method('items', (self) =>
      iterOrList(
        weakIter(self, wvdData(self).map, (e) => {
          const o = (e.value as PyWeakref).target
          return o === null ? null : R.tuple([incref(e.key), incref(o)])
        }),
        py2,
      ),
    ),
    itervaluerefs: method('itervaluerefs', (self) =>
      weakIter(self, wvdData(self).map, (e) => incref(e.value)),
    ),
    valuerefs: method('valuerefs', (self) =>
      R.list([...wvdData(self).map.values()].map((e) => incref(e.value))),
    ),
    pop: method('pop', (self, a) => {
      const d = wvdData(self)
      const k = hashKey(a[0])
      const e = d.map.get(k)
      let o: PyObject | null = null
      if (e !== undefined) {
        d.map.delete(k)
        dictDeleted(d)
        o = (e.value as PyWeakref).target
        if (o !== null) incref(o)
        decref(e.key)
        decref(e.value)
      }
      if (o !== null) return o
      if (a.length > 1) return incref(a[1])
      raiseWith('KeyError', incref(a[0]))
    }),
    popitem: method('popitem', (self) => {
      const d = wvdData(self)
      for (;;) {
        const last = [...d.map.entries()].pop()
        if (last === undefined) raise('KeyError', 'popitem(): dictionary is empty')
        const [k, e] = last
        d.map.delete(k)
        dictDeleted(d)
        const o = (e.value as PyWeakref).target
        decref(e.value)
        if (o !== null) return R.tuple([e.key, incref(o)])
        decref(e.key)
      }
    }),
    setdefault: method('setdefault', (self, a) => {
      const o = wvdLookup(self, a[0])
      if (o !== null) return incref(o)
      const dflt = a.length > 1 ? a[1] : R.None
      wvdSet(self, a[0], dflt)
      return incref(dflt)
    }),
    update: method('update', (self, a, kw) => (wvdUpdate(self, a.length > 0 ? a[0] : null, kw), none())),
    copy: method('copy', (self) => {
      const n = R.hooks.call(self.type, []) as PyInstance
      for (const e of wvdData(self).map.values()) {
        const o = (e.value as PyWeakref).target
        if (o !== null) wvdSet(n, e.key, o)
      }
      return n
    }),
  }
  if (py2) {
    m.has_key = method('has_key', (self, a) => R.bool(wvdLookup(self, a[0]) !== null))
    m.iterkeys = method('iterkeys', (self) =>
      weakIter(self, wvdData(self).map, (e) =>
        (e.value as PyWeakref).target === null ? null : incref(e.key),
      ),
    )
    m.itervalues = method('itervalues', (self) =>
      weakIter(self, wvdData(self).map, (e) => {
        const o = (e.value as PyWeakref).target
        return o === null ? null : incref(o)
      }),
    )
    m.iteritems = method('iteritems', (self) =>
      weakIter(self, wvdData(self).map, (e) => {
        const o = (e.value as PyWeakref).target
        return o === null ? null : R.tuple([incref(e.key), incref(o)])
      }),
    )
  }
  return pyClass('WeakValueDictionary', 'weakref', m)
}

// ---- WeakKeyDictionary ----

function wkdData(self: PyInstance): PyDict {
  return field(self, 'data') as PyDict
}

/** ref(key) for a lookup: the shared basic ref (allocated and freed around the lookup if new). */
function withRef<T>(key: PyObject, f: (w: PyWeakref) => T): T {
  const w = newWeakref(R.T.weakref, key, null)
  try {
    return f(w)
  } finally {
    decref(w)
  }
}

function wkdSet(self: PyInstance, key: PyObject, value: PyObject): void {
  const w = newWeakref(R.T.weakref, key, field(self, '_remove'))
  try {
    dictSet(wkdData(self), w, value)
  } finally {
    decref(w)
  }
}

function wkdUpdate(self: PyInstance, other: PyObject | null, kw: Map<string, PyObject> | null): void {
  const pairs = other === null || other === R.None ? [] : pairsOf(other)
  pairs.push(...kwOrNull(kw))
  try {
    for (const [k, v] of pairs) wkdSet(self, k, v)
  } finally {
    for (const [k, v] of pairs) {
      decref(k)
      decref(v)
    }
  }
}

function pendingCount(self: PyInstance): number {
  return (field(self, '_pending_removals') as PyList).items.length
}

function makeWeakKeyDictionary(): PyType {
  const py2 = R.profile.py2
  const live = (e: { key: PyObject }) => (e.key as PyWeakref).target
  const m: Record<string, PyBuiltin> = {
    __init__: method('__init__', (self, a, kw) => {
      setField(self, 'data', R.dict())
      setField(
        self,
        '_remove',
        removeCallback(self, (owner, wr) => {
          const d = wkdData(owner)
          const k = wr.hash
          const e = k === null ? undefined : d.map.get(k)
          if (e === undefined || e.key !== wr) return
          d.map.delete(k as never)
          dictDeleted(d)
          decref(e.key)
          decref(e.value)
        }),
      )
      guardFields(self)
      if (!py2) setField(self, '_dirty_len', R.bool(false))
      wkdUpdate(self, a.length > 0 ? a[0] : null, kw)
      return none()
    }),
    __getitem__: method('__getitem__', (self, a) => withRef(a[0], (w) => getItem(wkdData(self), w))),
    __setitem__: method('__setitem__', (self, a) => (wkdSet(self, a[0], a[1]), none())),
    __delitem__: method(
      '__delitem__',
      (self, a) => (withRef(a[0], (w) => delItem(wkdData(self), w)), none()),
    ),
    __len__: method('__len__', (self) => R.int(wkdData(self).map.size - pendingCount(self))),
    __contains__: method('__contains__', (self, a) => {
      if (!(a[0] instanceof PyInstance) || !a[0].type.weakrefable || a[0].type.builtin) return R.bool(false)
      return R.bool(withRef(a[0], (w) => contains(wkdData(self), w)))
    }),
    __repr__: method('__repr__', (self) => R.str(`<${self.type.name} at ${idRepr(self)}>`)),
    __iter__: method('__iter__', (self) =>
      weakIter(self, wkdData(self).map, (e) => {
        const k = live(e)
        return k === null ? null : incref(k)
      }),
    ),
    get: method('get', (self, a) => {
      const e = withRef(a[0], (w) => wkdData(self).map.get(hashKey(w)))
      return incref(e?.value ?? (a.length > 1 ? a[1] : R.None))
    }),
    keys: method('keys', (self) =>
      iterOrList(
        weakIter(self, wkdData(self).map, (e) => {
          const k = live(e)
          return k === null ? null : incref(k)
        }),
        py2,
      ),
    ),
    values: method('values', (self) =>
      iterOrList(
        weakIter(self, wkdData(self).map, (e) => (live(e) === null ? null : incref(e.value))),
        py2,
      ),
    ),
    items: method('items', (self) =>
      iterOrList(
        weakIter(self, wkdData(self).map, (e) => {
          const k = live(e)
          return k === null ? null : R.tuple([incref(k), incref(e.value)])
        }),
        py2,
      ),
    ),
    keyrefs: method('keyrefs', (self) => R.list([...wkdData(self).map.values()].map((e) => incref(e.key)))),
    pop: method('pop', (self, a) =>
      withRef(a[0], (w) => {
        const d = wkdData(self)
        const k = hashKey(w)
        const e = d.map.get(k)
        if (e === undefined) {
          if (a.length > 1) return incref(a[1])
          raiseWith('KeyError', incref(w))
        }
        d.map.delete(k)
        dictDeleted(d)
        decref(e.key)
        return e.value
      }),
    ),
    setdefault: method('setdefault', (self, a) => {
      const e = withRef(a[0], (w) => wkdData(self).map.get(hashKey(w)))
      if (e !== undefined) return incref(e.value)
      const dflt = a.length > 1 ? a[1] : R.None
      wkdSet(self, a[0], dflt)
      return incref(dflt)
    }),
    update: method('update', (self, a, kw) => (wkdUpdate(self, a.length > 0 ? a[0] : null, kw), none())),
    copy: method('copy', (self) => {
      const n = R.hooks.call(self.type, []) as PyInstance
      for (const e of wkdData(self).map.values()) {
        const k = live(e)
        if (k !== null) wkdSet(n, k, e.value)
      }
      return n
    }),
  }
  if (py2) m.has_key = method('has_key', (self, a) => m.__contains__.fn([self, a[0]], null, null))
  return pyClass('WeakKeyDictionary', 'weakref', m)
}

// ---- WeakSet ----

function wsData(self: PyInstance): PySet {
  return field(self, 'data') as PySet
}

function wsAdd(self: PyInstance, item: PyObject): void {
  const w = newWeakref(R.T.weakref, item, field(self, '_remove'))
  const s = wsData(self)
  const k = hashKey(w)
  if (!s.map.has(k)) {
    s.map.set(k, w)
    setAdded(s)
  } else decref(w)
}

function wsDiscard(self: PyInstance, item: PyObject, missing: boolean): void {
  withRef(item, (w) => {
    const s = wsData(self)
    const k = hashKey(w)
    const v = s.map.get(k)
    if (v === undefined) {
      if (missing) raiseWith('KeyError', incref(item))
      return
    }
    s.map.delete(k)
    setDiscarded(s)
    decref(v)
  })
}

function makeWeakSet(): PyType {
  const m: Record<string, PyBuiltin> = {
    __init__: method('__init__', (self, a) => {
      setField(self, 'data', R.set())
      setField(
        self,
        '_remove',
        removeCallback(self, (owner, wr) => {
          const s = wsData(owner)
          const k = wr.hash
          if (k === null || s.map.get(k) !== wr) return
          s.map.delete(k)
          setDiscarded(s)
          decref(wr)
        }),
      )
      guardFields(self)
      if (a.length > 0 && a[0] !== R.None)
        for (const x of listFromIterable(a[0])) {
          wsAdd(self, x)
          decref(x)
        }
      return none()
    }),
    __iter__: method('__iter__', (self) =>
      weakIter(self, wsData(self).map, (w) => {
        const t = (w as PyWeakref).target
        return t === null ? null : incref(t)
      }),
    ),
    __len__: method('__len__', (self) => R.int(wsData(self).map.size - pendingCount(self))),
    __contains__: method('__contains__', (self, a) => {
      if (!(a[0] instanceof PyInstance) || !a[0].type.weakrefable || a[0].type.builtin) return R.bool(false)
      return R.bool(withRef(a[0], (w) => wsData(self).map.has(hashKey(w))))
    }),
    add: method('add', (self, a) => (wsAdd(self, a[0]), none())),
    discard: method('discard', (self, a) => (wsDiscard(self, a[0], false), none())),
    remove: method('remove', (self, a) => (wsDiscard(self, a[0], true), none())),
    clear: method('clear', (self) => {
      const s = wsData(self)
      const items = [...s.map.values()]
      s.map.clear()
      setCleared(s)
      for (const w of items) decref(w)
      return none()
    }),
    pop: method('pop', (self) => {
      const s = wsData(self)
      for (;;) {
        const first = s.map.entries().next()
        if (first.done) raise('KeyError', 'pop from empty WeakSet')
        const [k, w] = first.value
        s.map.delete(k)
        setDiscarded(s)
        const t = (w as PyWeakref).target
        if (t !== null) incref(t)
        decref(w)
        if (t !== null) return t
      }
    }),
    update: method('update', (self, a) => {
      for (const x of listFromIterable(a[0])) {
        wsAdd(self, x)
        decref(x)
      }
      return none()
    }),
    copy: method('copy', (self) => {
      const n = R.hooks.call(self.type, []) as PyInstance
      for (const w of wsData(self).map.values()) {
        const t = (w as PyWeakref).target
        if (t !== null) wsAdd(n, t)
      }
      return n
    }),
  }
  return pyClass('WeakSet', '_weakrefset', m)
}

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

function makeFinalize(): PyType {
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

// ---- classes ----

/** A class as weakref.py's `class NAME:` makes it, with native methods (`ns` values are new references). */
function makeClassWith(
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

function pyClass(name: string, module: string, methods: Record<string, PyBuiltin>): PyType {
  return makeClassWith(name, module, methods, null)
}

function makeKeyedRefType(): PyType {
  const base = R.T.weakref
  const d = new PyDict(R.T.dict)
  d.refcnt = IMMORTAL_BASE
  const t = new PyType(R.T.type, R.profile.py2 ? 'KeyedRef' : 'weakref.KeyedRef', base, d, true)
  t.refcnt = IMMORTAL_BASE
  t.address = R.staticAddress(R.profile.py2 ? 400 : 416)
  t.mro = [t, ...base.mro]
  t.hasDict = false
  const key = fn('key', (a) => incref((a[0] as PyWeakref).key ?? R.None))
  const prop = new PyDescriptor(R.T.property, key)
  prop.refcnt = IMMORTAL_BASE
  d.map.set('key', { key: R.intern('key'), value: prop })
  builtinCtors.set(t, (a) => {
    if (a.length < 3) raise('TypeError', '__new__() missing required positional argument: key')
    return keyedRef(a[0], a[1], a[2])
  })
  return t
}

/** The weakref module's namespace for the current profile (each value a new reference). */
export function weakrefModuleEntries(): Record<string, PyObject> {
  const T = R.T
  fin = null
  builtinCtors.set(T.weakref, (a) => {
    if (a.length < 1 || a.length > 2)
      raise('TypeError', `__new__ expected at most 2 arguments, got ${a.length}`)
    return newWeakref(T.weakref, a[0], a.length > 1 ? a[1] : null)
  })
  keyedRefType = makeKeyedRefType()
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
