/**
 * Creating the built-in types and singletons of a fresh interpreter (`_PyTypes_InitTypes`,
 * `_PyBuiltins_Init`): `object` and `type`, the numeric and container types, the exception hierarchy of
 * Objects/exceptions.c, None/True/False/NotImplemented/Ellipsis, the small-int cache (-5..256), `()` and `''`.
 * On 3.12+ the singletons, small ints, `()` and `''` are immortal.
 *
 * None (and the other singletons), the built-in types, the small ints, `()` and `''` never come from the
 * allocator: CPython keeps them in static storage (3.12+) or makes them once at start-up and never frees
 * them, so they get addresses in the Runtime's static region and never reach pymalloc's pools.
 *
 * Simplifications:
 * - Built-in type objects live in the static region (CPython's are static PyTypeObjects).
 * - 2.7/3.10 create the small ints and `()` on the heap at start-up; here they are static, which only
 *   moves them out of the pools the lab shows.
 */
import { IMMORTAL_BASE, PyObject } from './object'
import { R, Runtime, gcLink, type TypeName } from './runtime'
import { PyDict, PyInt, PyStr, PyTuple, PyType } from './types'

function mkType(rt: Runtime, name: string, base: PyType | null, opts: Partial<PyType> = {}): PyType {
  const d = new PyDict(null as unknown as PyType)
  const t = new PyType(null, name, base, d, true)
  t.refcnt = IMMORTAL_BASE
  t.address = rt.staticAddress(rt.profile.py2 ? 400 : 416)
  t.mro = [t, ...(base ? base.mro : [])]
  Object.assign(t, opts)
  return t
}

const EXC_TREE: [string, string][] = [
  ['BaseException', ''],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['StandardError', 'Exception'],
]

