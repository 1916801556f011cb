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
import { raise } from '../objects/errors'
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

/** str.format(*args, **kwargs) */
export function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject> | null): string {
  let out = ''
  let auto = 0
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{'
        i++
        continue
      }
      let depth = 1
      let j = i + 1
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++
        else if (fmt[j] === '}') depth--
        if (depth > 0) j++
      }
      if (depth > 0) raise('ValueError', "expected '}' before end of string")
      const field = fmt.slice(i + 1, j)
      i = j
      let conv: string | null = null
      let spec = ''
      let name = field
      const colon = field.search(/:(?![^[]*\])/)
      if (colon >= 0) {
        spec = field.slice(colon + 1)
        name = field.slice(0, colon)
      }
      const bang = name.indexOf('!')
      if (bang >= 0) {
        conv = name.slice(bang + 1)
        name = name.slice(0, bang)
      }
      const m = /^([^.[]*)(.*)$/.exec(name) as RegExpExecArray
      let v: PyObject
      let owned = false
      if (m[1] === '') {
        if (auto >= args.length)
          raise(
            'IndexError',
            R.profile.version[1] >= 12
              ? `Replacement index ${auto} out of range for positional args tuple`
              : 'Replacement index ' + auto + ' out of range for positional args tuple',
          )
        v = args[auto++]
      } else if (/^\d+$/.test(m[1])) {
        const k = parseInt(m[1], 10)
        if (k >= args.length)
          raise('IndexError', `Replacement index ${k} out of range for positional args tuple`)
        v = args[k]
      } else {
        const x = kw?.get(m[1])
        if (x === undefined) raise('KeyError', `'${m[1]}'`)
        v = x
      }
      let rest = m[2]
      while (rest) {
        const a = /^\.(\w+)/.exec(rest)
        if (a) {
          const nv = getAttr(v, a[1])
          if (owned) decref(v)
          v = nv
          owned = true
          rest = rest.slice(a[0].length)
          continue
        }
        const b = /^\[([^\]]*)\]/.exec(rest)
        if (b) {
          const key = /^\d+$/.test(b[1]) ? R.int(parseInt(b[1], 10)) : R.str(b[1])
          const nv = getItem(v, key)
          decref(key)
          if (owned) decref(v)
          v = nv
          owned = true
          rest = rest.slice(b[0].length)
          continue
        }
        raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier")
      }
      try {
        if (conv === 'r' || conv === 's' || conv === 'a') {
          const text = conv === 's' ? str(v) : repr(v)
          out += spec === '' ? text : formatStrSpec(text, spec)
        } else if (conv !== null)
          raise('ValueError', `Unknown conversion specifier ${conv === '' ? '\\x00' : conv}`)
        else out += formatValue(v, spec)
      } finally {
        if (owned) decref(v)
      }
    } else if (c === '}') {
      if (fmt[i + 1] === '}') i++
      else raise('ValueError', "Single '}' encountered in format string")
      out += '}'
    } else out += c
  }
  return out
}
