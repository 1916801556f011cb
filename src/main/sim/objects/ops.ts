/**
 * The abstract object protocol (Objects/abstract.c, object.c): repr/str, hashing, truth, rich comparison,
 * number and sequence operators, attribute and item access, iteration. Each operation first tries the
 * built-in layouts, then the Python-level dunder found on the type (`slot_tp_*` in typeobject.c).
 * Every function that returns a PyObject returns a NEW reference; arguments are borrowed.
 *
 * Simplifications:
 * - Reflected operators are tried only for user classes; mixed built-in types follow CPython's results
 *   for the supported combinations (int/float/bool, str/list/tuple repetition).
 */
import { dictDeleted, dictInserted } from './storage'
import { listCleared, listResized } from './storage'
import { PyObject, decref, incref } from './object'
import { PyError, R } from './runtime'
import { raise, raiseWith } from './errors'
import { lookupAt, lookupType, typeModified, type LookupSite } from './lookup'
import {
  PyBuiltin,
  PyCell,
  PyCode,
  PyDescriptor,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyMethod,
  PyModule,
  PyNative,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
  type DictKey,
} from './types'
import { formatFloatRepr, formatFloatStr } from './format'
import { isValueSubtype, subtypeDict, subtypeDictFor } from './subtype-extras'
import { LoggedMap, tableOrder } from './table-order'
import { pointerHash, pyHash, recordCustomHash, slotHash } from './hash'
import { superAttr } from './hooks'

// ---------------------------------------------------------------- helpers

export function typeName(o: PyObject): string {
  return o.type.name
}

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.type === t || o.type.mro.includes(t)
}

export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const f = lookupType(o.type, name)
  if (f === null) return null
  return callDescr(f, o, args)
}

/** Call a function found on the type with `self` prepended (borrowed args). */
export function callDescr(f: PyObject, self: PyObject, args: PyObject[]): PyObject {
  const all = [incref(self)]
  for (const a of args) all.push(incref(a))
  return R.hooks.call(f, all)
}

function hexAddr(o: PyObject): string {
  return '0x' + o.address.toString(16).padStart(12, '0')
}

/** A `weakref.proxy` (Objects/weakrefobject.c `_PyWeakref_ProxyType` / `_PyWeakref_CallableProxyType`). */
export function isProxy(o: PyObject): boolean {
  return o instanceof PyWeakref && (o.type === R.T.weakproxy || o.type === R.T.weakcallableproxy)
}

/** UNWRAP in weakrefobject.c: a proxy's referent (borrowed), or ReferenceError once it is gone. */
export function proxyReferent(p: PyWeakref): PyObject {
  if (p.target === null) raise('ReferenceError', 'weakly-referenced object no longer exists')
  return p.target
}

/** A native `__repr__`/`__str__` a class defines itself (weakref.py's classes), not object's. */
function ownNative(f: PyObject, name: string): boolean {
  return f instanceof PyBuiltin && lookupType(R.T.object, name) !== f
}

function modName(t: PyType): string {
  // 2.7's builtin exception classes live in the `exceptions` module.
  if (t.builtin) return R.profile.py2 ? (t.isException ? 'exceptions' : '') : 'builtins'
  const m = t.dict.map.get('__module__')
  return m !== undefined && m.value instanceof PyStr ? m.value.value : '__main__'
}

export function qualTypeName(t: PyType): string {
  const m = modName(t)
  return m && m !== 'builtins' ? m + '.' + t.name : t.name
}

// ---------------------------------------------------------------- repr / str

let reprDepth = 0
const reprStack: PyObject[] = []

export function repr(o: PyObject): string {
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__repr__')
    if (f !== null && (!(f instanceof PyBuiltin) || ownNative(f, '__repr__')))
      return strResult(callDescr(f, o, []), '__repr__')
  }
  return builtinRepr(o)
}

function strResult(r: PyObject, what: string): string {
  try {
    if (!(r instanceof PyStr)) raise('TypeError', `${what} returned non-string (type ${r.type.name})`)
    return r.value
  } finally {
    decref(r)
  }
}

/**
 * Py_ReprEnter (Objects/object.c), which the reprs of lists, tuples, dicts and sets call: the first call
 * makes the list of objects being repr'd, kept in the thread state's dict — which 3.x also makes then
 * (`_PyThreadState_GetDict`; 2.7's exists from start-up). Both stay for the whole run.
 */
const REPR_LIST = ['list']
const REPR_LIST_AND_DICT = ['dict', 'list']
function reprEnter(): void {
  R.interpreterObjectsOnce('Py_ReprEnter', R.profile.py2 ? REPR_LIST : REPR_LIST_AND_DICT)
}

function guard(o: PyObject, empty: string, f: () => string): string {
  reprEnter()
  if (reprStack.includes(o)) return empty
  if (++reprDepth > R.recursionLimit) {
    reprDepth--
    raise(
      R.profile.recursionErrorType,
      R.profile.messages.recursion +
        (R.profile.py2 ? ' while getting the repr of an object' : ' while getting the repr of an object'),
    )
  }
  reprStack.push(o)
  try {
    return f()
  } finally {
    reprStack.pop()
    reprDepth--
  }
}

export function strRepr(s: string, py2unicode = false): string {
  const py2 = R.profile.py2
  let q = "'"
  if (s.includes("'") && !s.includes('"')) q = '"'
  let out = py2unicode ? 'u' + q : q
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    if (ch === q || ch === '\\') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c > 127 && (py2 || (c >= 0x80 && c < 0xa0) || c === 0xad)) {
      if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0')
      else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0')
      else out += '\\U' + c.toString(16).padStart(8, '0')
    } else out += ch
  }
  return out + q
}

export function intStr(v: number | bigint): string {
  return typeof v === 'number' ? (Object.is(v, -0) ? '0' : v.toFixed(0)) : v.toString()
}

