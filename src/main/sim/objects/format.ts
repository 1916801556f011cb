/**
 * Number-to-text conversions and string formatting: `float_repr` (shortest round-trip, Python/dtoa.c and
 * `PyOS_double_to_string` with 'r'), 2.7's `str(float)` (`%.12g`), printf-style `%` formatting
 * (Objects/unicodeobject.c `PyUnicode_Format`) and the format-spec mini-language (Python/formatter_unicode.c).
 *
 * Simplifications:
 * - The `n` presentation type ignores the locale: it formats like `d` (ints) or `g` (floats).
 */
import { R } from './runtime'
import { raise } from './errors'

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
  return formatGAddDot0(v, p, false)
}

/** |v| (finite) as an exact fraction num / 2**shift. */
function exactFraction(v: number): { num: bigint; shift: number } {
  let m = Math.abs(v)
  let shift = 0
  // Scale by powers of two (exact) until the value is an integer.
  while (!Number.isInteger(m)) {
    m *= 2 ** 32
    shift += 32
  }
  let num = BigInt(m)
  while (shift > 0 && (num & 1n) === 0n) {
    num >>= 1n
    shift--
  }
  return { num, shift }
}

/** round(|v| * 10**p) with ties to even, as the C library's printf does on the exact binary value. */
function scaledRound(v: number, p: number): bigint {
  const { num, shift } = exactFraction(v)
  let n = num
  let d = 1n << BigInt(shift)
  if (p >= 0) n *= 10n ** BigInt(p)
  else d *= 10n ** BigInt(-p)
  let q = n / d
  const r2 = (n % d) * 2n
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n
  return q
}

function negative(v: number): boolean {
  return v < 0 || Object.is(v, -0)
}

function special(v: number): string | null {
  if (Number.isNaN(v)) return 'nan'
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf'
  return null
}

/** The digits of |v| rounded to p + 1 significant digits, and the decimal exponent of the first. */
function eDigits(v: number, p: number): { digits: string; exp: number } {
  if (v === 0) return { digits: '0'.repeat(p + 1), exp: 0 }
  let exp = Math.floor(Math.log10(Math.abs(v)))
  // log10 can be off by one near powers of ten: settle the exponent exactly.
  let q = scaledRound(v, p - exp)
  const lim = 10n ** BigInt(p + 1)
  if (q < lim / 10n) {
    exp--
    q = scaledRound(v, p - exp)
  }
  if (q >= lim) {
    exp++
    q = scaledRound(v, p - exp)
  }
  return { digits: q.toString(), exp }
}

function expSuffix(exp: number): string {
  return 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0')
}

/**
 * PyOS_double_to_string(v, 'g', p, Py_DTSF_ADD_DOT_0) (2.7's str(), format specs with no type but a
 * precision): like %g, but the exponent form starts one digit earlier and an integral result gets '.0'.
 */
export function formatGAddDot0(v: number, p: number, alt: boolean): string {
  const sp = special(v)
  if (sp !== null) return sp
  if (p === 0) p = 1
  const exp = v === 0 ? 0 : eDigits(v, p - 1).exp
  if (exp < -4 || exp >= p - 1) return alt ? formatE(v, p - 1, true) : stripZeros(formatE(v, p - 1))
  const s = formatG(v, p, alt)
  return /[.e]/.test(s) ? s : s + '.0'
}

/** %.{p}e */
export function formatE(v: number, p: number, alt = false): string {
  const sp = special(v)
  if (sp !== null) return sp
  const { digits, exp } = eDigits(v, p)
  const mant = digits[0] + (p > 0 || alt ? '.' : '') + digits.slice(1)
  return (negative(v) ? '-' : '') + mant + expSuffix(exp)
}

/** %.{p}f */
export function formatF(v: number, p: number, alt = false): string {
  const sp = special(v)
  if (sp !== null) return sp
  const q = scaledRound(v, p)
    .toString()
    .padStart(p + 1, '0')
  const body = p > 0 ? q.slice(0, q.length - p) + '.' + q.slice(q.length - p) : q + (alt ? '.' : '')
  return (negative(v) ? '-' : '') + body
}

/** %.{p}g; alt keeps trailing zeros and the point. */
export function formatG(v: number, p: number, alt: boolean): string {
  const sp = special(v)
  if (sp !== null) return sp
  if (p === 0) p = 1
  const exp = v === 0 ? 0 : eDigits(v, p - 1).exp
  const s = exp < -4 || exp >= p ? formatE(v, p - 1, alt) : formatF(v, p - 1 - exp, alt)
  return alt ? s : stripZeros(s)
}

/** Drop trailing zeros of the fraction (and a bare point), keeping any exponent. */
function stripZeros(s: string): string {
  const e = s.indexOf('e')
  let mant = e < 0 ? s : s.slice(0, e)
  if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '')
  return mant + (e < 0 ? '' : s.slice(e))
}

export interface Spec {
  fill: string
  align: string
  sign: string
  z: boolean
  alt: boolean
  width: number
  comma: string
  precision: number | null
  type: string
}

