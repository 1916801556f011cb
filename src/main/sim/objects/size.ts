/**
 * How many bytes each object occupies, per profile: what CPython asks its allocator for when it makes
 * the object (`allocSize`: `tp_basicsize + n * tp_itemsize`, plus the GC header, plus 3.12+'s
 * pre-header), and what `sys.getsizeof` reports (`getsizeof`: `__sizeof__()` plus the GC header, which
 * for a list, dict or set also counts the buffer it owns). The formulas are alloc/sizes.ts's (verified
 * against the four interpreters in alloc/testdata/); this module only picks the formula for an object
 * of the object model and reads the container shapes objects/storage.ts keeps.
 *
 *   Python/sysmodule.c `_PySys_GetSizeOf`, Objects/typeobject.c `object___sizeof__`,
 *   Objects/listobject.c `list___sizeof__`, Objects/dictobject.c `_PyDict_SizeOf`,
 *   Objects/setobject.c `set_sizeof`, Objects/longobject.c `int___sizeof__`.
 *
 * Simplifications:
 * - An int made by + or - gets the block of its final size (CPython's x_add allocates one digit more
 *   and normalises afterwards: alloc/sizes.ts intAddResultSize).
 * - Objects the lab does not size precisely (iterators, descriptors, modules, code, built-in
 *   functions) count as a bare object plus the GC header when they are GC types.
 * - A 2.7 unicode object's separate character buffer is counted by getsizeof but not allocated.
 */
import type { Runtime } from './runtime'
import type { PyObject } from './object'
import type { ProfileName } from '@shared/trace'
import {
  PyCell,
  PyExc,
  PyDict,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyMethod,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
} from './types'
import {
  bytesSize,
  dictKeysBytes,
  dictSize,
  FIXED_SIZE_TYPES,
  fixedSize,
  gcHeaderSize,
  instanceSize,
  intSize,
  listSize,
  setSize,
  strSizeOfText,
  tupleSize,
  unicodeSize27,
} from '../alloc/sizes'

/** sizeof(PyGC_Head) in the runtime's profile. */
export function gcHeader(rt: Runtime): number {
  return gcHeaderSize(rt.profile.name)
}

/** Bytes of an int of value `v` (2.7: int or long by type). */
function intBytes(rt: Runtime, o: PyInt): number {
  const p = rt.profile.name
  const v = o.value
  if (rt.profile.py2) {
    if (o.type.name !== 'long') return 24
    return intSize(p, typeof v === 'bigint' ? v : BigInt(v)).getsizeof
  }
  if (typeof v === 'number') {
    // Numbers are safe integers (< 2**53): at most two 30-bit digits.
    const a = Math.abs(v)
    if (a === 0) return rt.profile.version[1] >= 12 ? 28 : 24
    return a < 0x40000000 ? 28 : 32
  }
  return intSize(p, v).getsizeof
}

function strBytes(rt: Runtime, o: PyStr): { alloc: number; getsizeof: number } {
  const p = rt.profile.name
  const t = o.type
  if (t === rt.T.bytes) return bytesSize(p, o.value.length)
  if (rt.profile.py2 && t === rt.T.unicode)
    return unicodeSize27(Array.from(o.value, (c) => c.codePointAt(0) ?? 0))
  return strSizeOfText(p, o.value, { singleton: o.value.length === 1 && rt.chars.get(o.value) === o })
}

function fixedName(o: PyObject): string | null {
  if (o instanceof PyFunction) return 'function'
  if (o instanceof PyCell) return 'cell'
  if (o instanceof PyMethod) return 'method'
  if (o instanceof PyWeakref) return 'weakref'
  if (o instanceof PyType) return 'class'
  if (o.type.sizeKey !== null) return o.type.sizeKey
  const n = o.type.name
  if (n === 'xrange') return 'range'
  return FIXED_SIZE_TYPES.includes(n) ? n : null
}

function instanceLayout(t: PyType): { slots: number; hasDict: boolean; hasWeakref: boolean } {
  return { slots: t.allSlots.length, hasDict: t.hasDict, hasWeakref: t.weakrefable }
}

/**
 * Bytes CPython allocates for the object itself (GC header and pre-header included), without the
 * buffers it owns. `inlineValues`: 3.13 inline values capacity of a new instance.
 */
