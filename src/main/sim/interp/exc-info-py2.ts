/**
 * Python 2.7's "exception being handled" (Python/ceval.c `set_exc_info`, `reset_exc_info`): the thread
 * state holds (exc_type, exc_value, exc_traceback), and for backwards compatibility the sys module holds
 * the same three objects again as `sys.exc_type`, `sys.exc_value`, `sys.exc_traceback`
 * (`PySys_SetObject`). So a caught exception, its class and its traceback each carry two references more
 * than on 3.x while they are current, and they stay current after the handler ends, until the frame that
 * caught them returns.
 *
 *   entering an `except` block (even one whose clauses do not match): set_exc_info
 *     - the first time in this frame, the frame saves the thread state's triple (f_exc_type/value/tb;
 *       a missing type is saved as None);
 *     - the thread state, then sys, take the new triple (old ones released type, value, traceback).
 *   the frame returns or yields (after catching something): reset_exc_info
 *     - the thread state, then sys, get the saved triple back (sys deletes its keys for a missing one);
 *     - the frame's saved triple is released.
 *
 * `finally` blocks do not touch it. A bare `raise` re-raises the thread state's exception.
 *
 * Simplifications:
 * - sys's three entries are modelled as references only (the sys module's dict does not show the keys).
 */
import { PyObject, decref, incref } from '../objects/object'
import { R, type Runtime } from '../objects/runtime'
import type { PyExc } from '../objects/types'
import type { Frame } from './frame'

/** One (type, value, traceback) triple; null: NULL. */
export interface ExcTriple {
  type: PyObject | null
  value: PyObject | null
  tb: PyObject | null
}

/** The thread state's and the sys module's triples (always the same objects, each holding a reference). */
interface ExcInfoState {
  runtime: Runtime
  tstate: ExcTriple
  sys: ExcTriple
}

let state: ExcInfoState | null = null

function current(): ExcInfoState {
  if (state === null || state.runtime !== R)
    state = {
      runtime: R,
      tstate: { type: null, value: null, tb: null },
      sys: { type: null, value: null, tb: null },
    }
  return state
}

function xincref(o: PyObject | null): PyObject | null {
  if (o !== null) incref(o)
  return o
}

function xdecref(o: PyObject | null): void {
  if (o !== null) decref(o)
}

/** Store a triple into `slot` (new references taken; the old ones released type, value, traceback). */
function assign(slot: ExcTriple, t: ExcTriple): void {
  const old = { type: slot.type, value: slot.value, tb: slot.tb }
  slot.type = xincref(t.type)
  slot.value = xincref(t.value)
  slot.tb = xincref(t.tb)
  xdecref(old.type)
  xdecref(old.value)
  xdecref(old.tb)
}

/** PySys_SetObject for the three names, one after another (each replaces and releases its old value). */
function assignSys(slot: ExcTriple, t: ExcTriple): void {
  for (const k of ['type', 'value', 'tb'] as const) {
    const old = slot[k]
    slot[k] = xincref(t[k])
    xdecref(old)
  }
}

/** set_exc_info: `exc` (with its traceback so far) becomes the exception being handled in frame `f`. */
export function setExcInfo(f: Frame, exc: PyExc): void {
  const st = current()
  if (f.excSaved === null) {
    const t = st.tstate
    if (t.type === null) t.type = incref(R.None)
    f.excSaved = { type: incref(t.type), value: xincref(t.value), tb: xincref(t.tb) }
  }
  const triple = { type: exc.type as PyObject, value: exc as PyObject, tb: exc.traceback as PyObject | null }
  assign(st.tstate, triple)
  assignSys(st.sys, triple)
}

/** reset_exc_info, when frame `f` returns or yields: the triple saved when it first caught comes back. */
export function resetExcInfo(f: Frame): void {
  const s = f.excSaved
  if (s === null) return
  const st = current()
  assign(st.tstate, s)
  // PySys_SetObject(name, NULL) deletes the entry; the saved type None is stored as None.
  assignSys(st.sys, s)
  f.excSaved = null
  xdecref(s.type)
  xdecref(s.value)
  xdecref(s.tb)
}

/** The exception a bare `raise` re-raises (the thread state's exc_value), or null when there is none. */
export function handledExc(): PyExc | null {
  const v = current().tstate.value
  return v === null || v === R.None ? null : (v as PyExc)
}

/** The thread state's (type, value, traceback), borrowed: what sys.exc_info() returns. */
export function threadExcTriple(): ExcTriple {
  return current().tstate
}

/** The traceback of the exception being handled (borrowed), or null. */
export function handledTraceback(): PyObject | null {
  return current().tstate.tb
}
