/**
 * Short reprs for the heap graph's labels: what `repr()` would print, cut to at most 40 characters.
 *
 * CPython's `repr()` can run Python code (a class's `__repr__`), allocate and even fail; a trace
 * recorder must do none of that, or watching a program would change it. So this module renders the
 * built-in types itself, the way their C `tp_repr` does (`list_repr`, `dict_repr`, `tuple_repr`,
 * `unicode_repr`, `float_repr` in Objects/*object.c), with `Py_ReprEnter`'s `[...]`/`{...}` for a
 * container met again inside itself, and gives every other object the address-free form of
 * `object.__repr__` (`<A object>`). It reads the simulated objects only: no refcount moves.
 *
 * Simplifications:
 * - User `__repr__` methods are never called; instances show as `<A object>`.
 * - Addresses (`at 0x…`) are left out of the `<…>` forms; the details panel shows the address.
 * - Work stops as soon as 40 characters are written, so a long list costs as much as a short one.
 */
import type { PyObject } from '../objects/object'
import { R } from '../objects/runtime'
import { formatFloatRepr } from '../objects/format'
import { intStr, strRepr } from '../objects/ops'
import {
  PyBuiltin,
  PyCell,
  PyCode,
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
  PyWeakref,
} from '../objects/types'

/** Longest label the graph shows for an object (the `ObjectView.repr` contract). */
export const MAX_REPR = 40

class Out {
  s = ''
  full(): boolean {
    return this.s.length > MAX_REPR
  }
  put(t: string): void {
    this.s += t
  }
}

/** `repr(o)` as the built-in types print it, at most `MAX_REPR` characters (ending in `…` when cut). */
export function shortRepr(o: PyObject): string {
  const out = new Out()
  write(o, out, [])
  return out.s.length > MAX_REPR ? out.s.slice(0, MAX_REPR - 1) + '…' : out.s
}

function items<X>(out: Out, open: string, close: string, list: Iterable<X>, each: (x: X) => void): void {
  out.put(open)
  let first = true
  for (const x of list) {
    if (out.full()) break
    if (!first) out.put(', ')
    first = false
    each(x)
  }
  out.put(close)
}

function write(o: PyObject, out: Out, stack: PyObject[]): void {
  if (out.full()) return
  const T = R.T
  if (o instanceof PyInt) {
    if (o.type === T.bool) out.put(o.value ? 'True' : 'False')
    else out.put(intStr(o.value) + (o.type === T.long ? 'L' : ''))
    return
  }
  if (o instanceof PyFloat) return out.put(formatFloatRepr(o.value))
  if (o instanceof PyStr) {
    // Only the start of a long string can show.
    const v = o.value.length > MAX_REPR ? o.value.slice(0, MAX_REPR) : o.value
    const q = strRepr(v, o.type === T.unicode)
    out.put(o.type === T.bytes ? 'b' + q : q)
    return
  }
  if (o === R.None) return out.put('None')
  if (o === R.Ellipsis) return out.put('Ellipsis')
  if (o === R.NotImplemented) return out.put('NotImplemented')
  const inner = (x: PyObject) => write(x, out, stack)
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
    if (stack.includes(o)) {
      out.put(o instanceof PyList ? '[...]' : o instanceof PyTuple ? '(...)' : '{...}')
      return
    }
    stack.push(o)
    try {
      if (o instanceof PyList) items(out, '[', ']', o.items, inner)
      else if (o instanceof PyTuple) items(out, '(', o.items.length === 1 ? ',)' : ')', o.items, inner)
      else if (o instanceof PyDict) {
        items(out, '{', '}', o.map.values(), (e) => {
          write(e.key, out, stack)
          out.put(': ')
          write(e.value, out, stack)
        })
      } else {
        const frozen = o.type === T.frozenset
        if (o.map.size === 0) out.put(frozen ? 'frozenset()' : 'set()')
        else {
          if (frozen) out.put('frozenset(')
          items(out, '{', '}', o.map.values(), inner)
          if (frozen) out.put(')')
        }
      }
    } finally {
      stack.pop()
    }
    return
  }
  out.put(angle(o))
}

/** The `<…>` form of objects without a literal repr. */
function angle(o: PyObject): string {
  if (o instanceof PyType) return `<class '${o.name}'>`
  if (o instanceof PyFunction) return `<function ${o.name.value}>`
  if (o instanceof PyMethod) {
    const f = o.func
    const name = f instanceof PyFunction ? f.name.value : f instanceof PyBuiltin ? f.name : '?'
    return `<bound method ${o.self.type.name}.${name}>`
  }
  if (o instanceof PyBuiltin) {
    return o.self === null || o.self instanceof PyModule
      ? `<built-in function ${o.name}>`
      : `<built-in method ${o.name} of ${o.self.type.name}>`
  }
  if (o instanceof PyModule) return `<module '${o.name}'>`
  if (o instanceof PyCell) return o.ref === null ? '<cell: empty>' : `<cell: ${o.ref.type.name} object>`
  if (o instanceof PyWeakref)
    return o.target === null ? '<weakref: dead>' : `<weakref to '${o.target.type.name}'>`
  if (o instanceof PyCode) return `<code ${o.info.name}>`
  if (o instanceof PyExc) {
    const args = o.args?.items ?? []
    const first = args.length === 1 ? shortRepr(args[0]) : args.length === 0 ? '' : '…'
    return `${o.type.name}(${first})`
  }
  if (o instanceof PyDescriptor) return `<${o.type.name} object>`
  if (o instanceof PyNative) {
    const frame = (o.extra as { frame?: { code: { name: string } } } | null)?.frame
    if (o.type === R.T.generator && frame) return `<generator object ${frame.code.name}>`
    if (o.type === R.T.frame && frame) return `<frame ${frame.code.name}>`
    return `<${o.type.name} object>`
  }
  if (o instanceof PyInstance) return `<${o.type.name} object>`
  return `<${o.type.name} object>`
}
