/**
 * The interpreter state the object model needs: the profile, the memory manager, the built-in type
 * objects and singletons (CPython keeps them in static storage and `_PyRuntime`), the GC generations, and
 * constructors for every object kind. Constructors are where allocation happens: they ask the memory
 * manager for an address (objects/memory.ts), and for GC types bump generation 0's count and link the
 * object into generation 0 (`_PyObject_GC_Link` + `_PyObject_GC_TRACK`).
 *
 * One run owns one Runtime; `R` is the current one (runs are synchronous and never nested).
 *
 * Simplifications:
 * - Free lists (float, tuple, list, dict, frame) are the allocator issue's: the kind passed to the memory
 *   manager names them, the default manager ignores it.
 * - The GC counter is bumped for every GC-type allocation (CPython skips it when an object comes from a
 *   type free list).
 */
import type { Profile } from '../profiles'
import { IMMORTAL_BASE, PyObject, incref, traceMark } from './object'
import type { MemoryManager } from './memory'
import { createMemory } from '../alloc/memory'
import { fixedSize } from '../alloc/sizes'
import {
  PyBuiltin,
  PyCell,
  PyDict,
  PyExc,
  PyFloat,
  PyInt,
  PyInstance,
  PyList,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  type NativeFn,
} from './types'
import { allocSize } from './size'
import { dictBorn, sharedKeysOf } from './storage'

/** A Python exception in flight (JS throw). Owns one reference to `exc`. */
export class PyError extends Error {
  constructor(public exc: PyExc) {
    super('PyError')
  }
}

/** Non-exception stops: budgets, cancellation, sys.exit. */
export class StopRun extends Error {
  constructor(
    public kind: 'StepBudgetExceeded' | 'MemoryBudgetExceeded' | 'Cancelled' | 'SystemExit',
    public code: number = 1,
    message = '',
  ) {
    super(message || kind)
  }
}

export interface GcGeneration {
  head: PyObject
  count: number
  threshold: number
  /**
   * Model-only: how many of the interpreter's own tracked objects (modules, functions and classes made
   * at start-up, which the simulator does not build one by one) are in this generation. They are never
   * garbage, but the collector counts them as survivors and promotes them like any other object
   * (gc/startup.ts).
   */
  resident: number
}

/** Hooks the interpreter installs so object code can call back into Python. */
export interface InterpHooks {
  call(callable: PyObject, args: PyObject[]): PyObject
  /** Report an exception raised inside a finalizer or callback ("Exception ignored in ..."). */
  unraisable(err: PyError, where: string): void
  /** Run a collection (gc/), returns number of unreachable objects. */
  collect(generation: number): number
}

/**
 * What the interpreter and the object model tell the trace recorder. Every call site checks
 * `R.tracer !== null` first, so a run without a trace pays one null check. (The collector reports its
 * phases through gc/trace-hooks.ts.)
 */
export interface TraceHooks {
  /** A statement of frame `f` starts at `line` (also each new iteration of a loop header). */
  line(f: object, line: number): void
  /** Frame `f` is about to return (its locals are still alive). */
  frameReturned(f: object): void
  finalizerCalled(o: PyObject): void
  weakrefCallbackCalled(w: PyObject): void
}

export type TypeName =
  | 'object'
  | 'type'
  | 'NoneType'
  | 'NotImplementedType'
  | 'ellipsis'
  | 'int'
  | 'long'
  | 'bool'
  | 'float'
  | 'str'
  | 'unicode'
  | 'bytes'
  | 'tuple'
  | 'list'
  | 'dict'
  | 'set'
  | 'frozenset'
  | 'function'
  | 'cell'
  | 'method'
  | 'builtin_function_or_method'
  | 'module'
  | 'code'
  | 'frame'
  | 'traceback'
  | 'generator'
  | 'range'
  | 'iterator'
  | 'tuple_iterator'
  | 'dict_keyiterator'
  | 'dict_valueiterator'
  | 'dict_itemiterator'
  | 'set_iterator'
  | 'str_iterator'
  | 'str_ascii_iterator'
  | 'bytes_iterator'
  | 'list_reverseiterator'
  | 'seq_iterator'
  | 'range_iterator'
  | 'weakref'
  | 'textio'
  | 'getset_descriptor'
  | 'member_descriptor'
  | 'weakproxy'
  | 'weakcallableproxy'
  | 'property'
  | 'staticmethod'
  | 'classmethod'
  | 'super'
  | 'slice'
  | 'slice_direct'
  | 'dict_keys'
  | 'dict_values'
  | 'dict_items'
  | 'enumerate'
  | 'zip'
  | 'map'
  | 'filter'
  | 'reversed'

