/**
 * Constants as CPython 2.7's compiler sees them: the key `compiler_add_o` (Python/compile.c) files each
 * constant under in a unit's u_consts dict (`(value, type)`; a 3-tuple for -0.0; `_PyCode_ConstantKey`
 * for a tuple, Objects/codeobject.c), and the constant folding of the peephole optimizer
 * (Python/peephole.c `fold_binops_on_constants`, `fold_unaryops_on_constants`), which appends every
 * folded value to co_consts (a folded tuple is a new tuple object, built by `tuple_of_constants`).
 *
 * Simplifications:
 * - Floats are JavaScript doubles (the same IEEE arithmetic as C); `**` of floats uses Math.pow.
 */

import { percentFormat } from './py27-format'

export type CVal =
  | { t: 'int' | 'long'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str' | 'unicode'; v: string }
  | { t: 'tuple'; items: CVal[] }
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'code'; key: string }

const INT_MIN = -(BigInt(1) << BigInt(63))
const INT_MAX = (BigInt(1) << BigInt(63)) - BigInt(1)

/** An integer literal's value: `int` when it fits a C long, else `long`. */
export function intVal(v: bigint, long = false): CVal {
  return { t: long || v < INT_MIN || v > INT_MAX ? 'long' : 'int', v }
}

/** The u_consts key of a constant (equal keys are the same constant). */
export function constKey(c: CVal): string {
  switch (c.t) {
    case 'int':
    case 'long':
      return `${c.t}:${c.v}`
    case 'float':
      return Object.is(c.v, -0) ? 'float:-0' : `float:${c.v}`
    case 'str':
    case 'unicode':
      return `${c.t}:${c.v}`
    case 'tuple':
      return `tuple:(${c.items.map(constKey).join(',')})`
    case 'none':
      return 'None'
    case 'ellipsis':
      return 'Ellipsis'
    case 'code':
      return `code:${c.key}`
  }
}

/**
 * The tuples `compiler_add_o` allocates for a constant's key, outermost last: a 2-tuple, a 3-tuple for
 * -0.0, and for a tuple constant (2.7.18 `_PyCode_ConstantKey`) a tuple of its items' keys and the
 * 3-tuple holding it.
 */
export function keyTuples(c: CVal): number[] {
  if (c.t === 'float' && Object.is(c.v, -0)) return [3]
  if (c.t === 'tuple') {
    const out: number[] = [c.items.length]
    for (const it of c.items) out.push(...keyTuples(it))
    out.push(3)
    return out
  }
  return [2]
}

/** PyObject_Size of a folded value, or -1 when it has none (numbers). */
function size(c: CVal): number {
  if (c.t === 'str') return new TextEncoder().encode(c.v).length
  if (c.t === 'unicode') return c.v.length
  if (c.t === 'tuple') return c.items.length
  return -1
}

function isInt(c: CVal): c is { t: 'int' | 'long'; v: bigint } {
  return c.t === 'int' || c.t === 'long'
}

/** float(c): a long beyond the double range raises OverflowError (null). */
function num(c: CVal): number | null {
  const f = isInt(c) ? Number(c.v) : (c as { v: number }).v
  return isInt(c) && !Number.isFinite(f) ? null : f
}

function intResult(a: CVal, b: CVal | null, v: bigint): CVal {
  return intVal(v, a.t === 'long' || b?.t === 'long')
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== BigInt(0) && a < BigInt(0) !== b < BigInt(0) ? q - BigInt(1) : q
}

function pyMod(a: bigint, b: bigint): bigint {
  const r = a % b
  return r !== BigInt(0) && r < BigInt(0) !== b < BigInt(0) ? r + b : r
}

function repeat(seq: CVal, n: CVal): CVal | null {
  if (!isInt(n)) return null
  const k = n.v > BigInt(0) ? Number(n.v) : 0
  if (k > 1000) return null
  if (seq.t === 'str' || seq.t === 'unicode') return { t: seq.t, v: seq.v.repeat(k) }
  if (seq.t === 'tuple') return { t: 'tuple', items: Array.from({ length: k }, () => seq.items).flat() }
  return null
}