function specError(spec: string, typeName: string): never {
  if (R.profile.py2) raise('ValueError', 'Invalid conversion specification')
  if (R.profile.version[1] >= 12)
    raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`)
  raise('ValueError', 'Invalid format specifier')
}

/**
 * Python/formatter_unicode.c `parse_internal_render_format_spec`:
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type]. `defaultAlign` is '>' for numbers and
 * '<' for strings: on 3.x the '0' flag only turns into '=' alignment for numbers (2.7: always).
 */
export function parseSpec(spec: string, typeName: string, defaultAlign: string): Spec {
  const cs = [...spec]
  let i = 0
  const sp: Spec = {
    fill: '',
    align: '',
    sign: '',
    z: false,
    alt: false,
    width: -1,
    comma: '',
    precision: null,
    type: '',
  }
  const isAlign = (c: string | undefined) => c !== undefined && '<>=^'.includes(c)
  if (cs.length >= 2 && isAlign(cs[1])) {
    sp.fill = cs[0]
    sp.align = cs[1]
    i = 2
  } else if (isAlign(cs[0])) {
    sp.align = cs[0]
    i = 1
  }
  if (cs[i] !== undefined && '+- '.includes(cs[i])) sp.sign = cs[i++]
  if (cs[i] === 'z' && !R.profile.py2 && R.profile.version[1] >= 11) {
    sp.z = true
    i++
  }
  if (cs[i] === '#') {
    sp.alt = true
    i++
  }
  if (sp.fill === '' && cs[i] === '0') {
    sp.fill = '0'
    if (sp.align === '' && (R.profile.py2 || defaultAlign === '>')) sp.align = '='
    i++
  }
  let w = ''
  while (cs[i] !== undefined && cs[i] >= '0' && cs[i] <= '9') w += cs[i++]
  if (w !== '') sp.width = parseInt(w, 10)
  if (cs[i] === ',') {
    sp.comma = ','
    i++
  } else if (cs[i] === '_' && !R.profile.py2) {
    sp.comma = '_'
    i++
  }
  if (cs[i] === ',' || (cs[i] === '_' && !R.profile.py2)) {
    if (R.profile.py2 || sp.comma === cs[i]) raise('ValueError', `Cannot specify ',' with ','.`)
    raise('ValueError', "Cannot specify both ',' and '_'.")
  }
  if (cs[i] === '.') {
    i++
    let p = ''
    while (cs[i] !== undefined && cs[i] >= '0' && cs[i] <= '9') p += cs[i++]
    if (p === '') raise('ValueError', 'Format specifier missing precision')
    sp.precision = parseInt(p, 10)
  }
  if (cs.length - i > 1) {
    if (R.profile.py2 && sp.comma === ',' && cs[i] === '_')
      raise('ValueError', "Cannot specify ',' with '_'.")
    specError(spec, typeName)
  }
  if (i < cs.length) sp.type = cs[i]
  if (sp.comma !== '') {
    const ok = sp.comma === ',' || R.profile.py2 ? 'deEfFgG%' : 'deEfFgG%bxXo'
    if (sp.type !== '' && !ok.includes(sp.type)) {
      if (R.profile.py2 && sp.type === 's') raise('ValueError', "Cannot specify ',' with 's'.")
      raise('ValueError', `Cannot specify '${sp.comma}' with '${sp.type}'.`)
    }
  }
  return sp
}

function unknownCode(t: string, typeName: string): never {
  raise('ValueError', `Unknown format code '${t}' for object of type '${typeName}'`)
}

/** Fill to the width; `numeric` honours '=' (padding between the sign/prefix and the digits). */
export function pad(s: string, sp: Spec, defaultAlign: string, prefixLen = 0): string {
  const align = sp.align || defaultAlign
  const n = sp.width - [...s].length
  if (n <= 0) return s
  const f = sp.fill || ' '
  if (align === '<') return s + f.repeat(n)
  if (align === '>') return f.repeat(n) + s
  if (align === '^') return f.repeat(Math.floor(n / 2)) + s + f.repeat(n - Math.floor(n / 2))
  return s.slice(0, prefixLen) + f.repeat(n) + s.slice(prefixLen)
}

/**
 * Insert the grouping separator every `size` digits from the right; when `minWidth` is set ('0' padding), pad
 * with zeros inside the grouping until the result is at least that wide (never starting with a separator).
 */
export function group(digits: string, sep: string, size = 3, minWidth = 0): string {
  if (!sep) return minWidth > digits.length ? digits.padStart(minWidth, '0') : digits
  let out = ''
  let len = 0
  let i = digits.length
  for (;;) {
    const n = Math.min(size, Math.max(i, minWidth - len, 1))
    const take = Math.min(n, i)
    out = digits.slice(i - take, i).padStart(n, '0') + out
    len += n
    i -= take
    if (i <= 0 && len >= minWidth) break
    out = sep + out
    len++
  }
  return out
}

/** Lay out sign + prefix + digits (+ rest) with the spec's grouping, zero padding and alignment. */
function layout(
  neg: boolean,
  prefix: string,
  digits: string,
  rest: string,
  sp: Spec,
  groupSize: number,
): string {
  const sign = neg ? '-' : sp.sign === '+' ? '+' : sp.sign === ' ' ? ' ' : ''
  const lead = sign + prefix
  const zeroPad = sp.fill === '0' && sp.align === '='
  const minWidth = zeroPad ? Math.max(0, sp.width - lead.length - [...rest].length) : 0
  const isDigits = /^[0-9a-fA-F]+$/.test(digits)
  const body = isDigits ? group(digits, sp.comma, groupSize, minWidth) : digits
  return pad(lead + body + rest, sp, '>', lead.length)
}

/** int.__format__ (Objects/longobject.c via formatter_unicode.c `format_long_internal`). */
export function formatIntSpec(v: number | bigint, spec: string, typeName: string): string {
  const sp = parseSpec(spec, typeName, '>')
  let t = sp.type
  if (t !== '' && 'eEfFgG%'.includes(t)) return formatFloatParsed(intToFloat(v), sp, typeName)
  if (t === '') t = 'd'
  if (!'dnxXobc'.includes(t) || t === '') unknownCode(t, typeName)
  if (sp.precision !== null) raise('ValueError', 'Precision not allowed in integer format specifier')
  if (sp.z) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier')
  const neg = typeof v === 'bigint' ? v < 0n : v < 0
  const a = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v)
  if (t === 'c') {
    if (sp.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'")
    if (sp.alt && !R.profile.py2)
      raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'")
    const n = Number(v)
    if (Math.abs(n) >= 2 ** 63) raise('OverflowError', 'Python int too large to convert to C long')
    if (n < 0 || n > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)')
    return pad(String.fromCodePoint(n), sp, '>')
  }
  if (t === 'n' && sp.comma !== '') raise('ValueError', `Cannot specify '${sp.comma}' with 'n'.`)
  const base = t === 'o' ? 8 : t === 'b' ? 2 : t === 'x' || t === 'X' ? 16 : 10
  let digits = a.toString(base)
  if (t === 'X') digits = digits.toUpperCase()
  const prefix = sp.alt && base !== 10 ? '0' + (t === 'X' ? 'X' : t) : ''
  return layout(neg, prefix, digits, '', sp, base === 10 ? 3 : 4)
}

/** `PyLong_AsDouble`: correctly rounded (Number(bigint) rounds half to even), OverflowError past the range. */
export function intToFloat(v: number | bigint): number {
  const f = Number(v)
  if (!Number.isFinite(f))
    raise(
      'OverflowError',
      R.profile.py2 ? 'long int too large to convert to float' : 'int too large to convert to float',
    )
  return f
}

/** float.__format__ (`format_float_internal`). */
export function formatFloatSpec(v: number, spec: string): string {
  return formatFloatParsed(v, parseSpec(spec, 'float', '>'), 'float')
}

function formatFloatParsed(v: number, sp: Spec, typeName: string): string {
  let t = sp.type
  if (t !== '' && !'eEfFgGn%'.includes(t)) unknownCode(t, typeName)
  if (sp.alt && R.profile.py2) raise('ValueError', 'Alternate form (#) not allowed in float format specifier')
  if (t === 'n') t = 'g'
  const x = t === '%' ? v * 100 : v
  const p = sp.precision ?? 6
  let body: string
  if (t === '') {
    if (sp.precision === null)
      body = R.profile.py2 ? formatFloatStr(Math.abs(x)) : formatFloatRepr(Math.abs(x))
    else body = formatGAddDot0(Math.abs(x), sp.precision, sp.alt)
  } else if (t === 'e' || t === 'E') body = formatE(Math.abs(x), p, sp.alt)
  else if (t === 'f' || t === 'F' || t === '%') body = formatF(Math.abs(x), p, sp.alt)
  else body = formatG(Math.abs(x), p, sp.alt)
  if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase()
  let neg = x < 0 || Object.is(x, -0)
  if (sp.z && neg && /^[0.]*(e[+-]\d+)?$/i.test(body)) neg = false
  if (Number.isNaN(x)) neg = false
  const m = /^(\d*)(.*)$/s.exec(body) as RegExpExecArray
  return layout(neg, '', m[1], m[2] + (t === '%' ? '%' : ''), sp, 3)
}

/** str.__format__ (`format_string_internal`). */
export function formatStrSpec(s: string, spec: string, typeName = 'str'): string {
  const sp = parseSpec(spec, typeName, '<')
  if (sp.type !== '' && sp.type !== 's') unknownCode(sp.type, typeName)
  if (sp.sign !== '')
    raise(
      'ValueError',
      sp.sign === ' ' && !R.profile.py2
        ? 'Space not allowed in string format specifier'
        : 'Sign not allowed in string format specifier',
    )
  if (sp.z) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier')
  if (sp.alt) raise('ValueError', 'Alternate form (#) not allowed in string format specifier')
  if (sp.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier")
  if (sp.comma !== '') raise('ValueError', `Cannot specify '${sp.comma}' with 's'.`)
  let out = s
  if (sp.precision !== null) out = [...out].slice(0, sp.precision).join('')
  return pad(out, sp, '<')
}