function builtinRepr(o: PyObject): string {
  const T = R.T
  if (o instanceof PyInt) {
    if (o.type === T.bool) return o.value ? 'True' : 'False'
    return intStr(o.value) + (o.type === T.long ? 'L' : '')
  }
  if (o instanceof PyFloat) return formatFloatRepr(o.value)
  if (o instanceof PyStr) {
    if (o.type === T.bytes) return 'b' + strRepr(o.value)
    return strRepr(o.value, o.type === T.unicode)
  }
  if (o === R.None) return 'None'
  if (o === R.Ellipsis) return 'Ellipsis'
  if (o === R.NotImplemented) return 'NotImplemented'
  // Empty lists (3.x) and tuples return before Py_ReprEnter; 2.7 lists, dicts and 2.7 sets call it first.
  if (o instanceof PyList) {
    if (o.items.length === 0 && !R.profile.py2) return '[]'
    return guard(o, '[...]', () => '[' + o.items.map(repr).join(', ') + ']')
  }
  if (o instanceof PyTuple && o.items.length === 0) return '()'
  if (o instanceof PyTuple) {
    const nt = namedtupleFields(o.type)
    if (nt !== null)
      return guard(
        o,
        '(...)',
        () => o.type.name + '(' + o.items.map((v, i) => nt[i] + '=' + repr(v)).join(', ') + ')',
      )
    if (o.items.length === 1) return guard(o, '(...)', () => '(' + repr(o.items[0]) + ',)')
    return guard(o, '(...)', () => '(' + o.items.map(repr).join(', ') + ')')
  }
  if (o instanceof PyDict)
    return guard(
      o,
      '{...}',
      () =>
        '{' +
        tableEntries<{ key: PyObject; value: PyObject }>(o)
          .map((e) => repr(e.key) + ': ' + repr(e.value))
          .join(', ') +
        '}',
    )
  if (o instanceof PySet) {
    const frozen = o.type === T.frozenset
    const items = tableEntries<PyObject>(o)
    if (items.length === 0 && R.profile.py2) {
      reprEnter()
      return frozen ? 'frozenset([])' : 'set([])'
    }
    if (items.length === 0) return frozen ? 'frozenset()' : 'set()'
    return guard(o, '...', () => {
      const inner = items.map(repr).join(', ')
      if (R.profile.py2) return (frozen ? 'frozenset' : 'set') + '([' + inner + '])'
      return frozen ? 'frozenset({' + inner + '})' : '{' + inner + '}'
    })
  }
  if (o instanceof PyType) {
    const kw = R.profile.py2 && o.builtin ? 'type' : 'class'
    return `<${kw} '${qualTypeName(o)}'>`
  }
  if (o instanceof PyFunction) return `<function ${qualname(o)} at ${hexAddr(o)}>`
  if (o instanceof PyDescriptor && (o.type === T.getset_descriptor || o.type === T.member_descriptor)) {
    const g = o.fget as PyBuiltin
    const kind = o.type === T.member_descriptor ? 'member' : 'attribute'
    return `<${kind} '${g.name}' of '${g.owner?.name ?? '?'}' objects>`
  }
  if (o instanceof PyMethod) {
    const fn = o.func instanceof PyFunction ? qualname(o.func) : '?'
    return `<bound method ${fn} of ${repr(o.self)}>`
  }
  if (o instanceof PyBuiltin) {
    // A method of a builtin type taken from the type: a method descriptor (class methods bind the type).
    if (o.self === null && o.isMethod && o.owner !== undefined) {
      if (o.classMethod) return `<built-in method ${o.name} of type object at ${hexAddr(o.owner)}>`
      return `<method '${o.name}' of '${o.owner.name}' objects>`
    }
    if (o.self === null || o.self instanceof PyModule) return `<built-in function ${o.name}>`
    return `<built-in method ${o.name} of ${o.self.type.name} object at ${hexAddr(o.self)}>`
  }
  if (o instanceof PyCell) {
    if (o.ref === null) return `<cell at ${hexAddr(o)}: empty>`
    return `<cell at ${hexAddr(o)}: ${o.ref.type.name} object at ${hexAddr(o.ref)}>`
  }
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`
  if (o instanceof PyExc && o.type.builtin) return excRepr(o)
  if (o instanceof PyExc) return excRepr(o)
  if (o instanceof PyWeakref && isProxy(o)) {
    // proxy_repr: 3.13 took weakref's "; to 'C'" / "; dead" form.
    if (R.profile.version[1] >= 13)
      return o.target === null
        ? `<weakproxy at ${hexAddr(o)}; dead>`
        : `<weakproxy at ${hexAddr(o)}; to '${o.target.type.name}' at ${hexAddr(o.target)}>`
    const t = o.target ?? R.None
    return `<weakproxy at ${hexAddr(o)} to ${t.type.name} at ${hexAddr(t)}>`
  }
  if (o instanceof PyWeakref) {
    if (o.target === null) return `<weakref at ${hexAddr(o)}; dead>`
    return `<weakref at ${hexAddr(o)}; to '${o.target.type.name}' at ${hexAddr(o.target)}>`
  }
  if (o instanceof PyNative && o.type === T.range) {
    const [a, b, c] = o.extra as number[]
    if (R.profile.py2)
      return a === 0 && c === 1 ? `xrange(${b})` : c === 1 ? `xrange(${a}, ${b})` : `xrange(${a}, ${b}, ${c})`
    return c === 1 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${c})`
  }
  if (o instanceof PyNative && o.type === T.slice)
    return `slice(${(o.held as PyObject[]).map(repr).join(', ')})`
  if (
    o instanceof PyNative &&
    (o.type === T.dict_keys || o.type === T.dict_values || o.type === T.dict_items)
  ) {
    const d = o.held[0] as PyDict
    const parts = [...d.map.values()].map((e) =>
      o.type === T.dict_keys
        ? repr(e.key)
        : o.type === T.dict_values
          ? repr(e.value)
          : '(' + repr(e.key) + ', ' + repr(e.value) + ')',
    )
    return `${o.type.name}([${parts.join(', ')}])`
  }
  if (o instanceof PyCode)
    return `<code object ${o.info.name} at ${hexAddr(o)}, file "${R.filename}", line ${o.info.firstLine}>`
  if (o.type.name === 'generator')
    return `<generator object ${(o as PyNative).extra && (o as unknown as { qual: string }).qual ? '' : ''}${genName(o)} at ${hexAddr(o)}>`
  return `<${qualTypeName(o.type)} object at ${hexAddr(o)}>`
}

function genName(o: PyObject): string {
  const g = o as unknown as { qualname?: string }
  return g.qualname ?? 'gen'
}

export function qualname(f: PyFunction): string {
  const q = (f.code.info as unknown as { qualname?: string }).qualname
  return R.profile.py2 ? f.name.value : (q ?? f.name.value)
}

export function excRepr(o: PyExc): string {
  const args = o.args?.items ?? []
  const inner = args.map(repr).join(', ')
  if (R.profile.py2 && args.length === 1) return `${o.type.name}(${inner},)`
  return `${o.type.name}(${inner})`
}

export function excStr(o: PyExc): string {
  const args = o.args?.items ?? []
  if (args.length === 0) return ''
  if (args.length === 1) {
    if (o.type === R.E.KeyError) return repr(args[0])
    return str(args[0])
  }
  return repr(o.args as PyTuple)
}

export function namedtupleFields(t: PyType): string[] | null {
  const f = (t as unknown as { ntFields?: string[] }).ntFields
  if (f !== undefined) return f
  for (const b of t.mro) {
    const g = (b as unknown as { ntFields?: string[] }).ntFields
    if (g !== undefined) return g
  }
  return null
}

export function str(o: PyObject): string {
  // str(b'..') is its repr on 3.x (bytes is a PyStr of type bytes; on 2.7 bytes is str).
  if (o instanceof PyStr) return o.type === R.T.bytes && !R.profile.py2 ? repr(o) : o.value
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__str__')
    if (f !== null && (!(f instanceof PyBuiltin) || ownNative(f, '__str__')))
      return strResult(callDescr(f, o, []), '__str__')
  }
  if (o instanceof PyWeakref && isProxy(o)) return str(proxyReferent(o as PyWeakref))
  if (o instanceof PyExc) return excStr(o)
  if (o instanceof PyFloat) return formatFloatStr(o.value)
  if (o instanceof PyInt && o.type === R.T.long) return intStr(o.value)
  return repr(o)
}

// ---------------------------------------------------------------- hashing

/** The dict/set key for `o` (objects equal in Python map to the same key); raises TypeError if unhashable. */
export function hashKey(o: PyObject): DictKey {
  if (o instanceof PyStr) return o.type === R.T.bytes ? 'b\u0000' + o.value : o.value
  if (o instanceof PyInt) return o.value
  if (o instanceof PyFloat) {
    const v = o.value
    if (Number.isInteger(v) && !Number.isSafeInteger(v) && Number.isFinite(v)) return BigInt(v)
    return v
  }
  if (o instanceof PyTuple) {
    let k = '\u0001('
    for (const it of o.items) {
      const h = hashKey(it)
      k +=
        typeof h === 'object' || typeof h === 'symbol'
          ? '#' + (h as PyObject).handle
          : typeof h + ':' + String(h)
      k += ','
    }
    return k
  }
  if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet && o.type !== R.T.frozenset))
    raise('TypeError', `unhashable type: '${o.type.name}'`)
  if (o instanceof PySet) {
    const parts = [...o.map.keys()]
      .map((k) => (typeof k === 'object' ? '#' + (k as PyObject).handle : typeof k + ':' + String(k)))
      .sort()
    return '\u0002{' + parts.join(',')
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const h = userHashSlot(o.type)
    if (h === R.None) raise('TypeError', `unhashable type: '${o.type.name}'`)
    if (h !== null && !(h instanceof PyBuiltin)) {
      const r = callDescr(h, o, [])
      // slot_tp_hash: an int (2.7: anything PyInt_AsLong takes, e.g. a float, truncated).
      const v =
        r instanceof PyInt
          ? r.value
          : R.profile.py2 && r instanceof PyFloat && Number.isFinite(r.value)
            ? Math.trunc(r.value)
            : null
      decref(r)
      if (v === null)
        raise(
          'TypeError',
          R.profile.py2 ? 'an integer is required' : '__hash__ method should return an integer',
        )
      // slot_tp_hash: the result as a Py_hash_t, kept for the table order (objects/table-order.ts).
      const hash = slotHash(v)
      recordCustomHash(o, hash)
      // Without its own __eq__ an instance is only equal to itself, whatever its hash.
      if (!hasOwnEq(o.type)) return o
      return equalKey(o, hash)
    }
  }
  if (o instanceof PyWeakref) {
    if (isProxy(o)) raise('TypeError', `unhashable type: '${o.type.name}'`)
    // weakref_hash: the referent's hash, computed once and cached.
    if (o.hash === null) {
      if (o.target === null) raise('TypeError', 'weak object has gone away')
      o.hash = hashKey(o.target)
    }
    return o.hash
  }
  return o
}