export class Runtime {
  /** The layered allocator of this profile (alloc/memory.ts), installed before bootstrap. */
  memory: MemoryManager
  /** Next address in the static region (objects CPython keeps in static storage or never frees). */
  private staticNext = STATIC_BASE
  /** True while a full trace is recorded: blocks are tagged with their object's handle. */
  tagOwners = false
  T = {} as Record<TypeName, PyType>
  /** Exception types by name. */
  E = {} as Record<string, PyType>
  None!: PyObject
  True!: PyInt
  False!: PyInt
  NotImplemented!: PyObject
  Ellipsis!: PyObject
  emptyTuple!: PyTuple
  emptyStr!: PyStr
  smallInts: PyInt[] = []
  interned = new Map<string, PyStr>()
  /** 1-character latin-1 strings cache (`characters[]` / static singletons). */
  chars = new Map<string, PyStr>()
  gens: GcGeneration[] = []
  gcEnabled = true
  gcCollecting = false
  /** 3.12+: a collection is scheduled for the next eval-breaker check (`_Py_ScheduleGC`). */
  gcPending = false
  garbage: PyList | null = null
  hooks!: InterpHooks
  stdout: string[] = []
  stderr: string[] = []
  maxBytes = 256 * 1024 * 1024
  /** The program's file name as tracebacks and code objects show it. */
  filename = '<program>'
  /**
   * The program's lines when it came from a file (the CLI): tracebacks of 2.7 and 3.10 quote them as
   * CPython does when it can read the script. Null for code without a file (the lab's editor), which
   * CPython shows without source lines, as for `exec`.
   */
  sourceLines: string[] | null = null
  /** The program's source text (the compiler emulation of gc/compiler-allocations.ts reads it). */
  sourceText = ''

  /**
   * The simulated-memory cap: stop the run when the memory held from the (simulated) OS, plus `extra`
   * bytes about to be requested, would pass `maxBytes`. Called by the step budget's poll and before large
   * buffers are made, so one statement (`[0] * 10**9`) cannot exhaust the real machine first.
   */
  guardMemory(extra: number): void {
    const held = this.memory.summary().bytesFromOs
    if (held + extra > this.maxBytes)
      throw new StopRun('MemoryBudgetExceeded', 1, `simulated memory cap of ${this.maxBytes} bytes exceeded`)
  }
  /** Recursion: current Python frame depth and limit. */
  depth = 0
  recursionLimit: number
  /** Objects waiting for the trashcan (deferred deallocation). */
  trash: PyObject[] = []
  trashDepth = 0
  /** Trace recorder hook (null when tracing is off). */
  onAlloc: ((o: PyObject) => void) | null = null
  onFree: ((o: PyObject) => void) | null = null
  /** The trace recorder's event hooks (trace/recorder.ts), null when tracing is off. */
  tracer: TraceHooks | null = null

  constructor(readonly profile: Profile) {
    this.recursionLimit = profile.recursionLimit
    this.memory = createMemory(profile.name)
  }

  /**
   * Give a new object its address and size; link GC types into generation 0. An object whose memory came
   * from a free list was never given to the GC allocator, so generation 0's count does not move
   * (`_PyObject_GC_Alloc` / `_PyObject_GC_Link` are skipped). `inlineValues`: 3.13 instance values capacity.
   */
  born<T extends PyObject>(o: T, kind: string, track: boolean, inlineValues = 0): T {
    const size = allocSize(this, o, inlineValues)
    o.size = size
    const m = this.memory
    o.address = m.allocObject(kind, size)
    if (this.tagOwners) m.setOwner(o.address, String(o.handle))
    if (o.type.isGC) {
      const g0 = this.gens[0]
      // The collection runs before the new object is linked (2.7/3.10 collect inside the allocation), or
      // is only scheduled for the next eval-breaker check (3.12+, see gcBreaker).
      if (!m.lastFromFreeList) this.countGcAllocation(this.profile.gcTrigger !== 'alloc')
      if (track) gcLink(g0.head, o, 0)
    }
    if (this.onAlloc !== null) this.onAlloc(o)
    return o
  }

  /**
   * A 2.7/3.10 frame object made for a frame that already exists: the frame was counted when it was
   * made (interp/frame-memory.ts), so the object is placed and tracked without counting.
   */
  bornUncounted<T extends PyObject>(o: T, kind: string, track: boolean): T {
    const size = allocSize(this, o)
    o.size = size
    o.address = this.memory.allocObject(kind, size)
    if (this.tagOwners) this.memory.setOwner(o.address, String(o.handle))
    if (track) gcLink(this.gens[0].head, o, 0)
    if (this.onAlloc !== null) this.onAlloc(o)
    return o
  }

