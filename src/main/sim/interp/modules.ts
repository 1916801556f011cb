/**
 * The importable modules: `sys` (getrefcount, version_info, exit, intern, recursion limit, getsizeof),
 * `gc` (collect, enable/disable, get_count, thresholds, is_tracked, garbage), `copy` (copy/deepcopy with
 * a memo dict, as Lib/copy.py), `collections.namedtuple`, and `weakref` (gc/weakref.ts).
 *
 * Simplifications:
 * - The gc module itself is gc/module.ts and the collector gc/collect.ts; weakref helpers are gc/weakref.ts.
 * - namedtuple classes are tuple subclasses with field properties; `_replace` and `_asdict` are supported.
 */
import { subtypeInstanceBorn } from '../objects/subtype-extras'
import { PyObject, decref, incref } from '../objects/object'
import { getsizeof } from '../objects/size'
import { PyError, R, StopRun, gcLink } from '../objects/runtime'
import { raise } from '../objects/errors'
import { lookupType } from '../objects/lookup'
import {
  callDescr,
  dictSet,
  dictSetStr,
  getAttr,
  getItem,
  hashKey,
  isInstance,
  listFromIterable,
  repr,
  setAttr,
  tableEntries,
} from '../objects/ops'
import { dictMergeTable27, newTableFrom, tableOf, useTable } from '../objects/set-order'
import { setAdded, setMerged } from '../objects/storage'
import {
  PyCell,
  PyDescriptor,
  PyDict,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyModule,
  PySet,
  PyStr,
  PyTuple,
  PyWeakref,
  type NativeFn,
} from '../objects/types'
import { fn, internStr, setStderrObj } from './builtins'
import { makeStreams } from './streams'
import { call, ctl } from './call'
import { findHandled } from './compile-stmt'
import { threadExcTriple } from './exc-info-py2'
import type { Frame } from './frame'
import { builtinCtors, makeClass } from './classes'
import { gcModuleEntries } from '../gc/module'
import { weakrefModuleEntries } from '../gc/weakref'

function mod(name: string, entries: Record<string, PyObject>): PyModule {
  const d = R.dict()
  for (const [k, v] of Object.entries(entries)) {
    dictSetStr(d, k, v)
    decref(v)
  }
  const m = new PyModule(R.T.module, name, d)
  // What the interpreter holds before the program binds the module (sys.modules and other modules).
  m.refcnt = R.profile.moduleRefs[name] ?? 1
  return R.born(m, 'other', true)
}

const F = (name: string, f: NativeFn) => fn(name, f)

/**
 * sys.exc_info(): 2.7 the thread state's triple (interp/exc-info-py2.ts); 3.x the exception being
 * handled (innermost handler up the frames), with its class and `__traceback__`. A new tuple.
 */
function excInfo(): PyObject {
  const orNone = (o: PyObject | null): PyObject => incref(o ?? R.None)
  if (R.profile.py2) {
    const t = threadExcTriple()
    return R.tuple([orNone(t.type), orNone(t.value), orNone(t.tb)])
  }
  const f = ctl.current
  const exc = f === null ? null : findHandled(f as Frame)
  if (exc === null) return R.tuple([orNone(null), orNone(null), orNone(null)])
  return R.tuple([incref(exc.type), incref(exc), orNone(exc.traceback)])
}

export function makeModules(): Map<string, PyModule> {
  const mods = new Map<string, PyModule>()
  const p = R.profile
  const { stdout, stderr } = makeStreams()
  setStderrObj(stderr)
  const sysEntries: Record<string, PyObject> = {
    getrefcount: F('getrefcount', (a) => R.int(R.immortalOrCount(a[0]))),
    exit: F('exit', (a) => {
      const v = a.length ? a[0] : R.None
      if (v === R.None) throw new StopRun('SystemExit', 0)
      if (v instanceof PyInt) throw new StopRun('SystemExit', Number(v.value))
      R.stderr.push(String((v as PyStr).value ?? repr(v)) + '\n')
      throw new StopRun('SystemExit', 1)
    }),
    getrecursionlimit: F('getrecursionlimit', () => R.int(R.recursionLimit)),
    setrecursionlimit: F('setrecursionlimit', (a) => {
      const n = Number((a[0] as PyInt).value)
      if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1')
      R.recursionLimit = Math.min(n, 20000)
      return incref(R.None)
    }),
    getsizeof: F('getsizeof', (a) => R.int(getsizeof(R, a[0]))),
    version_info: R.tuple([...p.version.map((v) => R.int(v) as PyObject), R.str('final'), R.int(0)]),
    version: R.str(`${p.version.join('.')} (simulated)`),
    maxsize: R.int(2n ** 63n - 1n),
    stdout,
    stderr,
    platform: R.str(p.py2 ? 'linux2' : 'linux'),
    byteorder: R.str('little'),
  }
  if (!p.py2) sysEntries.intern = F('intern', (a) => internStr(a[0]))
  sysEntries.exc_info = F('exc_info', () => excInfo())
  mods.set('sys', mod('sys', sysEntries))

  R.garbage = R.list([])
  const gcEntries = gcModuleEntries()
  mods.set('gc', mod('gc', gcEntries))

  mods.set(
    'copy',
    mod('copy', {
      copy: F('copy', (a) => shallowCopy(a[0])),
      deepcopy: F('deepcopy', (a) => {
        const memo = new Map<PyObject, PyObject>()
        try {
          return deepCopy(a[0], memo)
        } finally {
          for (const v of memo.values()) decref(v)
        }
      }),
    }),
  )

  mods.set('collections', mod('collections', { namedtuple: F('namedtuple', (a, k) => namedtuple(a, k)) }))

  mods.set('weakref', mod('weakref', weakrefModuleEntries()))
  return mods
}

