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

export class Frame {
  locals: (PyObject | null)[]
  cells: PyCell[]
  /** Class-body namespace (LOAD_NAME/STORE_NAME); null in functions and the module (which uses globals). */
  ns: PyDict | null = null
  line = 0
  ret: PyObject | null = null
  /** Frame object, created when a traceback or sys._getframe needs one; holds one "executing" reference. */
  frameObj: PyNative | null = null
  /** Exceptions being handled (innermost last); owned references. */
  handled: PyExc[] = []
  /** 2.7: the exception sys.exc_info() reports after a handler finished, until the frame returns. */
  lastExc: PyExc | null = null
  /** 2.7: the traceback of lastExc (Python 2 exceptions do not own their traceback). */
  lastTb: PyObject | null = null
  finished = false
  constructor(
    readonly code: CodeInfo,
    readonly globals: PyDict,
    readonly func: PyFunction | null,
    readonly back: Frame | null,
  ) {
    this.locals = new Array(code.nlocals).fill(null)
    this.cells = []
  }

  /** The frame object (created on demand). Returns a borrowed reference. */
  object(): PyNative {
    if (this.frameObj === null) {
      const fo = new PyNative(R.T.frame, [], null, 0, { frame: this, release: () => this.releaseLocals() })
      this.frameObj = R.born(fo, 'other', true)
    }
    return this.frameObj
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
    this.cells = []
    for (let i = 0; i < c.length; i++) decref(c[i])
    if (this.lastExc !== null) {
      const e = this.lastExc
      this.lastExc = null
      decref(e)
    }
  }

  /** The frame is done executing: release locals now, or hand them to the frame object if one exists. */
  finish(): void {
    this.finished = true
    // 2.7 reset_exc_info: the exception this frame handled leaves sys.exc_info when the frame returns.
    if (this.lastExc !== null) {
      const e = this.lastExc
      this.lastExc = null
      decref(e)
    }
    if (this.lastTb !== null) {
      const t = this.lastTb
      this.lastTb = null
      decref(t)
    }
    const fo = this.frameObj
    if (fo === null) {
      this.releaseLocals()
      return
    }
    decref(fo)
  }
}

export function keep<T extends PyObject>(o: T): T {
  return incref(o)
}
