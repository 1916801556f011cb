/**
 * Calling: how arguments travel from the caller's evaluation stack into a new frame.
 *
 *   before 3.11 (2.7, 3.10)       caller stack keeps its references during the call; the callee frame
 *                                 takes new ones (`_PyEval_EvalCode` / `PyEval_EvalCodeEx`: Py_INCREF)
 *   3.11+ (3.12, 3.13)            a Python-to-Python call moves the stack references into the callee frame
 *                                 (`_PyEvalFramePushAndInit` steals them)
 *   from C (type_call, sorted's key, __del__, ...)   always: the C caller owns them, the frame increfs.
 *
 * Extra positional arguments are packed into the `*args` tuple, extra keywords into the `**kwargs` dict,
 * defaults are new references from `__defaults__`. Cells for parameters captured by inner functions are made
 * at frame start (MAKE_CELL), moving the argument into the cell.
 *
 * Simplifications:
 * - Error messages for bad calls follow 3.x wording on every profile.
 */
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R, StopRun } from '../objects/runtime'
import { newExc, raise } from '../objects/errors'
import { dictSetStr, hashKey } from '../objects/ops'
import {
  PyBuiltin,
  PyCell,
  PyDict,
  PyFunction,
  PyMethod,
  PyStr,
  PyTuple,
  PyType,
  type CodeInfo,
} from '../objects/types'
import { Frame } from './frame'
import {
  callAllocations,
  releaseCallAllocations,
  releaseUnboundCallAllocations27,
  takePackedByC,
  unboundCallAllocations27,
  type CallAllocs,
} from './calling-conventions'

export interface Kw {
  names: string[]
  /** Owned like the positional arguments. */
  values: PyObject[]
  /** Some came from `**mapping`. */
  starred?: boolean
}

export type BodyRunner = (f: Frame) => PyObject

let typeCaller: (t: PyType, args: PyObject[], kw: Kw | null, site: { n: number } | null) => PyObject = () => {
  throw new Error('type call not installed')
}
export function setTypeCaller(f: typeof typeCaller): void {
  typeCaller = f
}

let genMaker: (fn: PyFunction, f: Frame) => PyObject = () => {
  throw new Error('generators not installed')
}
export function setGeneratorMaker(f: typeof genMaker): void {
  genMaker = f
}

export const ctl = {
  current: null as Frame | null,
}

/**
 * Call any callable. Consumes `args` and `kw.values` (owned references). `transfer` says whether the call
 * comes from Python bytecode on a 3.11+ profile (arguments move into the frame).
 */
export function call(
  callable: PyObject,
  args: PyObject[],
  kw: Kw | null,
  transfer: boolean,
  site: { n: number } | null = null,
): PyObject {
  if (callable instanceof PyFunction) return callFunction(callable, args, kw, transfer, 0)
  if (callable instanceof PyMethod) {
    const prof = R.profile
    if (prof.boundMethodSelf === 'borrow-self' || !transfer) {
      // method_vectorcall lends __self__ to the function without a reference (3.10), or a C caller does.
      if (prof.boundMethodSelf === 'borrow-self' && callable.func instanceof PyFunction) {
        args.unshift(callable.self)
        return callFunction(callable.func, args, kw, false, 1)
      }
      args.unshift(incref(callable.self))
      const fn = callable.func
      return call(fn, args, kw, false)
    }
    args.unshift(incref(callable.self))
    return call(callable.func, args, kw, transfer)
  }
  if (callable instanceof PyBuiltin) {
    let kwm: Map<string, PyObject> | null = null
    if (kw !== null) {
      kwm = new Map()
      for (let i = 0; i < kw.names.length; i++) kwm.set(kw.names[i], kw.values[i])
    }
    // The argument tuple / keyword dict of its calling convention (calling-conventions.ts).
    const unbound = callable.self === null && callable.isMethod === true && !callable.classMethod
    const packedByC = takePackedByC()
    let made: CallAllocs | null = null
    let made27: ReturnType<typeof unboundCallAllocations27> | null = null
    if (packedByC) {
      // a 2.7 C caller's tuple is the argument tuple
    } else if (unbound && R.profile.py2 && args.length > 0)
      made27 = unboundCallAllocations27(args, kw && kw.names, kw && kw.values)
    else if (callable.conv !== 0)
      made = callAllocations(callable.conv, args, unbound ? 1 : 0, kw && kw.names, kw && kw.values)
    try {
      // A method taken from its type (`str.lower`, `list.append`) is unbound: its first argument is self.
      if (unbound) {
        if (args.length === 0) raise('TypeError', `unbound method ${callable.name}() needs an argument`)
        const owner = callable.owner
        if (owner !== undefined && owner !== null && !(args[0].type as PyType).mro.includes(owner))
          raise(
            'TypeError',
            R.profile.py2
              ? `descriptor '${callable.name}' requires a '${owner.name}' object but received a '${args[0].type.name}'`
              : `descriptor '${callable.name}' for '${owner.name}' objects doesn't apply to a '${args[0].type.name}' object`,
          )
        return callable.fn(args.slice(1), kwm, args[0])
      }
      return callable.fn(args, kwm, callable.self)
    } finally {
      if (made !== null) releaseCallAllocations(made)
      if (made27 !== null) releaseUnboundCallAllocations27(made27)
      for (let i = 0; i < args.length; i++) decref(args[i])
      if (kw !== null) for (const v of kw.values) decref(v)
    }
  }
  if (callable instanceof PyType) return typeCaller(callable, args, kw, site)
  // instances with __call__
  const f = (callable.type as PyType).mro.length ? lookupCall(callable) : null
  if (f !== null) {
    args.unshift(incref(callable))
    return call(f, args, kw, false)
  }
  for (const a of args) decref(a)
  if (kw !== null) for (const v of kw.values) decref(v)
  raise('TypeError', `'${callable.type.name}' object is not callable`)
}