export function bootstrap(rt: Runtime): void {
  const T = rt.T
  const object = mkType(rt, 'object', null)
  const type = mkType(rt, 'type', object)
  object.type = type
  type.type = type
  const add = (name: TypeName, base: PyType = object, opts: Partial<PyType> = {}) => {
    const t = mkType(rt, name, base, opts)
    t.type = type
    T[name] = t
    return t
  }
  T.object = object
  // object() instances are a bare PyObject: not a GC type (heap subclasses are, see interp/classes.ts).
  object.isGC = false
  T.type = type
  object.dict.type = type // patched below
  const atomic = { isGC: false, hasDict: false, weakrefable: false }
  add('NoneType', object, atomic)
  add('NotImplementedType', object, atomic)
  add('ellipsis', object, atomic)
  add('int', object, atomic)
  add('long', object, atomic)
  add('bool', T.int, atomic)
  add('float', object, atomic)
  add('str', object, atomic)
  add('unicode', object, atomic)
  add('bytes', object, atomic)
  add('tuple', object, { hasDict: false, weakrefable: false })
  add('list', object, { hasDict: false, weakrefable: false })
  add('dict', object, { hasDict: false, weakrefable: false })
  add('set', object, { hasDict: false })
  add('frozenset', object, { hasDict: false })
  add('function', object, { hasDict: false })
  add('cell', object, { hasDict: false, weakrefable: false })
  add('method', object, { hasDict: false })
  add('builtin_function_or_method', object, { hasDict: false, weakrefable: false })
  add('module', object, { hasDict: false })
  add('code', object, { hasDict: false, isGC: false })
  add('frame', object, { hasDict: false })
  add('traceback', object, { hasDict: false })
  add('generator', object, { hasDict: false })
  add('range', object, { hasDict: false, isGC: false })
  // Iterators: one type per kind, as CPython has them (Objects/listobject.c listiterator, tupleobject.c,
  // dictobject.c dictiterobject, setobject.c setiterobject, unicodeobject.c unicodeiterobject,
  // iterobject.c seqiterobject); names per profile below. `iterator` is the list iterator.
  const iter = (sizeKey: string) => ({ hasDict: false, weakrefable: false, sizeKey })
  add('iterator', object, iter('list_iterator'))
  add('tuple_iterator', object, iter('list_iterator'))
  add('dict_keyiterator', object, iter('dict_iterator'))
  add('dict_valueiterator', object, iter('dict_iterator'))
  add('dict_itemiterator', object, iter('dict_iterator'))
  add('set_iterator', object, iter('set_iterator'))
  add('str_iterator', object, iter('list_iterator'))
  add('str_ascii_iterator', object, iter('list_iterator'))
  add('bytes_iterator', object, iter('list_iterator'))
  add('list_reverseiterator', object, iter('list_iterator'))
  add('seq_iterator', object, iter('list_iterator'))
  // rangeobject.c's iterator is allocated with PyObject_New: not a GC type, so it never counts.
  add('range_iterator', object, { ...iter('range_iterator'), isGC: false })
  add('weakref', object, { hasDict: false })
  // weakref.proxy objects; 3.x names them 'weakref.ProxyType' / 'weakref.CallableProxyType'.
  add('weakproxy', object, { hasDict: false, weakrefable: false })
  add('weakcallableproxy', object, { hasDict: false, weakrefable: false })
  // sys.stdout / sys.stderr: 2.7's `file`, 3.x's `_io.TextIOWrapper` (interp/streams.ts).
  add('textio', object, { hasDict: false, isGC: false })
  // Attributes of builtin types computed by C getters (`int.real`): Objects/descrobject.c.
  add('getset_descriptor', object, { hasDict: false })
  add('member_descriptor', object, { hasDict: false })
  add('property', object, { hasDict: false })
  add('staticmethod', object, { hasDict: false })
  add('classmethod', object, { hasDict: false })
  add('super', object, { hasDict: false })
  // A GC type in every profile (sliceobject.c PyObject_GC_New); 3.x keeps one freed slice for reuse.
  add('slice', object, { hasDict: false, weakrefable: false, sizeKey: 'slice' })
  // 2.7's SLICE/STORE_SLICE/DELETE_SLICE opcodes pass `a[i:j]`'s bounds straight to a list's, tuple's or
  // str's sq_slice: no slice object exists. The simulator still carries the bounds in one, of this
  // non-GC twin of `slice` that never reaches Python code (interp/compile-expr.ts sliceTarget).
  add('slice_direct', object, { hasDict: false, weakrefable: false, isGC: false })
  add('dict_keys', object, { hasDict: false, weakrefable: false, sizeKey: 'dict_view' })
  add('dict_values', object, { hasDict: false, weakrefable: false, sizeKey: 'dict_view' })
  add('dict_items', object, { hasDict: false, weakrefable: false, sizeKey: 'dict_view' })
  add('enumerate', object, { hasDict: false, weakrefable: false, sizeKey: 'enumerate' })
  add('zip', object, { hasDict: false, weakrefable: false, sizeKey: 'zip' })
  add('map', object, { hasDict: false, weakrefable: false, sizeKey: 'map' })
  add('filter', object, { hasDict: false, weakrefable: false, sizeKey: 'map' })
  add('reversed', object, { hasDict: false, weakrefable: false, sizeKey: 'list_iterator' })
  T.textio.name = rt.profile.py2 ? 'file' : '_io.TextIOWrapper'
  if (rt.profile.py2) {
    T.str.name = 'str'
    T.iterator.name = 'listiterator'
    T.slice_direct.name = 'slice'
    T.tuple_iterator.name = 'tupleiterator'
    T.dict_keyiterator.name = 'dictionary-keyiterator'
    T.dict_valueiterator.name = 'dictionary-valueiterator'
    T.dict_itemiterator.name = 'dictionary-itemiterator'
    T.set_iterator.name = 'setiterator'
    T.str_iterator.name = T.str_ascii_iterator.name = T.seq_iterator.name = 'iterator'
    T.bytes_iterator.name = 'iterator'
    T.list_reverseiterator.name = 'listreverseiterator'
    T.range_iterator.name = 'rangeiterator'
  } else {
    T.weakproxy.name = 'weakref.ProxyType'
    T.weakcallableproxy.name = 'weakref.CallableProxyType'
    T.iterator.name = 'list_iterator'
    T.seq_iterator.name = 'iterator'
    // 3.12+ iterates an ASCII str with its own iterator type.
    if (rt.profile.version[1] < 12) T.str_ascii_iterator.name = 'str_iterator'
    T.function.name = 'function'
  }
  for (const t of Object.values(T)) {
    t.dict.type = T.dict
    t.dict.refcnt = IMMORTAL_BASE
  }
  for (const [name, base] of EXC_TREE) {
    if (name === 'StandardError' && !rt.profile.py2) continue
    if ((name === 'RecursionError' || name === 'ModuleNotFoundError') && rt.profile.py2) continue
    let b = base === '' ? object : rt.E[base]
    if (
      rt.profile.py2 &&
      base === 'Exception' &&
      name !== 'StopIteration' &&
      name !== 'Warning' &&
      name !== 'StandardError'
    )
      b = rt.E.StandardError ?? b
    const t = mkType(rt, name, b, { isException: true, hasDict: false })
    t.type = type
    t.dict.type = T.dict
    rt.E[name] = t
  }
  if (rt.profile.py2) {
    // StandardError is created after some of its children above; fix their bases.
    for (const [name, base] of EXC_TREE) {
      const t = rt.E[name]
      if (
        !t ||
        base !== 'Exception' ||
        name === 'StopIteration' ||
        name === 'Warning' ||
        name === 'StandardError'
      )
        continue
      t.base = rt.E.StandardError
      t.mro = [t, ...rt.E.StandardError.mro]
    }
    for (const t of Object.values(rt.E)) t.mro = [t, ...(t.base ? t.base.mro : [])]
  }
  // singletons
  const single = (t: PyType): PyObject => {
    const o = new PyObject(t)
    o.refcnt = IMMORTAL_BASE
    o.address = rt.staticAddress(16)
    o.size = 16
    if (rt.profile.immortalRefcnt !== null) o.immortal = true
    return o
  }
  rt.None = single(T.NoneType)
  rt.NotImplemented = single(T.NotImplementedType)
  rt.Ellipsis = single(T.ellipsis)
  const mkBool = (v: number) => {
    const b = new PyInt(T.bool, v)
    b.refcnt = IMMORTAL_BASE
    b.address = rt.staticAddress(32)
    b.size = rt.profile.py2 ? 24 : 28
    if (rt.profile.immortalRefcnt !== null) b.immortal = true
    return b
  }
  rt.True = mkBool(1)
  rt.False = mkBool(0)
  for (let i = -5; i <= 256; i++) {
    const n = new PyInt(T.int, i)
    n.refcnt = IMMORTAL_BASE
    n.address = rt.staticAddress(32)
    n.size = rt.profile.py2 ? 24 : i === 0 && rt.profile.version[1] < 12 ? 24 : 28
    if (rt.profile.immortalRefcnt !== null) n.immortal = true
    rt.smallInts.push(n)
  }
  const et = new PyTuple(T.tuple, [])
  et.refcnt = IMMORTAL_BASE
  et.address = rt.staticAddress(64)
  et.size = rt.profile.py2 ? 56 : 40
  if (rt.profile.immortalRefcnt !== null) et.immortal = true
  rt.emptyTuple = et
  const es = new PyStr(T.str, '')
  es.refcnt = IMMORTAL_BASE
  es.address = rt.staticAddress(64)
  es.size = rt.profile.py2 ? 37 : rt.profile.version[1] >= 12 ? 41 : 49
  if (rt.profile.immortalRefcnt !== null) es.immortal = true
  rt.emptyStr = es
  // GC generations: each list head is a sentinel object.
  for (let g = 0; g < 4; g++) {
    const head = new PyObject(T.object)
    head.gcPrev = head
    head.gcNext = head
    rt.gens.push({ head, count: 0, threshold: g < 3 ? rt.profile.gcThresholds[g] : 0, resident: 0 })
  }
  void gcLink
  void R
}
