/**
 * Methods of the built-in types (Objects/listobject.c, dictobject.c, unicodeobject.c, setobject.c, ...),
 * installed as method descriptors in each type's `__dict__`. Each receives borrowed arguments and returns a
 * new reference; containers take their own references to what they store.
 *
 * Simplifications:
 * - `list.sort` is a stable merge sort like timsort, but without timsort's galloping details.
 */
import type { SlotTable } from '../objects/table-order'
import { LoggedMap } from '../objects/table-order'
import {
  discardAll,
  dictMergeTable27,
  fromkeysTable27,
  inplaceTable,
  intersectionIterates,
  mergedCopy,
  mergeInto,
  newTableFrom,
  operandOf,
  resultTable,
  tableOf,
  useTable,
  type Operand,
} from '../objects/set-order'
import {
  dictCleared,
  dictCopied,
  dictDeleted,
  setAdded,
  setBuiltByAdds,
  setCleared,
  setDiscarded,
  setMerged,
  setOpResult,
} from '../objects/storage'
import { listCleared, listExtended, listInitFrom, listResized } from '../objects/storage'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { lookupType } from '../objects/lookup'
import { raise, raiseWith } from '../objects/errors'
import {
  dictIter,
  dictSet,
  eq,
  getIter,
  hashKey,
  iterNext,
  listFromIterable,
  repr,
  richCompare,
  str,
  truthy,
  callMethod,
  getItem,
  tableEntries,
  callDescr,
} from '../objects/ops'
import {
  PyBuiltin,
  PyDict,
  PyFloat,
  PyInt,
  PyList,
  PyNative,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  type NativeFn,
  PyInstance,
  type DictEntry,
} from '../objects/types'
import { callFromC } from './calling-conventions'
import { strFormat } from './format-call'
import { formatFloatRepr } from '../objects/format'

/** A method of a builtin type, as a method descriptor in the type's dict (PyMethodDef). */
export function defineMethod(t: PyType, name: string, fn: NativeFn): void {
  const b = new PyBuiltin(R.T.builtin_function_or_method, name, fn, null)
  b.refcnt = 1 << 30
  b.isMethod = true
  b.owner = t
  t.dict.map.set(name, { key: R.intern(name), value: b })
}

const def = defineMethod

function argCount(name: string, args: PyObject[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max)
      raise(
        'TypeError',
        `${name}() takes exactly ${min === 0 ? 'no arguments' : min === 1 ? 'one argument' : min + ' arguments'} (${args.length} given)`,
      )
    raise(
      'TypeError',
      `${name} expected at ${args.length < min ? 'least' : 'most'} ${args.length < min ? min : max} argument${(args.length < min ? min : max) === 1 ? '' : 's'}, got ${args.length}`,
    )
  }
}

/**
 * list.sort (Objects/listobject.c): keys first, reverse=True reverses before and after a stable sort, and
 * only `<` is used. Lists under 64 items take timsort's exact path (count_run, then binary insertion), so
 * the calls to __lt__ and the operands of a failing comparison are CPython's; longer lists merge sort.
 */
export function sortItems(items: PyObject[], key: PyObject | null, reverse: boolean): PyObject[] {
  const keys = key === null ? items.slice() : []
  try {
    if (key !== null) for (const x of items) keys.push(callFromC(key, [incref(x)]))
    const idx = items.map((_, i) => i)
    if (reverse) idx.reverse()
    const k = (i: number) => keys[i]
    const lt = (i: number, j: number): boolean => {
      const r = richCompare(k(i), k(j), '<')
      const t = truthy(r)
      decref(r)
      return t
    }
    const rev = (a: number[], lo: number, hi: number) => {
      for (let x = lo, y = hi - 1; x < y; x++, y--) [a[x], a[y]] = [a[y], a[x]]
    }
    const n = idx.length
    if (n >= 2) {
      if (n < 64) {
        const run = countRun(idx, n, lt, rev)
        binarySort(idx, run, n, lt)
      } else {
        const merge = (lo: number, hi: number) => {
          if (hi - lo < 2) return
          const mid = (lo + hi) >> 1
          merge(lo, mid)
          merge(mid, hi)
          const left = idx.slice(lo, mid)
          let i = 0
          let j = mid
          let o = lo
          while (i < left.length && j < hi) idx[o++] = lt(idx[j], left[i]) ? idx[j++] : left[i++]
          while (i < left.length) idx[o++] = left[i++]
        }
        merge(0, n)
      }
    }
    if (reverse) idx.reverse()
    return idx.map((i) => items[i])
  } finally {
    if (key !== null) for (const x of keys) decref(x)
  }
}

/** timsort's count_run: the length of the natural run at the start (a descending one is reversed). */
function countRun(
  a: number[],
  n: number,
  lt: (i: number, j: number) => boolean,
  rev: (a: number[], lo: number, hi: number) => void,
): number {
  if (R.profile.py2 || R.profile.version[1] < 13) {
    let k = 2
    if (lt(a[1], a[0])) {
      while (k < n && lt(a[k], a[k - 1])) k++
      rev(a, 0, k)
    } else while (k < n && !lt(a[k], a[k - 1])) k++
    return k
  }
  // 3.13: an ascending run; else a descending run whose equal stretches keep their order.
  let k = 1
  while (k < n && !lt(a[k], a[k - 1])) k++
  if (k === n) return k
  if (k > 1) {
    if (lt(a[0], a[k - 1])) return k
    rev(a, 0, k)
  }
  k++
  let neq = 0
  const reverseLastNeq = () => {
    if (neq) {
      neq++
      rev(a, k - neq, k)
      neq = 0
    }
  }
  for (; k < n; k++) {
    if (lt(a[k], a[k - 1])) reverseLastNeq()
    else if (lt(a[k - 1], a[k])) break
    else neq++
  }
  reverseLastNeq()
  rev(a, 0, k)
  while (k < n && !lt(a[k], a[k - 1])) k++
  return k
}

/** timsort's binarysort: insert a[start..n) into the sorted prefix, after any equal items. */
function binarySort(a: number[], start: number, n: number, lt: (i: number, j: number) => boolean): void {
  for (; start < n; start++) {
    const pivot = a[start]
    let l = 0
    let r = start
    do {
      const p = l + ((r - l) >> 1)
      if (lt(pivot, a[p])) r = p
      else l = p + 1
    } while (l < r)
    for (let m = start; m > l; m--) a[m] = a[m - 1]
    a[l] = pivot
  }
}

function listIndex(l: PyList, v: PyObject): number {
  for (let i = 0; i < l.items.length; i++) if (l.items[i] === v || eq(l.items[i], v)) return i
  return -1
}