/** hash(o): CPython's number where it does not depend on the run (objects/hash.ts). */
export function hashValue(o: PyObject): number | bigint {
  const k = hashKey(o)
  const h = pyHash(o) ?? (typeof k === 'object' ? pointerHash(o.address) : null)
  if (h !== null) return h >= Number.MIN_SAFE_INTEGER && h <= Number.MAX_SAFE_INTEGER ? Number(h) : h
  // A 3.x str (hashed with a per-run key in CPython) or NaN: any stable number.
  const text = typeof k === 'string' ? k : String(k)
  let x = 0
  for (let i = 0; i < text.length; i++) x = (Math.imul(x, 1000003) ^ text.charCodeAt(i)) | 0
  return x === -1 ? -2 : x
}

/**
 * The `__hash__` a user class's instances use: the first class in the MRO defining it, where on 3.x a
 * class that defines `__eq__` without `__hash__` has `__hash__ = None` (type_new). Null: object's.
 */
function userHashSlot(t: PyType): PyObject | null {
  for (const b of t.mro) {
    if (b.builtin) break
    const h = b.dict.map.get('__hash__')
    if (h !== undefined) return h.value
    if (!R.profile.py2 && b.dict.map.has('__eq__')) return R.None
  }
  return null
}

/** Live instances with their own __eq__, by hash: the keys equal instances share. */
const EQ_CLASSES = new Map<bigint, PyObject[]>()

/**
 * The key of an instance whose class defines __eq__: the first live instance of the same hash that is
 * equal to it (compared as a set lookup does, `existing == new`), else the instance itself.
 */
function equalKey(o: PyObject, hash: bigint): DictKey {
  const live = (EQ_CLASSES.get(hash) ?? []).filter((c) => c.refcnt > 0)
  EQ_CLASSES.set(hash, live)
  if (live.includes(o)) return o
  for (const c of live) if (eq(c, o)) return c
  live.push(o)
  return o
}

/** Whether a class (or a base below object) defines __eq__ in Python. */
function hasOwnEq(t: PyType): boolean {
  const eq = lookupType(t, '__eq__')
  return eq !== null && !(eq instanceof PyBuiltin) && !(eq instanceof PyNative)
}

// ---------------------------------------------------------------- truth and comparison

export function truthy(o: PyObject): boolean {
  if (o === R.True) return true
  if (o === R.False || o === R.None) return false
  if (o instanceof PyWeakref && isProxy(o)) return truthy(proxyReferent(o as PyWeakref))
  if (o instanceof PyInt) return o.value !== 0 && o.value !== 0n
  if (o instanceof PyFloat) return o.value !== 0
  if (o instanceof PyStr) return o.value.length > 0
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0
  if (o instanceof PyDict || o instanceof PySet) return o.map.size > 0
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, R.profile.py2 ? '__nonzero__' : '__bool__')
    if (f !== null) {
      const r = callDescr(f, o, [])
      const b = r === R.True
      decref(r)
      return b
    }
    const l = lookupType(o.type, '__len__')
    if (l !== null) {
      const r = callDescr(l, o, [])
      const b = r instanceof PyInt && r.value !== 0
      decref(r)
      return b
    }
  }
  if (o instanceof PyNative && o.type === R.T.range) {
    const [a, b, c] = o.extra as number[]
    return rangeLen(a, b, c) > 0
  }
  return true
}

export function rangeLen(a: number, b: number, c: number): number {
  if (c > 0) return a < b ? Math.floor((b - a - 1) / c) + 1 : 0
  return a > b ? Math.floor((a - b - 1) / -c) + 1 : 0
}

function numValue(o: PyObject): number | bigint | null {
  if (o instanceof PyInt) return o.value
  if (o instanceof PyFloat) return o.value
  return null
}

function numCmp(a: number | bigint, b: number | bigint): number {
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN
  // mixed bigint/number: compare exactly
  if (typeof a === 'number' && !Number.isFinite(a)) return Number.isNaN(a) ? NaN : a > 0 ? 1 : -1
  if (typeof b === 'number' && !Number.isFinite(b)) return Number.isNaN(b) ? NaN : b > 0 ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b && !(a instanceof PyFloat)) return true
  const r = richCompare(a, b, '==')
  const t = truthy(r)
  decref(r)
  return t
}

const SWAP: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' }
const DUNDER: Record<string, string> = {
  '<': '__lt__',
  '>': '__gt__',
  '<=': '__le__',
  '>=': '__ge__',
  '==': '__eq__',
  '!=': '__ne__',
}

function cmpResult(c: number, op: string): boolean {
  switch (op) {
    case '<':
      return c < 0
    case '>':
      return c > 0
    case '<=':
      return c <= 0
    case '>=':
      return c >= 0
    case '==':
      return c === 0
    default:
      return c !== 0
  }
}

function seqCompare(x: PyObject[], y: PyObject[], op: string): boolean {
  const n = Math.min(x.length, y.length)
  for (let i = 0; i < n; i++) {
    if (!eq(x[i], y[i])) {
      if (op === '==') return false
      if (op === '!=') return true
      const r = richCompare(x[i], y[i], op)
      const t = truthy(r)
      decref(r)
      return t
    }
  }
  return cmpResult(x.length - y.length, op)
}

/** Rich comparison returning a new reference (usually a bool). */
export function richCompare(a: PyObject, b: PyObject, op: string): PyObject {
  if (a instanceof PyWeakref || b instanceof PyWeakref) {
    if (R.profile.py2 && (isProxy(a) || isProxy(b))) {
      // 2.7 proxies have no rich comparison: two proxies compare their referents three-way (by
      // identity for instances); a proxy and another object fall back to the other's __eq__ or identity.
      if (isProxy(a) && isProxy(b) && (op === '==' || op === '!=')) {
        const same = proxyReferent(a as PyWeakref) === proxyReferent(b as PyWeakref)
        return R.bool(same === (op === '=='))
      }
    } else {
      if (isProxy(a)) a = proxyReferent(a as PyWeakref)
      if (isProxy(b)) b = proxyReferent(b as PyWeakref)
    }
    // weakref_richcompare: two live refs compare their referents; otherwise identity.
    if (a instanceof PyWeakref && b instanceof PyWeakref && (op === '==' || op === '!=')) {
      if (a.target === null || b.target === null) return R.bool((a === b) === (op === '=='))
      return richCompare(a.target, b.target, op)
    }
  }
  if (a instanceof PyMethod && b instanceof PyMethod && (op === '==' || op === '!=')) {
    // method_richcompare: the same function bound to the same self (3.8+: identity; 2.7: `==`).
    const same = a.func === b.func && (R.profile.py2 ? eq(a.self, b.self) : a.self === b.self)
    return R.bool(same === (op === '=='))
  }
  const na = numValue(a)
  const nb = numValue(b)
  if (na !== null && nb !== null) return R.bool(cmpResult(numCmp(na, nb), op))
  // user-defined comparisons first (reflected when the right operand's type is a subclass, skipped here)
  if ((a instanceof PyInstance && !a.type.builtin) || (b instanceof PyInstance && !b.type.builtin)) {
    const f = a instanceof PyInstance ? lookupType(a.type, DUNDER[op]) : null
    if (f !== null && !(f instanceof PyBuiltin)) {
      const r = callDescr(f, a, [b])
      if (r !== R.NotImplemented) return r
      decref(r)
    }
    const g = b instanceof PyInstance ? lookupType(b.type, DUNDER[SWAP[op]]) : null
    if (g !== null && !(g instanceof PyBuiltin)) {
      const r = callDescr(g, b, [a])
      if (r !== R.NotImplemented) return r
      decref(r)
    }
    if (op === '==') return R.bool(a === b)
    // 2.7 does not derive != from __eq__: without __ne__ it compares three-way (identity).
    if (op === '!=' && R.profile.py2) return R.bool(a !== b)
    if (op === '!=') {
      const r = richCompare(a, b, '==')
      const t = truthy(r)
      decref(r)
      return R.bool(!t)
    }
  }
  if (a instanceof PyStr && b instanceof PyStr) {
    if (op === '==' || op === '!=') return R.bool((a.value === b.value) === (op === '=='))
    return R.bool(cmpResult(a.value < b.value ? -1 : a.value > b.value ? 1 : 0, op))
  }
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple && a.type === b.type) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  )
    return R.bool(seqCompare((a as PyList).items, (b as PyList).items, op))
  if (a instanceof PyDict && b instanceof PyDict && (op === '==' || op === '!=')) {
    let same = a.map.size === b.map.size
    if (same)
      for (const [k, e] of a.map) {
        const f = b.map.get(k)
        if (f === undefined || !eq(e.value, f.value)) {
          same = false
          break
        }
      }
    return R.bool(same === (op === '=='))
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = [...a.map.keys()].every((k) => b.map.has(k))
    const sup = [...b.map.keys()].every((k) => a.map.has(k))
    const r = {
      '==': sub && sup,
      '!=': !(sub && sup),
      '<=': sub,
      '>=': sup,
      '<': sub && !sup,
      '>': sup && !sub,
    }[op]
    return R.bool(r as boolean)
  }
  if (op === '==') return R.bool(a === b)
  if (op === '!=') return R.bool(a !== b)
  if (R.profile.py2) return R.bool(cmpResult(py2Order(a, b), op))
  raise('TypeError', `'${op}' not supported between instances of '${a.type.name}' and '${b.type.name}'`)
}

