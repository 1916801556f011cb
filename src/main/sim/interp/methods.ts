/**
 * Methods of the built-in types (Objects/listobject.c, dictobject.c, unicodeobject.c, setobject.c, ...),
 * installed as method descriptors in each type's `__dict__`. Each receives borrowed arguments and returns a
 * new reference; containers take their own references to what they store.
 *
 * Simplifications:
 * - `list.sort` is a stable merge sort like timsort, but without timsort's galloping details.
 */
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
import { listCleared, listExtended, listResized } from '../objects/storage'
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
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
} from '../objects/ops'
import {
  PyBuiltin,
  PyDict,
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
import { call } from './call'
import { strFormat } from './format-call'
import { formatFloatRepr } from '../objects/format'

function def(t: PyType, name: string, fn: NativeFn): void {
  const b = new PyBuiltin(R.T.builtin_function_or_method, name, fn, null)
  b.refcnt = 1 << 30
  b.isMethod = true
  b.owner = t
  t.dict.map.set(name, { key: R.intern(name), value: b })
}

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

export function sortItems(items: PyObject[], key: PyObject | null, reverse: boolean): PyObject[] {
  const keys = key === null ? items : items.map((x) => call(key, [incref(x)], null, false))
  const idx = items.map((_, i) => i)
  const lt = (a: PyObject, b: PyObject): boolean => {
    const r = richCompare(a, b, '<')
    const t = truthy(r)
    decref(r)
    return t
  }
  const cmp = (i: number, j: number): number => {
    if (reverse) return lt(keys[j], keys[i]) ? -1 : lt(keys[i], keys[j]) ? 1 : 0
    return lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0
  }
  try {
    idx.sort((i, j) => cmp(i, j) || 0)
  } finally {
    if (key !== null) for (const k of keys) decref(k)
  }
  return idx.map((i) => items[i])
}

function listIndex(l: PyList, v: PyObject): number {
  for (let i = 0; i < l.items.length; i++) if (l.items[i] === v || eq(l.items[i], v)) return i
  return -1
}

function S(self: PyObject | null): string {
  return (self as PyStr).value
}

function strArg(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) raise('TypeError', `${what} arg must be None or str`)
  return o.value
}

function newStr(self: PyObject | null, v: string): PyObject {
  return R.typedStr((self as PyStr).type, v)
}

const WS = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g

