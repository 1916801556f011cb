/**
 * The `builtins` module (Python/bltinmodule.c) and the constructors of the built-in types. Every function
 * receives borrowed arguments and returns a new reference.
 *
 * Simplifications:
 * - `print` writes to an in-memory stdout; `file=` supports sys.stdout/sys.stderr only.
 */
import {
  dictMergeTable27,
  kwargsFromMapping,
  kwargsTable27,
  mergedCopy,
  newTableFrom,
  operandOf,
  tableOf,
  useTable,
} from '../objects/set-order'
import { dictBorn } from '../objects/storage'
import { listExtended, listInitFrom, setBuiltByAdds, setMerged } from '../objects/storage'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R, StopRun, gcLink } from '../objects/runtime'
import { raise, newExc, setExcArgs } from '../objects/errors'
import { lookupType } from '../objects/lookup'
import {
  boundBuiltin,
  callDescr,
  contains,
  delAttr,
  dictSet,
  eq,
  getAttr,
  getAttrOrNull,
  getIter,
  hashKey,
  hashValue,
  isInstance,
  iterNext,
  length,
  listFromIterable,
  newIter,
  repr,
  richCompare,
  setAttr,
  str,
  truthy,
  intStr,
  isProxy,
  rangeIter,
  rangeLen,
} from '../objects/ops'
import { binaryOp, intToFloat } from '../objects/number'
import {
  PyBuiltin,
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
  type NativeFn,
  PyWeakref,
} from '../objects/types'
import { call } from './call'
import { builtinCtors } from './classes'
import { sortItems, toSet, updateDict } from './methods'
import { formatValue } from './format-call'
import { ctl } from './call'
import { callFromC, callPacked27 } from './calling-conventions'

export function fn(name: string, f: NativeFn): PyBuiltin {
  const b = new PyBuiltin(R.T.builtin_function_or_method, name, f, null)
  b.refcnt = 1 << 30
  b.address = R.memory.allocObject('other', 72)
  return b
}

function put(d: PyDict, name: string, v: PyObject): void {
  d.map.set(name, { key: R.intern(name), value: v })
}

function kwArg(k: Map<string, PyObject> | null, name: string): PyObject | null {
  return k?.get(name) ?? null
}

function toInt(o: PyObject, base: number | null): PyObject {
  if (base !== null && !(o instanceof PyStr))
    raise('TypeError', "int() can't convert non-string with explicit base")
  if (o instanceof PyInt) {
    if (o.type === R.T.bool || o.type === R.T.int) return R.int(o.value)
    return R.profile.py2 && o.type === R.T.long ? R.long(o.value) : R.int(o.value)
  }
  if (o instanceof PyFloat) {
    if (!Number.isFinite(o.value))
      raise(
        Number.isNaN(o.value) ? 'ValueError' : 'OverflowError',
        Number.isNaN(o.value)
          ? 'cannot convert float NaN to integer'
          : 'cannot convert float infinity to integer',
      )
    const t = Math.trunc(o.value)
    return R.int(Number.isSafeInteger(t) ? t : BigInt(t))
  }
  if (o instanceof PyStr) return R.int(parseIntLiteral(o, base ?? 10))
  if (o instanceof PyInstance) {
    const f = lookupType(o.type, '__int__') ?? lookupType(o.type, '__index__')
    if (f !== null) return callDescr(f, o, [])
  }
  raise(
    'TypeError',
    R.profile.py2
      ? `int() argument must be a string or a number, not '${o.type.name}'`
      : `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`,
  )
}

/**
 * Objects/longobject.c `PyLong_FromString`: whitespace, a sign, the base prefix (base 0 infers it; 16, 8 and
 * 2 accept their own), and on 3.x single underscores between digits. 2.7's base 0 reads a leading 0 as octal.
 */
function parseIntLiteral(o: PyStr, base: number): bigint {
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0')
  const bad = (): never => {
    // 2.7 quotes the text from its first non-space character; both cut it at 200 characters.
    const text = R.profile.py2 ? o.value.replace(/^\s+/, '') : o.value
    const r = text.length > 200 || text !== o.value ? repr(R.str(text.slice(0, 200))) : repr(o)
    raise('ValueError', `invalid literal for int() with base ${base}: ${r}`)
  }
  let s = o.value.replace(/^[\s]+|[\s]+$/g, '')
  let neg = false
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-'
    s = s.slice(1)
    // 2.7 (PyOS_strtoul's caller) lets spaces follow the sign.
    if (R.profile.py2) s = s.replace(/^\s+/, '')
  }
  let b = base
  let prefixed = false
  const pre = /^0([xXoObB])/.exec(s)
  if (pre !== null) {
    const pb = { x: 16, o: 8, b: 2 }[pre[1].toLowerCase() as 'x' | 'o' | 'b']
    if (b === 0 || b === pb) {
      b = pb
      s = s.slice(2)
      prefixed = true
    }
  }
  if (b === 0) {
    if (R.profile.py2 && /^0\d/.test(s)) {
      b = 8
      s = s.slice(1)
    } else b = 10
    if (!R.profile.py2 && /^0/.test(s) && !/^0+(_0+)*$/.test(s)) bad()
  }
  if (R.profile.py2 && /[lL]$/.test(s) && base === 0) s = s.slice(0, -1)
  if (!R.profile.py2) {
    // Underscores only between digits, or right after a base prefix.
    if (prefixed && s.startsWith('_')) s = s.slice(1)
    if (s.startsWith('_') || s.endsWith('_') || s.includes('__')) bad()
    s = s.replace(/_/g, '')
  }
  if (s === '') bad()
  let v = 0n
  const B = BigInt(b)
  for (const c of s.toLowerCase()) {
    const d = /[0-9a-z]/.test(c) ? parseInt(c, 36) : R.profile.py2 ? 99 : unicodeDigit(c)
    if (d >= b) bad()
    v = v * B + BigInt(d)
  }
  return neg ? -v : v
}

/**
 * `round(float, ndigits)` as Objects/floatobject.c does it: round the exact binary value to ndigits decimal
 * places (3.x ties to even; 2.7 `_Py_double_round` ties away from zero), then read the decimal back.
 */