/** Python 2's arbitrary but consistent ordering of unrelated types: None first, numbers, then by type name. */
function py2Order(a: PyObject, b: PyObject): number {
  if (a === R.None) return b === R.None ? 0 : -1
  if (b === R.None) return 1
  const ta = numValue(a) !== null ? '' : a.type.name
  const tb = numValue(b) !== null ? '' : b.type.name
  if (ta !== tb) return ta < tb ? -1 : 1
  // dict_compare: the shorter dict is smaller; equal dicts compare equal.
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return a.map.size < b.map.size ? -1 : 1
    if (eq(a, b)) return 0
  }
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0
}

export function contains(container: PyObject, item: PyObject): boolean {
  if (container instanceof PyWeakref && isProxy(container))
    return contains(proxyReferent(container as PyWeakref), item)
  if (container instanceof PyDict) return container.map.has(hashKey(item))
  if (container instanceof PySet) return container.map.has(hashKey(item))
  if (container instanceof PyStr) {
    // 3.x bytes: an int operand is a byte value (bytes_contains).
    if (
      !R.profile.py2 &&
      container.type === R.T.bytes &&
      item instanceof PyInt &&
      typeof item.value === 'number'
    ) {
      if (item.value < 0 || item.value > 255) raise('ValueError', 'byte must be in range(0, 256)')
      return container.value.includes(String.fromCharCode(item.value))
    }
    if (!(item instanceof PyStr))
      raise(
        'TypeError',
        R.profile.py2 || container.type !== R.T.bytes
          ? `'in <string>' requires string as left operand, not ${item.type.name}`
          : `a bytes-like object is required, not '${item.type.name}'`,
      )
    return container.value.includes(item.value)
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eq(x, item)) return true
    return false
  }
  if (container instanceof PyInstance && !container.type.builtin) {
    const f = lookupType(container.type, '__contains__')
    if (f !== null) {
      const r = callDescr(f, container, [item])
      const t = truthy(r)
      decref(r)
      return t
    }
  }
  if (container instanceof PyNative && container.type === R.T.range && item instanceof PyInt) {
    const [a, b, c] = container.extra as number[]
    const v = Number(item.value)
    return c > 0 ? v >= a && v < b && (v - a) % c === 0 : v <= a && v > b && (a - v) % -c === 0
  }
  const it = getIter(container)
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      const found = x === item || eq(x, item)
      decref(x)
      if (found) return true
    }
    return false
  } finally {
    decref(it)
  }
}

// ---------------------------------------------------------------- attributes

function isDataDescr(d: PyObject): boolean {
  return d instanceof PyDescriptor && (d.type === R.T.property || d.type === R.T.getset_descriptor)
}

/** Bind a class attribute found on the type to `self` (descriptor __get__). New reference. */
export function bindAttr(d: PyObject, self: PyObject | null, owner: PyType): PyObject {
  if (d instanceof PyFunction) {
    if (self === null) return incref(d)
    return R.born(new PyMethod(R.T.method, incref(d), incref(self)), 'method', true)
  }
  if (d instanceof PyDescriptor) {
    if (d.type === R.T.staticmethod) return incref(d.fget as PyObject)
    if (d.type === R.T.classmethod)
      return R.born(new PyMethod(R.T.method, incref(d.fget as PyObject), incref(owner)), 'method', true)
    if (d.type === R.T.property) {
      if (self === null) return incref(d)
      if (d.fget === null) raise('AttributeError', 'unreadable attribute')
      return callDescr(d.fget, self, [])
    }
    // getset_descriptor (descrobject.c getset_get): the C getter, called with the instance; a builtin
    // type's member_descriptor (member_get) reads its field the same way.
    if (
      d.type === R.T.getset_descriptor ||
      (d.type === R.T.member_descriptor && d.fget instanceof PyBuiltin)
    ) {
      if (self === null) return incref(d)
      return (d.fget as PyBuiltin).fn([], null, self)
    }
  }
  if (d instanceof PyBuiltin && d.self === null && self !== null && d.isMethod) return boundBuiltin(d, self)
  return incref(d)
}