export function installMethods(): void {
  const T = R.T
  // ---- list
  def(T.list, 'append', (a, _k, s) => {
    argCount('append', a, 1, 1)
    const l = s as PyList
    l.items.push(incref(a[0]))
    listResized(l, l.items.length - 1)
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
    const l = s as PyList
    let i = Number((a[0] as PyInt).value)
    if (i < 0) i = Math.max(0, i + l.items.length)
    l.items.splice(Math.min(i, l.items.length), 0, incref(a[1]))
    listResized(l, l.items.length - 1)
    return incref(R.None)
  })
  def(T.list, 'pop', (a, _k, s) => {
    const l = s as PyList
    if (l.items.length === 0) raise('IndexError', 'pop from empty list')
    let i = a.length ? Number((a[0] as PyInt).value) : l.items.length - 1
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
    const i = listIndex(s as PyList, a[0])
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
  def(T.list, 'sort', (_a, k, s) => {
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
    const e = D(s).map.get(hashKey(a[0]))
    return incref(e !== undefined ? e.value : a.length > 1 ? a[1] : R.None)
  })
  def(T.dict, 'setdefault', (a, _k, s) => {
    const e = D(s).map.get(hashKey(a[0]))
    if (e !== undefined) return incref(e.value)
    const v = a.length > 1 ? a[1] : R.None
    dictSet(D(s), a[0], v)
    return incref(v)
  })
  def(T.dict, 'pop', (a, _k, s) => {
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
    const hk = keys[keys.length - 1]
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
    const d = D(s)
    const entries = [...d.map.values()]
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
    m.delete(first.value[0])
    setDiscarded(St(s))
    return first.value[1]
  })
  def(T.set, 'clear', (_a, _k, s) => {
    const vals = [...St(s).map.values()]
    St(s).map.clear()
    setCleared(St(s))
    for (const v of vals) decref(v)
    return incref(R.None)
  })
  def(T.set, 'update', (a, _k, s) => {
    const merge = a[0] instanceof PySet || a[0] instanceof PyDict
    let added = 0
    for (const x of listFromIterable(a[0])) {
      const k = hashKey(x)
      if (!St(s).map.has(k)) {
        St(s).map.set(k, x)
        if (merge) added++
        else setAdded(St(s))
      } else decref(x)
    }
    if (merge) setMerged(St(s), added)
    return incref(R.None)
  })
  def(T.set, 'copy', (_a, _k, s) => {
    const r = R.set()
    for (const [k, v] of St(s).map) r.map.set(k, incref(v))
    setMerged(r, r.map.size)
    return r
  })
  for (const [name, keep] of [
    ['difference_update', (inOther: boolean) => !inOther],
    ['intersection_update', (inOther: boolean) => inOther],
  ] as const) {
    def(T.set, name, (a, _k, s) => {
      const set = St(s)
      for (const x of a) {
        const other = toSet(x)
        try {
          for (const [k, v] of [...set.map]) {
            if (keep(other.map.has(k))) continue
            set.map.delete(k)
            setDiscarded(set)
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
      let cur = incref(s as PyObject) as PySet
      for (const x of a) {
        const other = toSet(x)
        const r = setOpImpl(op, cur, other)
        decref(other)
        decref(cur)
        cur = r
      }
      return cur
    }
    def(T.set, name, fn)
    def(T.frozenset, name, fn)
  }
  // ---- str
  const str_t = [T.str, ...(R.profile.py2 ? [T.unicode] : [])]
  for (const t of str_t) {
    def(t, 'join', (a, _k, s) => {
      const items = listFromIterable(a[0])
      try {
        const parts = items.map((x, i) => {
          if (!(x instanceof PyStr))
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
    def(t, 'upper', (_a, _k, s) => newStr(s, S(s).toUpperCase()))
    def(t, 'lower', (_a, _k, s) => newStr(s, S(s).toLowerCase()))
    def(t, 'title', (_a, _k, s) =>
      newStr(
        s,
        S(s)
          .toLowerCase()
          .replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
      ),
    )
    def(t, 'capitalize', (_a, _k, s) => newStr(s, S(s).charAt(0).toUpperCase() + S(s).slice(1).toLowerCase()))
    def(t, 'swapcase', (_a, _k, s) =>
      newStr(s, [...S(s)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    )
    def(t, 'strip', (a, _k, s) =>
      newStr(
        s,
        a.length && a[0] !== R.None ? stripChars(S(s), strArg(a[0], 'strip'), 3) : S(s).replace(WS, ''),
      ),
    )
    def(t, 'lstrip', (a, _k, s) =>
      newStr(
        s,
        a.length && a[0] !== R.None
          ? stripChars(S(s), strArg(a[0], 'lstrip'), 1)
          : S(s).replace(/^[ \t\n\r\f\v]+/, ''),
      ),
    )
    def(t, 'rstrip', (a, _k, s) =>
      newStr(
        s,
        a.length && a[0] !== R.None
          ? stripChars(S(s), strArg(a[0], 'rstrip'), 2)
          : S(s).replace(/[ \t\n\r\f\v]+$/, ''),
      ),
    )
    def(t, 'split', (a, k, s) => {
      const sep =
        a.length && a[0] !== R.None
          ? strArg(a[0], 'split')
          : ((k?.get('sep') as PyStr | undefined)?.value ?? null)
      const max = a.length > 1 ? Number((a[1] as PyInt).value) : -1
      let parts: string[]
      if (sep === null) {
        parts = S(s)
          .trim()
          .split(/[ \t\n\r\f\v]+/)
          .filter((x) => x !== '')
        if (max >= 0 && parts.length > max + 1) {
          const rest = S(s).trim()
          parts = []
          let r = rest
          for (let i = 0; i < max; i++) {
            const m = /^(\S+)\s+/.exec(r)
            if (!m) break
            parts.push(m[1])
            r = r.slice(m[0].length)
          }
          parts.push(r)
        }
      } else {
        if (sep === '') raise('ValueError', 'empty separator')
        parts = S(s).split(sep)
        if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sep)]
      }
      return R.list(parts.map((p) => newStr(s, p)))
    })
    def(t, 'rsplit', (a, _k, s) => {
      const sep = a.length && a[0] !== R.None ? strArg(a[0], 'rsplit') : null
      const max = a.length > 1 ? Number((a[1] as PyInt).value) : -1
      let parts =
        sep === null
          ? S(s)
              .trim()
              .split(/\s+/)
              .filter((x) => x)
          : S(s).split(sep)
      if (max >= 0 && parts.length > max + 1)
        parts = [parts.slice(0, parts.length - max).join(sep ?? ' '), ...parts.slice(parts.length - max)]
      return R.list(parts.map((p) => newStr(s, p)))
    })
    def(t, 'splitlines', (_a, _k, s) =>
      R.list(
        S(s)
          .split(/\r\n|\n|\r/)
          .filter((x, i, arr) => i < arr.length - 1 || x !== '')
          .map((p) => newStr(s, p)),
      ),
    )
    def(t, 'replace', (a, _k, s) => {
      const old = strArg(a[0], 'replace')
      const nw = strArg(a[1], 'replace')
      let count = a.length > 2 ? Number((a[2] as PyInt).value) : -1
      if (count < 0)
        return newStr(
          s,
          old === '' ? S(s).split('').join(nw).replace(/^/, nw) + nw : S(s).split(old).join(nw),
        )
      let out = ''
      let rest = S(s)
      while (count-- > 0) {
        const i = rest.indexOf(old)
        if (i < 0) break
        out += rest.slice(0, i) + nw
        rest = rest.slice(i + old.length)
      }
      return newStr(s, out + rest)
    })
    def(t, 'startswith', (a, _k, s) => {
      const p = a[0]
      if (p instanceof PyTuple) return R.bool(p.items.some((x) => S(s).startsWith((x as PyStr).value)))
      return R.bool(S(s).startsWith(strArg(p, 'startswith')))
    })
    def(t, 'endswith', (a, _k, s) => {
      const p = a[0]
      if (p instanceof PyTuple) return R.bool(p.items.some((x) => S(s).endsWith((x as PyStr).value)))
      return R.bool(S(s).endsWith(strArg(p, 'endswith')))
    })
    def(t, 'find', (a, _k, s) =>
      R.int(S(s).indexOf(strArg(a[0], 'find'), a.length > 1 ? Number((a[1] as PyInt).value) : 0)),
    )
    def(t, 'rfind', (a, _k, s) => R.int(S(s).lastIndexOf(strArg(a[0], 'rfind'))))
    def(t, 'index', (a, _k, s) => {
      const i = S(s).indexOf(strArg(a[0], 'index'))
      if (i < 0) raise('ValueError', 'substring not found')
      return R.int(i)
    })
    def(t, 'count', (a, _k, s) => {
      const sub = strArg(a[0], 'count')
      if (sub === '') return R.int(S(s).length + 1)
      return R.int(S(s).split(sub).length - 1)
    })
    def(t, 'isdigit', (_a, _k, s) => R.bool(/^[0-9]+$/.test(S(s))))
    def(t, 'isalpha', (_a, _k, s) => R.bool(/^\p{L}+$/u.test(S(s))))
    def(t, 'isalnum', (_a, _k, s) => R.bool(/^[\p{L}\p{N}]+$/u.test(S(s))))
    def(t, 'isspace', (_a, _k, s) => R.bool(/^\s+$/.test(S(s))))
    def(t, 'isupper', (_a, _k, s) => R.bool(/[A-Z]/.test(S(s)) && S(s) === S(s).toUpperCase()))
    def(t, 'islower', (_a, _k, s) => R.bool(/[a-z]/.test(S(s)) && S(s) === S(s).toLowerCase()))
    if (!R.profile.py2) def(t, 'isidentifier', (_a, _k, s) => R.bool(/^[A-Za-z_][A-Za-z0-9_]*$/.test(S(s))))
    def(t, 'center', (a, _k, s) => {
      const w = Number((a[0] as PyInt).value)
      const fill = a.length > 1 ? (a[1] as PyStr).value : ' '
      const v = S(s)
      const n = w - v.length
      if (n <= 0) return incref(s as PyObject)
      const left = Math.floor(n / 2) + (n & w & 1)
      return newStr(s, fill.repeat(left) + v + fill.repeat(n - left))
    })
    def(t, 'ljust', (a, _k, s) =>
      newStr(s, S(s).padEnd(Number((a[0] as PyInt).value), a.length > 1 ? (a[1] as PyStr).value : ' ')),
    )
    def(t, 'rjust', (a, _k, s) =>
      newStr(s, S(s).padStart(Number((a[0] as PyInt).value), a.length > 1 ? (a[1] as PyStr).value : ' ')),
    )
    def(t, 'zfill', (a, _k, s) => {
      const w = Number((a[0] as PyInt).value)
      const v = S(s)
      const sign = /^[+-]/.test(v) ? v[0] : ''
      return newStr(s, sign + v.slice(sign.length).padStart(w - sign.length, '0'))
    })
    def(t, 'partition', (a, _k, s) => {
      const sep = strArg(a[0], 'partition')
      const i = S(s).indexOf(sep)
      if (i < 0) return R.tuple([incref(s as PyObject), newStr(s, ''), newStr(s, '')])
      return R.tuple([newStr(s, S(s).slice(0, i)), newStr(s, sep), newStr(s, S(s).slice(i + sep.length))])
    })
    def(t, 'encode', (_a, _k, s) => R.typedStr(R.profile.py2 ? R.T.str : R.T.bytes, S(s)))
    def(t, 'rindex', (a, _k, s) => {
      const i = S(s).lastIndexOf(strArg(a[0], 'rindex'))
      if (i < 0) raise('ValueError', 'substring not found')
      return R.int(i)
    })
    def(t, 'rpartition', (a, _k, s) => {
      const sep = strArg(a[0], 'rpartition')
      const i = S(s).lastIndexOf(sep)
      if (i < 0) return R.tuple([newStr(s, ''), newStr(s, ''), incref(s as PyObject)])
      return R.tuple([newStr(s, S(s).slice(0, i)), newStr(s, sep), newStr(s, S(s).slice(i + sep.length))])
    })
    def(t, 'istitle', (_a, _k, s) => R.bool(isTitle(S(s))))
    def(t, 'expandtabs', (a, _k, s) =>
      newStr(s, expandTabs(S(s), a.length ? Number((a[0] as PyInt).value) : 8)),
    )
    if (!R.profile.py2) {
      def(t, 'casefold', (_a, _k, s) => newStr(s, S(s).toLowerCase().replace(/ß/g, 'ss')))
      def(t, 'isdecimal', (_a, _k, s) => R.bool(/^\p{Nd}+$/u.test(S(s))))
      def(t, 'isnumeric', (_a, _k, s) => R.bool(/^\p{N}+$/u.test(S(s))))
      def(t, 'isascii', (_a, _k, s) => R.bool([...S(s)].every((c) => c.charCodeAt(0) < 128)))
      def(t, 'isprintable', (_a, _k, s) => R.bool(!/[\p{C}\p{Z}]/u.test(S(s).replace(/ /g, ''))))
      def(t, 'removeprefix', (a, _k, s) => {
        const p = strArg(a[0], 'removeprefix')
        return S(s).startsWith(p) && p !== '' ? newStr(s, S(s).slice(p.length)) : incref(s as PyObject)
      })
      def(t, 'removesuffix', (a, _k, s) => {
        const p = strArg(a[0], 'removesuffix')
        return S(s).endsWith(p) && p !== '' ? newStr(s, S(s).slice(0, -p.length)) : incref(s as PyObject)
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
  if (o instanceof PyDict) setMerged(s, s.map.size)
  else setBuiltByAdds(s)
  return s
}

function setOpImpl(op: string, a: PySet, b: PySet): PySet {
  const r = R.set(a.type === R.T.frozenset)
  if (op === '|') {
    for (const [k, v] of a.map) r.map.set(k, incref(v))
    for (const [k, v] of b.map) if (!r.map.has(k)) r.map.set(k, incref(v))
  } else if (op === '&') {
    for (const [k, v] of a.map) if (b.map.has(k)) r.map.set(k, incref(v))
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, incref(v))
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) r.map.set(k, incref(v))
    for (const [k, v] of b.map) if (!a.map.has(k)) r.map.set(k, incref(v))
  }
  setOpResult(op, r, a)
  return r
}

export function updateDict(d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    // dict_merge into an empty dict clones (or presizes) the source table.
    if (d.map.size === 0 && src.map.size > 0 && d.shared === null) {
      for (const [hk, e] of src.map) d.map.set(hk, { key: incref(e.key), value: incref(e.value) })
      dictCopied(d, src)
      if (d.gcGen < 0) for (const e of src.map.values()) R.maybeTrackDict(d, e.value)
      return
    }
    for (const e of src.map.values()) dictSet(d, e.key, e.value)
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
  for (const pair of listFromIterable(src)) {
    try {
      const kv = listFromIterable(pair)
      if (kv.length !== 2) {
        for (const x of kv) decref(x)
        raise('ValueError', `dictionary update sequence element has length ${kv.length}; 2 is required`)
      }
      dictSet(d, kv[0], kv[1])
      decref(kv[0])
      decref(kv[1])
    } finally {
      decref(pair)
    }
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