function S(self: PyObject | null): string {
  return (self as PyStr).value
}

function newStr(self: PyObject | null, v: string): PyObject {
  return R.typedStr(exactStrType((self as PyStr).type), v)
}

/** upper(), lower(), title(), capitalize(), swapcase(): always a new string (case_operation). */
function caseStr(self: PyObject | null, v: string): PyObject {
  return R.freshStr(exactStrType((self as PyStr).type), v)
}

/** str methods return exact strs (bytes, 2.7 unicode) even when called on a subclass instance. */
function exactStrType(t: PyType): PyType {
  let b = t
  while (!b.builtin && b.base !== null) b = b.base
  return b
}

/** `Py_UNICODE_ISSPACE`: the characters str.split(), strip() and isspace() treat as whitespace on 3.x. */
const PY_WS =
  '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'

/** Exact str results that equal the receiver are the receiver itself, as CPython returns `self` unchanged. */
function sameOrNew(self: PyObject | null, v: string): PyObject {
  const o = self as PyStr
  if (v === o.value && (o.type === R.T.str || o.type === R.T.unicode)) return incref(o)
  return newStr(self, v)
}

/** Argument-count errors of the str methods parsed with PyArg_ParseTuple / _PyArg_CheckPositional. */
function strArgCount(name: string, args: PyObject[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return
  if (!R.profile.py2 && R.profile.version[1] >= 13) argCount(name, args, min, max)
  const few = args.length < min
  const n = few ? min : max
  raise(
    'TypeError',
    `${name}() takes at ${few ? 'least' : 'most'} ${n} argument${n === 1 ? '' : 's'} (${args.length} given)`,
  )
}

/** Argument-count errors of Argument Clinic methods (3.x) and PyArg_ParseTuple ones (2.7). */
function clinicArgCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length
  if (n >= min && n <= max) return
  const few = n < min
  const want = few ? min : max
  const s = want === 1 ? '' : 's'
  if (R.profile.py2)
    raise(
      'TypeError',
      min === max
        ? `${name}() takes exactly ${want} argument${s} (${n} given)`
        : `${name}() takes at ${few ? 'least' : 'most'} ${want} argument${s} (${n} given)`,
    )
  raise(
    'TypeError',
    min === max
      ? `${name} expected ${want} argument${s}, got ${n}`
      : `${name} expected at ${few ? 'least' : 'most'} ${want} argument${s}, got ${n}`,
  )
}

/** PyArg_UnpackTuple's count errors (2.7 always says "arguments"). */
function unpackArgCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length
  if (n >= min && n <= max) return
  const few = n < min
  const want = few ? min : max
  const s = want === 1 && !R.profile.py2 ? '' : 's'
  raise(
    'TypeError',
    `${name} expected ${min === max ? '' : few ? 'at least ' : 'at most '}${want} argument${s}, got ${n}`,
  )
}

/** A non-str argument where a str is needed (find, count, split's sep, partition...). */
function needStr(o: PyObject, orNone: boolean, method = ''): never {
  if (R.profile.py2) raise('TypeError', 'expected a string or other character buffer object')
  // 3.13's Argument Clinic names the method and shows None as 'None'.
  if (method !== '' && R.profile.version[1] >= 13)
    raise('TypeError', `${method}() argument 1 must be str, not ${o === R.None ? 'None' : o.type.name}`)
  raise('TypeError', `must be str${orNone ? ' or None' : ''}, not ${o.type.name}`)
}

function replaceArg(o: PyObject, n: number): string {
  if (o instanceof PyStr && o.type !== R.T.bytes) return o.value
  if (R.profile.py2) raise('TypeError', 'expected a string or other character buffer object')
  raise('TypeError', `replace() argument ${n} must be str, not ${o.type.name}`)
}

function fillArg(name: string, o: PyObject): string {
  if (!(o instanceof PyStr) || o.type === R.T.bytes)
    raise(
      'TypeError',
      R.profile.py2
        ? `${name}() argument 2 must be char, not ${o.type.name}`
        : `The fill character must be a unicode character, not ${o.type.name}`,
    )
  if ([...o.value].length !== 1)
    raise(
      'TypeError',
      R.profile.py2
        ? `${name}() argument 2 must be char, not str`
        : 'The fill character must be exactly one character long',
    )
  return o.value
}

/** An int argument (`PyNumber_AsSsize_t` via __index__). */
function indexArg(o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value)
  const f = o instanceof PyInstance ? lookupType(o.type, '__index__') : null
  if (f !== null) {
    const r = callDescr(f, o, [])
    const v = Number((r as PyInt).value)
    decref(r)
    return v
  }
  raise(
    'TypeError',
    R.profile.py2
      ? o instanceof PyFloat
        ? 'integer argument expected, got float'
        : `an integer is required`
      : `'${o.type.name}' object cannot be interpreted as an integer`,
  )
}

/** Optional start/end arguments at a[i], a[i + 1] (None allowed), adjusted like a slice. */
function sliceRange(a: PyObject[], i: number, len: number): [number, number] {
  const get = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === R.None) return dflt
    if (!(o instanceof PyInt) && !(o instanceof PyInstance && lookupType(o.type, '__index__') !== null))
      raise('TypeError', 'slice indices must be integers or None or have an __index__ method')
    return indexArg(o)
  }
  let st = get(a[i], 0)
  let en = get(a[i + 1], len)
  if (en > len) en = len
  else if (en < 0) en = Math.max(0, en + len)
  if (st < 0) st = Math.max(0, st + len)
  return [st, en]
}

function asciiCase(v: string, upper: boolean): string {
  return v.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()))
}
function isUpperChar(c: string, ascii: boolean): boolean {
  return ascii ? c >= 'A' && c <= 'Z' : c !== c.toLowerCase() && c === c.toUpperCase()
}
function isLowerChar(c: string, ascii: boolean): boolean {
  return ascii ? c >= 'a' && c <= 'z' : c !== c.toUpperCase() && c === c.toLowerCase()
}
function isCased(c: string, ascii: boolean): boolean {
  return ascii ? /[A-Za-z]/.test(c) : c !== c.toLowerCase() || c !== c.toUpperCase()
}
/** One character's case mapping; 2.7's unicode has no special casing (a mapping that grows keeps the character). */
function oneCase(c: string, upper: boolean): string {
  const m = upper ? c.toUpperCase() : c.toLowerCase()
  return R.profile.py2 && [...m].length !== 1 ? c : m
}
function upperOf(c: string, ascii: boolean): string {
  return ascii ? asciiCase(c, true) : oneCase(c, true)
}
function lowerOf(c: string, ascii: boolean): string {
  return ascii ? asciiCase(c, false) : oneCase(c, false)
}
/** Title case of one character: the upper case, except for the few digraphs with their own title form. */
function titleOf(c: string, ascii: boolean): string {
  if (ascii) return asciiCase(c, true)
  const digraphs: Record<string, string> = {
    Ǆ: 'ǅ',
    ǅ: 'ǅ',
    ǆ: 'ǅ',
    Ǉ: 'ǈ',
    ǈ: 'ǈ',
    ǉ: 'ǈ',
    Ǌ: 'ǋ',
    ǋ: 'ǋ',
    ǌ: 'ǋ',
    Ǳ: 'ǲ',
    ǲ: 'ǲ',
    ǳ: 'ǲ',
  }
  return digraphs[c] ?? c.toUpperCase()
}