export function attributeError(o: PyObject, name: string): never {
  if (o instanceof PyType)
    raise(
      'AttributeError',
      R.profile.py2
        ? `type object '${o.name}' has no attribute '${name}'`
        : `type object '${o.name}' has no attribute '${name}'`,
    )
  if (o instanceof PyModule)
    raise(
      'AttributeError',
      R.profile.py2
        ? `'module' object has no attribute '${name}'`
        : `module '${o.name}' has no attribute '${name}'`,
    )
  // 2.7's member descriptor for an empty __slots__ entry raises with just the name (PyMember_GetOne).
  if (R.profile.py2 && o instanceof PyInstance && o.slots !== null && o.type.allSlots.includes(name))
    raise('AttributeError', name)
  raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`)
}

/** getattr(o, name): new reference. */
export function getAttr(o: PyObject, name: string): PyObject {
  if (o instanceof PyWeakref && isProxy(o)) return getAttr(proxyReferent(o as PyWeakref), name)
  const r = getAttrOrNull(o, name)
  if (r === null) {
    if ((o instanceof PyInstance || isValueSubtype(o)) && !o.type.builtin) {
      const ga = lookupType(o.type, '__getattr__')
      if (ga !== null) {
        const n = R.str(name)
        try {
          return callDescr(ga, o, [n])
        } finally {
          decref(n)
        }
      }
    }
    attributeError(o, name)
  }
  return r
}

/**
 * getattr(o, name) at a compiled site (`o.name` in the program), for a name without a leading underscore:
 * the instance-__dict__ fast path of getAttrOrNull with the class lookup memoised at the site, else
 * getAttr. New reference.
 */
export function getAttrAt(o: PyObject, name: string, site: LookupSite): PyObject {
  if (o instanceof PyInstance && !(o instanceof PyExc) && lookupAt(site, o.type, name) === null) {
    const dict = o.dict
    if (dict !== null) {
      const e = dict.map.get(name)
      if (e !== undefined) return incref(e.value)
    }
  }
  return getAttr(o, name)
}

export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  // Fast path, same result as the general one below: an ordinary name (no leading underscore, so no
  // special attribute) on a plain instance whose class has no attribute of that name (so no descriptor,
  // no method) can only come from the instance's own __dict__.
  if (o instanceof PyInstance && name.charCodeAt(0) !== 95 && !(o instanceof PyExc)) {
    if (lookupType(o.type, name) === null) {
      const dict = o.dict
      if (dict !== null) {
        const e = dict.map.get(name)
        if (e !== undefined) return incref(e.value)
      }
      if (o.slots === null) return null
    }
  }
  if (o instanceof PyModule) {
    const e = o.dict.map.get(name)
    return e === undefined ? null : incref(e.value)
  }
  if (o instanceof PyType) return typeGetAttr(o, name)
  if (o instanceof PyWeakref && isProxy(o)) return getAttrOrNull(proxyReferent(o as PyWeakref), name)
  if (o instanceof PyNative && o.type === R.T.super) {
    const r = superAttr(o, name)
    if (r !== undefined) return r
  }
  const special = specialAttr(o, name)
  if (special !== undefined) return special
  const t = o.type
  const d = lookupType(t, name)
  if (d !== null && isDataDescr(d)) return bindAttr(d, o, t)
  if (o instanceof PyInstance) {
    if (o.dict !== null) {
      const e = o.dict.map.get(name)
      if (e !== undefined) return incref(e.value)
    }
    if (o.slots !== null) {
      const i = t.allSlots.indexOf(name)
      if (i >= 0) {
        const v = o.slots[i]
        if (v === null) return null
        return incref(v)
      }
    }
  }
  if (o instanceof PyFunction && o.dict !== null) {
    const e = o.dict.map.get(name)
    if (e !== undefined) return incref(e.value)
  }
  if (!t.builtin && !(o instanceof PyInstance)) {
    // An instance of a subclass of list, dict, tuple...: its own __dict__ (objects/subtype-extras.ts).
    const sd = subtypeDict(o)
    if (sd !== null) {
      const e = sd.map.get(name)
      if (e !== undefined) return incref(e.value)
    }
  }
  if (d !== null) {
    if (d instanceof PyBuiltin && d.self === null) return boundBuiltin(d, o)
    return bindAttr(d, o, t)
  }
  return null
}

function typeGetAttr(t: PyType, name: string): PyObject | null {
  switch (name) {
    case '__name__':
      // A static type's __name__ is its tp_name after the last dot ('weakref.ProxyType').
      return R.str(t.builtin ? t.name.slice(t.name.lastIndexOf('.') + 1) : t.name)
    case '__mro__':
      return t.mroTuple !== null ? incref(t.mroTuple) : R.tuple(t.mro.map((x) => incref(x as PyObject)))
    case '__bases__':
      if (t.basesTuple !== null) return incref(t.basesTuple)
      return R.tuple(t.base ? [incref(t.base as PyObject)] : [])
    case '__base__':
      return incref(t.base ?? R.None)
    case '__dict__':
      return incref(t.dict)
    case '__class__':
      return incref(t.type)
    case '__module__':
      // type_module: a static type's module is its tp_name before the last dot, else builtins
      // (2.7: __builtin__, or exceptions for the exception classes).
      if (t.builtin) {
        const dot = t.name.lastIndexOf('.')
        return R.intern(dot >= 0 ? t.name.slice(0, dot) : modName(t) || '__builtin__')
      }
  }
  const d = lookupType(t, name)
  if (d === null) {
    const m = lookupType(t.type, name)
    if (m !== null) return bindAttr(m, t, t.type)
    return null
  }
  if (d instanceof PyDescriptor && d.type === R.T.classmethod) return bindAttr(d, null, t)
  if (d instanceof PyDescriptor && d.type === R.T.staticmethod) return incref(d.fget as PyObject)
  return incref(d)
}

function tupleOfStr(names: string[]): PyObject {
  return R.tuple(names.map((n) => R.intern(n)))
}

function specialAttr(o: PyObject, name: string): PyObject | null | undefined {
  if (name === '__class__') return incref(o.type as PyObject)
  if (o instanceof PyExc && (name === 'args' || name === 'message')) {
    if (name === 'args') return incref(o.args ?? R.emptyTuple)
    if (R.profile.py2) return o.args && o.args.items.length === 1 ? incref(o.args.items[0]) : R.str('')
  }
  if (name.charCodeAt(0) !== 95 && !(o instanceof PyCell) && !(o instanceof PyCode)) return undefined
  if (o instanceof PyInstance && name === '__dict__') {
    if (!o.type.hasDict) return undefined
    return incref(R.instanceDict(o, true))
  }
  if (name === '__dict__' && o.type.hasDict && isValueSubtype(o)) return incref(subtypeDictFor(o))
  if (o instanceof PyFunction) {
    switch (name) {
      case '__name__':
        return incref(o.name)
      case '__closure__':
        return incref(o.closure ?? R.None)
      case '__code__':
        return incref(o.code)
      case '__defaults__':
        return incref(o.defaults ?? R.None)
      case '__globals__':
        return incref(o.globals)
      case '__dict__':
        if (o.dict === null) o.dict = R.dict()
        return incref(o.dict)
      case '__qualname__':
        return R.str(qualname(o))
    }
  }
  if (o instanceof PyMethod) {
    if (name === '__self__') return incref(o.self)
    if (name === '__func__') return incref(o.func)
    if (name === '__name__') return getAttr(o.func, '__name__')
  }
  if (o instanceof PyBuiltin) {
    if (name === '__self__') return incref(o.self ?? R.None)
    if (name === '__name__') return R.str(o.name)
  }
  if (o instanceof PyCell && name === 'cell_contents') {
    if (o.ref === null) raise('ValueError', 'Cell is empty')
    return incref(o.ref)
  }
  if (o instanceof PyCode) {
    const i = o.info
    switch (name) {
      case 'co_name':
        return R.str(i.name)
      case 'co_varnames':
        return tupleOfStr(i.varnames)
      case 'co_cellvars':
        return tupleOfStr(i.cellvars)
      case 'co_freevars':
        return tupleOfStr(i.freevars)
      case 'co_argcount':
        return R.int(i.argcount)
      case 'co_firstlineno':
        return R.int(i.firstLine)
    }
  }
  if (o instanceof PyExc) {
    // Python 2 exceptions have no __traceback__, __context__ or __cause__ (PEP 3134 is 3.x).
    if (R.profile.py2 && (name === '__traceback__' || name === '__context__' || name === '__cause__'))
      return undefined
    switch (name) {
      case 'args':
        return incref(o.args ?? R.emptyTuple)
      case '__traceback__':
        return incref(o.traceback ?? R.None)
      case '__context__':
        return incref(o.context ?? R.None)
      case '__cause__':
        return incref(o.cause ?? R.None)
      case 'message':
        if (R.profile.py2) return o.args && o.args.items.length === 1 ? incref(o.args.items[0]) : R.str('')
    }
  }
  if (o instanceof PyWeakref && name === '__callback__') return incref(o.callback ?? R.None)
  if (name === '__doc__') {
    // A function's docstring is its code's first constant; classes keep theirs in their dict.
    if (o instanceof PyFunction) return incref(o.code.info.doc ?? R.None)
    if (o instanceof PyInstance || o instanceof PyType) return undefined
    return incref(R.None)
  }
  return undefined
}

export function setAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyInstance) {
    const t = o.type
    if (!t.builtin) {
      const sa = lookupType(t, '__setattr__')
      if (sa !== null && !(sa instanceof PyBuiltin)) {
        const n = R.str(name)
        try {
          decref(callDescr(sa, o, [n, v]))
        } finally {
          decref(n)
        }
        return
      }
    }
    genericSetAttr(o, name, v)
    return
  }
  if (o instanceof PyType && !o.builtin) {
    typeModified()
    dictSetStr(o.dict, name, v)
    if (name === '__del__') typeModified()
    return
  }
  if (o instanceof PyFunction) {
    if (name === '__defaults__') {
      const old = o.defaults
      o.defaults = v === R.None ? null : (incref(v) as PyTuple)
      if (old) decref(old)
      return
    }
    if (o.dict === null) o.dict = R.dict()
    dictSetStr(o.dict, name, v)
    return
  }
  if (o instanceof PyModule) {
    dictSetStr(o.dict, name, v)
    return
  }
  if (o instanceof PyType) raise('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`)
  if (o instanceof PyWeakref && isProxy(o)) return setAttr(proxyReferent(o as PyWeakref), name, v)
  if (isValueSubtype(o)) return subtypeSetAttr(o, name, v)
  raise('AttributeError', noAttributeToSet(o.type.name, name))
}

/**
 * setattr on an instance of a subclass of a builtin value type: the class's `__setattr__`, else
 * PyObject_GenericSetAttr with the instance `__dict__` of objects/subtype-extras.ts.
 */
function subtypeSetAttr(o: PyObject, name: string, v: PyObject): void {
  const t = o.type
  const sa = lookupType(t, '__setattr__')
  if (sa !== null && !(sa instanceof PyBuiltin)) {
    const n = R.str(name)
    try {
      decref(callDescr(sa, o, [n, v]))
    } finally {
      decref(n)
    }
    return
  }
  const d = lookupType(t, name)
  if (d !== null && isDataDescr(d)) {
    const p = d as PyDescriptor
    if (p.fset === null)
      raise(
        'AttributeError',
        R.profile.py2 ? "can't set attribute" : `property '${name}' of '${t.name}' object has no setter`,
      )
    decref(callDescr(p.fset, o, [v]))
    return
  }
  if (!t.hasDict) raise('AttributeError', noAttributeToSet(t.name, name))
  dictSetStr(subtypeDictFor(o), name, v)
}

