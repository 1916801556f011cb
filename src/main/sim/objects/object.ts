/**
 * The object header and the reference-count discipline, as `Include/object.h` defines them: every value is
 * a PyObject with a type, `ob_refcnt` (here `refcnt`), an address (`id()`), and a size. `incref`/`decref`
 * are Py_INCREF/Py_DECREF; when a count reaches zero the type's deallocator runs at once (dealloc.ts).
 *
 * Life of an object:
 *
 *   allocated (memory + maybe GC-tracked in generation 0)
 *     -> referenced (refcnt >= 1) -> refcnt hits 0 -> [finalizer: __del__, may resurrect]
 *     -> references released in the type's dealloc order -> memory freed (address reusable)
 *
 * Immortal objects (PEP 683, 3.12+) keep a huge count that no decref can bring to zero; getrefcount
 * reports the profile's immortal value for them.
 *
 * Simplifications:
 * - The header fields of PyGC_Head (`_gc_next`, `_gc_prev`) are JS fields on every object.
 */
import type { PyType } from './types'

/** Refcount given to immortal objects internally: never reaches zero. */
export const IMMORTAL_BASE = 1 << 30

let nextHandle = 1

/** The next trace handle (each object constructor takes one). */
export function takeHandle(): number {
  return nextHandle++
}

export function resetHandles(): void {
  nextHandle = 1
}

export class PyObject {
  // Fields are assigned in the constructor (not as class-field initialisers): V8 then builds one
  // stable shape for every object, which keeps the interpreter's hot paths monomorphic.
  declare refcnt: number
  /** Simulated address (what `id()` returns). 0 until the allocator gave one. */
  declare address: number
  /** Bytes of the object itself as CPython allocates it (GC header included). */
  declare size: number
  /** Generation (0, 1, 2, 3 = permanent) when GC-tracked, else -1. */
  declare gcGen: number
  declare gcPrev: PyObject | null
  declare gcNext: PyObject | null
  /** PEP 442: finalizer already ran (3.x runs `__del__` at most once). */
  declare finalized: boolean
  declare immortal: boolean
  /** Scratch count for the cycle collector (gc_refs in PyGC_Head). */
  declare gcRefs: number
  /** Stable trace handle. */
  declare readonly handle: number
  declare type: PyType
  /**
   * Only a plain PyObject (None, NotImplemented, object(), list heads) is initialised here. Every subclass
   * (objects/types.ts) stores these same fields itself, in this order, right after `super()`: a store in
   * this shared constructor would see the shapes of all twenty object classes and go megamorphic (a
   * stub-cache lookup for each of the eleven fields of every allocation), while each subclass's own
   * stores see one shape.
   */
  constructor(type: PyType) {
    if (new.target !== PyObject) return
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = nextHandle++
  }
}

/**
 * Objects whose refcount (or contents) changed since the trace recorder last looked; null unless a
 * trace is being recorded, so incref/decref pay one null check when tracing is off (trace/recorder.ts).
 */
export let traceDirty: Set<PyObject> | null = null

/** Installed by the trace recorder for the length of one traced run. */
export function setTraceDirty(s: Set<PyObject> | null): void {
  traceDirty = s
}

/** Tell the recorder `o` changed without a refcount change (a container filled by C code, a weakref cleared). */
export function traceMark(o: PyObject): void {
  if (traceDirty !== null) traceDirty.add(o)
}

/** Py_INCREF */
export function incref<T extends PyObject>(o: T): T {
  o.refcnt++
  if (traceDirty !== null) traceDirty.add(o)
  return o
}

let deallocHook: (o: PyObject) => void = () => {}

/** Installed by dealloc.ts (breaks the import cycle). */
export function setDeallocHook(f: (o: PyObject) => void): void {
  deallocHook = f
}

/** Py_DECREF: deallocates at zero. */
export function decref(o: PyObject): void {
  if (traceDirty !== null) traceDirty.add(o)
  if (--o.refcnt === 0) deallocHook(o)
}

/** Py_XDECREF */
export function xdecref(o: PyObject | null): void {
  if (o !== null) decref(o)
}

/** Py_SETREF-style replace: store the new (owned) value, then release the old one. */
export function setSlot<T extends PyObject | null>(holder: (T | null)[], i: number, v: T): void {
  const old = holder[i]
  holder[i] = v
  if (old !== null && old !== undefined) decref(old)
}
