/**
 * Binary and unary operators (`PyNumber_*` in Objects/abstract.c with `binary_op1`): built-in numbers
 * (int with small-int cache and arbitrary precision, 2.7's int/long split, float), sequence concatenation
 * and repetition, `%` formatting of strings, then the user's `__op__` / `__rop__` methods.
 *
 * Simplifications:
 * - Complex numbers are not supported.
 */
import { listExtended, setOpResult } from './storage'
import {
  inplaceTable,
  intersectionIterates,
  newTableFrom,
  resultTable,
  tableOf,
  useTable,
  type Operand,
} from './set-order'
import { PyObject, decref, incref } from './object'
import { R } from './runtime'
import { raise } from './errors'
import { lookupType } from './lookup'
import { PyFloat, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, PyDict } from './types'
import { callDescr, getItem, repr, str, hashKey, listFromIterable } from './ops'
import { formatE, formatF, formatG, formatFloatRepr, intToFloat } from './format'

const OPNAMES: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '@': 'matmul',
  divmod: 'divmod',
}

function big(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v)
}

function mkInt(v: number | bigint, long: boolean): PyInt {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new Error('unsafe int')
  return long ? R.long(v) : R.int(v)
}

function floorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') return Math.floor(a / b)
  const x = big(a)
  const y = big(b)
  const q = x / y
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q
}

function floorMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const m = a % b
    return m !== 0 && m < 0 !== b < 0 ? m + b : m === 0 ? 0 : m
  }
  const x = big(a)
  const y = big(b)
  const m = x % y
  return m !== 0n && m < 0n !== y < 0n ? m + y : m
}

function intOp(op: string, a: PyInt, b: PyInt): PyObject {
  const x = a.value
  const y = b.value
  if (a.type === R.T.bool && b.type === R.T.bool && (op === '&' || op === '|' || op === '^'))
    return R.bool(op === '&' ? x === 1 && y === 1 : op === '|' ? x === 1 || y === 1 : x !== y)
  const long = R.profile.py2 && (a.type === R.T.long || b.type === R.T.long)
  const fast = typeof x === 'number' && typeof y === 'number'
  switch (op) {
    case '+': {
      if (fast) {
        const r = x + y
        if (Number.isSafeInteger(r)) return mkInt(r, long)
      }
      return mkInt(big(x) + big(y), long)
    }
    case '-': {
      if (fast) {
        const r = x - y
        if (Number.isSafeInteger(r)) return mkInt(r, long)
      }
      return mkInt(big(x) - big(y), long)
    }
    case '*': {
      if (fast) {
        const r = x * y
        if (Number.isSafeInteger(r)) return mkInt(r === 0 ? 0 : r, long)
      }
      return mkInt(big(x) * big(y), long)
    }
    case '//':
    case '%':
    case 'divmod': {
      if (y === 0 || y === 0n)
        raise(
          'ZeroDivisionError',
          long
            ? 'long division or modulo by zero'
            : op === '%'
              ? R.profile.messages.zeroDivisionModulo
              : 'integer division or modulo by zero',
        )
      if (op === 'divmod') return R.tuple([mkInt(floorDiv(x, y), long), mkInt(floorMod(x, y), long)])
      return mkInt(op === '//' ? floorDiv(x, y) : floorMod(x, y), long)
    }
    case '/': {
      if (y === 0 || y === 0n)
        raise(
          'ZeroDivisionError',
          R.profile.py2 && !trueDiv
            ? long
              ? 'long division or modulo by zero'
              : R.profile.messages.zeroDivision
            : R.profile.py2
              ? 'division by zero'
              : R.profile.messages.zeroDivision,
        )
      if (R.profile.py2 && !trueDiv) return mkInt(floorDiv(x, y), long)
      return R.float(intTrueDiv(x, y))
    }
    case '**': {
      if ((typeof y === 'number' ? y : Number(y)) < 0) {
        if (x === 0 || x === 0n)
          raise(
            'ZeroDivisionError',
            R.profile.py2
              ? '0.0 cannot be raised to a negative power'
              : '0.0 cannot be raised to a negative power',
          )
        return R.float(Math.pow(intToFloat(x), intToFloat(y)))
      }
      if (fast) {
        const r = Math.pow(x, y)
        if (Number.isSafeInteger(r)) return mkInt(r, long)
      }
      return mkInt(big(x) ** big(y), long)
    }
    case '<<':
      if (big(y) < 0n) raise('ValueError', 'negative shift count')
      return mkInt(big(x) << big(y), long || (R.profile.py2 && !fitsSigned64(big(x) << big(y))))
    case '>>':
      if (big(y) < 0n) raise('ValueError', 'negative shift count')
      return mkInt(big(x) >> big(y), long)
    case '&':
      return mkInt(fast && isI32(x) && isI32(y) ? x & y : big(x) & big(y), long)
    case '|':
      return mkInt(fast && isI32(x) && isI32(y) ? x | y : big(x) | big(y), long)
    case '^':
      return mkInt(fast && isI32(x) && isI32(y) ? x ^ y : big(x) ^ big(y), long)
  }
  return R.NotImplemented
}