/**
 * setattr(o, name, v) at a compiled site (`o.name = v`): for an instance with a __dict__ and no __slots__
 * whose class overrides neither __setattr__ nor `name` with a property, the store goes straight to the
 * __dict__, with both class lookups memoised at the site (`sa` for __setattr__, `site` for name); anything
 * else takes setAttr. Borrows `v` as setAttr does.
 */
export function setAttrAt(o: PyObject, name: string, v: PyObject, sa: LookupSite, site: LookupSite): void {
  if (o instanceof PyInstance && !(o instanceof PyExc) && o.slots === null) {
    const t = o.type
    if (t.hasDict) {
      const custom = t.builtin ? null : lookupAt(sa, t, '__setattr__')
      if (custom === null || custom instanceof PyBuiltin) {
        const d = lookupAt(site, t, name)
        if (d === null || !isDataDescr(d)) {
          dictSetStr(R.instanceDict(o), name, v)
          return
        }
      }
    }
  }
  setAttr(o, name, v)
}

/** The AttributeError of setting an attribute an object cannot hold (3.13 says why). */
function noAttributeToSet(typeName: string, name: string): string {
  const base = `'${typeName}' object has no attribute '${name}'`
  return R.profile.version[0] === 3 && R.profile.version[1] >= 13
    ? `${base} and no __dict__ for setting new attributes`
    : base
}

/** object.__setattr__ (PyObject_GenericSetAttr). */
export function genericSetAttr(o: PyInstance, name: string, v: PyObject): void {
  const t = o.type
  const d = lookupType(t, name)
  if (d !== null && isDataDescr(d)) {
    const p = d as PyDescriptor
    if (p.fset === null)
      raise(
        'AttributeError',
        R.profile.py2 ? "can't set attribute" : `property '${name}' of '${t.name}' object has no setter`,
      )
    decref(callDescr(p.fset, o, [v]))
    return
  }
  if (o.slots !== null) {
    const i = t.allSlots.indexOf(name)
    if (i >= 0) {
      const old = o.slots[i]
      o.slots[i] = incref(v)
      if (old !== null) decref(old)
      return
    }
  }
  if (o instanceof PyExc && name === '__traceback__') {
    const old = o.traceback
    o.traceback = v === R.None ? null : (incref(v) as never)
    if (old) decref(old)
    return
  }
  if (!t.hasDict) {
    if (!t.isException) raise('AttributeError', noAttributeToSet(t.name, name))
  }
  dictSetStr(R.instanceDict(o), name, v)
}

export function delAttr(o: PyObject, name: string): void {
  if (o instanceof PyInstance) {
    const t = o.type
    const da = t.builtin ? null : lookupType(t, '__delattr__')
    if (da !== null) {
      const n = R.str(name)
      try {
        decref(callDescr(da, o, [n]))
      } finally {
        decref(n)
      }
      return
    }
    const d = lookupType(t, name)
    if (d !== null && isDataDescr(d) && (d as PyDescriptor).fdel !== null) {
      decref(callDescr((d as PyDescriptor).fdel as PyObject, o, []))
      return
    }
    if (o.slots !== null) {
      const i = t.allSlots.indexOf(name)
      if (i >= 0 && o.slots[i] !== null) {
        const old = o.slots[i] as PyObject
        o.slots[i] = null
        decref(old)
        return
      }
      // Deleting an empty slot: the member descriptor raises with just the name (PyMember_SetOne).
      if (i >= 0) raise('AttributeError', name)
    }
    if (o.dict !== null && dictDelStr(o.dict, name)) return
    missingOnDelete(o, name, o.dict !== null)
  }
  if (o instanceof PyType && !o.builtin) {
    typeModified()
    if (!dictDelStr(o.dict, name)) attributeError(o, name)
    return
  }
  if (o instanceof PyFunction && o.dict !== null && dictDelStr(o.dict, name)) return
  if (o instanceof PyModule && dictDelStr(o.dict, name)) return
  if (o instanceof PyWeakref && isProxy(o)) return delAttr(proxyReferent(o as PyWeakref), name)
  if (isValueSubtype(o)) {
    // A subclass of list, dict, tuple...: __delattr__, a descriptor's deleter, or its own __dict__.
    const da = lookupType(o.type, '__delattr__')
    if (da !== null && !(da instanceof PyBuiltin)) {
      const n = R.str(name)
      try {
        decref(callDescr(da, o, [n]))
      } finally {
        decref(n)
      }
      return
    }
    const d = lookupType(o.type, name)
    if (d !== null && isDataDescr(d) && (d as PyDescriptor).fdel !== null) {
      decref(callDescr((d as PyDescriptor).fdel as PyObject, o, []))
      return
    }
    const sd = subtypeDict(o)
    if (sd !== null && dictDelStr(sd, name)) return
    missingOnDelete(o, name, sd !== null)
  }
  attributeError(o, name)
}

/**
 * `del o.name` of a name the instance __dict__ lacks (PyObject_GenericSetAttr with NULL): before 3.11 the
 * dict's KeyError becomes `AttributeError(name)` — on 2.7 once the dict exists, on 3.10 always (the
 * shared-key dict is made for the deletion); otherwise, and on 3.11+, the usual message.
 */
function missingOnDelete(o: PyObject, name: string, dictExists: boolean): never {
  const p = R.profile
  if (o.type.hasDict && (p.py2 ? dictExists : p.version[1] <= 10)) raise('AttributeError', name)
  attributeError(o, name)
}

// ---------------------------------------------------------------- dict primitives

/** d[key] = value (borrowed key/value; the dict takes its own references). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const k = hashKey(key)
  const e = d.map.get(k)
  incref(value)
  if (e !== undefined) {
    const old = e.value
    e.value = value
    decref(old)
  } else {
    d.map.set(k, { key: incref(key), value })
    dictInserted(d, key)
  }
  // MAINTAIN_TRACKING(mp, key, value): a container key starts tracking as well as a container value.
  if (d.gcGen < 0) R.maybeTrackDict(d, key)
  if (d.gcGen < 0) R.maybeTrackDict(d, value)
}

/** A builtin method bound to `self` (PyCFunction_NewEx): it keeps the method's calling convention. */
export function boundBuiltin(d: PyBuiltin, self: PyObject): PyBuiltin {
  const b = R.builtin(d.name, d.fn, self)
  b.conv = d.conv
  return b
}

export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  const e = d.map.get(name)
  incref(value)
  if (e !== undefined) {
    const old = e.value
    e.value = value
    decref(old)
  } else {
    const key = R.intern(name)
    d.map.set(name, { key, value })
    dictInserted(d, key)
  }
  if (d.gcGen < 0) R.maybeTrackDict(d, value)
}

export function dictDelStr(d: PyDict, name: string): boolean {
  const e = d.map.get(name)
  if (e === undefined) return false
  d.map.delete(name)
  dictDeleted(d)
  decref(e.key)
  decref(e.value)
  return true
}

export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const e = d.map.get(name)
  return e === undefined ? null : e.value
}

// ---------------------------------------------------------------- items

function normIndex(i: PyObject, n: number, what: string): number {
  if (!(i instanceof PyInt)) {
    if (i instanceof PyInstance && lookupType(i.type, '__index__')) {
      const r = callDescr(lookupType(i.type, '__index__') as PyObject, i, [])
      const v = Number((r as PyInt).value)
      decref(r)
      return v < 0 ? v + n : v
    }
    raise(
      'TypeError',
      `${what} indices must be integers${R.profile.py2 ? '' : ' or slices'}, not ${i.type.name}`,
    )
  }
  const v = Number(i.value)
  return v < 0 ? v + n : v
}

export interface SliceBounds {
  start: number
  stop: number
  step: number
  len: number
}

