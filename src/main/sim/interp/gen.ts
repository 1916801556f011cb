/**
 * Generators (Objects/genobject.c): calling a generator function makes a generator object that owns the
 * suspended frame; `next()` resumes it until the next `yield` (the yielded value is a new reference for the
 * consumer) or until it returns (StopIteration, frame released). A generator that dies unfinished is closed:
 * its frame's locals are released then.
 *
 * Simplifications:
 * - A generator's `return value` is not carried by the StopIteration that send()/next() raise.
 * - A suspended generator is closed when it is deallocated; CPython 3.x closes one found in a garbage
 *   cycle earlier, with the other finalizers (PEP 442).
 */
import { PyObject, decref, incref } from '../objects/object'
import { repr } from '../objects/ops'
import { PyError, R } from '../objects/runtime'
import { newExc, raise } from '../objects/errors'
import { PyExc, PyFunction, PyNative, PyType, type NativeFn } from '../objects/types'
import { addTraceback, ctl, enterFrame } from './call'
import type { Frame } from './frame'
import { resetExcInfo } from './exc-info-py2'
import { defineMethod } from './methods'

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
    // A generator that dies suspended is closed (_PyGen_Finalize): GeneratorExit is thrown in, and an
    // error it raises (or "generator ignored GeneratorExit") is unraisable. gen_dealloc then clears the
    // frame if closing left it alive (3.11+ just-created generators).
    release: () => {
      finalizeGenerator(g)
      if (!st.frame.finished) st.frame.finish()
    },
  }
  const held = generatorRefs(fn, f)
  const g: PyObject = new PyNative(R.T.generator, held, null, 0, st)
  ;(g as unknown as { qualname: string }).qualname = (
    fn.code.info as unknown as { qualname: string }
  ).qualname
  return R.born(g, 'other', true)
}

/**
 * What a generator references, in gen_traverse's order (the collector and gc.get_referents see them).
 * 2.7/3.10: its frame object (gi_frame, a GC object of its own: interp/frame-memory.ts) and gi_code
 * (3.10 also gi_name, gi_qualname). 3.11+ embeds the frame: gi_name, gi_qualname, then the frame's
 * f_funcobj and code (its locals follow, from the Frame). Index 0 (2.7/3.10) or 2 (3.11+) is the
 * reference the frame holds and drops when it finishes (finishFrame).
 */
function generatorRefs(fn: PyFunction, f: Frame): (PyObject | null)[] {
  const p = R.profile
  if (p.heapFrames) {
    const held: (PyObject | null)[] = [f.object(), incref(fn.code)]
    f.ownsObject = false
    if (!p.py2) held.push(incref(fn.name), incref(fn.name))
    return held
  }
  return [incref(fn.name), incref(fn.name), incref(fn), incref(fn.code)]
}

/**
 * 2.7 PyGen_NeedsFinalizing: a generator suspended inside a try block (not just loops) would run code when
 * closed, so the 2.7 collector treats it like an object with `__del__` (uncollectable, to gc.garbage).
 */
export function generatorNeedsFinalizing(g: PyObject): boolean {
  const st = (g as PyNative).extra as GenState
  return st.it !== null && !st.done && !st.running && st.frame.tryBlocks > 0
}

/** The entry of generatorRefs that the frame owns. */
function frameRefIndex(): number {
  return R.profile.heapFrames ? 0 : 2
}

/**
 * _PyGen_Finalize: a generator that dies suspended is closed (GeneratorExit thrown in; an error is
 * unraisable). Called when it is deallocated, and on 3.x by the collector's finalize_garbage (PEP 442)
 * for a generator found in garbage.
 */
export function finalizeGenerator(g: PyObject): void {
  const st = (g as PyNative).extra as GenState
  if (st.done) return
  if (st.it === null || st.running) {
    st.done = true
    if (st.it === null && closeKeepsFrame()) return
    finishFrame(g)
    return
  }
  try {
    genClose(g)
  } catch (e) {
    if (!(e instanceof PyError)) throw e
    R.hooks.unraisable(e, repr(g))
  }
  if (!st.done) {
    st.done = true
    finishFrame(g)
  }
}

/**
 * The generator's frame is done: it finishes, and (2.7/3.10) the generator lets go of its frame object
 * (gen_send_ex: `gen->gi_frame = NULL; Py_DECREF(f)`), which dies unless a traceback still holds it.
 */
function finishFrame(g: PyObject): void {
  const st = (g as PyNative).extra as GenState
  if (!st.frame.finished) st.frame.finish()
  const held = (g as PyNative).held
  const i = frameRefIndex()
  const fo = held.length > i ? held[i] : null
  if (fo !== null) {
    held[i] = null
    decref(fo)
  }
}

/**
 * 3.11+ gen_close on a just-created generator (FRAME_CREATED) only marks it completed: its frame, with
 * the arguments, lives on until the generator is deallocated (or, in a garbage cycle, until tp_clear of
 * another member frees it). Before 3.11 closing throws GeneratorExit into the frame, which finishes it.
 */