function fitsSigned64(v: bigint): boolean {
  return v >= -(1n << 63n) && v < 1n << 63n
}

function isI32(v: number): boolean {
  return (v | 0) === v
}

let trueDiv = true
/** 2.7 without `from __future__ import division` floors int / int. */
export function setTrueDivision(b: boolean): void {
  trueDiv = b
}

function floatOp(op: string, x: number, y: number): PyObject {
  switch (op) {
    case '+':
      return R.float(x + y)
    case '-':
      return R.float(x - y)
    case '*':
      return R.float(x * y)
    case '/':
      if (y === 0) raise('ZeroDivisionError', R.profile.messages.floatZeroDivision)
      return R.float(x / y)
    case '//':
      if (y === 0) raise('ZeroDivisionError', R.profile.messages.floatFloorDivZero)
      return R.float(floatDivmod(x, y)[0])
    case '%':
      if (y === 0) raise('ZeroDivisionError', R.profile.messages.floatModuloZero)
      return R.float(floatDivmod(x, y)[1])
    case 'divmod': {
      if (y === 0) raise('ZeroDivisionError', 'float divmod()')
      const [q, m] = floatDivmod(x, y)
      return R.tuple([R.float(q), R.float(m)])
    }
    case '**': {
      if (x === 0 && y < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power')
      const r = Math.pow(x, y)
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y))
        raise(
          'ValueError',
          R.profile.py2 ? 'negative number cannot be raised to a fractional power' : 'math domain error',
        )
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
        raise('OverflowError', "(34, 'Numerical result out of range')")
      return R.float(r)
    }
  }
  return R.NotImplemented
}

/** Objects/floatobject.c `_float_div_mod`: fmod, then a floor of the exact-ish quotient (vx - mod) / wx. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx
  let div = (vx - mod) / wx
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx
      div -= 1
    }
  } else mod = wx < 0 ? -0 : 0
  let floordiv: number
  if (div !== 0) {
    floordiv = Math.floor(div)
    if (div - floordiv > 0.5) floordiv += 1
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0
  return [floordiv, mod]
}

function toFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value
  if (o instanceof PyInt) return intToFloat(o.value)
  return null
}

export { intToFloat }

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length
}

/** Objects/longobject.c `long_true_divide`: the correctly rounded quotient of two ints. */
function intTrueDiv(x: number | bigint, y: number | bigint): number {
  const MAX = 2 ** 53
  if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) <= MAX && Math.abs(y) <= MAX) return x / y
  let a = big(x)
  let b = big(y)
  const neg = a < 0n !== b < 0n
  if (a < 0n) a = -a
  if (b < 0n) b = -b
  if (a === 0n) return neg ? -0 : 0
  // A quotient of at least 55 bits plus a sticky bit for the remainder rounds correctly through Number().
  const shift = 55 - (bitLength(a) - bitLength(b))
  const n = shift >= 0 ? a << BigInt(shift) : a
  const d = shift >= 0 ? b : b << BigInt(-shift)
  let q = n / d
  if (n % d !== 0n) q |= 1n
  let r = Number(q)
  // Scale by 2**-shift in steps that stay exact (subnormal results round once more, as in CPython only approximately).
  let e = -shift
  while (e > 0 && Number.isFinite(r)) {
    const k = Math.min(e, 1000)
    r *= 2 ** k
    e -= k
  }
  while (e < 0 && r !== 0) {
    const k = Math.max(e, -1000)
    r *= 2 ** k
    e -= k
  }
  if (!Number.isFinite(r)) raise('OverflowError', 'integer division result too large for a float')
  return neg ? -r : r
}