function numeric(op: string, a: CVal, b: CVal, trueDivision: boolean): CVal | null {
  const ints = isInt(a) && isInt(b)
  const nums = (isInt(a) || a.t === 'float') && (isInt(b) || b.t === 'float')
  if (!nums) return null
  const x = a as { v: bigint }
  const y = b as { v: bigint }
  const zero = BigInt(0)
  if (ints) {
    switch (op) {
      case '+':
        return intResult(a, b, x.v + y.v)
      case '-':
        return intResult(a, b, x.v - y.v)
      case '*':
        return intResult(a, b, x.v * y.v)
      case '//':
        return y.v === zero ? null : intResult(a, b, floorDiv(x.v, y.v))
      case '%':
        return y.v === zero ? null : intResult(a, b, pyMod(x.v, y.v))
      case '/': {
        if (!trueDivision || y.v === zero) return null
        const q = Number(x.v) / Number(y.v)
        return Number.isFinite(q) ? { t: 'float', v: q } : null
      }
      case '**':
        if (y.v < zero) {
          const f = Math.pow(Number(x.v), Number(y.v))
          return x.v === zero || !Number.isFinite(f) ? null : { t: 'float', v: f }
        }
        if (y.v > BigInt(10000)) return null
        return intResult(a, b, x.v ** y.v)
      case '<<':
        return y.v < zero || y.v > BigInt(10000) ? null : intResult(a, b, x.v << y.v)
      case '>>':
        return y.v < zero ? null : intResult(a, b, x.v >> y.v)
      case '&':
        return intResult(a, b, x.v & y.v)
      case '|':
        return intResult(a, b, x.v | y.v)
      case '^':
        return intResult(a, b, x.v ^ y.v)
    }
    return null
  }
  const p = num(a)
  const q = num(b)
  if (p === null || q === null) return null
  switch (op) {
    case '+':
      return { t: 'float', v: p + q }
    case '-':
      return { t: 'float', v: p - q }
    case '*':
      return { t: 'float', v: p * q }
    case '/':
      return !trueDivision || q === 0 ? null : { t: 'float', v: p / q }
    case '//':
      return q === 0 ? null : { t: 'float', v: Math.floor(p / q) }
    case '%': {
      if (q === 0) return null
      const r = p % q
      return { t: 'float', v: r !== 0 && r < 0 !== q < 0 ? r + q : r }
    }
    case '**': {
      if (p === 0 && q < 0) return null
      if (p < 0 && !Number.isInteger(q)) return null
      const f = Math.pow(p, q)
      return Number.isFinite(f) || !Number.isFinite(p) ? { t: 'float', v: f } : null
    }
  }
  return null
}

/**
 * The peephole's fold of `a op b` (BINARY_* on two constants), or null when it does not fold: the
 * operation fails, is `/` without true division (BINARY_DIVIDE is never folded), or the result has more
 * than 20 items.
 */
export function foldBinop(op: string, a: CVal, b: CVal, trueDivision: boolean): CVal | null {
  let r: CVal | null
  const seq = (c: CVal) => c.t === 'str' || c.t === 'unicode' || c.t === 'tuple'
  if (op === '+' && (a.t === 'str' || a.t === 'unicode') && (b.t === 'str' || b.t === 'unicode'))
    r = { t: a.t === 'unicode' || b.t === 'unicode' ? 'unicode' : 'str', v: a.v + b.v }
  else if (op === '+' && a.t === 'tuple' && b.t === 'tuple')
    r = { t: 'tuple', items: [...a.items, ...b.items] }
  else if (op === '*' && seq(a)) r = repeat(a, b)
  else if (op === '*' && seq(b)) r = repeat(b, a)
  else if (op === '%' && (a.t === 'str' || a.t === 'unicode')) {
    const f = percentFormat(a.v, b)
    r = f === null ? null : { t: a.t === 'unicode' || f.unicode ? 'unicode' : 'str', v: f.text }
  } else if (op === '[]') r = subscript(a, b)
  else r = numeric(op, a, b, trueDivision)
  if (r === null) return null
  return size(r) > 20 ? null : r
}

function subscript(a: CVal, b: CVal): CVal | null {
  if (!isInt(b)) return null
  const n = a.t === 'tuple' ? a.items.length : a.t === 'str' || a.t === 'unicode' ? a.v.length : -1
  if (n < 0) return null
  let i = Number(b.v)
  if (i < 0) i += n
  if (i < 0 || i >= n) return null
  if (a.t === 'tuple') return a.items[i]
  return { t: (a as { t: 'str' | 'unicode' }).t, v: (a as { v: string }).v[i] }
}

/** `fold_unaryops_on_constants`: `-c` (not of a false value: -0.0 keeps its sign) and `~c`. */
export function foldUnary(op: string, c: CVal): CVal | null {
  if (op === '-') {
    if (isInt(c)) return c.v === BigInt(0) ? null : intVal(-c.v, c.t === 'long')
    if (c.t === 'float') return c.v === 0 ? null : { t: 'float', v: -c.v }
    return null
  }
  if (op === '~' && isInt(c)) return intVal(~c.v, c.t === 'long')
  return null
}
