/**
 * `str % value` as CPython 2.7's PyString_Format computes it (Objects/stringobject.c), for the peephole
 * optimizer's folding of a `%` between two constants (py27-consts.ts). The right operand of a folded
 * `%` is never a tuple (a folded tuple ends the run of constants the fold needs), so exactly one
 * conversion must consume it, as in CPython; otherwise the operation raises and is not folded.
 *
 * Only the result's length decides whether the fold is kept (at most 20 items), so float digits come
 * from JavaScript's shortest/fixed/exponential conversions (round-half-up where C rounds half-even:
 * the lengths agree).
 *
 * Simplifications: `%(key)s` and `*` widths need a mapping or a tuple and are never folded.
 */
import type { CVal } from './py27-consts'

type Num = { t: 'int' | 'long'; v: bigint } | { t: 'float'; v: number }

/** repr(float) in 2.7: the shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(v: number): string {
  return floatShortest(v, 17, true)
}

/** str(float) in 2.7: 12 significant digits. */
export function floatStr(v: number): string {
  return floatShortest(v, 12, false)
}

function floatShortest(v: number, digits: number, repr: boolean): string {
  if (Number.isNaN(v)) return 'nan'
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf'
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0'
  const e = repr ? v.toExponential() : v.toExponential(digits - 1)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)
  if (m === null) return String(v)
  const [, sign, d0, rest = '', ex] = m
  const mant = (d0 + rest).replace(/0+$/, '') || '0'
  const exp = Number(ex)
  if (exp < -4 || exp >= (repr ? 16 : digits)) {
    const frac = mant.slice(1)
    return `${sign}${mant[0]}${frac ? '.' + frac : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  if (exp >= 0) {
    const intPart = mant.slice(0, exp + 1).padEnd(exp + 1, '0')
    const frac = mant.slice(exp + 1)
    return `${sign}${intPart}.${frac || '0'}`
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${mant}`
}

function exponential(v: number, prec: number, upper: boolean): string {
  const s = v.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2')
  return upper ? s.toUpperCase() : s
}

function general(v: number, prec: number, alt: boolean, upper: boolean): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf'
  const p = prec === 0 ? 1 : prec
  if (v === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0'
  const x = Number(v.toExponential(p - 1).split('e')[1])
  const s = x < -4 || x >= p ? exponential(v, p - 1, upper) : v.toFixed(p - 1 - x)
  if (alt) return s
  const strip = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t)
  const e = s.search(/[eE]/)
  return e < 0 ? strip(s) : strip(s.slice(0, e)) + s.slice(e)
}

function toFloat(n: Num): number | null {
  const f = Number(n.v)
  return Number.isFinite(f) || n.t === 'float' ? f : null
}

function toInt(n: Num): bigint | null {
  if (n.t === 'float') return Number.isFinite(n.v) ? BigInt(Math.trunc(n.v)) : null
  return n.v
}

function quote(s: string, unicode: boolean): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'"
  return `${unicode ? 'u' : ''}${q}${s}${q}`
}

function strOf(c: CVal, repr: boolean): string | null {
  switch (c.t) {
    case 'str':
    case 'unicode':
      return repr ? quote(c.v, c.t === 'unicode') : c.v
    case 'int':
      return String(c.v)
    case 'long':
      return repr ? `${c.v}L` : String(c.v)
    case 'float':
      return repr ? floatRepr(c.v) : floatStr(c.v)
    case 'none':
      return 'None'
    default:
      return null
  }
}

function isNum(c: CVal): c is Num {
  return c.t === 'int' || c.t === 'long' || c.t === 'float'
}

/** One conversion of `arg`, before width padding; null when CPython raises. */
function convert(conv: string, arg: CVal, flags: string, prec: number | null): string | null {
  switch (conv) {
    case 's':
    case 'r':
      return strOf(arg, conv === 'r')?.slice(0, prec ?? undefined) ?? null
    case 'c':
      if (arg.t === 'str' || arg.t === 'unicode') return arg.v.length === 1 ? arg.v : null
      return arg.t === 'int' && arg.v >= BigInt(0) && arg.v < BigInt(256)
        ? String.fromCharCode(Number(arg.v))
        : null
  }
  if (!isNum(arg)) return null
  if ('diuoxX'.includes(conv)) {
    const v = toInt(arg)
    if (v === null) return null
    const neg = v < BigInt(0)
    const abs = neg ? -v : v
    let digits =
      conv === 'o' ? abs.toString(8) : conv === 'x' || conv === 'X' ? abs.toString(16) : abs.toString()
    if (conv === 'X') digits = digits.toUpperCase()
    if (prec !== null) digits = digits.padStart(prec, '0')
    if (flags.includes('#') && conv === 'o' && digits[0] !== '0') digits = '0' + digits
    if (flags.includes('#') && (conv === 'x' || conv === 'X')) digits = (conv === 'x' ? '0x' : '0X') + digits
    return (neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + digits
  }
  const f = toFloat(arg)
  if (f === null) return null
  const p = prec ?? 6
  let body: string
  const a = Math.abs(f)
  if (!Number.isFinite(f)) body = Number.isNaN(f) ? 'nan' : 'inf'
  else if (conv === 'f' || conv === 'F') body = a.toFixed(p) + (flags.includes('#') && p === 0 ? '.' : '')
  else if (conv === 'e' || conv === 'E') body = exponential(a, p, conv === 'E')
  else if (conv === 'g' || conv === 'G') body = general(a, p, flags.includes('#'), conv === 'G')
  else return null
  const neg = f < 0 || Object.is(f, -0)
  return (neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body
}

/** `fmt % arg`, or null when CPython would raise (or the format is beyond this model). */
export function percentFormat(fmt: string, arg: CVal): { text: string; unicode: boolean } | null {
  let out = ''
  let used = 0
  let unicode = false
  const re = /%([-+ #0]*)(\d*)(?:\.(\d*))?[hlL]?([diouxXeEfFgGcrs%])/y
  for (let i = 0; i < fmt.length;) {
    if (fmt[i] !== '%') {
      out += fmt[i++]
      continue
    }
    re.lastIndex = i
    const m = re.exec(fmt)
    if (m === null) return null
    i = re.lastIndex
    const [, flags, width, precision, conv] = m
    if (conv === '%') {
      out += '%'
      continue
    }
    if (used++ > 0) return null
    if ((conv === 's' || conv === 'c') && arg.t === 'unicode') unicode = true
    const prec = precision === undefined ? null : Number(precision || '0')
    let s = convert(conv, arg, flags, prec)
    if (s === null) return null
    const w = Number(width || '0')
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w)
      else if (flags.includes('0') && !'sr c'.includes(conv)) {
        const signLen = /^[-+ ]/.test(s) ? 1 : 0
        const prefix = s.slice(0, signLen + (/^[-+ ]?0[xX]/.test(s) ? 2 : 0))
        s = prefix + s.slice(prefix.length).padStart(w - prefix.length, '0')
      } else s = s.padStart(w)
    }
    out += s
  }
  if (used !== 1) return null
  return { text: out, unicode }
}
