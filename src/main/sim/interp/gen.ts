/**
 * Generators (Objects/genobject.c): calling a generator function makes a generator object that owns the
 * suspended frame; `next()` resumes it until the next `yield` (the yielded value is a new reference for the
 * consumer) or until it returns (StopIteration, frame released). A generator that dies unfinished is closed:
 * its frame's locals are released then.
 *
 * Simplifications:
 * - `close()` on an unfinished generator does not run its `finally` blocks (no GeneratorExit is thrown in).
 * - `send()` and `throw()` are not supported.
 */
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { PyFunction, PyNative } from '../objects/types'
import { addTraceback, ctl, enterFrame } from './call'
import type { Frame } from './frame'

interface GenState {
  frame: Frame
  it: Generator<PyObject, number, PyObject> | null
  running: boolean
  done: boolean
  release: () => void
}

export function makeGenerator(fn: PyFunction, f: Frame): PyObject {
  const st: GenState = {
    frame: f,
    it: null,
    running: false,
    done: false,
    release: () => {
      if (!st.done) {
        st.done = true
        if (st.it !== null) {
          try {
            st.it.return(0)
          } catch {
            /* ignore errors while closing */
          }
        }
        f.finish()
      }
    },
  }
  const g = new PyNative(R.T.generator, [], null, 0, st)
  ;(g as unknown as { qualname: string }).qualname = (
    fn.code.info as unknown as { qualname: string }
  ).qualname
  return R.born(g, 'other', true)
}

/** Resume a generator: the next value (new reference) or null when it finished. */
export function genNext(g: PyObject): PyObject | null {
  const st = (g as PyNative).extra as GenState
  if (st.done) return null
  if (st.running) raise('ValueError', 'generator already executing')
  const f = st.frame
  if (st.it === null) st.it = (f.code.run as (f: Frame) => Generator<PyObject, number, PyObject>)(f)
  st.running = true
  const prev = ctl.current
  enterFrame()
  ctl.current = f
  try {
    const r = st.it.next(incref(R.None))
    if (r.done) {
      st.done = true
      if (f.ret !== null) {
        decref(f.ret)
        f.ret = null
      }
      f.finish()
      return null
    }
    return r.value
  } catch (e) {
    st.done = true
    if (e instanceof PyError) {
      addTraceback(e, f)
      f.finish()
      if (e.exc.type === R.E.StopIteration && !R.profile.py2) {
        decref(e.exc)
        raise('RuntimeError', 'generator raised StopIteration')
      }
    } else f.finish()
    throw e
  } finally {
    st.running = false
    ctl.current = prev
    R.depth--
  }
}