function roundFloat(v: number, nd: number, halfEven: boolean): number {
  if (!Number.isFinite(v) || v === 0) return v
  if (nd > 323) return v
  if (nd < -308) return v < 0 ? -0 : 0
  const neg = v < 0
  // |v| = m * 2**e exactly.
  let m = Math.abs(v)
  let e = 0
  while (!Number.isInteger(m)) {
    m *= 2
    e--
  }
  let num = BigInt(m)
  let den = 1n
  if (e < 0) den <<= BigInt(-e)
  if (nd >= 0) num *= 10n ** BigInt(nd)
  else den *= 10n ** BigInt(-nd)
  let q = num / den
  const r2 = (num % den) * 2n
  if (r2 > den || (r2 === den && (!halfEven || q % 2n === 1n))) q += 1n
  const r = parseFloat(`${neg ? '-' : ''}${q}e${-nd}`)
  if (!Number.isFinite(r)) raise('OverflowError', 'rounded value too large to represent')
  return r
}

/** `round(int, -n)`: Objects/longobject.c `long_round`, ties to even. */
function roundIntHalfEven(x: bigint, nd: bigint): bigint {
  const p = 10n ** -nd
  const rem = ((x % p) + p) % p
  const q = (x - rem) / p
  if (rem * 2n > p || (rem * 2n === p && q % 2n !== 0n)) return x - rem + p
  return x - rem
}

/** The value of a Unicode decimal digit (category Nd, which comes in runs of ten from a zero), else 99. */
function unicodeDigit(c: string): number {
  const nd = /^\p{Nd}$/u
  if (!nd.test(c)) return 99
  const cp = c.codePointAt(0) as number
  let z = cp
  while (z > 0 && nd.test(String.fromCodePoint(z - 1))) z--
  return (cp - z) % 10
}

