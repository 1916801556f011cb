/**
 * `format(value, spec)` and `str.format` (Objects/stringlib/unicode_format.h): replacement fields with
 * automatic or explicit numbering, attribute and index lookups, `!r`/`!s` conversions and the format-spec
 * mini-language for str, int and float.
 *
 * Simplifications:
 * - Nested replacement fields inside a spec (`{:{width}}`) are not supported.
 */
import { PyObject, decref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise, raiseWith } from '../objects/errors'
import { lookupType } from '../objects/lookup'
import { PyFloat, PyInstance, PyInt, PyStr } from '../objects/types'
import { callDescr, getAttr, getItem, repr, str } from '../objects/ops'
import { formatFloatSpec, formatIntSpec, formatStrSpec } from '../objects/format'

export function formatValue(v: PyObject, spec: string): string {
  if (v instanceof PyInstance && !v.type.builtin) {
    const f = lookupType(v.type, '__format__')
    if (f !== null) {
      const s = R.str(spec)
      const r = callDescr(f, v, [s])
      decref(s)
      const out = str(r)
      decref(r)
      return out
    }
    if (spec !== '') raise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`)
    return str(v)
  }
  if (spec === '') return str(v)
  if (v instanceof PyInt) return formatIntSpec(v.value, spec, v.type.name)
  if (v instanceof PyFloat) return formatFloatSpec(v.value, spec)
  if (v instanceof PyStr) return formatStrSpec(v.value, spec, v.type.name)
  // object.__format__: 3.x refuses a non-empty spec; 2.7 formats str(self) with it.
  if (!R.profile.py2) raise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`)
  return formatStrSpec(str(v), spec)
}

/** str.format(*args, **kwargs): Objects/stringlib/unicode_format.h (MarkupIterator, get_field_object). */
export function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject> | null): string {
  const state = { auto: 0, mode: '' as '' | 'auto' | 'manual' }
  return renderFormat(fmt, args, kw, state, 2)
}

interface AutoState {
  auto: number
  mode: '' | 'auto' | 'manual'
}

function renderFormat(
  fmt: string,
  args: PyObject[],
  kw: Map<string, PyObject> | null,
  state: AutoState,
  depth: number,
): string {
  if (depth < 0) raise('ValueError', 'Max string recursion exceeded')
  let out = ''
  let i = 0
  const n = fmt.length
  while (i < n) {
    const c = fmt[i]
    if (c === '}') {
      if (fmt[i + 1] !== '}') raise('ValueError', "Single '}' encountered in format string")
      out += '}'
      i += 2
      continue
    }
    if (c !== '{') {
      out += c
      i++
      continue
    }
    if (fmt[i + 1] === '{') {
      out += '{'
      i += 2
      continue
    }
    if (i + 1 >= n) raise('ValueError', "Single '{' encountered in format string")
    // The field runs to the matching '}', counting nested braces.
    let level = 1
    let j = i + 1
    while (j < n) {
      if (fmt[j] === '{') level++
      else if (fmt[j] === '}' && --level === 0) break
      j++
    }
    if (level > 0)
      raise('ValueError', R.profile.py2 ? "unmatched '{' in format" : "expected '}' before end of string")
    const field = fmt.slice(i + 1, j)
    i = j + 1
    // Field name: up to '!' or ':' outside brackets.
    let k = 0
    while (k < field.length && field[k] !== '!' && field[k] !== ':') {
      if (field[k] === '[') while (k < field.length && field[k] !== ']') k++
      if (k < field.length) k++
    }
    const name = field.slice(0, k)
    let conv: string | null = null
    let spec = ''
    if (field[k] === '!') {
      if (k + 1 >= field.length) raise('ValueError', 'end of string while looking for conversion specifier')
      conv = field[k + 1]
      if (k + 2 < field.length && field[k + 2] !== ':')
        raise('ValueError', "expected ':' after conversion specifier")
      spec = field.slice(k + 3)
    } else if (field[k] === ':') spec = field.slice(k + 1)
    const [v, owned] = getField(name, args, kw, state)
    try {
      if (spec.includes('{')) spec = renderFormat(spec, args, kw, state, depth - 1)
      let text: string
      if (conv === null) text = formatValue(v, spec)
      else {
        if (conv !== 'r' && conv !== 's' && (conv !== 'a' || R.profile.py2))
          raise('ValueError', `Unknown conversion specifier ${conv}`)
        const cv = R.str(conv === 's' ? str(v) : repr(v))
        try {
          text = formatValue(cv, spec)
        } finally {
          decref(cv)
        }
      }
      out += text
    } finally {
      if (owned) decref(v)
    }
  }
  return out
}

/** The object a field name refers to: an argument, then `.attr` and `[key]` steps. Returns [value, owned]. */
function getField(
  name: string,
  args: PyObject[],
  kw: Map<string, PyObject> | null,
  state: AutoState,
): [PyObject, boolean] {
  const m = /^([^.[]*)(.*)$/s.exec(name) as RegExpExecArray
  const first = m[1]
  let v: PyObject
  const positional = (idx: number): PyObject => {
    if (idx >= args.length)
      raise(
        'IndexError',
        R.profile.py2
          ? 'tuple index out of range'
          : `Replacement index ${idx} out of range for positional args tuple`,
      )
    return args[idx]
  }
  if (first === '') {
    if (state.mode === 'manual')
      raise('ValueError', 'cannot switch from manual field specification to automatic field numbering')
    state.mode = 'auto'
    v = positional(state.auto++)
  } else if (/^\d+$/.test(first)) {
    if (state.mode === 'auto')
      raise('ValueError', 'cannot switch from automatic field numbering to manual field specification')
    state.mode = 'manual'
    v = positional(parseInt(first, 10))
  } else {
    const x = kw?.get(first)
    if (x === undefined) raiseWith('KeyError', R.str(first))
    v = x
  }
  let owned = false
  let rest = m[2]
  try {
    while (rest) {
      if (rest[0] === '.') {
        const a = /^\.([^.[]*)/.exec(rest) as RegExpExecArray
        if (a[1] === '') raise('ValueError', 'Empty attribute in format string')
        const nv = getAttr(v, a[1])
        if (owned) decref(v)
        v = nv
        owned = true
        rest = rest.slice(a[0].length)
        continue
      }
      const b = /^\[([^\]]*)\]/.exec(rest)
      if (b === null) raise('ValueError', "Missing ']' in format string")
      if (b[1] === '') raise('ValueError', 'Empty attribute in format string')
      const key = /^\d+$/.test(b[1]) ? R.int(parseInt(b[1], 10)) : R.str(b[1])
      let nv: PyObject
      try {
        nv = getItem(v, key)
      } finally {
        decref(key)
      }
      if (owned) decref(v)
      v = nv
      owned = true
      rest = rest.slice(b[0].length)
      if (rest !== '' && rest[0] !== '.' && rest[0] !== '[')
        raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier")
    }
  } catch (e) {
    if (owned) decref(v)
    throw e
  }
  return [v, owned]
}