export function sliceIndices(s: PyNative, n: number): SliceBounds {
  const [lo, hi, st] = s.held as PyObject[]
  const step = st === R.None ? 1 : Number((st as PyInt).value)
  if (step === 0) raise('ValueError', 'slice step cannot be zero')
  const conv = (x: PyObject, dflt: number, isStart: boolean): number => {
    if (x === R.None) return dflt
    if (!(x instanceof PyInt))
      raise('TypeError', 'slice indices must be integers or None or have an __index__ method')
    let v = Number(x.value)
    if (v < 0) {
      v += n
      if (v < 0) v = step < 0 ? -1 : 0
    } else if (v >= n) v = step < 0 ? n - 1 : n
    void isStart
    return v
  }
  const start = conv(lo, step < 0 ? n - 1 : 0, true)
  const stop = conv(hi, step < 0 ? -1 : n, false)
  let len: number
  if (step > 0) len = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0
  else len = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0
  return { start, stop, step, len }
}

export function isSlice(o: PyObject): o is PyNative {
  return o.type === R.T.slice || o.type === R.T.slice_direct
}

export function getItem(o: PyObject, k: PyObject): PyObject {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items
    if (isSlice(k)) {
      const b = sliceIndices(k, items.length)
      const out: PyObject[] = []
      for (let i = 0, j = b.start; i < b.len; i++, j += b.step) out.push(incref(items[j]))
      if (o instanceof PyList) return R.list(out)
      if (b.step === 1 && b.len === items.length && o.type === R.T.tuple) {
        for (const x of out) decref(x)
        return incref(o)
      }
      return R.tuple(out)
    }
    const i = normIndex(k, items.length, o instanceof PyList ? 'list' : 'tuple')
    if (i < 0 || i >= items.length)
      raise('IndexError', `${o instanceof PyList ? 'list' : 'tuple'} index out of range`)
    return incref(items[i])
  }
  if (o instanceof PyDict) {
    const e = o.map.get(hashKey(k))
    if (e === undefined) {
      if (o.type !== R.T.dict) {
        const m = lookupType(o.type, '__missing__')
        if (m !== null) return callDescr(m, o, [k])
      }
      raiseWith('KeyError', incref(k))
    }
    return incref(e.value)
  }
  if (o instanceof PyStr) {
    const s = o.value
    if (isSlice(k)) {
      const b = sliceIndices(k, s.length)
      // The whole of an exact str is the str itself (unicode_subscript / string_subscript).
      if (b.step === 1 && b.len === s.length && (o.type === R.T.str || o.type === R.T.unicode))
        return incref(o)
      let out = ''
      for (let i = 0, j = b.start; i < b.len; i++, j += b.step) out += s[j]
      return R.typedStr(o.type, out)
    }
    const i = normIndex(k, s.length, 'string')
    if (i < 0 || i >= s.length) raise('IndexError', 'string index out of range')
    if (o.type === R.T.bytes) return R.int(s.charCodeAt(i))
    return R.typedStr(o.type, s[i])
  }
  if (o instanceof PyNative && o.type === R.T.range) {
    const [a, b, c] = o.extra as number[]
    const n = rangeLen(a, b, c)
    const i = normIndex(k, n, 'range')
    if (i < 0 || i >= n) raise('IndexError', 'range object index out of range')
    return R.int(a + i * c)
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__getitem__')
    if (f !== null) return callDescr(f, o, [k])
  }
  if (o instanceof PyWeakref && isProxy(o)) return getItem(proxyReferent(o as PyWeakref), k)
  if (o instanceof PyType && !R.profile.py2) {
    raise('TypeError', `'type' object is not subscriptable`)
  }
  raise(
    'TypeError',
    R.profile.py2
      ? `'${o.type.name}' object has no attribute '__getitem__'`
      : `'${o.type.name}' object is not subscriptable`,
  )
}

export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  if (o instanceof PyList) {
    if (isSlice(k)) {
      listAssignSlice(o, k, v)
      return
    }
    const i = normIndex(k, o.items.length, 'list')
    if (i < 0 || i >= o.items.length) raise('IndexError', 'list assignment index out of range')
    const old = o.items[i]
    o.items[i] = incref(v)
    decref(old)
    return
  }
  if (o instanceof PyDict) {
    dictSet(o, k, v)
    return
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__setitem__')
    if (f !== null) {
      decref(callDescr(f, o, [k, v]))
      return
    }
  }
  if (o instanceof PyWeakref && isProxy(o)) return setItem(proxyReferent(o as PyWeakref), k, v)
  raise('TypeError', `'${o.type.name}' object does not support item assignment`)
}

function listAssignSlice(o: PyList, k: PyNative, v: PyObject): void {
  const src = v === o ? o.items.slice() : null
  const items = src ?? listFromIterable(v)
  const b = sliceIndices(k, o.items.length)
  if (b.step === 1) {
    for (const x of items) incref(x)
    const stop = Math.max(b.start, b.stop)
    const oldsize = o.items.length
    const removed = o.items.splice(b.start, stop - b.start, ...items)
    // list_ass_slice: list_resize by the difference, or _list_clear when nothing is left.
    if (o.items.length === 0) listCleared(o)
    else if (o.items.length !== oldsize) listResized(o, oldsize)
    for (let i = removed.length - 1; i >= 0; i--) decref(removed[i])
  } else {
    if (items.length !== b.len)
      raise(
        'ValueError',
        `attempt to assign sequence of size ${items.length} to extended slice of size ${b.len}`,
      )
    for (let i = 0, j = b.start; i < b.len; i++, j += b.step) {
      const old = o.items[j]
      o.items[j] = incref(items[i])
      decref(old)
    }
  }
  if (src === null) for (const x of items) decref(x)
}

export function delItem(o: PyObject, k: PyObject): void {
  if (o instanceof PyList) {
    if (isSlice(k)) {
      const b = sliceIndices(k, o.items.length)
      const removed: PyObject[] = []
      const oldsize = o.items.length
      if (b.step === 1) removed.push(...o.items.splice(b.start, Math.max(0, b.stop - b.start)))
      else {
        const idx: number[] = []
        for (let i = 0, j = b.start; i < b.len; i++, j += b.step) idx.push(j)
        idx.sort((x, y) => y - x)
        for (const j of idx) removed.unshift(...o.items.splice(j, 1))
      }
      if (b.step === 1 && o.items.length === 0 && oldsize > 0) listCleared(o)
      else if (o.items.length !== oldsize) listResized(o, oldsize)
      // list_ass_slice releases the removed items last to first
      for (let i = removed.length - 1; i >= 0; i--) decref(removed[i])
      return
    }
    const i = normIndex(k, o.items.length, 'list')
    if (i < 0 || i >= o.items.length) raise('IndexError', 'list assignment index out of range')
    const [old] = o.items.splice(i, 1)
    if (o.items.length === 0) listCleared(o)
    else listResized(o, o.items.length + 1)
    decref(old)
    return
  }
  if (o instanceof PyDict) {
    const hk = hashKey(k)
    const e = o.map.get(hk)
    if (e === undefined) raiseWith('KeyError', incref(k))
    o.map.delete(hk)
    dictDeleted(o)
    decref(e.key)
    decref(e.value)
    return
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__delitem__')
    if (f !== null) {
      decref(callDescr(f, o, [k]))
      return
    }
  }
  if (o instanceof PyWeakref && isProxy(o)) return delItem(proxyReferent(o as PyWeakref), k)
  raise(
    'TypeError',
    R.profile.py2
      ? `'${o.type.name}' object doesn't support item deletion`
      : `'${o.type.name}' object doesn't support item deletion`,
  )
}

// ---------------------------------------------------------------- iteration

function seqIterStep(self: PyNative): PyObject | null {
  const s = self.held[0]
  if (s === null) return null
  const items = (s as PyList).items
  if (self.index < items.length) return incref(items[self.index++])
  // exhausted: release the sequence (listiter_next sets it_seq = NULL)
  self.held[0] = null
  decref(s)
  return null
}

/** A range iterator (rangeobject.c rangeiterobject, not a GC object): `len` values from `start` by `step`. */
export function rangeIter(start: number, step: number, len: number): PyNative {
  return R.born(new PyNative(R.T.range_iterator, [], rangeIterStep, 0, [start, 0, step, len]), 'other', false)
}

function rangeIterStep(self: PyNative): PyObject | null {
  const st = self.extra as number[]
  if (self.index >= st[3]) return null
  const v = st[0] + self.index * st[2]
  self.index++
  return R.int(v)
}