/** Calling a weakref returns its referent or None. */
export function weakrefCall(w: PyWeakref): PyObject {
  return incref(w.target ?? R.None)
}

function shallowCopy(o: PyObject): PyObject {
  if (o instanceof PyList) return R.list(o.items.map((x) => incref(x)))
  if (o instanceof PyDict) {
    const d = R.dict()
    // dict.copy: 2.7 PyDict_Merge lays the copy out from the source's slot order.
    const before = R.profile.py2 ? tableOf(d) : null
    for (const e of o.map.values()) dictSet(d, e.key, e.value)
    if (before !== null) useTable(d, dictMergeTable27(before, o))
    return d
  }
  if (o instanceof PySet && o.type === R.T.set) {
    // set.copy: set_merge into a new set.
    const s = R.set()
    for (const [k, v] of o.map) s.map.set(k, incref(v))
    setMerged(s, s.map.size)
    useTable(s, newTableFrom({ kind: 'set', s: o }))
    return s
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const c = lookupType(o.type, '__copy__')
    if (c !== null) return callDescr(c, o, [])
    const n = R.instance(o.type)
    incref(o.type)
    decref(o.type)
    if (o.dict !== null) for (const e of o.dict.map.values()) dictSet(R.instanceDict(n), e.key, e.value)
    if (o.slots !== null && n.slots !== null)
      o.slots.forEach((v, i) => ((n.slots as (PyObject | null)[])[i] = v === null ? null : incref(v)))
    return n
  }
  return incref(o)
}

function deepCopy(o: PyObject, memo: Map<PyObject, PyObject>): PyObject {
  const seen = memo.get(o)
  if (seen !== undefined) return incref(seen)
  if (o instanceof PyList) {
    const l = R.list([])
    memo.set(o, incref(l))
    for (const x of o.items) l.items.push(deepCopy(x, memo))
    return l
  }
  if (o instanceof PyTuple) {
    const items = o.items.map((x) => deepCopy(x, memo))
    if (items.every((x, i) => x === o.items[i])) {
      for (const x of items) decref(x)
      return incref(o)
    }
    const t = o.type === R.T.tuple ? R.tuple(items) : R.born(new PyTuple(o.type, items), 'other', true)
    memo.set(o, incref(t))
    return t
  }
  if (o instanceof PyDict) {
    const d = R.dict()
    memo.set(o, incref(d))
    // _deepcopy_dict: the items in the source's iteration order (2.7: slot order).
    const entries = R.profile.py2 ? tableEntries<{ key: PyObject; value: PyObject }>(o) : [...o.map.values()]
    for (const e of entries) {
      const k = deepCopy(e.key, memo)
      const v = deepCopy(e.value, memo)
      dictSet(d, k, v)
      decref(k)
      decref(v)
    }
    return d
  }
  const frozen = o instanceof PySet && o.type === R.T.frozenset && o.map.size > 0
  if (o instanceof PySet && (o.type === R.T.set || frozen)) {
    // set.__reduce__ + _reconstruct: a set made from the deep-copied items, in the source's order.
    const s = R.set(frozen)
    memo.set(o, incref(s))
    for (const v of tableEntries<PyObject>(o)) {
      const c = deepCopy(v, memo)
      const k = hashKey(c)
      if (s.map.has(k)) decref(c)
      else {
        s.map.set(k, c)
        setAdded(s)
      }
    }
    return s
  }
  if (o instanceof PyInstance && !o.type.builtin && !(o instanceof PyFunction)) {
    const n = R.instance(o.type)
    memo.set(o, incref(n))
    if (o.dict !== null)
      for (const e of o.dict.map.values()) {
        const v = deepCopy(e.value, memo)
        dictSet(R.instanceDict(n), e.key, v)
        decref(v)
      }
    if (o.slots !== null && n.slots !== null)
      o.slots.forEach((v, i) => ((n.slots as (PyObject | null)[])[i] = v === null ? null : deepCopy(v, memo)))
    return n
  }
  return incref(o)
}