  /** One allocation of an interpreter-managed GC object that is not a simulated object (a 2.7/3.10 frame). */
  countInterpreterAllocation(): void {
    this.countGcAllocation(this.profile.gcTrigger !== 'alloc')
  }

  /**
   * `n` allocations of the interpreter's own tracked objects that the simulator does not build one by one
   * (gc/startup.ts): generation 0 grows by `n` residents and its count moves as in `_PyObject_GC_Link`.
   * `deferred`: only schedule the collection (3.12+ while no Python code runs); otherwise run it at once.
   */
  interpreterAllocations(n: number, deferred: boolean): void {
    for (let i = 0; i < n; i++) {
      this.gens[0].resident++
      this.countGcAllocation(deferred)
    }
  }

  /**
   * One allocation by the GC allocator (`_PyObject_GC_Alloc` / `_PyObject_GC_Link`): generation 0's count
   * moves and, past its threshold, a collection runs now or (`deferred`, 3.12+) at the next eval-breaker
   * check.
   */
  private countGcAllocation(deferred: boolean): void {
    const g0 = this.gens[0]
    if (++g0.count > g0.threshold && this.gcEnabled && !this.gcCollecting && g0.threshold > 0) {
      if (deferred) this.gcPending = true
      else this.hooks.collect(-1)
    }
  }

  /** Run `fn` with the trace hooks off: what it allocates and frees is the interpreter's, not the program's. */
  untraced(fn: () => void): void {
    const { onAlloc, onFree, tracer } = this
    this.onAlloc = this.onFree = null
    this.tracer = null
    try {
      fn()
    } finally {
      this.onAlloc = onAlloc
      this.onFree = onFree
      this.tracer = tracer
    }
  }

  private readonly madeOnce = new Set<string>()
  /**
   * Interpreter objects made the first time something needs them (see Py_ReprEnter in objects/ops.ts),
   * one per entry of `kinds` ('list', 'dict', ...): each takes its type's free list first, and only a fresh
   * allocation counts in generation 0.
   */
  interpreterObjectsOnce(what: string, kinds: readonly string[]): void {
    if (this.madeOnce.has(what)) return
    this.madeOnce.add(what)
    for (const kind of kinds) {
      if (this.memory.takeFreeListEntry(kind)) this.gens[0].resident++
      else this.interpreterAllocations(1, this.profile.gcTrigger === 'eval-breaker')
    }
  }

  /**
   * 2.7 has no LOAD_METHOD: `obj.meth(...)` makes a bound method (an instancemethod, or a builtin method
   * for a C method) that dies when the call returns. Only its memory and its effect on generation 0's
   * count are modelled (the simulator calls the method directly): its block comes from the type's free
   * list when that has one, and only a fresh allocation counts. Returns the block for `transientFreed`.
   */
  transientBorn(kind: 'method' | 'cfunction'): number {
    const size = fixedSize(
      this.profile.name,
      kind === 'method' ? 'method' : 'builtin_function_or_method',
    ).alloc
    const m = this.memory
    const address = m.allocObject(kind, size)
    if (!m.lastFromFreeList) this.countGcAllocation(false)
    return address
  }

  /** The transient bound method of `transientBorn` dies. */
  transientFreed(kind: 'method' | 'cfunction', address: number): void {
    const size = fixedSize(
      this.profile.name,
      kind === 'method' ? 'method' : 'builtin_function_or_method',
    ).alloc
    this.memory.freeObject(kind, address, size)
    if (!this.memory.lastToFreeList && this.gens[0].count > 0) this.gens[0].count--
  }

  /**
   * The eval breaker's GC request (3.12+ `_Py_HandlePending` -> `_Py_RunGC`): run the scheduled
   * collection. Called after a call returns, on a loop's backward jump and at function entry.
   */
  gcBreaker(): void {
    this.gcPending = false
    if (this.gcEnabled && !this.gcCollecting) this.hooks.collect(-1)
  }

  /** Memory of a dead object goes back to the allocator. */
  freed(o: PyObject, kind: string): void {
    if (o.gcGen >= 0) gcUnlink(o)
    this.memory.freeObject(kind, o.address, o.size)
    // PyObject_GC_Del lowers the count; an object kept on a free list never reaches it. A 2.7/3.10 frame
    // object's count is its frame's (interp/frame-memory.ts).
    if (
      o.type.isGC &&
      !this.memory.lastToFreeList &&
      this.gens[0].count > 0 &&
      !(o.type === this.T.frame && this.profile.heapFrames)
    )
      this.gens[0].count--
    if (this.onFree !== null) this.onFree(o)
  }