function seqRepeat(items: PyObject[], n: number, mk: (a: PyObject[]) => PyObject): PyObject {
  if (n > 0 && items.length * n > 4096) R.guardMemory(8 * items.length * n)
  const out: PyObject[] = []
  for (let i = 0; i < n; i++) for (const x of items) out.push(incref(x))
  return mk(out)
}

/** a op b: new reference. */
export function binaryOp(op: string, a: PyObject, b: PyObject): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    const r = intOp(op, a, b)
    if (r !== R.NotImplemented) return r
  } else if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
    const r = floatOp(op, toFloat(a) as number, toFloat(b) as number)
    if (r !== R.NotImplemented) return r
  }
  const userA = a instanceof PyInstance && !a.type.builtin
  const userB = b instanceof PyInstance && !b.type.builtin
  if (userA || userB) {
    const name = OPNAMES[op]
    if (userA) {
      const f = lookupType(a.type, `__${name}__`)
      if (f !== null) {
        const r = callDescr(f, a, [b])
        if (r !== R.NotImplemented) return r
        decref(r)
      }
    }
    if (userB) {
      const f = lookupType(b.type, `__r${name}__`)
      if (f !== null) {
        const r = callDescr(f, b, [a])
        if (r !== R.NotImplemented) return r
        decref(r)
      }
    }
  }
  switch (op) {
    case '+':
      if (a instanceof PyStr && b instanceof PyStr && a.type === b.type) {
        // PyUnicode_Concat / 2.7 string_concat: an empty operand gives the other one back (exact types).
        if (a.type.builtin && b.value === '') return incref(a)
        if (a.type.builtin && a.value === '') return incref(b)
        return R.typedStr(a.type, a.value + b.value)
      }
      if (a instanceof PyList && b instanceof PyList)
        return R.list([...a.items, ...b.items].map((x) => incref(x)))
      if (a instanceof PyTuple && b instanceof PyTuple) {
        if (b.items.length === 0 && a.type === R.T.tuple) return incref(a)
        if (a.items.length === 0 && b.type === R.T.tuple) return incref(b)
        return R.tuple([...a.items, ...b.items].map((x) => incref(x)))
      }
      break
    case '*': {
      const [s, n] = a instanceof PyInt ? [b, a] : [a, b]
      if (n instanceof PyInt) {
        const k = Math.max(0, Number(n.value))
        if (s instanceof PyStr) {
          if (s.value.length * k > 4096) R.guardMemory(s.value.length * k)
          return R.typedStr(s.type, s.value.repeat(k))
        }
        if (s instanceof PyList) return seqRepeat(s.items, k, (x) => R.list(x))
        if (s instanceof PyTuple) {
          if (k === 1 && s.type === R.T.tuple) return incref(s)
          return seqRepeat(s.items, k, (x) => R.tuple(x))
        }
      }
      break
    }
    case '%':
      if (a instanceof PyStr) return R.typedStr(a.type, percentFormat(a.value, b))
      break
    case '-':
    case '&':
    case '|':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b)
      break
  }
  // dictviews_and/or/sub/xor: a keys or items view combines with any iterable into a new set.
  if ('&|-^'.includes(op) && !R.profile.py2 && (isSetView(a) || isSetView(b))) {
    const sa = setFromIterable(a)
    try {
      const sb = setFromIterable(b)
      try {
        const r = setOp(op, sa, sb)
        // dictviews_sub/or/xor: a set made from the left operand (a keys view: from its dict), then
        // updated in place by the right one (set_intersection's layout for '&' is kept).
        if (op !== '&') useTable(r, inplaceTable(op, newTableFrom(viewOperand(a, sa)), r, viewOperand(b, sb)))
        return r
      } finally {
        decref(sb)
      }
    } finally {
      decref(sa)
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && op === '|' && !R.profile.py2) {
    const d = R.dict()
    for (const e of a.map.values()) d.map.set(hashKey(e.key), { key: incref(e.key), value: incref(e.value) })
    for (const e of b.map.values()) {
      const k = hashKey(e.key)
      const old = d.map.get(k)
      if (old) {
        decref(old.value)
        old.value = incref(e.value)
      } else d.map.set(k, { key: incref(e.key), value: incref(e.value) })
    }
    return d
  }
  const sequenceError = sequenceOpError(op, a, b)
  if (sequenceError !== null) raise('TypeError', sequenceError)
  const sym = op === '**' ? '** or pow()' : op === 'divmod' ? 'divmod()' : op
  raise('TypeError', `unsupported operand type(s) for ${sym}: '${a.type.name}' and '${b.type.name}'`)
}