function toFloat(o: PyObject): number {
  if (o instanceof PyFloat) return o.value
  if (o instanceof PyInt) return intToFloat(o.value)
  if (o instanceof PyStr) {
    const s = o.value.replace(/^[\s]+|[\s]+$/g, '').toLowerCase()
    if (/^[+-]?(inf|infinity)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity
    if (/^[+-]?nan$/.test(s)) return s.startsWith('-') ? -NaN : NaN
    const digits = R.profile.py2 ? '\\d+' : '\\d(?:_?\\d)*'
    const re = new RegExp(`^[+-]?(${digits}\\.?(?:${digits})?|\\.${digits})(e[+-]?${digits})?$`)
    if (!re.test(s)) {
      if (!R.profile.py2) raise('ValueError', `could not convert string to float: ${repr(o)}`)
      // 2.7: PyOS_string_to_double fails outright, or parses a prefix and leaves the rest.
      const text = o.value.replace(/^\s+/, '').slice(0, 200)
      const prefix = /^[+-]?(\d+\.?\d*|\.\d+)/.test(s) || /^[+-]?(inf|nan)/.test(s)
      raise(
        'ValueError',
        prefix ? `invalid literal for float(): ${text}` : `could not convert string to float: ${text}`,
      )
    }
    return parseFloat(s.replace(/_/g, ''))
  }
  if (o instanceof PyInstance) {
    const f = lookupType(o.type, '__float__')
    if (f !== null) {
      const r = callDescr(f, o, [])
      const v = (r as PyFloat).value
      decref(r)
      return v
    }
  }
  raise(
    'TypeError',
    R.profile.py2
      ? 'float() argument must be a string or a number'
      : `float() argument must be a string or a real number, not '${o.type.name}'`,
  )
}

function minmax(name: string, args: PyObject[], k: Map<string, PyObject> | null, op: string): PyObject {
  if (k !== null)
    for (const kw of k.keys())
      if (kw !== 'key' && (kw !== 'default' || R.profile.py2))
        raise(
          'TypeError',
          R.profile.py2
            ? `${name}() got an unexpected keyword argument`
            : `'${kw}' is an invalid keyword argument for ${name}()`,
        )
  if (args.length === 0)
    raise(
      'TypeError',
      R.profile.py2
        ? `${name} expected 1 arguments, got 0`
        : R.profile.version[1] >= 13
          ? `${name} expected at least 1 argument, got 0`
          : `${name} expected 1 argument, got 0`,
    )
  if (args.length > 1 && kwArg(k, 'default') !== null)
    raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`)
  const items = args.length === 1 ? listFromIterable(args[0]) : args.map((a) => incref(a))
  const key = kwArg(k, 'key')
  const dflt = kwArg(k, 'default')
  try {
    if (items.length === 0) {
      if (dflt !== null) return incref(dflt)
      raise(
        'ValueError',
        R.profile.py2
          ? `${name}() arg is an empty sequence`
          : `${name}() ${R.profile.version[1] >= 12 ? 'iterable argument is empty' : 'arg is an empty sequence'}`,
      )
    }
    let best = items[0]
    let bestKey = key && key !== R.None ? callFromC(key, [incref(best)]) : incref(best)
    for (let i = 1; i < items.length; i++) {
      const kv = key && key !== R.None ? callFromC(key, [incref(items[i])]) : incref(items[i])
      const r = richCompare(kv, bestKey, op)
      const better = truthy(r)
      decref(r)
      if (better) {
        decref(bestKey)
        bestKey = kv
        best = items[i]
      } else decref(kv)
    }
    decref(bestKey)
    return incref(best)
  } finally {
    for (const x of items) decref(x)
  }
}

function makeRange(args: PyObject[]): number[] {
  const nums = args.map((a) => {
    if (!(a instanceof PyInt))
      raise(
        'TypeError',
        R.profile.py2
          ? 'range() integer end argument expected, got ' + a.type.name + '.'
          : `'${a.type.name}' object cannot be interpreted as an integer`,
      )
    return Number(a.value)
  })
  let [a, b, c] = [0, 0, 1]
  if (nums.length === 1) b = nums[0]
  else if (nums.length === 2) [a, b] = nums
  else if (nums.length === 3) [a, b, c] = nums
  else raise('TypeError', `range expected at most 3 arguments, got ${nums.length}`)
  if (c === 0)
    raise(
      'ValueError',
      R.profile.py2 ? 'range() step argument must not be zero' : 'range() arg 3 must not be zero',
    )
  return [a, b, c]
}

/** Write to stdout, honouring the trace recorder. */
export function writeOut(s: string, err = false): void {
  if (err) R.stderr.push(s)
  else R.stdout.push(s)
  if (outputHook !== null) outputHook(s, err)
}
let outputHook: ((s: string, err: boolean) => void) | null = null
export function setOutputHook(h: ((s: string, err: boolean) => void) | null): void {
  outputHook = h
}

export function installBuiltins(builtins: PyDict, printFunction: boolean): void {
  const T = R.T
  const B = (name: string, f: NativeFn) => put(builtins, name, fn(name, f))
  for (const name of [
    'object',
    'int',
    'float',
    'str',
    'list',
    'dict',
    'tuple',
    'set',
    'frozenset',
    'bool',
    'type',
    'range',
    'property',
    'staticmethod',
    'classmethod',
    'super',
    'enumerate',
    'zip',
    'map',
    'filter',
    'reversed',
    'slice',
  ] as const) {
    put(builtins, name, T[name])
  }
  if (R.profile.py2) {
    put(builtins, 'long', T.long)
    put(builtins, 'unicode', T.unicode)
    put(builtins, 'xrange', T.range)
    put(builtins, 'basestring', T.str)
    put(builtins, 'bytes', T.str)
    if (!printFunction) builtins.map.delete('print')
  } else put(builtins, 'bytes', T.bytes)
  for (const [name, t] of Object.entries(R.E)) put(builtins, name, t)
  put(builtins, 'None', R.None)
  put(builtins, 'True', R.True)
  put(builtins, 'False', R.False)
  put(builtins, 'NotImplemented', R.NotImplemented)
  put(builtins, 'Ellipsis', R.Ellipsis)

  B('print', (args, k) => {
    const sepO = kwArg(k, 'sep')
    const endO = kwArg(k, 'end')
    const file = kwArg(k, 'file')
    const sep = sepO === null || sepO === R.None ? ' ' : str(sepO)
    const end = endO === null || endO === R.None ? '\n' : str(endO)
    const text = args.map(str).join(sep) + end
    writeOut(text, file !== null && file === stderrObj)
    return incref(R.None)
  })
  B('len', (a) => R.int(length(a[0])))
  B('repr', (a) =>
    !R.profile.py2 && a[0] instanceof PyInt && a[0].type !== T.bool
      ? R.freshStr(T.str, repr(a[0]))
      : R.str(repr(a[0])),
  )
  B('id', (a) => R.int(a[0].address))
  B('hash', (a) => R.int(hashValue(a[0])))
  B('isinstance', (a) => R.bool(isinstanceCheck(a[0], a[1])))
  B('issubclass', (a) => {
    const t = a[0] as PyType
    const chk = (c: PyObject) => t.mro.includes(c as PyType)
    return R.bool(a[1] instanceof PyTuple ? a[1].items.some(chk) : chk(a[1]))
  })
  B('callable', (a) => {
    const o = a[0]
    return R.bool(
      o instanceof PyFunction ||
        o instanceof PyBuiltin ||
        o instanceof PyMethod ||
        o instanceof PyType ||
        (o instanceof PyInstance && lookupType(o.type, '__call__') !== null),
    )
  })
  B('getattr', (a) => {
    const name = (a[1] as PyStr).value
    if (a.length > 2) {
      try {
        const v = getAttrOrNull(a[0], name)
        if (v !== null) return v
        return getAttr(a[0], name)
      } catch (e) {
        if (e instanceof PyError && isInstance(e.exc, R.E.AttributeError)) {
          decref(e.exc)
          return incref(a[2])
        }
        throw e
      }
    }
    return getAttr(a[0], name)
  })
  B('setattr', (a) => {
    setAttr(a[0], (a[1] as PyStr).value, a[2])
    return incref(R.None)
  })
  B('delattr', (a) => {
    delAttr(a[0], (a[1] as PyStr).value)
    return incref(R.None)
  })
  B('hasattr', (a) => {
    try {
      const v = getAttr(a[0], (a[1] as PyStr).value)
      decref(v)
      return R.bool(true)
    } catch (e) {
      if (e instanceof PyError && (R.profile.py2 || isInstance(e.exc, R.E.AttributeError))) {
        decref(e.exc)
        return R.bool(false)
      }
      throw e
    }
  })
  B('abs', (a) => {
    const o = a[0]
    if (o instanceof PyInt)
      return R.int(typeof o.value === 'bigint' ? (o.value < 0n ? -o.value : o.value) : Math.abs(o.value))
    if (o instanceof PyFloat) return R.float(Math.abs(o.value))
    const f = o instanceof PyInstance ? lookupType(o.type, '__abs__') : null
    if (f !== null) return callDescr(f, o, [])
    raise('TypeError', `bad operand type for abs(): '${o.type.name}'`)
  })
  B('min', (a, k) => minmax('min', a, k, '<'))
  B('max', (a, k) => minmax('max', a, k, '>'))
  B('sum', (a, k) => {
    const start = a.length > 1 ? a[1] : kwArg(k, 'start')
    if (start instanceof PyStr) {
      if (start.type === T.bytes) raise('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]")
      raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]")
    }
    const it = getIter(a[0])
    let acc: PyObject = start !== null ? incref(start) : R.int(0)
    // Python/bltinmodule.c builtin_sum_impl: an int fast path while everything fits a C long, then a float
    // fast path (3.12+: Neumaier-compensated over float items), then generic `+`.
    const LONG_MAX = 2n ** 63n - 1n
    try {
      let x: PyObject | null = null
      if (acc.type === T.int) {
        let i = BigInt((acc as PyInt).value)
        for (x = iterNext(it); x !== null; x = iterNext(it)) {
          if (x instanceof PyInt && (x.type === T.int || x.type === T.bool)) {
            const n = i + BigInt(x.value)
            if (n <= LONG_MAX && n >= -LONG_MAX - 1n) {
              i = n
              decref(x)
              continue
            }
          }
          break
        }
        decref(acc)
        acc = R.int(i)
        if (x !== null) {
          const n = binaryOp('+', acc, x)
          decref(acc)
          decref(x)
          acc = n
        }
        if (x === null) return acc
      }
      if (acc.type === T.float) {
        let f = (acc as PyFloat).value
        let c = 0
        const compensated = !R.profile.py2 && R.profile.version[1] >= 12
        for (x = iterNext(it); x !== null; x = iterNext(it)) {
          if (x.type === T.float) {
            const v = (x as PyFloat).value
            const t = f + v
            if (compensated) {
              if (Math.abs(f) >= Math.abs(v)) c += f - t + v
              else c += v - t + f
            }
            f = t
            decref(x)
            continue
          }
          if (x instanceof PyInt && (x.type === T.int || x.type === T.bool)) {
            const v = BigInt(x.value)
            if (v <= LONG_MAX && v >= -LONG_MAX - 1n) {
              f += Number(v)
              decref(x)
              continue
            }
          }
          break
        }
        if (c !== 0 && Number.isFinite(c)) f += c
        decref(acc)
        acc = R.float(f)
        if (x === null) return acc
        const n = binaryOp('+', acc, x)
        decref(acc)
        decref(x)
        acc = n
      }
      for (x = iterNext(it); x !== null; x = iterNext(it)) {
        const n = binaryOp('+', acc, x)
        decref(acc)
        decref(x)
        acc = n
      }
    } catch (e) {
      decref(acc)
      throw e
    } finally {
      decref(it)
    }
    return acc
  })
  B('all', (a) => {
    const it = getIter(a[0])
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x)
        decref(x)
        if (!t) return R.bool(false)
      }
      return R.bool(true)
    } finally {
      decref(it)
    }
  })
  B('any', (a) => {
    const it = getIter(a[0])
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x)
        decref(x)
        if (t) return R.bool(true)
      }
      return R.bool(false)
    } finally {
      decref(it)
    }
  })
  B('sorted', (a, k) => {
    if (a.length !== 1)
      raise(
        'TypeError',
        R.profile.py2
          ? a.length === 0
            ? "Required argument 'iterable' (pos 1) not found"
            : `sorted() takes at most 4 arguments (${a.length} given)`
          : `sorted expected 1 argument, got ${a.length}`,
      )
    if (k !== null)
      for (const kw of k.keys())
        if (kw !== 'key' && kw !== 'reverse' && !(R.profile.py2 && kw === 'cmp'))
          raise(
            'TypeError',
            R.profile.py2
              ? `'${kw}' is an invalid keyword argument for this function`
              : `'${kw}' is an invalid keyword argument for sort()`,
          )
    const items = listFromIterable(a[0])
    const key = kwArg(k, 'key')
    const rev = kwArg(k, 'reverse')
    // PySequence_List: an empty list extended by the iterable.
    const l = R.list([])
    l.items = items
    listExtended(l, 0, a[0])
    // 2.7 builtin_sorted calls the new list's `sort` through a bound method object.
    const bound = R.profile.py2 ? R.transientBorn('cfunction') : 0
    try {
      l.items = sortItems(items, key === null || key === R.None ? null : key, rev !== null && truthy(rev))
    } catch (e) {
      decref(l)
      throw e
    } finally {
      if (R.profile.py2) R.transientFreed('cfunction', bound)
    }
    return l
  })
  B('iter', (a) => getIter(a[0]))
  B('next', (a) => {
    const v = iterNext(a[0])
    if (v === null) {
      if (a.length > 1) return incref(a[1])
      throw new PyError(newExc(R.E.StopIteration, []))
    }
    return v
  })
  /** hex/oct/bin (`PyNumber_ToBase`; 2.7's `oct` is C-style and longs carry an L). */
  const toBase = (name: string, o: PyObject, radix: number, prefix: string): PyObject => {
    let v: number | bigint
    if (o instanceof PyInt) v = o.value
    else {
      const f = o instanceof PyInstance ? lookupType(o.type, '__index__') : null
      if (f === null)
        raise(
          'TypeError',
          R.profile.py2
            ? name === 'bin'
              ? `'${o.type.name}' object cannot be interpreted as an index`
              : `${name}() argument can't be converted to ${name}`
            : `'${o.type.name}' object cannot be interpreted as an integer`,
        )
      const r = callDescr(f, o, [])
      v = (r as PyInt).value
      decref(r)
    }
    const neg = v < 0
    const abs = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v)
    let digits = abs.toString(radix)
    if (R.profile.py2 && name === 'oct') {
      if (digits === '0') prefix = ''
    }
    if (R.profile.py2 && name !== 'bin' && o.type === R.T.long) digits += 'L'
    return R.str((neg ? '-' : '') + prefix + digits)
  }
  B('hex', (a) => toBase('hex', a[0], 16, '0x'))
  B('oct', (a) => toBase('oct', a[0], 8, R.profile.py2 ? '0' : '0o'))
  B('bin', (a) => toBase('bin', a[0], 2, '0b'))
  B('chr', (a) => {
    const n = Number((a[0] as PyInt).value)
    if (R.profile.py2 && (n < 0 || n > 255)) raise('ValueError', 'chr() arg not in range(256)')
    if (n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)')
    if (R.profile.version[1] === 12 && n < 256) {
      // 3.12.1: chr() returns the static latin-1 singleton, which is not the interned constant.
      return R.str(String.fromCharCode(n))
    }
    return R.str(String.fromCodePoint(n))
  })
  B('ord', (a) => {
    const o = a[0]
    if (!(o instanceof PyStr))
      raise('TypeError', `ord() expected string of length 1, but ${o.type.name} found`)
    const n = [...o.value].length
    if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`)
    return R.int(o.value.codePointAt(0) as number)
  })
  B('round', (a, k) => {
    const x = a[0]
    const ndO = a.length > 1 ? a[1] : kwArg(k, 'ndigits')
    if (!(x instanceof PyInt) && !(x instanceof PyFloat)) {
      const f = !R.profile.py2 && x instanceof PyInstance ? lookupType(x.type, '__round__') : null
      if (f !== null) return callDescr(f, x, ndO === null ? [] : [ndO])
      raise(
        'TypeError',
        R.profile.py2 ? 'a float is required' : `type ${x.type.name} doesn't define __round__ method`,
      )
    }
    if (ndO !== null && (R.profile.py2 || ndO !== R.None) && !(ndO instanceof PyInt))
      raise(
        'TypeError',
        `'${ndO.type.name}' object cannot be interpreted as an ${R.profile.py2 ? 'index' : 'integer'}`,
      )
    const nd = ndO === null || ndO === R.None ? null : (ndO as PyInt).value
    if (R.profile.py2) {
      const v = x instanceof PyInt ? intToFloat(x.value) : x.value
      return R.float(roundFloat(v, nd === null ? 0 : Number(nd), false))
    }
    if (x instanceof PyInt) {
      if (nd === null || nd >= 0) return R.int(x.value)
      return R.int(roundIntHalfEven(BigInt(x.value), BigInt(nd)))
    }
    const v = x.value
    if (nd === null) {
      if (!Number.isFinite(v))
        raise(
          Number.isNaN(v) ? 'ValueError' : 'OverflowError',
          Number.isNaN(v)
            ? 'cannot convert float NaN to integer'
            : 'cannot convert float infinity to integer',
        )
      const r = roundFloat(v, 0, true)
      return R.int(Number.isSafeInteger(r) ? r : BigInt(r))
    }
    return R.float(roundFloat(v, Number(nd), true))
  })
  B('divmod', (a) => binaryOp('divmod', a[0], a[1]))
  B('pow', (a) => {
    if (a.length < 3 || a[2] === R.None) return binaryOp('**', a[0], a[1])
    // Three-argument pow: modular exponentiation of ints (negative exponents are not modelled).
    const [b, e, m] = a.map((x) => (x instanceof PyInt ? BigInt(x.value) : null))
    if (b === null || e === null || m === null)
      raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers')
    if (m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0')
    let base = ((b % m) + m) % m
    if (e < 0n) {
      if (R.profile.py2)
        raise('TypeError', 'pow() 2nd argument cannot be negative when 3rd argument specified')
      // 3.8+: a negative exponent means the modular inverse of the base, raised to -e.
      const inverse = modularInverse(base, m < 0n ? -m : m)
      if (inverse === null) raise('ValueError', 'base is not invertible for the given modulus')
      base = inverse
    }
    let result = 1n
    for (let k = e < 0n ? -e : e; k > 0n; k >>= 1n) {
      if (k & 1n) result = (result * base) % m
      base = (base * base) % m
    }
    // Python's result takes the sign of the modulus.
    if (m < 0n && result > 0n) result += m
    return R.int(result)
  })
  B('vars', (a) => {
    if (a.length === 0) return incref(ctl.current?.globals ?? R.None)
    return getAttr(a[0], '__dict__')
  })
  B('globals', () => incref((ctl.current as { globals: PyDict }).globals))
  B('format', (a) => R.str(formatValue(a[0], a.length > 1 ? (a[1] as PyStr).value : '')))
  B('input', () => raise('NotImplementedError', 'input() is not available in the simulator'))
  B('open', () => raise('NotImplementedError', 'open() is not available in the simulator'))
  B('exit', (a) => {
    throw new StopRun('SystemExit', a.length ? Number((a[0] as PyInt).value ?? 1) : 0)
  })
  if (R.profile.py2) {
    B('intern', (a) => internStr(a[0]))
    B('cmp', (a) => {
      const lt = richCompare(a[0], a[1], '<')
      const l = truthy(lt)
      decref(lt)
      return R.int(l ? -1 : eq(a[0], a[1]) ? 0 : 1)
    })
  }

  // ---- constructors
  builtinCtors.set(T.object, () => R.born(new PyObject(R.T.object), 'other', false))
  // A subclass of int or float (long_subtype_new / float_subtype_new): the value, then an object of the
  // subclass holding it (tracked: the subclass has a __dict__).
  const ofSubtype = (v: PyObject, t: PyType | undefined): PyObject => {
    if (t === undefined || t.builtin) return v
    const o = v instanceof PyFloat ? new PyFloat(t, v.value) : new PyInt(t, (v as PyInt).value)
    decref(v)
    return R.born(o, 'other', t.isGC)
  }
  builtinCtors.set(T.int, (a, k, t) => {
    if (a.length === 0) return ofSubtype(R.int(0), t)
    const base =
      a.length > 1
        ? Number((a[1] as PyInt).value)
        : kwArg(k, 'base')
          ? Number((kwArg(k, 'base') as PyInt).value)
          : null
    return ofSubtype(toInt(a[0], base), t)
  })
  builtinCtors.set(T.long, (a) => {
    const r = a.length ? toInt(a[0], null) : R.int(0)
    const v = (r as PyInt).value
    decref(r)
    return R.long(v)
  })
  builtinCtors.set(T.bool, (a) => R.bool(a.length > 0 && truthy(a[0])))
  builtinCtors.set(T.float, (a, _k, t) => ofSubtype(R.float(a.length ? toFloat(a[0]) : 0), t))
  builtinCtors.set(T.str, (a, _k, t) => {
    // A subclass never gets the shared empty string (unicode_subtype_new copies into a new object).
    if (a.length === 0) return t === undefined || t === T.str ? incref(R.emptyStr) : R.typedStr(t, '')
    if (a[0].type === T.str && t === T.str) return incref(a[0])
    // 3.x int.__str__ writes a new string (long_to_decimal_string), one digit included.
    if (!R.profile.py2 && a[0] instanceof PyInt && a[0].type !== T.bool) return R.freshStr(t, str(a[0]))
    return R.typedStr(t, str(a[0]))
  })
  builtinCtors.set(T.unicode, (a) => R.typedStr(T.unicode, a.length ? str(a[0]) : ''))
  builtinCtors.set(T.bytes, (a) => {
    // bytes(n) is n zero bytes (3.x; on 2.7 `bytes` is `str`).
    if (a.length === 1 && a[0] instanceof PyInt) {
      const n = Number(a[0].value)
      if (n < 0) raise('ValueError', 'negative count')
      return R.typedStr(T.bytes, '\0'.repeat(n))
    }
    return bytesFrom(a)
  })
  const bytesFrom = (a: PyObject[]): PyObject =>
    R.typedStr(
      T.bytes,
      a.length
        ? a[0] instanceof PyStr
          ? a[0].value
          : listFromIterable(a[0])
              .map((x) => String.fromCharCode(Number((x as PyInt).value)))
              .join('')
        : '',
    )
  builtinCtors.set(T.tuple, (a, _k, t) => {
    if (a.length === 0)
      return t === undefined || t === T.tuple
        ? incref(R.emptyTuple)
        : R.born(new PyTuple(t, []), 'other', true)
    if (a[0] instanceof PyTuple && a[0].type === T.tuple && t === T.tuple) return incref(a[0])
    const items = listFromIterable(a[0])
    if (t !== T.tuple) {
      if (items.length === 0 && t === T.tuple) return incref(R.emptyTuple)
      return R.born(new PyTuple(t, items), 'other', true) // subclasses never use the tuple free list
    }
    return R.tuple(items)
  })
  builtinCtors.set(T.list, (a, _k, t) => {
    // An instance of a subclass of list has the subclass as its type (and never uses the free list).
    if (t !== undefined && t !== T.list) {
      const sub = R.born(new PyList(t, []), 'other', true)
      if (a.length) {
        sub.items = listFromIterable(a[0])
        listInitFrom(sub, a[0])
      }
      return sub
    }
    // type_call -> list_new / PyType_GenericNew: tp_alloc, a GC allocation that bypasses the list free list
    // (counted in generation 0 even when PyList_New would have reused one).
    const l = R.born(new PyList(T.list, []), 'other', true)
    if (a.length === 0) return l
    // list___init__: the header, then an item array sized as list_extend leaves it.
    l.items = listFromIterable(a[0])
    listInitFrom(l, a[0])
    return l
  })
  builtinCtors.set(T.dict, (a, k, t) => {
    // A subclass instance has the subclass as its type and is always tracked (dict_new for subtypes).
    let d: PyDict
    if (t !== undefined && t !== T.dict) {
      d = R.born(new PyDict(t), 'other', true)
      dictBorn(d)
    } else {
      // dict_new: tp_alloc bypasses the dict free list (always a counted GC allocation), then untracks.
      d = R.born(new PyDict(T.dict), 'other', false)
      dictBorn(d)
    }
    try {
      if (a.length) updateDict(d, a[0])
      if (k) {
        const before = R.profile.py2 && k.size > 0 && !kwargsFromMapping.has(k) ? tableOf(d) : null
        const kw: [unknown, PyObject][] = []
        for (const [n, v] of k) {
          const ks = R.str(n)
          dictSet(d, ks, v)
          const hk = hashKey(ks)
          kw.push([hk, d.map.get(hk)?.key ?? ks])
          decref(ks)
        }
        if (before !== null) useTable(d, dictMergeTable27(before, kwargsTable27(kw)))
      }
    } catch (e) {
      decref(d)
      throw e
    }
    return d
  })
  builtinCtors.set(T.set, (a, _k, t) => ofSetSubtype(setNew(a), t))
  // make_new_set for a subclass: the new set is an object of the subclass.
  const ofSetSubtype = (s: PyObject, t: PyType | undefined): PyObject => {
    if (t !== undefined && !t.builtin && s.type !== t) {
      if (s.refcnt > 1 || s === emptyFrozenset) {
        const c = mergedCopy(s as PySet, s.type === T.frozenset)
        decref(s)
        s = c
      }
      s.type = t
    }
    return s
  }
  const setNew = (a: PyObject[]): PyObject => {
    if (a.length === 0) return R.set()
    const s = toSet(a[0])
    if (s === a[0]) {
      decref(s)
      return mergedCopy(a[0] as PySet)
    }
    return s
  }
  // 2.7 frozenset_new: the empty frozenset is a singleton, made on first use (3.x has none).
  let emptyFrozenset: PySet | null = null
  builtinCtors.set(T.frozenset, (a, _k, t) => ofSetSubtype(frozensetNew(a), t))
  const frozensetNew = (a: PyObject[]): PyObject => {
    if (a.length && a[0].type === T.frozenset) return incref(a[0])
    if (R.profile.py2 && a.length === 0 && emptyFrozenset !== null) return incref(emptyFrozenset)
    const s = R.set(true)
    if (a.length) {
      for (const x of listFromIterable(a[0])) {
        const kk = hashKey(x)
        if (!s.map.has(kk)) s.map.set(kk, x)
        else decref(x)
      }
      if (a[0] instanceof PySet || a[0] instanceof PyDict) {
        setMerged(s, s.map.size)
        useTable(s, newTableFrom(operandOf(a[0], s)))
      } else setBuiltByAdds(s)
    }
    if (R.profile.py2 && s.map.size === 0) {
      if (emptyFrozenset === null) {
        if (a.length === 0) return (emptyFrozenset = incref(s))
        decref(s)
        emptyFrozenset = R.set(true)
        incref(emptyFrozenset)
      } else decref(s)
      return incref(emptyFrozenset)
    }
    return s
  }
  builtinCtors.set(T.type, (a) => {
    if (a.length === 1) return incref(a[0].type)
    raise('TypeError', 'type() with 3 arguments is not supported by the simulator')
  })
  builtinCtors.set(T.range, (a) => {
    const r = makeRange(a)
    if (R.profile.py2) {
      const out: PyObject[] = []
      const [s, e, st] = r
      // 2.7's range() builds the whole list at once: each int plus its slot, before any of it exists.
      R.guardMemory(32 * Math.max(0, Math.ceil((e - s) / st)))
      for (let i = s; st > 0 ? i < e : i > e; i += st) out.push(R.int(i))
      return R.list(out)
    }
    return R.born(new PyNative(T.range, [], null, 0, r), 'other', false)
  })
  if (R.profile.py2) {
    const xr = fn('xrange', (a) => R.born(new PyNative(T.range, [], null, 0, makeRange(a)), 'other', false))
    put(builtins, 'xrange', xr)
    T.range.name = 'xrange'
  }
  const descr = (t: PyType) => (a: PyObject[]) =>
    R.born(
      new PyDescriptor(
        t,
        a.length > 0 && !(t === T.property && a[0] === R.None) ? incref(a[0]) : null,
        a.length > 1 ? incref(a[1]) : null,
        a.length > 2 ? incref(a[2]) : null,
      ),
      'other',
      true,
    )
  builtinCtors.set(T.property, descr(T.property))
  builtinCtors.set(T.staticmethod, descr(T.staticmethod))
  builtinCtors.set(T.classmethod, descr(T.classmethod))
  const propSetter: NativeFn = (a, _k, s) => {
    const p = s as PyDescriptor
    return R.born(
      new PyDescriptor(
        T.property,
        p.fget ? incref(p.fget) : null,
        incref(a[0]),
        p.fdel ? incref(p.fdel) : null,
      ),
      'other',
      true,
    )
  }
  const m = new PyBuiltin(T.builtin_function_or_method, 'setter', propSetter, null)
  m.isMethod = true
  T.property.dict.map.set('setter', { key: R.intern('setter'), value: m })
  builtinCtors.set(T.enumerate, (a, k) => {
    const it = getIter(a[0])
    const start =
      a.length > 1
        ? Number((a[1] as PyInt).value)
        : kwArg(k, 'start')
          ? Number((kwArg(k, 'start') as PyInt).value)
          : 0
    // enum_new: en_result = PyTuple_Pack(2, None, None), the result tuple enum_next recycles.
    const result = R.tuple([incref(R.None), incref(R.None)])
    const e = R.born(
      new PyNative(T.enumerate, [it, result], (self) => {
        const x = iterNext(self.held[0] as PyObject)
        if (x === null) return null
        const index = R.int(start + self.index++)
        return recycledTuple(self.held[1] as PyTuple, [index, x]) ?? R.tuple([index, x])
      }),
      'other',
      true,
    )
    return e
  })
  builtinCtors.set(T.zip, (a) => {
    if (R.profile.py2) return zip27(a)
    // zip_new: the iterators tuple (made first, filled as each iterator is got), then the result tuple
    // zip_next recycles (held by the zip object: zip_traverse visits ittuple, result).
    const ittuple = R.tuple(a.map(() => incref(R.None)))
    a.forEach((x, i) => {
      let itr: PyObject
      try {
        itr = getIter(x)
      } catch (e) {
        decref(ittuple)
        throw e
      }
      decref(ittuple.items[i])
      ittuple.items[i] = itr
    })
    const n = a.length
    const result = R.tuple(a.map(() => incref(R.None)))
    return R.born(
      new PyNative(T.zip, [ittuple, result], (self) => {
        const its = (self.held[0] as PyTuple).items
        if (n === 0) return null
        const res = self.held[1] as PyTuple
        if (res.refcnt === 1) {
          incref(res)
          for (let i = 0; i < n; i++) {
            const x = iterNext(its[i])
            if (x === null) {
              decref(res)
              return null
            }
            const old = res.items[i]
            res.items[i] = x
            decref(old)
          }
          retrack(res)
          return res
        }
        // PyTuple_New(n) before the items are fetched: one more tuple when an iterator runs out.
        const out = R.tuple(its.map(() => incref(R.None)))
        for (let i = 0; i < n; i++) {
          const x = iterNext(its[i])
          if (x === null) {
            decref(out)
            return null
          }
          decref(out.items[i])
          out.items[i] = x
        }
        return out
      }),
      'other',
      true,
    )
  })
  builtinCtors.set(T.map, (a) => {
    if (R.profile.py2) return map27(a)
    // map_new / map_vectorcall: the iterators tuple, then the object (map_traverse visits iters, func).
    const iters = R.tuple(a.slice(1).map(() => incref(R.None)))
    a.slice(1).forEach((x, i) => {
      let itr: PyObject
      try {
        itr = getIter(x)
      } catch (e) {
        decref(iters)
        throw e
      }
      decref(iters.items[i])
      iters.items[i] = itr
    })
    return R.born(
      new PyNative(T.map, [iters, incref(a[0])], (self) => {
        const args: PyObject[] = []
        for (const it of (self.held[0] as PyTuple).items) {
          const x = iterNext(it)
          if (x === null) {
            for (const y of args) decref(y)
            return null
          }
          args.push(x)
        }
        if (args.length === 0) return null
        return call(self.held[1] as PyObject, args, null, false)
      }),
      'other',
      true,
    )
  })
  builtinCtors.set(T.filter, (a) => {
    const f = incref(a[0])
    const it = getIter(a[1])
    const fo = R.born(
      new PyNative(T.filter, [f, it], (self) => {
        for (;;) {
          const x = iterNext(self.held[1] as PyObject)
          if (x === null) return null
          let ok: boolean
          if (self.held[0] === R.None) ok = truthy(x)
          else {
            const r = callFromC(self.held[0] as PyObject, [incref(x)])
            ok = truthy(r)
            decref(r)
          }
          if (ok) return x
          decref(x)
        }
      }),
      'other',
      true,
    )
    if (R.profile.py2) return materialize(fo)
    return fo
  })
  builtinCtors.set(T.reversed, (a) => {
    const o = a[0]
    if (o instanceof PyList || o instanceof PyTuple) {
      // list.__reversed__ makes a list_reverseiterator; a tuple gets the generic `reversed` object.
      return R.born(
        new PyNative(o instanceof PyList ? T.list_reverseiterator : T.reversed, [incref(o)], (self) => {
          const items = (self.held[0] as PyList).items
          const i = items.length - 1 - self.index++
          if (i < 0) return null
          return incref(items[i])
        }),
        'other',
        true,
      )
    }
    // 3.x range.__reversed__: a range iterator running backwards (2.7 xrange too).
    if (o instanceof PyNative && o.type === T.range) {
      const [a, b, c] = o.extra as number[]
      const n = rangeLen(a, b, c)
      return rangeIter(a + (n - 1) * c, -c, n)
    }
    // PySequence_Check (__getitem__ without being a dict) or __reversed__; 3.8+ dicts are reversible.
    const reversible =
      o instanceof PyStr ||
      (o instanceof PyNative && o.type === T.range) ||
      (o instanceof PyDict && !R.profile.py2) ||
      (o instanceof PyInstance && !(o instanceof PyDict) && lookupType(o.type, '__getitem__') !== null)
    if (!reversible)
      raise(
        'TypeError',
        R.profile.py2
          ? 'argument to reversed() must be a sequence'
          : `'${o.type.name}' object is not reversible`,
      )
    const items = listFromIterable(o)
    items.reverse()
    const l = R.list(items)
    const it = getIter(l)
    decref(l)
    return it
  })
  builtinCtors.set(T.slice, (a) => {
    const parts = a.length === 1 ? [R.None, a[0], R.None] : [a[0], a[1], a[2] ?? R.None]
    return R.born(
      new PyNative(
        T.slice,
        parts.map((x) => incref(x)),
        null,
      ),
      R.profile.py2 ? 'other' : 'slice',
      true,
    )
  })
  builtinCtors.set(T.super, (a) => makeSuper(a))
}