  /** An address in the static region for an object CPython never allocates from the heap. */
  staticAddress(nbytes: number): number {
    const a = this.staticNext
    this.staticNext += (nbytes + 15) & ~15
    return a
  }

  immortalize(o: PyObject): void {
    if (this.profile.immortalRefcnt !== null) o.immortal = true
    o.refcnt = IMMORTAL_BASE
  }

  // ---- constructors (each returns a new reference) ----

  int(v: number | bigint): PyInt {
    if (typeof v === 'number') {
      if (v >= -5 && v <= 256 && Number.isInteger(v)) return incref(this.smallInts[v + 5])
    } else if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER))
      return this.int(Number(v))
    const t = this.profile.py2 && !fitsInt64(v) ? this.T.long : this.T.int
    // 2.7 `int` objects come from intobject.c's block allocator ('int'); longs and 3.x ints from pymalloc.
    return this.born(new PyInt(t, v), t === this.T.int && this.profile.py2 ? 'int' : 'other', false)
  }

  /** 2.7: results of long arithmetic stay long. */
  long(v: number | bigint): PyInt {
    if (!this.profile.py2) return this.int(v)
    if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER))
      v = Number(v)
    return this.born(new PyInt(this.T.long, v), 'other', false)
  }

  bool(b: boolean): PyInt {
    return incref(b ? this.True : this.False)
  }

  float(v: number): PyFloat {
    return this.born(new PyFloat(this.T.float, v), 'float', false)
  }

  str(v: string): PyStr {
    if (v.length === 0) return incref(this.emptyStr)
    if (v.length === 1 && v.charCodeAt(0) < 256) {
      const c = this.chars.get(v)
      if (c !== undefined) return incref(c)
      // The latin-1 character cache: created once and never freed (static objects on 3.12+).
      const s = new PyStr(this.T.str, v)
      s.address = this.staticAddress(64)
      this.immortalize(s)
      this.chars.set(v, s)
      s.size = allocSize(this, s)
      return incref(s)
    }
    return this.born(new PyStr(this.T.str, v), 'str', false)
  }

  /** An interned string (identifiers, names, attribute keys). */
  intern(v: string): PyStr {
    const s = this.interned.get(v)
    if (s !== undefined) return incref(s)
    const n = v.length <= 1 ? this.str(v) : this.born(new PyStr(this.T.str, v), 'str', false)
    n.interned = true
    if (this.profile.internImmortal) this.immortalize(n)
    else n.refcnt++ // the interned table's reference
    this.interned.set(v, n)
    return n
  }

  typedStr(t: PyType, v: string): PyStr {
    if (t === this.T.str) return this.str(v)
    return this.born(new PyStr(t, v), 'str', false)
  }

  /**
   * A string built into a new buffer (PyUnicode_New / 2.7 PyString_FromStringAndSize(NULL, n)): a new
   * object even for one latin-1 character, which would otherwise be the cached one; '' stays shared.
   */
  freshStr(t: PyType, v: string): PyStr {
    if (v.length === 0) return this.typedStr(t, v)
    return this.born(new PyStr(t, v), 'str', false)
  }

  /** Takes ownership of `items`. */
  tuple(items: PyObject[]): PyTuple {
    if (items.length === 0) return incref(this.emptyTuple)
    return this.born(new PyTuple(this.T.tuple, items), tupleKind(items.length), true)
  }

  /** Takes ownership of `items`. */
  list(items: PyObject[]): PyList {
    const l = this.born(new PyList(this.T.list, items), 'list', true)
    // PyList_New(n): the header, then an item array of exactly n (NULL for an empty list).
    const n = items.length
    if (n > 0) {
      l.allocated = n
      l.itemsAddress = this.memory.mallocMem(8 * n)
    }
    return l
  }

  dict(): PyDict {
    const d = this.born(new PyDict(this.T.dict), 'dict', false)
    dictBorn(d)
    return d
  }

  set(frozen = false): PySet {
    return this.born(new PySet(frozen ? this.T.frozenset : this.T.set), 'set', true)
  }

  cell(ref: PyObject | null): PyCell {
    return this.born(new PyCell(this.T.cell, ref), 'other', true)
  }

  builtin(name: string, fn: NativeFn, self: PyObject | null = null): PyBuiltin {
    if (self !== null) incref(self)
    return this.born(new PyBuiltin(this.T.builtin_function_or_method, name, fn, self), 'cfunction', true)
  }

  instance(t: PyType): PyInstance {
    const o = t.isException ? new PyExc(t) : new PyInstance(t)
    incref(t)
    if (t.allSlots.length > 0) o.slots = t.allSlots.map(() => null)
    // 3.x classes share their instances' dict keys (ht_cached_keys); 3.12+ sizes each new instance's
    // values from them (3.13 embeds the values in the object).
    const shares = !this.profile.py2 && t.hasDict && !t.isException
    const inlineValues = shares ? sharedKeysOf(t).onInstanceCreated() : 0
    this.born(o, 'other', true, inlineValues)
    // No __dict__ yet: 2.7/3.10 make it on the first attribute store or `__dict__` use
    // (_PyObject_GetDictPtr + PyDict_New / _PyObjectDict_SetItem), see instanceDict.
    return o
  }

  /** Make a dict GC-tracked (CPython tracks a dict once a container is stored in it). */
  maybeTrackDict(d: PyDict, v: PyObject): void {
    // _PyObject_GC_MAY_BE_TRACKED: a GC object — a static (builtin) type is none (type_is_gc) — that is,
    // for a tuple, still tracked.
    if (d.gcGen >= 0 || d.inline || !v.type.isGC) return
    if (v instanceof PyTuple ? v.gcGen < 0 : v instanceof PyType && v.builtin) return
    gcLink(this.gens[0].head, d, 0)
  }

  /** Materialise an instance `__dict__` (3.12+: inline values become a dict on first `__dict__` use). */
  instanceDict(o: PyInstance, materialize = false): PyDict {
    if (o.dict === null) {
      if (this.profile.instanceDictAllocated || materialize) {
        o.dict = this.dict()
        if (!this.profile.py2 && !o.type.isException) o.dict.shared = sharedKeysOf(o.type)
        // 3.13: even an instance without attributes has its (empty) values array embedded.
        if (!this.profile.instanceDictAllocated && this.profile.version[1] >= 13)
          o.dict.embedded = o.dict.shared !== null
      } else {
        // 3.12+ inline values: attribute storage inside the object, not a separate GC object.
        const d = new PyDict(this.T.dict)
        d.inline = true
        if (!o.type.isException) d.shared = sharedKeysOf(o.type)
        o.dict = d
      }
    } else if (materialize && o.dict.inline) {
      o.dict.inline = false
      // 3.13 make_dict_from_instance_attributes: the dict uses the instance's values where they are.
      o.dict.embedded = !this.profile.py2 && this.profile.version[1] >= 13 && o.dict.shared !== null
      this.born(o.dict, 'dict', false)
      dictBorn(o.dict)
      for (const e of o.dict.map.values()) if (o.dict.gcGen < 0) this.maybeTrackDict(o.dict, e.value)
    }
    return o.dict
  }

  immortalOrCount(o: PyObject): number {
    return o.immortal && this.profile.immortalRefcnt !== null ? this.profile.immortalRefcnt : o.refcnt
  }
}