let lookupCallImpl: (o: PyObject) => PyObject | null = () => null
export function setLookupCall(f: (o: PyObject) => PyObject | null): void {
  lookupCallImpl = f
}
function lookupCall(o: PyObject): PyObject | null {
  return lookupCallImpl(o)
}

/** How argument errors name a function: 2.7 by its name, 3.10+ by its qualified name (`K.m`). */
function posName(code: CodeInfo): string {
  if (R.profile.py2) return code.name
  return (code as unknown as { qualname?: string }).qualname ?? code.name
}

function releaseArgs(args: PyObject[], kw: Kw | null, borrowed: number): void {
  for (let i = borrowed; i < args.length; i++) decref(args[i])
  if (kw !== null) for (const v of kw.values) decref(v)
}

/** Bind arguments into a new frame's locals. With `transfer` the references move; otherwise the frame increfs. */
function bindArgs(fn: PyFunction, f: Frame, args: PyObject[], kw: Kw | null, transfer: boolean): void {
  const code = fn.code.info
  const L = f.locals
  const n = code.argcount
  const nargs = args.length
  if (nargs > n && !code.varargs) {
    const dflt = fn.defaults ? fn.defaults.items.length : 0
    const given = kw ? kw.names.filter((k) => code.paramNames.slice(0, n).includes(k)).length : 0
    const takes = dflt > 0 ? `from ${n - dflt} to ${n}` : `${n}`
    // 2.7 PyEval_EvalCodeEx: a function without parameters (nor **kwargs) "takes no arguments".
    if (R.profile.py2 && n === 0 && !code.varkw)
      raise(
        'TypeError',
        `${posName(code)}() takes no arguments (${nargs + (kw ? kw.names.length : 0)} given)`,
      )
    if (R.profile.py2)
      raise(
        'TypeError',
        `${posName(code)}() takes ${dflt > 0 ? 'at most' : 'exactly'} ${n} argument${n === 1 ? '' : 's'} (${nargs + given} given)`,
      )
    raise(
      'TypeError',
      `${posName(code)}() takes ${takes} positional argument${n === 1 && dflt === 0 ? '' : 's'} but ${nargs}${given ? ` positional argument${nargs === 1 ? '' : 's'} (and ${given} keyword-only argument${given === 1 ? '' : 's'})` : ''} ${nargs === 1 && !given ? 'was' : 'were'} given`,
    )
  }
  const m = nargs < n ? nargs : n
  if (transfer) for (let i = 0; i < m; i++) L[i] = args[i]
  else for (let i = 0; i < m; i++) L[i] = incref(args[i])
  let slot = n + code.kwonly.length
  if (code.varargs) {
    const extra: PyObject[] = []
    for (let i = n; i < nargs; i++) extra.push(transfer ? args[i] : incref(args[i]))
    L[slot++] = R.tuple(extra)
  } else if (transfer) for (let i = n; i < nargs; i++) decref(args[i])
  let kwdict: PyDict | null = null
  if (code.varkw) {
    kwdict = R.dict()
    L[slot] = kwdict
  }
  if (kw !== null) {
    for (let i = 0; i < kw.names.length; i++) {
      const name = kw.names[i]
      const v = kw.values[i]
      let idx = code.paramNames.indexOf(name)
      if (idx >= n + code.kwonly.length) idx = -1
      if (idx < 0) {
        if (kwdict === null) {
          raise('TypeError', `${posName(code)}() got an unexpected keyword argument '${name}'`)
        }
        dictSetStr(kwdict, name, v)
        if (transfer) decref(v)
        continue
      }
      if (L[idx] !== null) raise('TypeError', `${posName(code)}() got multiple values for argument '${name}'`)
      L[idx] = transfer ? v : incref(v)
    }
  }
  // defaults
  const defs = fn.defaults
  const nd = defs === null ? 0 : defs.items.length
  // Allocated only when something is missing (the common call binds everything above).
  let missing: string[] | null = null
  for (let i = nargs < n ? nargs : n; i < n; i++) {
    if (L[i] !== null) continue
    const di = i - (n - nd)
    if (di >= 0) L[i] = incref((defs as PyTuple).items[di])
    else (missing ??= []).push(code.paramNames[i])
  }
  const nkwonly = code.kwonly.length
  for (let j = 0; j < nkwonly; j++) {
    const i = n + j
    if (L[i] !== null) continue
    const name = code.kwonly[j]
    const d = fn.kwdefaults?.map.get(name)
    if (d !== undefined) L[i] = incref(d.value)
    else (missing ??= []).push(name)
  }
  if (missing !== null) {
    if (R.profile.py2)
      raise(
        'TypeError',
        `${posName(code)}() takes ${nd ? 'at least' : 'exactly'} ${n - nd} argument${n - nd === 1 ? '' : 's'} (${nargs} given)`,
      )
    const q = missing.map((s) => `'${s}'`)
    const list =
      q.length === 1
        ? q[0]
        : q.length === 2
          ? `${q[0]} and ${q[1]}`
          : q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1]
    raise(
      'TypeError',
      `${posName(code)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    )
  }
}

/** Set up cells: cellvars (moving captured parameters into their cell) then the closure's free cells. */
function makeCells(fn: PyFunction, f: Frame): void {
  const code = fn.code.info
  if (code.ncells === 0 && code.nfree === 0) return
  f.cells = []
  if (code.ncells > 0) {
    for (let i = 0; i < code.ncells; i++) {
      const ps = code.cellParamSlots[i]
      let v: PyObject | null = null
      if (ps >= 0) {
        v = f.locals[ps]
        f.locals[ps] = null
      }
      f.cells.push(R.cell(v))
    }
  }
  if (code.nfree > 0) {
    const cl = (fn.closure as PyTuple).items
    for (let i = 0; i < cl.length; i++) f.cells.push(incref(cl[i] as PyCell))
  }
}

export function enterFrame(): void {
  if (++R.depth > R.recursionLimit) {
    R.depth--
    raise(R.profile.recursionErrorType, R.profile.messages.recursion)
  }
}

/** Run a Python function. Consumes args/kw per the ownership rules above. */
/** `borrowed`: how many leading args the caller lends without a reference (never with `transfer`). */
export function callFunction(
  fn: PyFunction,
  args: PyObject[],
  kw: Kw | null,
  transfer: boolean,
  borrowed: number,
): PyObject {
  const code = fn.code.info
  const f = Frame.make(code, fn.globals, fn, ctl.current)
  try {
    bindArgs(fn, f, args, kw, transfer)
  } catch (e) {
    f.died()
    if (!transfer) releaseArgs(args, kw, borrowed)
    throw e
  }
  makeCells(fn, f)
  if (code.isGenerator) {
    if (!transfer) releaseArgs(args, kw, borrowed)
    return genMaker(fn, f)
  }
  const prev = ctl.current
  try {
    enterFrame()
  } catch (e) {
    f.finish()
    if (!transfer) releaseArgs(args, kw, borrowed)
    throw e
  }
  ctl.current = f
  // 3.12+ RESUME checks the eval breaker: a collection scheduled by an allocation runs here.
  if (R.gcPending) R.gcBreaker()
  try {
    return (code.run as BodyRunner)(f)
  } catch (e) {
    if (e instanceof PyError) addTraceback(e, f)
    else if (e instanceof RangeError && /call stack/.test(e.message)) {
      // The JS stack ran out before the Python recursion limit (in-process runs with a small stack):
      // surface it as the profile's recursion error so Python code can catch it.
      const err = new PyError(
        newExc(R.E[R.profile.recursionErrorType], [R.str(R.profile.messages.recursion)]),
      )
      addTraceback(err, f)
      throw err
    }
    throw e
  } finally {
    if (R.tracer !== null) R.tracer.frameReturned(f)
    ctl.current = prev
    R.depth--
    f.finish()
    if (!transfer) releaseArgs(args, kw, borrowed)
    f.recycle()
  }
}

/** PyTraceBack_Here: record that the exception passed through frame `f` (once per frame). */
export function addTraceback(e: PyError, f: Frame): void {
  const exc = e.exc
  const tb = exc.traceback
  const fo = f.object()
  if (tb !== null && tb.frame === fo) return
  const t = R.born(new (tbClass())(R.T.traceback, tb, incref(fo), f.line), 'other', true)
  exc.traceback = t
}

import { PyTraceback } from '../objects/types'
function tbClass(): typeof PyTraceback {
  return PyTraceback
}

export function isStop(e: unknown): e is StopRun {
  return e instanceof StopRun
}

export { hashKey, PyStr }