/**
 * 2.7 builtin_zip: the list of tuples, built through an iterators tuple (itlist); each round makes its
 * tuple before fetching the items, so the round that finds an iterator exhausted makes and drops one more.
 */
function zip27(a: PyObject[]): PyObject {
  if (a.length === 0) return R.list([])
  const itlist = R.tuple(a.map(() => incref(R.None)))
  a.forEach((x, i) => {
    let itr: PyObject
    try {
      itr = getIter(x)
    } catch (e) {
      decref(itlist)
      if (e instanceof PyError && isInstance(e.exc, R.E.TypeError)) {
        decref(e.exc)
        raise('TypeError', `zip argument #${i + 1} must support iteration`)
      }
      throw e
    }
    decref(itlist.items[i])
    itlist.items[i] = itr
  })
  const out: PyObject[] = []
  try {
    for (;;) {
      const next = R.tuple(itlist.items.map(() => incref(R.None)))
      for (let j = 0; j < itlist.items.length; j++) {
        const x = iterNext(itlist.items[j])
        if (x === null) {
          decref(next)
          return R.list(out)
        }
        decref(next.items[j])
        next.items[j] = x
      }
      out.push(next)
    }
  } catch (e) {
    for (const t of out) decref(t)
    throw e
  } finally {
    decref(itlist)
  }
}