/**
 * The messages of the sequence slots (sq_concat, sq_repeat) when `+` or `*` fails on a list, tuple, str
 * or bytes, as each version words them (Objects/abstract.c, listobject.c, tupleobject.c, unicodeobject.c).
 */
function sequenceOpError(op: string, a: PyObject, b: PyObject): string | null {
  const T = R.T
  const isSeq = (o: PyObject) =>
    o.type === T.list || o.type === T.tuple || o.type === T.str || o.type === T.bytes
  if (op === '*') {
    if (isSeq(a)) return `can't multiply sequence by non-int of type '${b.type.name}'`
    if (isSeq(b)) return `can't multiply sequence by non-int of type '${a.type.name}'`
    return null
  }
  if (op !== '+' || !isSeq(a)) return null
  const name = a.type.name
  if (a.type === T.list || a.type === T.tuple)
    return `can only concatenate ${name} (not "${b.type.name}") to ${name}`
  if (R.profile.py2) return `cannot concatenate '${name}' and '${b.type.name}' objects`
  if (a.type === T.bytes) return `can't concat ${b.type.name} to bytes`
  return `can only concatenate str (not "${b.type.name}") to str`
}

function isSetView(o: PyObject): boolean {
  return o.type === R.T.dict_keys || o.type === R.T.dict_items
}

/** A dict view's operand for the set it becomes: a keys view is its dict (PySet_New's dict path). */
function viewOperand(o: PyObject, asSet: PySet): Operand {
  if (o instanceof PySet) return { kind: 'set', s: o }
  const kind = o.type === R.T.dict_keys ? 'dict' : 'iter'
  return { kind, items: [...asSet.map.entries()] as [unknown, PyObject][] }
}

function setFromIterable(o: PyObject): PySet {
  if (o instanceof PySet) return incref(o)
  const r = R.set()
  for (const x of listFromIterable(o)) {
    const k = hashKey(x)
    if (r.map.has(k as never)) decref(x)
    else r.map.set(k as never, x)
  }
  return r
}

export function setOp(op: string, a: PySet, b: PySet): PySet {
  const r = R.set(a.type === R.T.frozenset)
  const add = (k: unknown, v: PyObject) => r.map.set(k as never, incref(v))
  const table = resultTable(op, a, { s: b, kind: 'set' })
  if (op === '|') {
    for (const [k, v] of a.map) add(k, v)
    for (const [k, v] of b.map) if (!r.map.has(k)) add(k, v)
  } else if (op === '&') {
    // set_intersection keeps the objects of the set it iterates.
    const [it, other] = intersectionIterates(a, { s: b, kind: 'set' }) === 'a' ? [a, b] : [b, a]
    for (const [k, v] of it.map) if (other.map.has(k)) add(k, v)
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) add(k, v)
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) add(k, v)
    for (const [k, v] of b.map) if (!a.map.has(k)) add(k, v)
  }
  setOpResult(op, r, a)
  useTable(r, table)
  return r
}

/** a op= b: lists and sets mutate in place, everything else falls back to a op b. */
export function inplaceOp(op: string, a: PyObject, b: PyObject): PyObject {
  if (op === '+' && a instanceof PyList) {
    const items = listFromIterable(b)
    const oldsize = a.items.length
    a.items.push(...items)
    listExtended(a, oldsize, b)
    return incref(a)
  }
  if (a instanceof PySet && b instanceof PySet && (op === '|' || op === '&' || op === '-' || op === '^')) {
    const table = inplaceTable(op, tableOf(a), a, { s: b, kind: 'set' })
    const r = setOp(op, a, b)
    const old = [...a.map.values()]
    a.map = r.map
    useTable(a, table)
    r.map = new Map()
    decref(r)
    for (const x of old) decref(x)
    return incref(a)
  }
  if (a instanceof PyInstance && !a.type.builtin) {
    const f = lookupType(a.type, `__i${OPNAMES[op]}__`)
    if (f !== null) {
      const r = callDescr(f, a, [b])
      if (r !== R.NotImplemented) return r
      decref(r)
    }
  }
  return binaryOp(op, a, b)
}