export function installMethods(): void {
  const T = R.T
  // ---- list
  def(T.list, 'append', (a, _k, s) => {
    argCount(R.profile.py2 ? 'append' : 'list.append', a, 1, 1)
    const l = s as PyList
    l.items.push(incref(a[0]))
    listResized(l, l.items.length - 1)
    return incref(R.None)
  })
  // list___init__ (called through a subclass: `list.__init__(self, xs)`, `super().__init__(xs)`): the old
  // contents are released, then the list is filled as list(xs) fills it.
  def(T.list, '__init__', (a, _k, s) => {
    const l = s as PyList
    const old = l.items
    l.items = []
    for (let i = old.length - 1; i >= 0; i--) decref(old[i])
    if (old.length > 0) listCleared(l)
    if (a.length > 0) {
      l.items = listFromIterable(a[0])
      listInitFrom(l, a[0])
    }
    return incref(R.None)
  })
  def(T.list, 'extend', (a, _k, s) => {
    const items = listFromIterable(a[0])
    const l = s as PyList
    const oldsize = l.items.length
    l.items.push(...items)
    listExtended(l, oldsize, a[0])
    return incref(R.None)
  })
  def(T.list, 'insert', (a, _k, s) => {
    clinicArgCount('insert', a, 2, 2)
    const l = s as PyList
    let i = indexArg(a[0])
    if (i < 0) i = Math.max(0, i + l.items.length)
    l.items.splice(Math.min(i, l.items.length), 0, incref(a[1]))
    listResized(l, l.items.length - 1)
    return incref(R.None)
  })
  def(T.list, 'pop', (a, _k, s) => {
    clinicArgCount('pop', a, 0, 1)
    const l = s as PyList
    const at = a.length ? indexArg(a[0]) : -1
    if (l.items.length === 0) raise('IndexError', 'pop from empty list')
    let i = at
    if (i < 0) i += l.items.length
    if (i < 0 || i >= l.items.length) raise('IndexError', 'pop index out of range')
    const last = i === l.items.length - 1
    const v = l.items.splice(i, 1)[0]
    // The last item: list_resize; any other: list_ass_slice, which clears a list it empties.
    if (!last && l.items.length === 0) listCleared(l)
    else listResized(l, l.items.length + 1)
    return v
  })
  def(T.list, 'remove', (a, _k, s) => {
    const l = s as PyList
    const i = listIndex(l, a[0])
    if (i < 0)
      raise('ValueError', R.profile.py2 ? 'list.remove(x): x not in list' : 'list.remove(x): x not in list')
    const [old] = l.items.splice(i, 1)
    if (l.items.length === 0) listCleared(l)
    else listResized(l, l.items.length + 1)
    decref(old)
    return incref(R.None)
  })
  def(T.list, 'index', (a, _k, s) => {
    clinicArgCount('index', a, 1, 3)
    const items = (s as PyList).items
    const [st, en] = sliceRange(a, 1, items.length)
    let i = -1
    for (let j = st; j < Math.min(en, items.length); j++)
      if (items[j] === a[0] || eq(items[j], a[0])) {
        i = j
        break
      }
    if (i < 0)
      raise('ValueError', R.profile.py2 ? `${repr(a[0])} is not in list` : `${repr(a[0])} is not in list`)
    return R.int(i)
  })
  def(T.list, 'count', (a, _k, s) =>
    R.int((s as PyList).items.filter((x) => x === a[0] || eq(x, a[0])).length),
  )
  def(T.list, 'reverse', (_a, _k, s) => {
    ;(s as PyList).items.reverse()
    return incref(R.None)
  })
  if (!R.profile.py2)
    def(T.list, 'clear', (_a, _k, s) => {
      const l = s as PyList
      const old = l.items
      l.items = []
      for (let i = old.length - 1; i >= 0; i--) decref(old[i])
      listCleared(l)
      return incref(R.None)
    })
  if (!R.profile.py2) def(T.list, 'copy', (_a, _k, s) => R.list((s as PyList).items.map((x) => incref(x))))
  def(T.list, 'sort', (a, k, s) => {
    if (a.length > 0) {
      if (!R.profile.py2) raise('TypeError', 'sort() takes no positional arguments')
      if (a[0] !== R.None) raise('TypeError', `'${a[0].type.name}' object is not callable`)
    }
    const l = s as PyList
    const key = k?.get('key') ?? null
    const rev = k?.get('reverse')
    const items = l.items
    l.items = []
    try {
      l.items = sortItems(items, key === R.None ? null : key, rev !== undefined && truthy(rev))
    } catch (e) {
      l.items = items
      throw e
    }
    return incref(R.None)
  })
  // ---- tuple
  def(T.tuple, 'index', (a, _k, s) => {
    const i = (s as PyTuple).items.findIndex((x) => x === a[0] || eq(x, a[0]))
    if (i < 0) raise('ValueError', 'tuple.index(x): x not in tuple')
    return R.int(i)
  })
  def(T.tuple, 'count', (a, _k, s) =>
    R.int((s as PyTuple).items.filter((x) => x === a[0] || eq(x, a[0])).length),
  )
  // ---- dict
  const D = (s: PyObject | null) => s as PyDict
  def(T.dict, 'get', (a, _k, s) => {
    unpackArgCount('get', a, 1, 2)
    const e = D(s).map.get(hashKey(a[0]))
    return incref(e !== undefined ? e.value : a.length > 1 ? a[1] : R.None)
  })
  def(T.dict, 'setdefault', (a, _k, s) => {
    unpackArgCount('setdefault', a, 1, 2)
    const e = D(s).map.get(hashKey(a[0]))
    if (e !== undefined) return incref(e.value)
    const v = a.length > 1 ? a[1] : R.None
    dictSet(D(s), a[0], v)
    return incref(v)
  })
  def(T.dict, 'pop', (a, _k, s) => {
    unpackArgCount('pop', a, 1, 2)
    const d = D(s)
    const hk = hashKey(a[0])
    const e = d.map.get(hk)
    if (e === undefined) {
      if (a.length > 1) return incref(a[1])
      raiseWith('KeyError', incref(a[0]))
    }
    d.map.delete(hk)
    dictDeleted(d)
    decref(e.key)
    return e.value
  })
  def(T.dict, 'popitem', (_a, _k, s) => {
    const d = D(s)
    if (d.map.size === 0)
      raise('KeyError', R.profile.py2 ? 'popitem(): dictionary is empty' : 'popitem(): dictionary is empty')
    const keys = [...d.map.keys()]
    // 3.x: the last entry; 2.7 dict_popitem: the slot its finger finds.
    const popped = R.profile.py2 && d.map instanceof LoggedMap ? d.map.popKey() : null
    const hk = popped ?? keys[keys.length - 1]
    const e = d.map.get(hk) as { key: PyObject; value: PyObject }
    d.map.delete(hk)
    dictDeleted(d)
    return R.tuple([e.key, e.value])
  })
  const view = (mode: number) => (_a: PyObject[], _k: unknown, s: PyObject | null) => {
    const d = D(s)
    if (R.profile.py2) {
      const out: PyObject[] = []
      for (const e of tableEntries<DictEntry>(d))
        out.push(
          mode === 0
            ? incref(e.key)
            : mode === 1
              ? incref(e.value)
              : R.tuple([incref(e.key), incref(e.value)]),
        )
      return R.list(out)
    }
    const t = mode === 0 ? R.T.dict_keys : mode === 1 ? R.T.dict_values : R.T.dict_items
    return R.born(new PyNative(t, [incref(d)], null), 'other', true)
  }
  def(T.dict, 'keys', view(0))
  def(T.dict, 'values', view(1))
  def(T.dict, 'items', view(2))
  if (R.profile.py2) {
    def(T.dict, 'iterkeys', (_a, _k, s) => dictIter(D(s), 0))
    def(T.dict, 'itervalues', (_a, _k, s) => dictIter(D(s), 1))
    def(T.dict, 'iteritems', (_a, _k, s) => dictIter(D(s), 2))
    def(T.dict, 'has_key', (a, _k, s) => R.bool(D(s).map.has(hashKey(a[0]))))
  }
  // dict_init: dict_update_common, the positional mapping or pairs first, then the keywords.
  def(T.dict, '__init__', (a, k, s) => {
    const d = D(s)
    if (a.length) updateDict(d, a[0])
    if (k)
      for (const [n, v] of k) {
        const ks = R.str(n)
        dictSet(d, ks, v)
        decref(ks)
      }
    return incref(R.None)
  })
  def(T.dict, 'update', (a, k, s) => {
    const d = D(s)
    if (a.length) updateDict(d, a[0])
    if (k)
      for (const [n, v] of k) {
        const ks = R.str(n)
        dictSet(d, ks, v)
        decref(ks)
      }
    return incref(R.None)
  })
  def(T.dict, 'clear', (_a, _k, s) => {
    // PyDict_Clear: the old entries are released in table order (2.7: hash slots; 3.x: insertion).
    const d = D(s)
    const entries = R.profile.py2 ? tableEntries<DictEntry>(d) : [...d.map.values()]
    d.map.clear()
    for (const e of entries) {
      decref(e.key)
      decref(e.value)
    }
    dictCleared(d)
    return incref(R.None)
  })
  def(T.dict, 'copy', (_a, _k, s) => {
    const d = R.dict()
    updateDict(d, D(s))
    return d
  })
  def(T.dict, 'fromkeys', (a, _k, s) => {
    const t = s instanceof PyType ? s : R.T.dict
    void t
    const d = R.dict()
    const v = a.length > 1 ? a[1] : R.None
    for (const k of listFromIterable(a[0])) {
      dictSet(d, k, v)
      decref(k)
    }
    if (R.profile.py2 && (a[0] instanceof PySet || a[0] instanceof PyDict)) useTable(d, fromkeysTable27(a[0]))
    return d
  })
  ;(T.dict.dict.map.get('fromkeys')!.value as PyBuiltin).classMethod = true
  // ---- set
  const St = (s: PyObject | null) => s as PySet
  def(T.set, 'add', (a, _k, s) => {
    const k = hashKey(a[0])
    if (!St(s).map.has(k)) {
      St(s).map.set(k, incref(a[0]))
      setAdded(St(s))
    }
    return incref(R.None)
  })
  def(T.set, 'discard', (a, _k, s) => {
    const k = hashKey(a[0])
    const v = St(s).map.get(k)
    if (v !== undefined) {
      St(s).map.delete(k)
      setDiscarded(St(s))
      decref(v)
    }
    return incref(R.None)
  })
  def(T.set, 'remove', (a, _k, s) => {
    const k = hashKey(a[0])
    const v = St(s).map.get(k)
    if (v === undefined) raiseWith('KeyError', incref(a[0]))
    St(s).map.delete(k)
    setDiscarded(St(s))
    decref(v)
    return incref(R.None)
  })
  def(T.set, 'pop', (_a, _k, s) => {
    const m = St(s).map
    const first = m.entries().next()
    if (first.done) raise('KeyError', 'pop from an empty set')
    // set_pop: the slot the search finger finds (objects/table-order.ts).
    const k = (m instanceof LoggedMap ? m.popKey() : null) ?? first.value[0]
    const v = m.get(k) as PyObject
    m.delete(k)
    setDiscarded(St(s))
    return v
  })
  def(T.set, 'clear', (_a, _k, s) => {
    // set_clear_internal: the old table's entries in slot order.
    const vals = tableEntries<PyObject>(St(s))
    St(s).map.clear()
    setCleared(St(s))
    for (const v of vals) decref(v)
    return incref(R.None)
  })
  def(T.set, 'update', (a, _k, s) => {
    const merge = a[0] instanceof PySet || a[0] instanceof PyDict
    const before = merge ? tableOf(St(s)) : null
    const source: Operand = a[0] instanceof PySet ? { kind: 'set', s: a[0] } : { kind: 'dict', items: [] }
    let added = 0
    for (const x of listFromIterable(a[0])) {
      const k = hashKey(x)
      if (source.kind === 'dict') source.items.push([k, x])
      if (!St(s).map.has(k)) {
        St(s).map.set(k, x)
        if (merge) added++
        else setAdded(St(s))
      } else decref(x)
    }
    if (merge) {
      setMerged(St(s), added)
      useTable(St(s), mergeInto(before, source))
    }
    return incref(R.None)
  })
  def(T.set, 'copy', (_a, _k, s) => mergedCopy(St(s)))
  for (const [name, keep] of [
    ['difference_update', (inOther: boolean) => !inOther],
    ['intersection_update', (inOther: boolean) => inOther],
  ] as const) {
    def(T.set, name, (a, _k, s) => {
      const set = St(s)
      for (const x of a) {
        const other = toSet(x)
        const operand = operandOf(x, other)
        const table =
          name === 'difference_update'
            ? inplaceTable('-', tableOf(set), set, operand)
            : inplaceTable('&', null, set, operand)
        const takeTheirs = name === 'intersection_update' && intersectionIterates(set, operand) === 'b'
        try {
          useTable(set, table)
          for (const [k, v] of [...set.map]) {
            if (keep(other.map.has(k))) continue
            set.map.delete(k)
            setDiscarded(set)
            decref(v)
          }
          // set_intersection_update takes set_intersection's set, which holds the iterated operand's
          // objects (1.0 rather than 1, say).
          if (takeTheirs)
            for (const [k, v] of [...set.map]) {
              const theirs = other.map.get(k)
              if (theirs === undefined || theirs === v) continue
              set.map.set(k, incref(theirs))
              decref(v)
            }
        } finally {
          decref(other)
        }
      }
      return incref(R.None)
    })
  }
  def(T.set, 'symmetric_difference_update', (a, _k, s) => {
    const set = St(s)
    const other = toSet(a[0])
    useTable(set, inplaceTable('^', tableOf(set), set, operandOf(a[0], other)))
    try {
      for (const [k, v] of [...other.map]) {
        const mine = set.map.get(k)
        if (mine !== undefined) {
          set.map.delete(k)
          setDiscarded(set)
          decref(mine)
        } else {
          set.map.set(k, incref(v))
          setAdded(set)
        }
      }
    } finally {
      decref(other)
    }
    return incref(R.None)
  })
  for (const [name, pred] of [
    ['isdisjoint', (a: PySet, b: PySet) => ![...a.map.keys()].some((k) => b.map.has(k))],
    ['issubset', (a: PySet, b: PySet) => [...a.map.keys()].every((k) => b.map.has(k))],
    ['issuperset', (a: PySet, b: PySet) => [...b.map.keys()].every((k) => a.map.has(k))],
  ] as const) {
    const fn: NativeFn = (a, _k, s) => {
      const other = toSet(a[0])
      try {
        return R.bool(pred(St(s), other))
      } finally {
        decref(other)
      }
    }
    def(T.set, name, fn)
    def(T.frozenset, name, fn)
  }
  for (const [name, op] of [
    ['union', '|'],
    ['intersection', '&'],
    ['difference', '-'],
    ['symmetric_difference', '^'],
  ] as const) {
    const fn: NativeFn = (a, _k, s) => {
      const self = s as PySet
      if (a.length === 0) {
        // set_copy: a new set even without arguments.
        const r = R.set(self.type === T.frozenset)
        for (const [k, v] of self.map) r.map.set(k, incref(v))
        setMerged(r, r.map.size)
        useTable(r, newTableFrom({ kind: 'set', s: self }))
        return r
      }
      // set_union updates one copy in place, set_difference_multi its first result; intersection folds.
      let table: SlotTable | null = null
      let cur = incref(self as PyObject) as PySet
      for (let i = 0; i < a.length; i++) {
        const x = a[i]
        const other = toSet(x)
        const operand = operandOf(x, other)
        if (i === 0) table = op === '|' ? newTableFrom({ kind: 'set', s: self }) : null
        if (op === '|') table = mergeInto(table, operand)
        else if (op === '-' && i > 0) table = discardAll(table, operand)
        const r = setOpImpl(op, cur, other, operand)
        if (op === '-' && i === 0) table = tableOf(r)
        decref(other)
        decref(cur)
        cur = r
      }
      if (op === '|' || op === '-') useTable(cur, table)
      return cur
    }
    def(T.set, name, fn)
    def(T.frozenset, name, fn)
  }
  // ---- str (Objects/unicodeobject.c; 2.7's str is stringobject.c, ASCII-only classification)
  const str_t = [T.str, ...(R.profile.py2 ? [T.unicode] : [])]
  for (const t of str_t) {
    /** 2.7's byte strings classify and split on ASCII only; unicode and 3.x str use the Unicode tables. */
    const ascii = R.profile.py2 && t === T.str
    const wsRe = ascii ? '[ \\t\\n\\r\\x0b\\x0c]' : PY_WS
    const isWs = new RegExp(`^${wsRe}$`)
    def(t, 'join', (a, _k, s) => {
      if (a.length !== 1)
        raise(
          'TypeError',
          `${R.profile.py2 ? '' : 'str.'}join() takes exactly one argument (${a.length} given)`,
        )
      if (!isIterableObj(a[0])) raise('TypeError', 'can only join an iterable')
      const items = listFromIterable(a[0])
      try {
        const parts = items.map((x, i) => {
          if (!(x instanceof PyStr) || x.type === T.bytes)
            raise(
              'TypeError',
              R.profile.py2
                ? `sequence item ${i}: expected string, ${x.type.name} found`
                : `sequence item ${i}: expected str instance, ${x.type.name} found`,
            )
          return x.value
        })
        if (items.length === 1 && items[0].type === t) return incref(items[0])
        return newStr(s, parts.join(S(s)))
      } finally {
        for (const x of items) decref(x)
      }
    })
    def(t, 'format', (a, k, s) => newStr(s, strFormat(S(s), a, k)))
    def(t, 'upper', (_a, _k, s) =>
      caseStr(
        s,
        ascii
          ? asciiCase(S(s), true)
          : R.profile.py2
            ? [...S(s)].map((c) => oneCase(c, true)).join('')
            : S(s).toUpperCase(),
      ),
    )
    def(t, 'lower', (_a, _k, s) =>
      caseStr(
        s,
        ascii
          ? asciiCase(S(s), false)
          : R.profile.py2
            ? [...S(s)].map((c) => oneCase(c, false)).join('')
            : S(s).toLowerCase(),
      ),
    )
    def(t, 'title', (_a, _k, s) => {
      let out = ''
      let prevCased = false
      for (const c of S(s)) {
        const cased = isCased(c, ascii)
        out += cased ? (prevCased ? lowerOf(c, ascii) : titleOf(c, ascii)) : c
        prevCased = cased
      }
      return caseStr(s, out)
    })
    def(t, 'capitalize', (_a, _k, s) => {
      const cs = [...S(s)]
      if (cs.length === 0) return newStr(s, '')
      const first = R.profile.py2 ? upperOf(cs[0], ascii) : titleOf(cs[0], ascii)
      return caseStr(
        s,
        first +
          cs
            .slice(1)
            .map((c) => lowerOf(c, ascii))
            .join(''),
      )
    })
    def(t, 'swapcase', (_a, _k, s) =>
      caseStr(
        s,
        [...S(s)]
          .map((c) =>
            isUpperChar(c, ascii) ? lowerOf(c, ascii) : isLowerChar(c, ascii) ? upperOf(c, ascii) : c,
          )
          .join(''),
      ),
    )
    for (const [name, side] of [
      ['strip', 3],
      ['lstrip', 1],
      ['rstrip', 2],
    ] as const) {
      def(t, name, (a, _k, s) => {
        argCount(name, a, 0, 1)
        const v = S(s)
        let r: string
        if (a.length && a[0] !== R.None) {
          if (!(a[0] instanceof PyStr))
            raise(
              'TypeError',
              R.profile.py2 ? `${name} arg must be None, str or unicode` : `${name} arg must be None or str`,
            )
          r = stripChars(v, a[0].value, side)
        } else {
          let i = 0
          let j = v.length
          if (side & 1) while (i < j && isWs.test(v[i])) i++
          if (side & 2) while (j > i && isWs.test(v[j - 1])) j--
          r = v.slice(i, j)
        }
        return sameOrNew(s, r)
      })
    }
    const splitArgs = (
      name: string,
      a: PyObject[],
      k: Map<string, PyObject> | null,
    ): [string | null, number] => {
      argCount(name, a, 0, 2)
      const sepO = a.length > 0 ? a[0] : (k?.get('sep') ?? R.None)
      const maxO = a.length > 1 ? a[1] : (k?.get('maxsplit') ?? null)
      let sep: string | null = null
      if (sepO !== R.None) {
        if (!(sepO instanceof PyStr) || sepO.type === T.bytes) needStr(sepO, true)
        sep = (sepO as PyStr).value
        if (sep === '') raise('ValueError', 'empty separator')
      }
      const max = maxO === null ? -1 : indexArg(maxO)
      return [sep, max < 0 ? Infinity : max]
    }
    def(t, 'split', (a, k, s) => {
      const [sep, max] = splitArgs('split', a, k)
      const v = S(s)
      const parts: string[] = []
      if (sep === null) {
        let i = 0
        const n = v.length
        while (i < n) {
          while (i < n && isWs.test(v[i])) i++
          if (i >= n) break
          if (parts.length >= max) {
            parts.push(v.slice(i))
            break
          }
          let j = i
          while (j < n && !isWs.test(v[j])) j++
          parts.push(v.slice(i, j))
          i = j
        }
      } else {
        let i = 0
        for (;;) {
          const j = parts.length < max ? v.indexOf(sep, i) : -1
          if (j < 0) {
            parts.push(v.slice(i))
            break
          }
          parts.push(v.slice(i, j))
          i = j + sep.length
        }
      }
      if (parts.length === 1 && parts[0] === v) return R.list([sameOrNew(s, v)])
      return R.list(parts.map((p) => newStr(s, p)))
    })
    def(t, 'rsplit', (a, k, s) => {
      const [sep, max] = splitArgs('rsplit', a, k)
      const v = S(s)
      const parts: string[] = []
      if (sep === null) {
        let j = v.length
        while (j > 0) {
          while (j > 0 && isWs.test(v[j - 1])) j--
          if (j <= 0) break
          if (parts.length >= max) {
            parts.push(v.slice(0, j))
            break
          }
          let i = j
          while (i > 0 && !isWs.test(v[i - 1])) i--
          parts.push(v.slice(i, j))
          j = i
        }
      } else {
        let j = v.length
        for (;;) {
          const i = parts.length < max && j - sep.length >= 0 ? v.lastIndexOf(sep, j - sep.length) : -1
          if (i < 0) {
            parts.push(v.slice(0, j))
            break
          }
          parts.push(v.slice(i + sep.length, j))
          j = i
        }
      }
      parts.reverse()
      if (parts.length === 1 && parts[0] === v) return R.list([sameOrNew(s, v)])
      return R.list(parts.map((p) => newStr(s, p)))
    })
    def(t, 'splitlines', (a, k, s) => {
      const keepO = a.length > 0 ? a[0] : (k?.get('keepends') ?? null)
      const keep = keepO !== null && truthy(keepO)
      const v = S(s)
      // Line boundaries: \n, \r, \r\n; 3.x str and unicode also \v, \f, \x1c-\x1e, \x85, \u2028, \u2029.
      const breaks = ascii ? [10, 13] : [10, 13, 11, 12, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]
      const out: PyObject[] = []
      let i = 0
      for (let j = 0; j < v.length; j++) {
        if (!breaks.includes(v.charCodeAt(j))) continue
        const eol = v[j] === '\r' && v[j + 1] === '\n' ? j + 2 : j + 1
        out.push(newStr(s, v.slice(i, keep ? eol : j)))
        i = eol
        j = eol - 1
      }
      if (i < v.length) out.push(i === 0 ? sameOrNew(s, v) : newStr(s, v.slice(i)))
      return R.list(out)
    })
    def(t, 'replace', (a, k, s) => {
      argCount('replace', a, 2, 3)
      const old = replaceArg(a[0], 1)
      const nw = replaceArg(a[1], 2)
      const countO = a.length > 2 ? a[2] : (k?.get('count') ?? null)
      let count = countO === null ? -1 : indexArg(countO)
      if (count < 0) count = Infinity
      const v = S(s)
      let out = ''
      if (old === '') {
        const cs = [...v]
        let n = 0
        for (let i = 0; i <= cs.length; i++) {
          if (n < count) {
            out += nw
            n++
          }
          if (i < cs.length) out += cs[i]
        }
        return n === 0 ? sameOrNew(s, v) : newStr(s, out)
      }
      let i = 0
      let n = 0
      while (n < count) {
        const j = v.indexOf(old, i)
        if (j < 0) break
        out += v.slice(i, j) + nw
        i = j + old.length
        n++
      }
      if (n === 0) return sameOrNew(s, v)
      return newStr(s, out + v.slice(i))
    })
    for (const [name, end] of [
      ['startswith', false],
      ['endswith', true],
    ] as const) {
      def(t, name, (a, _k, s) => {
        strArgCount(name, a, 1, 3)
        const v = S(s)
        const [st, en] = sliceRange(a, 1, v.length)
        const test = (p: string): boolean => {
          if (st > v.length) return false
          if (en - st < p.length) return false
          return end ? v.slice(en - p.length, en) === p : v.slice(st, st + p.length) === p
        }
        const p = a[0]
        if (p instanceof PyTuple) {
          for (const x of p.items) {
            if (!(x instanceof PyStr) || x.type === T.bytes)
              raise(
                'TypeError',
                R.profile.py2
                  ? 'expected a string or other character buffer object'
                  : `tuple for ${name} must only contain str, not ${x.type.name}`,
              )
            if (test(x.value)) return R.bool(true)
          }
          return R.bool(false)
        }
        if (!(p instanceof PyStr) || p.type === T.bytes)
          raise(
            'TypeError',
            R.profile.py2
              ? `${name} first arg must be str, unicode, or tuple, not ${p.type.name}`
              : `${name} first arg must be str or a tuple of str, not ${p.type.name}`,
          )
        return R.bool(test(p.value))
      })
    }
    const search = (name: string, a: PyObject[], v: string, last: boolean): number => {
      strArgCount(R.profile.py2 ? 'find/rfind/index/rindex' : name, a, 1, 3)
      if (!(a[0] instanceof PyStr) || a[0].type === T.bytes) needStr(a[0], false, name)
      const sub = (a[0] as PyStr).value
      const [st, en] = sliceRange(a, 1, v.length)
      if (st > v.length || en - st < sub.length) return -1
      const i = last ? v.lastIndexOf(sub, en - sub.length) : v.indexOf(sub, st)
      return i < st || i + sub.length > en ? -1 : i
    }
    def(t, 'find', (a, _k, s) => R.int(search('find', a, S(s), false)))
    def(t, 'rfind', (a, _k, s) => R.int(search('rfind', a, S(s), true)))
    def(t, 'index', (a, _k, s) => {
      const i = search('index', a, S(s), false)
      if (i < 0) raise('ValueError', 'substring not found')
      return R.int(i)
    })
    def(t, 'rindex', (a, _k, s) => {
      const i = search('rindex', a, S(s), true)
      if (i < 0) raise('ValueError', 'substring not found')
      return R.int(i)
    })
    def(t, 'count', (a, _k, s) => {
      strArgCount('count', a, 1, 3)
      if (!(a[0] instanceof PyStr) || a[0].type === T.bytes) needStr(a[0], false, 'count')
      const sub = (a[0] as PyStr).value
      const v = S(s)
      const [st, en] = sliceRange(a, 1, v.length)
      if (st > v.length || en < st) return R.int(0)
      if (sub === '') return R.int(en - st + 1)
      let n = 0
      for (let i = v.indexOf(sub, st); i >= 0 && i + sub.length <= en; i = v.indexOf(sub, i + sub.length)) n++
      return R.int(n)
    })
    const classify = (name: string, test: (c: string) => boolean) =>
      def(t, name, (_a, _k, s) => {
        const cs = [...S(s)]
        return R.bool(cs.length > 0 && cs.every(test))
      })
    classify('isdigit', (c) =>
      ascii
        ? /[0-9]/.test(c)
        : /\p{Nd}|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u24f5-\u24fd\u24ea\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u.test(
            c,
          ),
    )
    classify('isalpha', (c) => (ascii ? /[A-Za-z]/.test(c) : /[\p{L}]/u.test(c)))
    classify('isalnum', (c) => (ascii ? /[A-Za-z0-9]/.test(c) : /[\p{L}\p{N}]/u.test(c)))
    classify('isspace', (c) => isWs.test(c))
    def(t, 'isupper', (_a, _k, s) => {
      const cs = [...S(s)]
      return R.bool(cs.some((c) => isUpperChar(c, ascii)) && !cs.some((c) => isLowerChar(c, ascii)))
    })
    def(t, 'islower', (_a, _k, s) => {
      const cs = [...S(s)]
      return R.bool(cs.some((c) => isLowerChar(c, ascii)) && !cs.some((c) => isUpperChar(c, ascii)))
    })
    if (!R.profile.py2)
      def(t, 'isidentifier', (_a, _k, s) =>
        R.bool(/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(S(s))),
      )
    for (const name of ['center', 'ljust', 'rjust'] as const) {
      def(t, name, (a, _k, s) => {
        argCount(name, a, 1, 2)
        const w = indexArg(a[0])
        const fill = a.length > 1 ? fillArg(name, a[1]) : ' '
        const v = S(s)
        const n = w - [...v].length
        if (n <= 0) return sameOrNew(s, v)
        if (name === 'ljust') return newStr(s, v + fill.repeat(n))
        if (name === 'rjust') return newStr(s, fill.repeat(n) + v)
        const left = Math.floor(n / 2) + (n & w & 1)
        return newStr(s, fill.repeat(left) + v + fill.repeat(n - left))
      })
    }
    def(t, 'zfill', (a, _k, s) => {
      argCount('zfill', a, 1, 1)
      const w = indexArg(a[0])
      const v = S(s)
      if ([...v].length >= w) return sameOrNew(s, v)
      const sign = /^[+-]/.test(v) ? v[0] : ''
      return newStr(s, sign + '0'.repeat(w - [...v].length) + v.slice(sign.length))
    })
    for (const [name, last] of [
      ['partition', false],
      ['rpartition', true],
    ] as const) {
      def(t, name, (a, _k, s) => {
        argCount(name, a, 1, 1)
        if (!(a[0] instanceof PyStr) || a[0].type === T.bytes) needStr(a[0], false)
        const sep = (a[0] as PyStr).value
        if (sep === '') raise('ValueError', 'empty separator')
        const v = S(s)
        const i = last ? v.lastIndexOf(sep) : v.indexOf(sep)
        if (i < 0)
          return last
            ? R.tuple([newStr(s, ''), newStr(s, ''), sameOrNew(s, v)])
            : R.tuple([sameOrNew(s, v), newStr(s, ''), newStr(s, '')])
        return R.tuple([newStr(s, v.slice(0, i)), incref(a[0]), newStr(s, v.slice(i + sep.length))])
      })
    }
    def(t, 'encode', (_a, _k, s) => R.typedStr(R.profile.py2 ? R.T.str : R.T.bytes, S(s)))
    def(t, 'istitle', (_a, _k, s) => R.bool(isTitle(S(s))))
    def(t, 'expandtabs', (a, k, s) => {
      const sizeO = a.length > 0 ? a[0] : (k?.get('tabsize') ?? null)
      return newStr(s, expandTabs(S(s), sizeO === null ? 8 : indexArg(sizeO)))
    })
    if (!R.profile.py2) {
      def(t, 'casefold', (_a, _k, s) => newStr(s, S(s).toLowerCase().replace(/ß/g, 'ss')))
      classify('isdecimal', (c) => /\p{Nd}/u.test(c))
      classify('isnumeric', (c) => /\p{N}/u.test(c))
      def(t, 'isascii', (_a, _k, s) => R.bool([...S(s)].every((c) => c.charCodeAt(0) < 128)))
      def(t, 'isprintable', (_a, _k, s) => R.bool(!/[\p{C}\p{Z}]/u.test(S(s).replace(/ /g, ''))))
      def(t, 'removeprefix', (a, _k, s) => {
        if (!(a[0] instanceof PyStr))
          raise('TypeError', `removeprefix() argument must be str, not ${a[0].type.name}`)
        const p = a[0].value
        return S(s).startsWith(p) && p !== '' ? newStr(s, S(s).slice(p.length)) : sameOrNew(s, S(s))
      })
      def(t, 'removesuffix', (a, _k, s) => {
        if (!(a[0] instanceof PyStr))
          raise('TypeError', `removesuffix() argument must be str, not ${a[0].type.name}`)
        const p = a[0].value
        return S(s).endsWith(p) && p !== '' ? newStr(s, S(s).slice(0, -p.length)) : sameOrNew(s, S(s))
      })
    }
  }
  def(T.bytes, 'decode', (_a, _k, s) => R.str(S(s)))
  if (R.profile.py2) def(T.str, 'decode', (_a, _k, s) => R.typedStr(R.T.unicode, S(s)))
  // ---- int / float
  def(T.int, 'bit_length', (_a, _k, s) => {
    const v = (s as PyInt).value
    return R.int(
      v === 0 || v === 0n ? 0 : (typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v)).toString(2).length,
    )
  })
  def(T.float, 'is_integer', (_a, _k, s) =>
    R.bool(Number.isInteger((s as unknown as { value: number }).value)),
  )
  def(T.float, '__repr__', (_a, _k, s) => R.str(formatFloatRepr((s as unknown as { value: number }).value)))
  def(T.object, '__repr__', (_a, _k, s) => R.str(reprDefault(s as PyObject)))
  def(T.object, '__str__', (_a, _k, s) => R.str(str(s as PyObject)))
  void getIter
  void iterNext
}