/** 2.7 builtin_map: a list, running to the longest iterable (padding with None); map(None, ...) zips. */
function map27(a: PyObject[]): PyObject {
  const f = incref(a[0])
  const its = a.slice(1).map((x) => getIter(x))
  const mo = R.born(
    new PyNative(R.T.map, [f, ...its], (self) => {
      const fn = self.held[0] as PyObject
      const n = self.held.length - 1
      // Each round packs the items into a new tuple first (alist; none for map(None, one)), also the round
      // that finds every iterable exhausted.
      const alist = fn === R.None && n === 1 ? null : R.tuple(self.held.slice(1).map(() => incref(R.None)))
      const args: PyObject[] = []
      let live = 0
      for (const it of self.held.slice(1)) {
        const x = iterNext(it as PyObject)
        if (x === null) {
          args.push(incref(R.None))
          continue
        }
        live++
        args.push(x)
      }
      if (alist !== null)
        for (let i = 0; i < n; i++) {
          decref(alist.items[i])
          alist.items[i] = incref(args[i])
        }
      if (live === 0) {
        for (const y of args) decref(y)
        if (alist !== null) decref(alist)
        return null
      }
      if (fn === R.None) {
        for (const y of args) if (alist !== null) decref(y)
        return alist ?? args[0]
      }
      return callPacked27(fn, args, alist as PyTuple)
    }),
    'other',
    true,
  )
  return materialize(mo)
}