/** Start of the static region (model-only): CPython's static objects live in the binary's data. */
export const STATIC_BASE = 0x555555800000

const TUPLE_KINDS: string[] = []
for (let n = 0; n <= 20; n++) TUPLE_KINDS.push('tuple:' + n)

/** The free-list kind of an exact tuple of n items (the allocator knows which sizes have a list). */
export function tupleKind(n: number): string {
  return n <= 20 ? TUPLE_KINDS[n] : 'other'
}

export function fitsInt64(v: number | bigint): boolean {
  if (typeof v === 'number') return true
  return v >= -(1n << 63n) && v < 1n << 63n
}

/** Link `o` at the end of the generation list `head` (allocation order). */
export function gcLink(head: PyObject, o: PyObject, gen: number): void {
  const last = head.gcPrev as PyObject
  o.gcPrev = last
  o.gcNext = head
  last.gcNext = o
  head.gcPrev = o
  o.gcGen = gen
  traceMark(o)
}

export function gcUnlink(o: PyObject): void {
  ;(o.gcPrev as PyObject).gcNext = o.gcNext
  ;(o.gcNext as PyObject).gcPrev = o.gcPrev
  o.gcPrev = o.gcNext = null
  o.gcGen = -1
  traceMark(o)
}

/** The current runtime. */
export let R: Runtime

export function setRuntime(r: Runtime): void {
  R = r
}

export { PyCell }
