/**
 * How many bytes each object occupies, one function per type, as `tp_basicsize + n * tp_itemsize` plus the
 * GC header (`sys.getsizeof` adds the same). The allocator issue replaces these with the full per-profile
 * formulas of cpython-memory.md §8; the numbers here follow that table for the common cases.
 *
 * Simplifications:
 * - Dict and set sizes use the table's step functions for small sizes only; list capacity follows
 *   `list_resize` growth only when `allocated` is maintained by the caller.
 */
import type { Runtime } from './runtime'
import type { PyObject } from './object'
import {
  PyDict,
  PyFloat,
  PyInt,
  PyList,
  PySet,
  PyStr,
  PyTuple,
  PyInstance,
  PyFunction,
  PyCell,
} from './types'

export function gcHeader(rt: Runtime): number {
  return rt.profile.py2 ? 32 : 16
}

export function sizeOf(rt: Runtime, o: PyObject): number {
  const py2 = rt.profile.py2
  const gh = gcHeader(rt)
  if (o instanceof PyInt) {
    if (py2) {
      if (o.type.name !== 'long') return 24
      return 24 + 4 * digits30(o.value)
    }
    const v = o.value
    return v === 0 ? 24 + (rt.profile.version[1] >= 12 ? 4 : 0) : 24 + 4 * digits30(v)
  }
  if (o instanceof PyFloat) return 24
  if (o instanceof PyStr) {
    let ascii = true
    for (let i = 0; i < o.value.length; i++) if (o.value.charCodeAt(i) > 127) ascii = false
    if (py2) return 37 + o.value.length
    const base = rt.profile.version[1] >= 12 ? 41 : 49
    return ascii ? base + o.value.length : base + 24 + o.value.length * 2
  }
  if (o instanceof PyTuple) return (py2 ? 24 : 24) + 8 * o.items.length + gh
  if (o instanceof PyList) return 40 + gh + 8 * Math.max(o.allocated, o.items.length)
  if (o instanceof PyDict) return dictSize(rt, o.map.size)
  if (o instanceof PySet) return py2 ? 232 : 216
  if (o instanceof PyInstance) {
    const nslots = o.type.allSlots.length
    if (o.type.hasDict) return py2 ? 64 : rt.profile.version[1] >= 12 ? 48 : 48
    return 16 + 8 * nslots + gh
  }
  if (o instanceof PyFunction) return py2 ? 120 : rt.profile.version[1] >= 12 ? 160 : 144
  if (o instanceof PyCell) return py2 ? 56 : 40
  return 16 + gh + 16
}

function digits30(v: number | bigint): number {
  let b = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v))
  let n = 0
  while (b > 0n) {
    b >>= 30n
    n++
  }
  return Math.max(n, 1)
}

function dictSize(rt: Runtime, n: number): number {
  if (rt.profile.py2) return n <= 5 ? 280 : n <= 21 ? 1048 : 3352
  const v12 = rt.profile.version[1] >= 12
  if (n === 0) return 64
  if (n <= 5) return v12 ? 184 : 232
  if (n <= 10) return v12 ? 272 : 360
  if (n <= 21) return v12 ? 464 : 640
  return v12 ? 832 : 1176
}