/**
 * enum_next / zip_next recycle their result tuple while nothing else holds it: `items` replace its
 * contents (the old ones are released) and 3.x re-tracks it if a collection untracked it (bpo-42536).
 * Null when the tuple is shared (the caller makes a new one).
 */
function recycledTuple(t: PyTuple, items: PyObject[]): PyTuple | null {
  if (t.refcnt !== 1) return null
  incref(t)
  const old = t.items.slice()
  for (let i = 0; i < items.length; i++) t.items[i] = items[i]
  for (const o of old) decref(o)
  retrack(t)
  return t
}

/** 3.x: a recycled result tuple the collector untracked (it held only untracked things) is tracked again. */
function retrack(t: PyTuple): void {
  if (!R.profile.py2 && t.gcGen < 0) gcLink(R.gens[0].head, t, 0)
}

function materialize(it: PyObject): PyObject {
  try {
    return R.list(listFromIterable(it))
  } finally {
    decref(it)
  }
}

export let stderrObj: PyObject | null = null
export function setStderrObj(o: PyObject): void {
  stderrObj = o
}

export function internStr(o: PyObject): PyObject {
  if (!(o instanceof PyStr)) raise('TypeError', `intern() argument must be str, not ${o.type.name}`)
  const existing = R.interned.get(o.value)
  if (existing !== undefined) return incref(existing)
  R.interned.set(o.value, o)
  o.interned = true
  if (R.profile.internImmortal) R.immortalize(o)
  else if (R.profile.immortalRefcnt === null) o.refcnt += 1
  return incref(o)
}