function reprDefault(o: PyObject): string {
  return `<${o.type.builtin ? o.type.name : '__main__.' + o.type.name} object at 0x${o.address.toString(16).padStart(12, '0')}>`
}

function stripChars(s: string, chars: string, side: number): string {
  let a = 0
  let b = s.length
  if (side & 1) while (a < b && chars.includes(s[a])) a++
  if (side & 2) while (b > a && chars.includes(s[b - 1])) b--
  return s.slice(a, b)
}

export function toSet(o: PyObject): PySet {
  if (o instanceof PySet) return incref(o)
  const s = R.set()
  for (const x of listFromIterable(o)) {
    const k = hashKey(x)
    if (!s.map.has(k)) s.map.set(k, x)
    else decref(x)
  }
  if (o instanceof PyDict) {
    setMerged(s, s.map.size)
    useTable(s, newTableFrom(operandOf(o, s)))
  } else setBuiltByAdds(s)
  return s
}

function setOpImpl(op: string, a: PySet, b: PySet, operand: Operand): PySet {
  const r = R.set(a.type === R.T.frozenset)
  const table = resultTable(op, a, operand)
  if (op === '|') {
    for (const [k, v] of a.map) r.map.set(k, incref(v))
    for (const [k, v] of b.map) if (!r.map.has(k)) r.map.set(k, incref(v))
  } else if (op === '&') {
    // set_intersection keeps the objects of the operand it iterates.
    const [it, other] = intersectionIterates(a, operand) === 'a' ? [a, b] : [b, a]
    for (const [k, v] of it.map) if (other.map.has(k)) r.map.set(k, incref(v))
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, incref(v))
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, incref(v))
    for (const [k, v] of b.map) if (!a.map.has(k)) r.map.set(k, incref(v))
  }
  setOpResult(op, r, a)
  useTable(r, table)
  return r
}