function closeKeepsFrame(): boolean {
  return !R.profile.py2 && R.profile.version[1] >= 11
}

/** Resume a generator: the next value (new reference) or null when it finished. */
export function genNext(g: PyObject): PyObject | null {
  return resume(g, (it) => it.next(incref(R.None)))
}

/** generator.send(v) (gen_send_ex): resume with `v` as the value of the suspended yield. */
export function genSend(g: PyObject, v: PyObject): PyObject | null {
  const st = (g as PyNative).extra as GenState
  if (st.it === null && !st.done && v !== R.None)
    raise('TypeError', "can't send non-None value to a just-started generator")
  return resume(g, (it) => it.next(incref(v)))
}

/**
 * generator.throw(exc) (_gen_throw): raise `exc` (owned) at the suspended yield. A generator that has
 * finished raises it at once; one that has not started runs its frame with the exception pending, so
 * the frame raises it before its first line: the traceback gets an entry for the generator's frame
 * (which then keeps the arguments alive as long as the traceback lives).
 */
export function genThrow(g: PyObject, exc: PyExc): PyObject | null {
  const st = (g as PyNative).extra as GenState
  if (st.done) throw new PyError(exc)
  return resume(g, (it) => it.throw(new PyError(exc)))
}

/**
 * generator.close() (gen_close): throw GeneratorExit in; the generator must finish or raise it back. If
 * it yields instead: RuntimeError "generator ignored GeneratorExit".
 */
export function genClose(g: PyObject): void {
  const st = (g as PyNative).extra as GenState
  if (st.done) return
  if (st.it === null) {
    if (closeKeepsFrame()) st.done = true
    else st.release()
    return
  }
  let r: PyObject | null
  try {
    r = genThrow(g, newExc(R.E.GeneratorExit, []))
  } catch (e) {
    if (e instanceof PyError && (e.exc.type === R.E.GeneratorExit || e.exc.type === R.E.StopIteration)) {
      decref(e.exc)
      return
    }
    throw e
  }
  if (r !== null) {
    decref(r)
    raise('RuntimeError', 'generator ignored GeneratorExit')
  }
}

function resume(
  g: PyObject,
  step: (it: Generator<PyObject, number, PyObject>) => IteratorResult<PyObject, number>,
): PyObject | null {
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
    const r = step(st.it)
    if (r.done) {
      st.done = true
      if (f.ret !== null) {
        decref(f.ret)
        f.ret = null
      }
      finishFrame(g)
      return null
    }
    // 2.7 fast_yield: a generator that caught an exception gives the thread state its old one back.
    if (f.excSaved !== null) resetExcInfo(f)
    return r.value
  } catch (e) {
    st.done = true
    if (e instanceof PyError) {
      addTraceback(e, f)
      finishFrame(g)
      if (e.exc.type === R.E.StopIteration && !R.profile.py2) {
        decref(e.exc)
        raise('RuntimeError', 'generator raised StopIteration')
      }
    } else finishFrame(g)
    throw e
  } finally {
    st.running = false
    ctl.current = prev
    R.depth--
  }
}

/** send, throw and close on the generator type (gen_methods in Objects/genobject.c). */
export function installGeneratorMethods(): void {
  const t = R.T.generator
  const method = (name: string, fn: NativeFn): void => defineMethod(t, name, fn)
  const finished = (r: PyObject | null): PyObject => {
    if (r === null) raise('StopIteration', null)
    return r
  }
  method('send', (a, _k, self) => {
    if (a.length !== 1) raise('TypeError', `send() takes exactly one argument (${a.length} given)`)
    return finished(genSend(self as PyObject, a[0]))
  })
  method('throw', (a, _k, self) => {
    if (a.length < 1 || a.length > 3)
      raise('TypeError', `throw expected at least 1 argument, got ${a.length}`)
    return finished(genThrow(self as PyObject, exceptionToThrow(a[0], a[1] ?? null)))
  })
  method('close', (_a, _k, self) => {
    genClose(self as PyObject)
    return incref(R.None)
  })
}

/** throw(type[, value]) or throw(instance): the exception instance to raise (new reference). */
function exceptionToThrow(typ: PyObject, value: PyObject | null): PyExc {
  if (typ instanceof PyExc) return incref(typ)
  if (typ instanceof PyType && typ.isException) {
    const args = value === null || value === R.None ? [] : [incref(value)]
    const e = R.hooks.call(typ, args)
    if (!(e instanceof PyExc)) {
      decref(e)
      raise('TypeError', 'calling the exception type did not return an exception')
    }
    return e
  }
  raise(
    'TypeError',
    R.profile.py2
      ? `exceptions must be old-style classes or derived from BaseException, not ${typ.type.name}`
      : 'exceptions must be classes or instances deriving from BaseException, not ' + typ.type.name,
  )
}