function isinstanceCheck(o: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstanceCheck(o, x))
  if (!(t instanceof PyType)) raise('TypeError', 'isinstance() arg 2 must be a type or tuple of types')
  if (t === R.T.str && R.profile.py2 && o.type === R.T.unicode) return false
  if (R.profile.py2 && t === R.T.int && o.type === R.T.long) return false
  if (isInstance(o, t)) return true
  // object_isinstance falls back on `o.__class__`: a weakref proxy reports its referent's class.
  if (o instanceof PyWeakref && isProxy(o) && o.target !== null) return isInstance(o.target, t)
  return false
}

/** super(): zero-argument form finds the class from the calling function and `self` from its first local. */
function makeSuper(a: PyObject[]): PyObject {
  let cls: PyType
  let self: PyObject
  if (a.length >= 2) {
    cls = a[0] as PyType
    self = a[1]
  } else {
    const f = ctl.current
    if (f === null || f.func === null || f.func.klass === null) raise('RuntimeError', 'super(): no arguments')
    cls = f.func.klass
    const s0 = f.locals[0] ?? f.cells[0]?.ref ?? null
    if (s0 === null) raise('RuntimeError', 'super(): no arguments')
    self = s0
  }
  const st = self instanceof PyType ? self : self.type
  const i = st.mro.indexOf(cls)
  const rest = st.mro.slice(i + 1)
  const sup = R.born(new PyNative(R.T.super, [incref(cls), incref(self)], null, 0, rest), 'other', true)
  return sup
}