export function updateDict(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    // 2.7 iterates the merged dict in the slot order PyDict_Merge leaves.
    const before = R.profile.py2 && src !== d ? tableOf(d) : null
    // dict_merge into an empty dict clones (or presizes) the source table.
    if (d.map.size === 0 && src.map.size > 0 && d.shared === null) {
      for (const [hk, e] of src.map) d.map.set(hk, { key: incref(e.key), value: incref(e.value) })
      dictCopied(d, src)
      if (d.gcGen < 0)
        for (const e of src.map.values()) {
          R.maybeTrackDict(d, e.key)
          R.maybeTrackDict(d, e.value)
        }
    } else for (const e of src.map.values()) dictSet(d, e.key, e.value)
    if (before !== null) useTable(d, dictMergeTable27(before, src))
    return
  }
  if (src instanceof PyInstance && !src.type.builtin && lookupType(src.type, 'keys') !== null) {
    // PyDict_Merge of a mapping that is not a dict: keys(), then src[key] for each.
    const keys = callMethod(src, 'keys', []) as PyObject
    try {
      for (const k of listFromIterable(keys)) {
        try {
          const v = getItem(src, k)
          dictSet(d, k, v)
          decref(v)
        } finally {
          decref(k)
        }
      }
    } finally {
      decref(keys)
    }
    return
  }
  // PyDict_MergeFromSeq2: each element must be an iterable of exactly two items.
  const pairs = listFromIterable(src)
  let i = 0
  try {
    for (; i < pairs.length; i++) {
      const pair = pairs[i]
      if (!isIterableObj(pair))
        raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`)
      const kv = listFromIterable(pair)
      if (kv.length !== 2) {
        for (const x of kv) decref(x)
        raise('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`)
      }
      dictSet(d, kv[0], kv[1])
      decref(kv[0])
      decref(kv[1])
    }
  } finally {
    for (const p of pairs) decref(p)
  }
}

function isIterableObj(o: PyObject): boolean {
  try {
    decref(getIter(o))
    return true
  } catch (e) {
    if (e instanceof PyError) {
      decref(e.exc)
      return false
    }
    throw e
  }
}

/** str.istitle: cased runs start with one uppercase letter and continue in lowercase; at least one. */
function isTitle(v: string): boolean {
  let cased = false
  let previousCased = false
  for (const c of v) {
    const upper = c !== c.toLowerCase()
    const lower = c !== c.toUpperCase()
    if (upper) {
      if (previousCased) return false
      previousCased = cased = true
    } else if (lower) {
      if (!previousCased) return false
      previousCased = cased = true
    } else previousCased = false
  }
  return cased
}

/** str.expandtabs: each tab to the next multiple of `size` columns; newlines reset the column. */
function expandTabs(v: string, size: number): string {
  let out = ''
  let column = 0
  for (const c of v) {
    if (c === '\t') {
      const n = size > 0 ? size - (column % size) : 0
      out += ' '.repeat(n)
      column += n
    } else {
      out += c
      column = c === '\n' || c === '\r' ? 0 : column + 1
    }
  }
  return out
}
