/**
 * The weak containers of Lib/weakref.py (`WeakValueDictionary`, `WeakKeyDictionary`, `KeyedRef`) and
 * Lib/_weakrefset.py (`WeakSet`), per profile (2.7's Lib/weakref.py builds them on UserDict; 3.x on
 * collections.abc.MutableMapping / MutableSet).
 *
 * They are Python code in CPython. Here they are classes whose methods are native but keep CPython's
 * object structure, so refcounts, gc.collect() results and the moment an entry disappears match:
 *
 *   WeakValueDictionary   .data = {key: KeyedRef(value, self._remove, key)}   (KeyedRef holds the key)
 *   WeakKeyDictionary     .data = {ref(key, self._remove): value}
 *   WeakSet               .data = {ref(item, self._remove)}
 *
 * `self._remove` is the callback every entry's weak reference shares; it holds the container only
 * weakly (`selfref=ref(self)` in weakref.py), so a container dies by reference counting. When a value,
 * key or item dies, its weak reference's callback removes the entry at once (refcount zero) or during
 * the collection that finds it unreachable: the weak reference itself is then freed by the callback,
 * which CPython counts in gc.collect()'s result.
 *
 * Simplifications:
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
import { contains, delItem, dictSet, getItem, hashKey, listFromIterable } from '../objects/ops'
import { dictDeleted, setAdded, setCleared, setDiscarded } from '../objects/storage'
import {
  PyBuiltin,
  PyDescriptor,
  PyDict,
  PyInstance,
  PyList,
  PyNative,
  PySet,
  PyType,
  PyWeakref,
} from '../objects/types'
import { fn } from '../interp/builtins'
import { builtinCtors } from '../interp/classes'
import { newWeakref } from './weakref-list'
import { method, none, field, setField, pyClass } from './weakref-classes'

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

export function makeWeakValueDictionary(): PyType {
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

export function makeWeakKeyDictionary(): PyType {
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

export function makeWeakSet(): PyType {
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

function newKeyedRefType(): PyType {
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
/** Create this run's `weakref.KeyedRef` type (used by WeakValueDictionary's entries). */
export function makeKeyedRefType(): PyType {
  keyedRefType = newKeyedRefType()
  return keyedRefType
}
