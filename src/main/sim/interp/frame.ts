/**
 * Frames: the activation record of a running code object (`PyFrameObject` before 3.11, `_PyInterpreterFrame`
 * after). A frame owns references to its fast locals and cells; when it finishes they are released in slot
 * order, unless a traceback captured the frame, in which case the frame *object* keeps them alive until the
 * traceback dies (this is why an exception can keep a callee's locals alive).
 *
 * Simplifications:
 * - The value stack is the JS stack of the compiled closures; temporaries are JS locals that hold owned
 *   references, which is what CPython's stack slots are.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import type { CodeInfo, PyCell, PyDict, PyExc, PyFunction } from '../objects/types'
import { PyNative } from '../objects/types'
import { resetExcInfo, type ExcTriple } from './exc-info-py2'
import { frameAllocated, frameReleased } from './frame-memory'

/**
 * Shared, frozen empty arrays for a frame with no cells or no exception being handled: most calls need
 * neither, and not allocating two arrays per call keeps the call path light. Code that adds cells or
 * handled exceptions gives the frame its own array first (a push onto these throws).
 */
export const NO_CELLS: PyCell[] = Object.freeze([]) as unknown as PyCell[]
export const NO_HANDLED: PyExc[] = Object.freeze([]) as unknown as PyExc[]
export const NO_STACK: PyObject[] = Object.freeze([]) as unknown as PyObject[]

/** Finished frames kept per code object for reuse (deeper recursion allocates the rest). */
const FRAME_POOL_MAX = 32

export class Frame {
  // Fields are assigned in the constructor so every frame shares one V8 shape.
  declare locals: (PyObject | null)[]
  declare cells: PyCell[]
  /** Class-body namespace (LOAD_NAME/STORE_NAME); null in functions and the module (which uses globals). */
  declare ns: PyDict | null
  declare line: number
  declare ret: PyObject | null
  /** Frame object, created when a traceback or sys._getframe needs one; holds one "executing" reference. */
  declare frameObj: PyNative | null
  /** Exceptions being handled (innermost last). */
  declare handled: PyExc[]
  /** 2.7: the thread state's exception triple saved when this frame first caught one (f_exc_*). */
  declare excSaved: ExcTriple | null
  declare finished: boolean
  /** 2.7/3.10: the frame's own heap block (interp/frame-memory.ts); 0 when it has none or it died. */
  declare block: number
  /** False when a generator owns the frame object's reference instead of this (running) frame. */
  declare ownsObject: boolean
  /**
   * Value-stack entries the collector must see in a generator's frame: the iterators of the `for` loops it
   * is suspended in (each entry owns its reference; the loop borrows it).
   */
  declare stack: PyObject[]
  /** Generators: try blocks (SETUP_EXCEPT/SETUP_FINALLY) active at the suspended point (2.7 PyGen_NeedsFinalizing). */
  declare tryBlocks: number
  declare readonly code: CodeInfo
  declare readonly globals: PyDict
  declare readonly func: PyFunction | null
  declare readonly back: Frame | null
  constructor(code: CodeInfo, globals: PyDict, func: PyFunction | null, back: Frame | null) {
    const n = code.nlocals
    const l: (PyObject | null)[] = new Array(n)
    for (let i = 0; i < n; i++) l[i] = null
    this.locals = l
    this.cells = NO_CELLS
    this.ns = null
    this.line = 0
    this.ret = null
    this.frameObj = null
    this.handled = NO_HANDLED
    this.excSaved = null
    this.finished = false
    this.block = 0
    this.ownsObject = true
    this.stack = NO_STACK
    this.tryBlocks = 0
    const self = this as { code: CodeInfo; globals: PyDict; func: PyFunction | null; back: Frame | null }
    self.code = code
    self.globals = globals
    self.func = func
    self.back = back
  }

