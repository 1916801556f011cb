/**
 * Binary and unary operators (`PyNumber_*` in Objects/abstract.c with `binary_op1`): built-in numbers
 * (int with small-int cache and arbitrary precision, 2.7's int/long split, float), sequence concatenation
 * and repetition, `%` formatting of strings, then the user's `__op__` / `__rop__` methods.
 *
 * Simplifications:
 * - Complex numbers are not supported.
 */
import { listExtended, setOpResult } from './storage'
import { PyObject, decref, incref } from './object'
import { R } from './runtime'
import { raise } from './errors'
import { lookupType } from './lookup'
import { PyFloat, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, PyDict } from './types'
import { callDescr, getItem, repr, str, hashKey, listFromIterable } from './ops'
import { formatE, formatF, formatG, formatFloatRepr } from './format'

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
    case '%': {
      if (y === 0 || y === 0n)
        raise(
          'ZeroDivisionError',
          op === '%' ? R.profile.messages.zeroDivisionModulo : R.profile.messages.zeroDivision,
        )
      return mkInt(op === '//' ? floorDiv(x, y) : floorMod(x, y), long)
    }
    case '/': {
      if (y === 0 || y === 0n)
        raise(
          'ZeroDivisionError',
          R.profile.py2 && !trueDiv
            ? R.profile.messages.zeroDivision
            : R.profile.py2
              ? 'division by zero'
              : R.profile.messages.zeroDivision,
        )
      if (R.profile.py2 && !trueDiv) return mkInt(floorDiv(x, y), long)
      return R.float(Number(x) / Number(y))
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
        return R.float(Math.pow(Number(x), Number(y)))
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
      return R.float(Math.floor(x / y))
    case '%': {
      if (y === 0) raise('ZeroDivisionError', R.profile.messages.floatModuloZero)
      let m = x % y
      if (m !== 0 && m < 0 !== y < 0) m += y
      return R.float(m === 0 ? (y < 0 ? -0 : 0) : m)
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

function toFloat(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value
  if (o instanceof PyInt) return Number(o.value)
  return null
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
      if (a instanceof PyStr && b instanceof PyStr && a.type === b.type)
        return R.typedStr(a.type, a.value + b.value)
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
  const sym = op === '**' ? '** or pow()' : op
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

export function setOp(op: string, a: PySet, b: PySet): PySet {
  const r = R.set(a.type === R.T.frozenset)
  const add = (k: unknown, v: PyObject) => r.map.set(k as never, incref(v))
  if (op === '|') {
    for (const [k, v] of a.map) add(k, v)
    for (const [k, v] of b.map) if (!r.map.has(k)) add(k, v)
  } else if (op === '&') {
    for (const [k, v] of a.map) if (b.map.has(k)) add(k, v)
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) add(k, v)
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) add(k, v)
    for (const [k, v] of b.map) if (!a.map.has(k)) add(k, v)
  }
  setOpResult(op, r, a)
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
    const r = setOp(op, a, b)
    const old = [...a.map.values()]
    a.map = r.map
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

export function percentFormat(fmt: string, arg: PyObject): string {
  const args = arg instanceof PyTuple ? arg.items : [arg]
  const isMap =
    arg instanceof PyDict ||
    (arg instanceof PyInstance && lookupType(arg.type, '__getitem__') !== null && !(arg instanceof PyTuple))
  let ai = 0
  let out = ''
  const next = (): PyObject => {
    if (ai >= args.length) raise('TypeError', 'not enough arguments for format string')
    return args[ai++]
  }
  let usedMap = false
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]
    if (c !== '%') {
      out += c
      continue
    }
    let j = i + 1
    let key: string | null = null
    if (fmt[j] === '(') {
      const end = fmt.indexOf(')', j)
      key = fmt.slice(j + 1, end)
      j = end + 1
    }
    let flags = ''
    while ('-+ #0'.includes(fmt[j]) && j < fmt.length) flags += fmt[j++]
    let width = ''
    if (fmt[j] === '*') {
      width = String((next() as PyInt).value)
      j++
    } else while (fmt[j] >= '0' && fmt[j] <= '9') width += fmt[j++]
    let prec: number | null = null
    if (fmt[j] === '.') {
      j++
      let p = ''
      if (fmt[j] === '*') {
        p = String((next() as PyInt).value)
        j++
      } else while (fmt[j] >= '0' && fmt[j] <= '9') p += fmt[j++]
      prec = p === '' ? 0 : parseInt(p, 10)
    }
    while ('hlL'.includes(fmt[j]) && j < fmt.length) j++
    const conv = fmt[j]
    if (conv === undefined) raise('ValueError', 'incomplete format')
    i = j
    if (conv === '%') {
      out += '%'
      continue
    }
    let v: PyObject
    if (key !== null) {
      if (!isMap) raise('TypeError', 'format requires a mapping')
      usedMap = true
      const k = R.str(key)
      v = getItem(arg, k)
      decref(k)
      decref(v) // borrowed for formatting; the mapping keeps it alive
    } else v = next()
    let s: string
    switch (conv) {
      case 's':
        s = str(v)
        if (prec !== null) s = s.slice(0, prec)
        break
      case 'r':
        s = repr(v)
        if (prec !== null) s = s.slice(0, prec)
        break
      case 'd':
      case 'i':
      case 'u': {
        const n = numArg(v, conv)
        const iv = typeof n === 'number' ? Math.trunc(n) : n
        s = typeof iv === 'bigint' ? iv.toString() : iv.toFixed(0)
        if (prec !== null)
          s = s.replace(/^(-?)(\d+)$/, (_m, sg: string, d: string) => sg + d.padStart(prec as number, '0'))
        s = sign(s, flags)
        break
      }
      case 'x':
      case 'X':
      case 'o': {
        const n = numArg(v, conv)
        if (typeof n === 'number' && !Number.isInteger(n))
          raise('TypeError', `%${conv} format: an integer is required, not float`)
        const bi = BigInt(n)
        let body = (bi < 0n ? -bi : bi).toString(conv === 'o' ? 8 : 16)
        if (conv === 'X') body = body.toUpperCase()
        if (flags.includes('#')) body = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + body
        s = sign((bi < 0n ? '-' : '') + body, flags)
        break
      }
      case 'f':
      case 'F':
        s = sign(formatF(numArg(v, conv, true) as number, prec ?? 6), flags)
        break
      case 'e':
      case 'E':
        s = sign(formatE(numArg(v, conv, true) as number, prec ?? 6), flags)
        if (conv === 'E') s = s.toUpperCase()
        break
      case 'g':
      case 'G':
        s = sign(formatG(numArg(v, conv, true) as number, prec ?? 6, flags.includes('#')), flags)
        if (conv === 'G') s = s.toUpperCase()
        break
      case 'c':
        s = v instanceof PyStr ? v.value : String.fromCodePoint(Number((v as PyInt).value))
        break
      default:
        raise(
          'ValueError',
          `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${j}`,
        )
    }
    const w = width === '' ? 0 : parseInt(width, 10)
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w)
      else if (flags.includes('0') && 'diuxXofFeEgG'.includes(conv)) {
        const m = /^([+\- ]?(?:0[xXo])?)(.*)$/.exec(s) as RegExpExecArray
        s = m[1] + m[2].padStart(w - m[1].length, '0')
      } else s = s.padStart(w)
    }
    out += s
  }
  if (!usedMap && ai < args.length && !(isMap && !(arg instanceof PyTuple)))
    raise(
      'TypeError',
      R.profile.py2
        ? 'not all arguments converted during string formatting'
        : 'not all arguments converted during string formatting',
    )
  return out
}

function sign(s: string, flags: string): string {
  if (s.startsWith('-')) return s
  if (flags.includes('+')) return '+' + s
  if (flags.includes(' ')) return ' ' + s
  return s
}

function numArg(v: PyObject, conv: string, float = false): number | bigint {
  if (v instanceof PyInt) return float ? Number(v.value) : v.value
  if (v instanceof PyFloat) return float ? v.value : Math.trunc(v.value)
  raise(
    'TypeError',
    R.profile.py2
      ? `%${conv} format: a number is required, not ${v.type.name}`
      : `%${conv} format: a ${float ? 'real number' : 'number'} is required, not ${v.type.name}`,
  )
}

export { formatFloatRepr }