export function unaryOp(op: string, a: PyObject): PyObject {
  if (op === 'not') return R.bool(!truthyLocal(a))
  if (a instanceof PyInt) {
    const v = a.value
    const long = a.type === R.T.long
    if (op === '-') return typeof v === 'number' ? mkInt(v === 0 ? 0 : -v, long) : mkInt(-v, long)
    if (op === '+') return a.type === R.T.bool ? R.int(Number(v)) : incref(a)
    if (op === '~') return typeof v === 'number' ? mkInt(-v - 1, long) : mkInt(~v, long)
  }
  if (a instanceof PyFloat) {
    if (op === '-') return R.float(-a.value)
    if (op === '+') return incref(a)
  }
  if (a instanceof PyInstance && !a.type.builtin) {
    const f = lookupType(a.type, op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__')
    if (f !== null) return callDescr(f, a, [])
  }
  raise('TypeError', `bad operand type for unary ${op}: '${a.type.name}'`)
}

let truthyLocal: (o: PyObject) => boolean = () => true
export function setTruthy(f: (o: PyObject) => boolean): void {
  truthyLocal = f
}

// ---------------------------------------------------------------- % formatting

/**
 * `str % args`: Objects/unicodeobject.c `PyUnicode_Format` (3.x) and stringobject.c `PyString_Format` (2.7).
 * A tuple supplies the arguments in order; any other mapping (not a str) is also usable by `%(key)s`, and a
 * single non-tuple argument is the one argument.
 */
export function percentFormat(fmt: string, arg: PyObject): string {
  const py2 = R.profile.py2
  const tuple = arg instanceof PyTuple ? arg.items : null
  const dict =
    tuple === null &&
    !(arg instanceof PyStr && (arg.type === R.T.str || arg.type === R.T.unicode)) &&
    (arg instanceof PyDict ||
      arg instanceof PyList ||
      arg instanceof PyStr ||
      lookupType(arg.type, '__getitem__') !== null)
      ? arg
      : null
  let cur: PyObject = arg
  let arglen = tuple !== null ? tuple.length : -1
  let argidx = tuple !== null ? 0 : -2
  const owned: PyObject[] = []
  const next = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++
      return arglen < 0 ? cur : (tuple as PyObject[])[i]
    }
    raise('TypeError', 'not enough arguments for format string')
  }
  const starArg = (): number => {
    const v = next()
    if (!(v instanceof PyInt)) raise('TypeError', '* wants int')
    return Number(v.value)
  }
  let out = ''
  try {
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i]
      if (c !== '%') {
        out += c
        continue
      }
      let j = i + 1
      if (fmt[j] === '%') {
        out += '%'
        i = j
        continue
      }
      if (fmt[j] === '(') {
        if (dict === null) raise('TypeError', 'format requires a mapping')
        let depth = 1
        let k = j + 1
        while (k < fmt.length && depth > 0) {
          if (fmt[k] === '(') depth++
          else if (fmt[k] === ')') depth--
          k++
        }
        if (depth > 0) raise('ValueError', 'incomplete format key')
        const key = R.str(fmt.slice(j + 1, k - 1))
        try {
          cur = getItem(dict, key)
        } finally {
          decref(key)
        }
        owned.push(cur)
        arglen = -1
        argidx = -2
        j = k
      }
      let flags = ''
      while (j < fmt.length && '-+ #0'.includes(fmt[j])) flags += fmt[j++]
      let width = 0
      if (fmt[j] === '*') {
        width = starArg()
        if (width < 0) {
          flags += '-'
          width = -width
        }
        j++
      } else while (fmt[j] >= '0' && fmt[j] <= '9') width = width * 10 + (fmt.charCodeAt(j++) - 48)
      let prec: number | null = null
      if (fmt[j] === '.') {
        j++
        if (fmt[j] === '*') {
          prec = Math.max(0, starArg())
          j++
        } else {
          prec = 0
          while (fmt[j] >= '0' && fmt[j] <= '9') prec = prec * 10 + (fmt.charCodeAt(j++) - 48)
        }
      }
      while (j < fmt.length && 'hlL'.includes(fmt[j])) j++
      if (j >= fmt.length) raise('ValueError', 'incomplete format')
      const conv = fmt[j]
      i = j
      if (conv === '%' && py2) {
        out += pctPad('%', flags, width, false)
        continue
      }
      const v = next()
      out += pctPad(pctConvert(conv, v, flags, prec, j), flags, width, 'diuxXoeEfFgG'.includes(conv))
    }
    if (argidx < arglen && dict === null)
      raise('TypeError', 'not all arguments converted during string formatting')
    return out
  } finally {
    for (const o of owned) decref(o)
  }
}