  /**
   * A finished frame of `code`, ready for another call (CPython 2.7's zombie frame, `co_zombieframe`,
   * kept per code object; here a short stack of them, so recursion reuses frames too), or a new one.
   * Only a frame nothing can still see is recycled (see `recycle`).
   */
  static make(code: CodeInfo, globals: PyDict, func: PyFunction | null, back: Frame | null): Frame {
    const pool = code.framePool
    if (pool !== undefined && pool.length > 0) {
      const f = pool.pop() as Frame
      const self = f as { globals: PyDict; func: PyFunction | null; back: Frame | null }
      self.globals = globals
      self.func = func
      self.back = back
      f.block = frameAllocated(code)
      return f
    }
    const f = new Frame(code, globals, func, back)
    f.block = frameAllocated(code)
    return f
  }

  /**
   * Return a finished frame to its code object's pool. Only when no frame object was made for it (a
   * traceback, sys._getframe or a generator could still reach it) and no trace is recording (the
   * recorder remembers frames). Its locals and cells were released by `finish`.
   */
  recycle(): void {
    if (this.frameObj !== null || R.tracer !== null) return
    const code = this.code
    const pool = (code.framePool ??= [])
    if (pool.length >= FRAME_POOL_MAX) return
    this.ns = null
    this.line = 0
    this.ret = null
    this.handled = NO_HANDLED
    this.excSaved = null
    this.finished = false
    this.cells = NO_CELLS
    this.stack = NO_STACK
    this.tryBlocks = 0
    ;(this as { back: Frame | null }).back = null
    pool.push(this)
  }

  /** The frame object (created on demand). Returns a borrowed reference. */
  object(): PyNative {
    if (this.frameObj === null) {
      const fo = new PyNative(R.T.frame, [], null, 0, { frame: this, release: () => this.died() })
      this.frameObj = R.profile.heapFrames ? R.bornUncounted(fo, 'other', true) : R.born(fo, 'other', true)
    }
    return this.frameObj
  }

  /** frame_clear (the collector's tp_clear on a 2.7/3.10 frame object): value stack, locals and cells go. */
  clear(): void {
    const st = this.stack
    this.stack = NO_STACK
    for (let i = st.length - 1; i >= 0; i--) decref(st[i])
    this.releaseLocals()
  }

  /** frame_dealloc: locals and cells go, then (2.7/3.10) the frame's block becomes a zombie or is freed. */
  died(): void {
    this.releaseLocals()
    const b = this.block
    this.block = 0
    frameReleased(this.code, b)
  }

  /** Drop every local and cell (frame_dealloc / _PyFrame_ClearExceptCode order: slots first, then cells). */
  releaseLocals(): void {
    const l = this.locals
    for (let i = 0; i < l.length; i++) {
      const v = l[i]
      if (v !== null) {
        l[i] = null
        decref(v)
      }
    }
    const c = this.cells
    this.cells = NO_CELLS
    for (let i = 0; i < c.length; i++) decref(c[i])
  }

  /** The frame is done executing: release locals now, or hand them to the frame object if one exists. */
  finish(): void {
    this.finished = true
    // 2.7 reset_exc_info: the exception this frame handled leaves sys.exc_info when the frame returns.
    if (this.excSaved !== null) resetExcInfo(this)
    const fo = this.frameObj
    if (fo === null) {
      this.died()
      return
    }
    if (this.ownsObject) decref(fo)
  }
}

export function keep<T extends PyObject>(o: T): T {
  return incref(o)
}

/**
 * 3.x: `exc` (borrowed) becomes the exception being handled in `f` (exc_info, for an except or finally
 * block). 3.10's `_PyErr_StackItem` also holds the exception's type (`exc_type`, a reference of its own);
 * 3.11+ keeps only the value.
 */
export function pushHandled(f: Frame, exc: PyExc): void {
  if (f.handled === NO_HANDLED) f.handled = []
  f.handled.push(exc)
  if (R.profile.version[1] <= 10) incref(exc.type)
}

/** The handler ended (POP_EXCEPT): 3.10 releases the type first; the caller releases the value after. */
export function popHandled(f: Frame): void {
  const exc = f.handled.pop() as PyExc
  if (R.profile.version[1] <= 10) decref(exc.type)
}