function strIterStep(self: PyNative): PyObject | null {
  const s = self.held[0] as PyStr | null
  if (s === null) return null
  if (self.index < s.value.length) {
    // 3.x bytes yield ints (bytes_iterator); str and 2.7 str yield 1-character strings.
    if (self.type === R.T.bytes_iterator) return R.int(s.value.charCodeAt(self.index++))
    return R.typedStr(s.type, s.value[self.index++])
  }
  self.held[0] = null
  decref(s)
  return null
}

/** Iterator over a snapshot of a dict's/set's entries, checking for size changes like dictiter. */
function mapIterStep(self: PyNative): PyObject | null {
  const src = self.held[0]
  if (src === null) return null
  const st = self.extra as { it: Iterator<unknown>; size: number; mode: number }
  const size = (src as PyDict).map.size
  if (size !== st.size) {
    st.size = -1
    raise('RuntimeError', `${src instanceof PySet ? 'Set' : 'dictionary'} changed size during iteration`)
  }
  const n = st.it.next()
  if (n.done) {
    self.held[0] = null
    decref(src)
    return null
  }
  if (src instanceof PySet) return incref(n.value as PyObject)
  const e = n.value as { key: PyObject; value: PyObject }
  if (st.mode === 0) return incref(e.key)
  if (st.mode === 1) return incref(e.value)
  return R.tuple([incref(e.key), incref(e.value)])
}

export function newIter(
  src: PyObject,
  step: (self: PyNative) => PyObject | null,
  extra: unknown = null,
  type: PyType = R.T.iterator,
): PyNative {
  return R.born(new PyNative(type, [incref(src)], step, 0, extra), 'other', true)
}

const DICT_ITER_TYPES = ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'] as const

/** The iterator type CPython uses for a str or bytes: 3.12+ has one for ASCII str; 2.7 the generic one. */
function strIterType(s: PyStr): PyType {
  const T = R.T
  if (R.profile.py2) return T.seq_iterator
  if (s.type === T.bytes || (s.type.base === T.bytes && s.type !== T.str)) return T.bytes_iterator
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s.value) ? T.str_ascii_iterator : T.str_iterator
}

/**
 * The entries of a set (every version) or a 2.7 dict in CPython's iteration order: hash-table slot
 * order where objects/table-order.ts models it, else insertion order (3.x dicts are insertion-ordered).
 */
export function tableEntries<V>(o: PyDict | PySet): V[] {
  const values = [...o.map.values()] as V[]
  if (values.length < 2) return values
  const isSet = o instanceof PySet
  const fixed = isSet ? FIXED_ORDER.get(o) : undefined
  if (fixed !== undefined && fixed.size === o.map.size && fixed.fill === o.table?.fill)
    return fixed.items as V[]
  if (!isSet && !R.profile.py2) return values
  const keys = isSet ? (values as PyObject[]) : (values as { key: PyObject }[]).map((e) => e.key)
  // Once a key was deleted, the table is replayed from the history (dummies reused by later inserts).
  if (o.map instanceof LoggedMap) {
    const slotKeys = o.map.slotOrder()
    if (slotKeys !== null && slotKeys.length === keys.length) {
      const map = o.map as Map<unknown, V>
      return slotKeys.map((k) => map.get(k) as V)
    }
  }
  const order = tableOrder(keys, R.profile.py2 ? 'table27' : 'set3')
  return order === null ? values : order.map((i) => values[i])
}

/** Sets whose layout came from a merge (a constant display), with the fill and size it is valid for. */
const FIXED_ORDER = new WeakMap<PySet, { items: PyObject[]; size: number; fill: number }>()

/** Record that `s` iterates as `items` until it is next changed. */
export function fixTableOrder(s: PySet, items: PyObject[]): void {
  FIXED_ORDER.set(s, { items: [...items], size: s.map.size, fill: s.table?.fill ?? -1 })
}

export function dictIter(d: PyDict | PySet, mode: number): PyNative {
  const ordered = d instanceof PySet || R.profile.py2
  const it = ordered ? tableEntries<unknown>(d)[Symbol.iterator]() : d.map.values()
  const type = d instanceof PySet ? R.T.set_iterator : R.T[DICT_ITER_TYPES[mode]]
  return newIter(d, mapIterStep, { it, size: d.map.size, mode }, type)
}

export function getIter(o: PyObject): PyObject {
  if (o instanceof PyWeakref && isProxy(o)) return getIter(proxyReferent(o as PyWeakref))
  if (o instanceof PyList) return newIter(o, seqIterStep)
  if (o instanceof PyTuple) return newIter(o, seqIterStep, null, R.T.tuple_iterator)
  if (o instanceof PyNative) {
    if (o.type === R.T.range) {
      const [a, b, c] = o.extra as number[]
      return rangeIter(a, c, rangeLen(a, b, c))
    }
    if (o.type === R.T.dict_keys || o.type === R.T.dict_values || o.type === R.T.dict_items)
      return dictIter(o.held[0] as PyDict, o.type === R.T.dict_keys ? 0 : o.type === R.T.dict_values ? 1 : 2)
    if (o.step !== null) return incref(o)
  }
  if (o instanceof PyDict) return dictIter(o, 0)
  if (o instanceof PySet) return dictIter(o, 0)
  if (o instanceof PyStr) return newIter(o, strIterStep, null, strIterType(o))
  if (o.type.name === 'generator') return incref(o)
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__iter__')
    if (f !== null) return callDescr(f, o, [])
    if (lookupType(o.type, '__getitem__') !== null) {
      return newIter(
        o,
        (self) => {
          const idx = R.int(self.index++)
          try {
            return getItem(self.held[0] as PyObject, idx)
          } catch (e) {
            if (e instanceof PyError && isInstance(e.exc, R.E.IndexError)) {
              decref(e.exc)
              return null
            }
            throw e
          } finally {
            decref(idx)
          }
        },
        null,
        R.T.seq_iterator,
      )
    }
  }
  raise(
    'TypeError',
    R.profile.py2 ? `'${o.type.name}' object is not iterable` : `'${o.type.name}' object is not iterable`,
  )
}

/** Next item (new reference) or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  if (it instanceof PyNative && it.step !== null) return it.step(it)
  const gen = genHook
  if (it.type.name === 'generator' && gen !== null) return gen(it)
  if (it instanceof PyInstance) {
    const f = lookupType(it.type, R.profile.py2 ? 'next' : '__next__')
    if (f === null) raise('TypeError', `'${it.type.name}' object is not an iterator`)
    try {
      return callDescr(f, it, [])
    } catch (e) {
      if (e instanceof PyError && isInstance(e.exc, R.E.StopIteration)) {
        decref(e.exc)
        return null
      }
      throw e
    }
  }
  raise('TypeError', `'${it.type.name}' object is not an iterator`)
}

let genHook: ((g: PyObject) => PyObject | null) | null = null
export function setGeneratorHook(f: (g: PyObject) => PyObject | null): void {
  genHook = f
}

/** Materialise any iterable as a JS array of NEW references. */
export function listFromIterable(o: PyObject): PyObject[] {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.map((x) => incref(x))
  const out: PyObject[] = []
  const it = getIter(o)
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      out.push(x)
      // One statement can build a huge list (list(range(10**9))): keep the memory cap in force.
      if ((out.length & 4095) === 0) R.guardMemory(8 * out.length)
    }
  } catch (e) {
    for (const x of out) decref(x)
    throw e
  } finally {
    decref(it)
  }
  return out
}

export function length(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length
  if (o instanceof PyStr) return o.value.length
  if (o instanceof PyDict || o instanceof PySet) return o.map.size
  if (o instanceof PyNative) {
    if (o.type === R.T.range) {
      const [a, b, c] = o.extra as number[]
      return rangeLen(a, b, c)
    }
    if (o.type === R.T.dict_keys || o.type === R.T.dict_values || o.type === R.T.dict_items)
      return (o.held[0] as PyDict).map.size
  }
  if (o instanceof PyInstance && !o.type.builtin) {
    const f = lookupType(o.type, '__len__')
    if (f !== null) {
      const r = callDescr(f, o, [])
      const n = Number((r as PyInt).value)
      decref(r)
      return n
    }
  }
  if (o instanceof PyWeakref && isProxy(o)) return length(proxyReferent(o as PyWeakref))
  raise('TypeError', `object of type '${o.type.name}' has no len()`)
}

export { PyError }
