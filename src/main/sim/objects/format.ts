/**
 * Number-to-text conversions and string formatting: `float_repr` (shortest round-trip, Python/dtoa.c and
 * `PyOS_double_to_string` with 'r'), 2.7's `str(float)` (`%.12g`), printf-style `%` formatting
 * (Objects/unicodeobject.c `PyUnicode_Format`) and the format-spec mini-language (Python/formatter_unicode.c).
 *
 * Simplifications:
 * - The `n` presentation type and locale grouping are not supported.
 */
import { R } from './runtime'

function shortest(v: number): { digits: string; exp: number } {
  const e = v.toExponential() // shortest round-trip digits in JS
  const m = /^-?(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e) as RegExpExecArray
  return { digits: m[1] + (m[2] ?? ''), exp: parseInt(m[3], 10) }
}

function place(neg: boolean, digits: string, exp: number, forceExp: boolean, minFrac: boolean): string {
  let s: string
  if (forceExp) {
    s =
      digits[0] +
      (digits.length > 1 ? '.' + digits.slice(1) : '') +
      'e' +
      (exp < 0 ? '-' : '+') +
      String(Math.abs(exp)).padStart(2, '0')
  } else if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits
  else if (digits.length <= exp + 1) s = digits + '0'.repeat(exp + 1 - digits.length) + (minFrac ? '.0' : '')
  else s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1)
  return (neg ? '-' : '') + s
}

export function formatFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan'
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf'
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0'
  const { digits, exp } = shortest(Math.abs(v))
  return place(v < 0, digits, exp, exp < -4 || exp >= 16, true)
}

export function formatFloatStr(v: number): string {
  const p = R.profile.floatStrDigits
  if (p === null) return formatFloatRepr(v)
  if (!Number.isFinite(v) || Number.isNaN(v)) return formatFloatRepr(v)
  const g = formatG(v, p, false)
  return /[.eninf]/.test(g) ? g : g + '.0'
}

/** %g with precision p; alt keeps trailing zeros. */
export function formatG(v: number, p: number, alt: boolean): string {
  if (Number.isNaN(v)) return 'nan'
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf'
  if (p === 0) p = 1
  if (v === 0) return (Object.is(v, -0) ? '-' : '') + (alt ? '0.' + '0'.repeat(p - 1) : '0')
  const e = Math.abs(v).toExponential(p - 1)
  const exp = parseInt(e.split('e')[1], 10)
  let s: string
  if (exp < -4 || exp >= p) {
    const [mant, ex] = v.toExponential(p - 1).split('e')
    let m = mant
    if (!alt && m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '')
    s = m + 'e' + (ex[0] === '-' ? '-' : '+') + ex.replace(/^[+-]/, '').padStart(2, '0')
  } else {
    s = v.toFixed(Math.max(0, p - 1 - exp))
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '')
  }
  return s
}

export function formatE(v: number, p: number): string {
  if (!Number.isFinite(v)) return formatFloatRepr(v)
  const [m, ex] = v.toExponential(p).split('e')
  return m + 'e' + (ex[0] === '-' ? '-' : '+') + ex.replace(/^[+-]/, '').padStart(2, '0')
}

export function formatF(v: number, p: number): string {
  if (Number.isNaN(v)) return 'nan'
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf'
  if (Math.abs(v) >= 1e21) {
    // toFixed switches to exponent form; build digits exactly with BigInt
    const bi = BigInt(Math.round(v))
    return bi.toString() + (p > 0 ? '.' + '0'.repeat(p) : '')
  }
  return v.toFixed(p)
}

export interface Spec {
  fill: string
  align: string
  sign: string
  alt: boolean
  zero: boolean
  width: number
  comma: string
  precision: number | null
  type: string
}

export function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec)
  if (m === null) throw new Error('Invalid format specifier')
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? parseInt(m[6], 10) : 0,
    comma: m[7] ?? '',
    precision: m[8] !== undefined ? parseInt(m[8], 10) : null,
    type: m[9] ?? '',
  }
}

export function pad(s: string, sp: Spec, defaultAlign: string): string {
  const align = sp.align || defaultAlign
  const n = sp.width - [...s].length
  if (n <= 0) return s
  const f = sp.fill
  if (align === '<') return s + f.repeat(n)
  if (align === '>') return f.repeat(n) + s
  if (align === '^') return f.repeat(Math.floor(n / 2)) + s + f.repeat(n - Math.floor(n / 2))
  // '=': padding after the sign
  const signed = /^[+\- ]/.test(s) ? 1 : 0
  const pre = s.slice(0, signed) + (/^[+\- ]?0[xob]/i.test(s) ? s.slice(signed, signed + 2) : '')
  return pre + f.repeat(n) + s.slice(pre.length)
}

export function group(intPart: string, sep: string): string {
  if (!sep) return intPart
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

export function formatNumber(v: number | bigint, isFloat: boolean, sp: Spec): string {
  let t = sp.type
  if (t === '' && !isFloat) t = 'd'
  const neg = typeof v === 'bigint' ? v < 0n : v < 0 || Object.is(v, -0)
  const a = typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v)
  let body: string
  switch (t) {
    case 'd':
    case 'n':
      body = group(a.toString(), sp.comma)
      break
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
      const base = t === 'o' ? 8 : t === 'b' ? 2 : 16
      body = (typeof a === 'bigint' ? a : BigInt(a)).toString(base)
      if (t === 'X') body = body.toUpperCase()
      if (sp.alt) body = '0' + (t === 'o' ? 'o' : t === 'b' ? 'b' : t) + body
      break
    }
    case 'c':
      body = String.fromCodePoint(Number(a))
      break
    case 'e':
    case 'E':
      body = formatE(Number(a), sp.precision ?? 6)
      if (t === 'E') body = body.toUpperCase()
      break
    case 'f':
    case 'F': {
      body = formatF(Number(a), sp.precision ?? 6)
      const [ip, fp] = body.split('.')
      body = group(ip, sp.comma) + (fp !== undefined ? '.' + fp : '')
      if (sp.alt && !body.includes('.')) body += '.'
      break
    }
    case 'g':
    case 'G':
      body = formatG(Number(a), sp.precision ?? 6, sp.alt)
      if (t === 'G') body = body.toUpperCase()
      break
    case '%':
      body = formatF(Number(a) * 100, sp.precision ?? 6) + '%'
      break
    case '':
      // float with no type: like repr, but honouring precision as %g with at least one digit after the point
      if (sp.precision !== null) {
        body = formatG(Number(a), sp.precision, false)
        if (!/[.e]/.test(body) && !/inf|nan/.test(body)) body += ''
      } else body = formatFloatRepr(Number(a))
      if (sp.comma) {
        const [ip, fp] = body.split('.')
        body = group(ip, sp.comma) + (fp !== undefined ? '.' + fp : '')
      }
      break
    default:
      throw new Error(`Unknown format code '${t}' for object of type '${isFloat ? 'float' : 'int'}'`)
  }
  const sign = neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : ''
  const s = sign + body
  if (sp.zero && !sp.align) return pad(s, { ...sp, fill: '0', align: '=' }, '>')
  return pad(s, sp, '>')
}