/** Attribute lookup on a super object: search the MRO after the class, bind to self. */
export function superGetAttr(s: PyNative, name: string): PyObject | null {
  const rest = s.extra as PyType[]
  const self = s.held[1] as PyObject
  for (const t of rest) {
    const e = t.dict.map.get(name)
    if (e === undefined) continue
    const d = e.value
    if (d instanceof PyFunction)
      return R.born(new PyMethod(R.T.method, incref(d), incref(self)), 'method', true)
    if (d instanceof PyBuiltin && d.self === null) return boundBuiltin(d, self)
    if (d instanceof PyDescriptor && d.type === R.T.classmethod)
      return R.born(
        new PyMethod(
          R.T.method,
          incref(d.fget as PyObject),
          incref(self instanceof PyType ? self : self.type),
        ),
        'method',
        true,
      )
    if (d instanceof PyDescriptor && d.type === R.T.staticmethod) return incref(d.fget as PyObject)
    return incref(d)
  }
  if (name === '__init__')
    return fn('__init__', (args) => {
      if (self instanceof PyExc) setExcArgs(self, R.tuple(args.map((x) => incref(x))))
      return incref(R.None)
    })
  return null
}

export { PyModule, newIter, contains, intStr }

/** The inverse of `a` modulo `m` (m > 0), or null when they share a factor. */
function modularInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m]
  let [s0, s1] = [1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1] = [r1, r0 - q * r1]
    ;[s0, s1] = [s1, s0 - q * s1]
  }
  if (r0 !== 1n) return null
  return ((s0 % m) + m) % m
}