function namedtuple(a: PyObject[], _k: Map<string, PyObject> | null): PyObject {
  const name = (a[0] as PyStr).value
  let fields: string[]
  if (a[1] instanceof PyStr)
    fields = a[1].value
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter((x) => x)
  else
    fields = listFromIterable(a[1]).map((x) => {
      const v = (x as PyStr).value
      decref(x)
      return v
    })
  const ns = R.dict()
  const slots = R.tuple([])
  dictSetStr(ns, '__slots__', slots)
  decref(slots)
  const base = R.T.tuple
  const t = makeClass(name, [base], ns, null)
  decref(ns)
  ;(t as unknown as { ntFields: string[] }).ntFields = fields
  t.hasDict = false
  const tupleCtor = (args: PyObject[], kw: Map<string, PyObject> | null): PyObject => {
    const vals: (PyObject | null)[] = fields.map((_, i) => (i < args.length ? args[i] : null))
    if (args.length > fields.length)
      raise(
        'TypeError',
        `${name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`,
      )
    if (kw)
      for (const [kk, v] of kw) {
        const i = fields.indexOf(kk)
        if (i < 0) raise('TypeError', `${name}.__new__() got an unexpected keyword argument '${kk}'`)
        vals[i] = v
      }
    const missing = fields.filter((_, i) => vals[i] === null)
    if (missing.length)
      raise(
        'TypeError',
        `${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `'${m}'`).join(' and ')}`,
      )
    const o = R.born(
      new PyTuple(
        t,
        vals.map((v) => incref(v as PyObject)),
      ),
      'other', // a namedtuple is a tuple subclass: no tuple free list
      true,
    )
    subtypeInstanceBorn(o) // the instance holds its class
    return o
  }
  const newFn = F('__new__', (args, kw) => tupleCtor(args.slice(1), kw))
  const sm = R.born(new PyDescriptor(R.T.staticmethod, newFn), 'other', true)
  dictSetStr(t.dict, '__new__', sm)
  decref(sm)
  fields.forEach((fname, i) => {
    const getter = F(fname, (args) => incref((args[0] as PyTuple).items[i]))
    const prop = R.born(new PyDescriptor(R.T.property, getter), 'other', true)
    dictSetStr(t.dict, fname, prop)
    decref(prop)
  })
  if (R.profile.namedtupleDictProperty) {
    const asdict = F('__dict__', (args) => {
      const d = R.dict()
      fields.forEach((f, i) => dictSetStr(d, f, (args[0] as PyTuple).items[i]))
      return d
    })
    const prop = R.born(new PyDescriptor(R.T.property, asdict), 'other', true)
    dictSetStr(t.dict, '__dict__', prop)
    decref(prop)
  }
  const fieldsT = R.tuple(fields.map((f) => R.str(f)))
  dictSetStr(t.dict, '_fields', fieldsT)
  decref(fieldsT)
  const m = (nm: string, f: NativeFn) => {
    const b = F(nm, f)
    b.isMethod = true
    t.dict.map.set(nm, { key: R.intern(nm), value: b })
  }
  m('_replace', (args, kw, self) => {
    const src = self as PyTuple
    const vals = src.items.slice()
    if (kw)
      for (const [kk, v] of kw) {
        const i = fields.indexOf(kk)
        if (i < 0) raise('ValueError', `Got unexpected field names: ['${kk}']`)
        vals[i] = v
      }
    void args
    const o = R.born(
      new PyTuple(
        t,
        vals.map((v) => incref(v)),
      ),
      'other', // a namedtuple is a tuple subclass: no tuple free list
      true,
    )
    subtypeInstanceBorn(o)
    return o
  })
  m('_asdict', (_args, _kw, self) => {
    const d = R.dict()
    fields.forEach((f, i) => dictSetStr(d, f, (self as PyTuple).items[i]))
    return d
  })
  builtinCtors.set(t, (args, kw) => tupleCtor(args, kw))
  return t
}

export { PyError, PyCell, PyFloat, getAttr, getItem, setAttr, isInstance, call, gcLink }