export function allocSize(rt: Runtime, o: PyObject, inlineValues = 0): number {
  const p = rt.profile.name
  if (o instanceof PyInt) return intBytes(rt, o)
  if (o instanceof PyFloat) return 24
  if (o instanceof PyStr) return strBytes(rt, o).alloc
  if (o instanceof PyTuple) return tupleSize(p, o.items.length).alloc
  if (o instanceof PyList) return listSize(p, 0).alloc
  if (o instanceof PyDict) return dictSize(p, { used: 0, fill: 0, size: 0, unicode: false }).alloc
  if (o instanceof PySet) return setSize(p, { used: 0, fill: 0, size: 8 }).alloc
  if (o instanceof PyExc) return fixedSize(p, 'exception').alloc + (o.type.builtin ? 0 : subclassExtra(rt, o))
  if (o instanceof PyInstance)
    return o.type === rt.T.object ? 16 : instanceSize(p, instanceLayout(o.type), inlineValues).alloc
  const f = fixedName(o)
  if (f !== null) return fixedSize(p, f).alloc
  return o.type.isGC ? 16 + gcHeader(rt) : 16
}

/** What `sys.getsizeof(o)` returns. */
export function getsizeof(rt: Runtime, o: PyObject): number {
  const n = builtinGetsizeof(rt, o)
  return o.type.builtin ? n : n + subclassExtra(rt, o)
}

/**
 * Bytes an instance of a Python subclass of a builtin type has beyond an instance of the builtin: the
 * `__dict__` and `__weakref__` slots type_new adds (2.7, 3.10: in the object; 3.12+: the managed
 * pre-header), as the base type's `__sizeof__` and sys.getsizeof count them — list/dict/set/float and
 * exceptions measure the subclass's tp_basicsize, str and 3.x int their own layout (a subclass str is
 * not compact), 2.7 int the basicsize. Measured with CPython 2.7.18, 3.10.13, 3.12.1, 3.13.0 for a
 * subclass with the default `__dict__` and `__weakref__`; a subclass with `__slots__` is given none.
 */
const SUBCLASS_EXTRA: Readonly<Record<string, Readonly<Record<ProfileName, number>>>> = {
  list: { '2.7': 16, '3.10': 16, '3.12': 16, '3.13': 16 },
  dict: { '2.7': 16, '3.10': 16, '3.12': 16, '3.13': 16 },
  tuple: { '2.7': 8, '3.10': 8, '3.12': 16, '3.13': 16 },
  set: { '2.7': 8, '3.10': 8, '3.12': 16, '3.13': 16 },
  frozenset: { '2.7': 8, '3.10': 8, '3.12': 16, '3.13': 16 },
  str: { '2.7': 32, '3.10': 48, '3.12': 56, '3.13': 56 },
  int: { '2.7': 48, '3.10': 16, '3.12': 32, '3.13': 32 },
  float: { '2.7': 48, '3.10': 32, '3.12': 32, '3.13': 32 },
  exception: { '2.7': 8, '3.10': 8, '3.12': 16, '3.13': 16 },
}

function subclassExtra(rt: Runtime, o: PyObject): number {
  const t = o.type
  if (!t.hasDict) return 0
  let b: PyType = t
  while (!b.builtin && b.base !== null) b = b.base
  const key = o instanceof PyExc ? 'exception' : b.name
  return SUBCLASS_EXTRA[key]?.[rt.profile.name] ?? 0
}

function builtinGetsizeof(rt: Runtime, o: PyObject): number {
  const p = rt.profile.name
  if (o instanceof PyExc) return fixedSize(p, 'exception').alloc
  if (o instanceof PyInt) return intBytes(rt, o)
  if (o instanceof PyStr) return strBytes(rt, o).getsizeof
  if (o instanceof PyList) return listSize(p, o.allocated).getsizeof
  if (o instanceof PyDict) {
    if (o.shared !== null) return o.shared.dictGetsizeof()
    if (o.table === null)
      return dictSize(p, { used: 0, fill: 0, size: rt.profile.py2 ? 8 : 0, unicode: true }).getsizeof
    return dictSize(p, o.table).getsizeof
  }
  if (o instanceof PySet) return setSize(p, o.table).getsizeof
  if (o instanceof PyInstance)
    return o.type === rt.T.object ? 16 : instanceSize(p, instanceLayout(o.type)).getsizeof
  if (o instanceof PyTuple) return tupleSize(p, o.items.length).getsizeof
  // 3.10 type.__sizeof__ adds the instances' shared dict keys (ht_cached_keys, made with the class at
  // PyDict_MINSIZE and grown as instances gain attributes).
  if (o instanceof PyType && !o.builtin && p === '3.10') {
    const keys = dictKeysBytes(p, { used: 0, fill: 0, size: o.sharedKeys?.size ?? 8, unicode: true })
    return fixedSize(p, 'class').alloc - dictKeysBytes(p, { used: 0, fill: 0, size: 8, unicode: true }) + keys
  }
  return o.size > 0 ? o.size : allocSize(rt, o)
}