function pctPad(s: string, flags: string, width: number, numeric: boolean): string {
  const n = width - [...s].length
  if (n <= 0) return s
  if (flags.includes('-')) return s + ' '.repeat(n)
  if (flags.includes('0') && numeric) {
    const m = /^([+\- ]?(?:0[xXo])?)(.*)$/s.exec(s) as RegExpExecArray
    return m[1] + '0'.repeat(n) + m[2]
  }
  return ' '.repeat(n) + s
}

function pctConvert(conv: string, v: PyObject, flags: string, prec: number | null, index: number): string {
  const py2 = R.profile.py2
  const signed = (s: string) =>
    s.startsWith('-') ? s : flags.includes('+') ? '+' + s : flags.includes(' ') ? ' ' + s : s
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      if (conv === 'a' && py2) break
      const s = conv === 's' ? str(v) : repr(v)
      return prec === null ? s : [...s].slice(0, prec).join('')
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      const isInt = conv === 'x' || conv === 'X' || conv === 'o'
      let n: bigint
      if (v instanceof PyInt) n = BigInt(v.value)
      else if (v instanceof PyFloat && (!isInt || py2)) {
        if (!Number.isFinite(v.value))
          raise(
            Number.isNaN(v.value) ? 'ValueError' : 'OverflowError',
            Number.isNaN(v.value)
              ? 'cannot convert float NaN to integer'
              : 'cannot convert float infinity to integer',
          )
        n = BigInt(Math.trunc(v.value))
      } else {
        const f = v instanceof PyInstance ? lookupType(v.type, isInt ? '__index__' : '__int__') : null
        if (f === null) {
          const c = py2 && conv === 'i' ? 'd' : conv
          raise(
            'TypeError',
            py2
              ? `%${c} format: a number is required, not ${v.type.name}`
              : `%${c} format: ${isInt ? 'an integer' : 'a real number'} is required, not ${v.type.name}`,
          )
        }
        const r = callDescr(f, v, [])
        n = BigInt((r as PyInt).value)
        decref(r)
      }
      const neg = n < 0n
      let body = (neg ? -n : n).toString(conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10)
      if (prec !== null && body.length < prec) body = body.padStart(prec, '0')
      if (conv === 'X') body = body.toUpperCase()
      if (flags.includes('#') && isInt) {
        if (conv === 'o' && py2) body = body.startsWith('0') ? body : '0' + body
        else body = '0' + (conv === 'o' ? 'o' : conv) + body
      }
      return signed((neg ? '-' : '') + body)
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      let x: number
      if (v instanceof PyFloat) x = v.value
      else if (v instanceof PyInt) x = intToFloat(v.value)
      else {
        const f = v instanceof PyInstance ? lookupType(v.type, '__float__') : null
        if (f === null)
          raise(
            'TypeError',
            py2 ? `float argument required, not ${v.type.name}` : `must be real number, not ${v.type.name}`,
          )
        const r = callDescr(f, v, [])
        x = (r as PyFloat).value
        decref(r)
      }
      const p = prec ?? 6
      const alt = flags.includes('#')
      const lc = conv.toLowerCase()
      let s = lc === 'e' ? formatE(x, p, alt) : lc === 'f' ? formatF(x, p, alt) : formatG(x, p, alt)
      if (conv !== lc) s = s.toUpperCase()
      return signed(s)
    }
    case 'c': {
      if (v instanceof PyStr && v.type !== R.T.bytes) {
        if ([...v.value].length === 1) return v.value
      } else if (v instanceof PyInt) {
        const n = Number(v.value)
        if (py2) {
          if (n < 0) raise('OverflowError', 'unsigned byte integer is less than minimum')
          if (n > 255) raise('OverflowError', 'unsigned byte integer is greater than maximum')
        } else if (n < 0 || n > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)')
        return String.fromCodePoint(n)
      } else if (v instanceof PyFloat && py2) raise('TypeError', 'integer argument expected, got float')
      raise('TypeError', '%c requires int or char')
    }
  }
  const code = conv.codePointAt(0) as number
  const shown = code < 32 || code >= 127 ? (py2 ? '?' : conv) : conv
  raise('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`)
}

export { formatFloatRepr }
