/**
 * Statements compiled to closures `(frame) => Flow`. Stores follow CPython's order: the value is bound
 * first and the old value released afterwards (STORE_FAST's SETLOCAL), so a `__del__` triggered by a
 * rebinding already sees the new binding. `try`/`except` keeps the handled exception alive for the
 * handler (3.x: POP_EXCEPT releases it at the end; 2.7: it stays in sys.exc_info until the frame returns),
 * and `except E as e` deletes `e` afterwards on 3.x.
 *
 * Generator bodies compile a second way, into JS generator functions, so `yield` can suspend the
 * Python frame while the object graph stays intact (a generator owns its frame).
 *
 * Simplifications:
 * - `yield` is supported as a statement (`yield v`) or as the whole right-hand side of an assignment.
 * - `with` supports objects with `__enter__`/`__exit__` only.
 */
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R, StopRun } from '../objects/runtime'
import { newExc, raise } from '../objects/errors'
import {
  delAttr,
  delItem,
  dictDelStr,
  dictSetStr,
  getAttr,
  getAttrAt,
  getItem,
  getIter,
  isInstance,
  iterNext,
  listFromIterable,
  callDescr,
  setAttrAt,
  setItem,
  truthy,
} from '../objects/ops'
import { inplaceOp } from '../objects/number'
import { lookupType, newLookupSite } from '../objects/lookup'
import { PyDict, PyExc, PyInstance, PyTuple, PyType } from '../objects/types'
import type { Expr, Stmt } from '../parse/ast'
import { call, addTraceback } from './call'
import {
  compileExpr,
  compileIterable,
  makeFunctionExpr,
  nameError,
  PyErrorCompile,
  type Ctx,
  type E,
  sliceTarget,
  slicesDirectly,
} from './compile-expr'
import { popHandled, pushHandled, type Frame } from './frame'
import { frameAllocated } from './frame-memory'
import { handledExc, handledTraceback, setExcInfo } from './exc-info-py2'
import { budget } from './budget'

export const NORMAL = 0
export const BREAK = 1
export const CONTINUE = 2
export const RETURN = 3
export type S = (f: Frame) => number

type Store = (f: Frame, v: PyObject) => void

/** Compile an assignment target: the returned function STEALS `v`. */
export function compileStore(t: Expr, ctx: Ctx): Store {
  if (t.k === 'Name') {
    const name = t.id
    const ref = ctx.scope.resolve(name)
    switch (ref.kind) {
      case 'fast': {
        const slot = ref.slot
        return (f, v) => {
          const old = f.locals[slot]
          f.locals[slot] = v
          if (old !== null) decref(old)
        }
      }
      case 'deref': {
        const i = ref.index
        return (f, v) => {
          const c = f.cells[i]
          const old = c.ref
          c.ref = v
          if (old !== null) decref(old)
        }
      }
      case 'global':
        return (f, v) => {
          dictSetStr(f.globals, name, v)
          decref(v)
        }
      default:
        return (f, v) => {
          dictSetStr(f.ns ?? f.globals, name, v)
          decref(v)
        }
    }
  }
  if (t.k === 'Attribute') {
    const oc = compileExpr(t.value, ctx)
    const name = t.attr
    const sa = newLookupSite()
    const site = newLookupSite()
    return (f, v) => {
      let o: PyObject
      try {
        o = oc(f)
      } catch (e) {
        decref(v)
        throw e
      }
      try {
        setAttrAt(o, name, v, sa, site)
      } finally {
        decref(o)
        decref(v)
      }
    }
  }
  if (t.k === 'Subscript') {
    const oc = compileExpr(t.value, ctx)
    const kc = compileExpr(t.index, ctx)
    const hint = slicesDirectly(t.index)
    return (f, v) => {
      let o: PyObject | null = null
      let k: PyObject | null = null
      try {
        o = oc(f)
        if (hint) sliceTarget.container = o
        k = kc(f)
        setItem(o, k, v)
      } finally {
        if (o !== null) decref(o)
        if (k !== null) decref(k)
        decref(v)
      }
    }
  }
  if (t.k === 'Tuple' || t.k === 'List') {
    const starAt = t.elts.findIndex((x) => x.k === 'Starred')
    const stores = t.elts.map((x) => compileStore(x.k === 'Starred' ? x.value : x, ctx))
    const n = stores.length
    return (f, v) => {
      let items: PyObject[]
      try {
        items = listFromIterable(v)
      } finally {
        decref(v)
      }
      if (starAt < 0 && items.length !== n) {
        for (const x of items) decref(x)
        if (items.length > n)
          raise(
            'ValueError',
            R.profile.py2 ? 'too many values to unpack' : `too many values to unpack (expected ${n})`,
          )
        raise(
          'ValueError',
          R.profile.py2
            ? `need more than ${items.length} value${items.length === 1 ? '' : 's'} to unpack`
            : `not enough values to unpack (expected ${n}, got ${items.length})`,
        )
      }
      if (starAt >= 0) {
        if (items.length < n - 1) {
          for (const x of items) decref(x)
          raise('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`)
        }
        const before = items.slice(0, starAt)
        const after = items.slice(items.length - (n - 1 - starAt))
        const mid = items.slice(starAt, items.length - (n - 1 - starAt))
        items = [...before, R.list(mid), ...after]
      }
      for (let i = 0; i < n; i++) {
        try {
          stores[i](f, items[i])
        } catch (e) {
          for (let j = i + 1; j < n; j++) decref(items[j])
          throw e
        }
      }
    }
  }
  throw new PyErrorCompile('assignment target ' + t.k, t.line)
}

export function compileDelete(t: Expr, ctx: Ctx): S {
  if (t.k === 'Name') {
    const name = t.id
    const ref = ctx.scope.resolve(name)
    switch (ref.kind) {
      case 'fast': {
        const slot = ref.slot
        return (f) => {
          const old = f.locals[slot]
          if (old === null)
            raise(
              'UnboundLocalError',
              R.profile.version[1] >= 12
                ? `cannot access local variable '${name}' where it is not associated with a value`
                : `local variable '${name}' referenced before assignment`,
            )
          f.locals[slot] = null
          decref(old)
          return NORMAL
        }
      }
      case 'deref': {
        const i = ref.index
        return (f) => {
          const c = f.cells[i]
          const old = c.ref
          if (old === null) nameError(name, false)
          c.ref = null
          decref(old)
          return NORMAL
        }
      }
      default:
        return (f) => {
          const d = ref.kind === 'global' ? f.globals : (f.ns ?? f.globals)
          if (!dictDelStr(d, name)) nameError(name, ref.kind === 'global')
          return NORMAL
        }
    }
  }
  if (t.k === 'Attribute') {
    const oc = compileExpr(t.value, ctx)
    const name = t.attr
    return (f) => {
      const o = oc(f)
      try {
        delAttr(o, name)
      } finally {
        decref(o)
      }
      return NORMAL
    }
  }
  if (t.k === 'Subscript') {
    const oc = compileExpr(t.value, ctx)
    const kc = compileExpr(t.index, ctx)
    const hint = slicesDirectly(t.index)
    return (f) => {
      const o = oc(f)
      let k: PyObject | null = null
      try {
        if (hint) sliceTarget.container = o
        k = kc(f)
        delItem(o, k)
      } finally {
        decref(o)
        if (k !== null) decref(k)
      }
      return NORMAL
    }
  }
  if (t.k === 'Tuple' || t.k === 'List') {
    const parts = t.elts.map((x) => compileDelete(x, ctx))
    return (f) => {
      for (const p of parts) p(f)
      return NORMAL
    }
  }
  throw new PyErrorCompile('del of ' + t.k, t.line)
}

export function compileBlock(ss: Stmt[], ctx: Ctx): S {
  const cs = ss.map((s) => compileStmt(s, ctx))
  const n = cs.length
  if (n === 1) return cs[0]
  return (f) => {
    for (let i = 0; i < n; i++) {
      const r = cs[i](f)
      if (r !== NORMAL) return r
    }
    return NORMAL
  }
}

/** The exception matches an `except` clause type (tuple of types allowed). */
export function excMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(exc, x))
  if (t instanceof PyType) return isInstance(exc, t)
  raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed')
}

/** Build the exception instance for `raise X` / `raise X(...)`; new reference. */
export function makeRaised(v: PyObject): PyExc {
  if (v instanceof PyType && v.isException) {
    const inst = call(v, [], null, false)
    return inst as PyExc
  }
  if (v instanceof PyExc) return incref(v)
  raise(
    'TypeError',
    R.profile.py2
      ? `exceptions must be old-style classes or derived from BaseException, not ${v.type.name}`
      : 'exceptions must derive from BaseException',
  )
}

function wrapLine(line: number, s: S, ctx: Ctx): S {
  const probe = budget.probeFor(line, ctx)
  if (probe === null)
    return (f) => {
      f.line = line
      if (++budget.steps >= budget.checkAt) budget.check()
      return s(f)
    }
  return (f) => {
    f.line = line
    if (++budget.steps >= budget.checkAt) budget.check()
    probe.before(f)
    const r = s(f)
    probe.after(f)
    return r
  }
}

export function compileStmt(s: Stmt, ctx: Ctx): S {
  // The commonest statements fold the line/step bookkeeping into their own closure: one JS frame less
  // per statement keeps deep Python recursion within Node's default stack.
  if (budget.probeFor(s.line, ctx) === null) {
    const line = s.line
    if (s.k === 'Expr') {
      const c = compileExpr(s.value, ctx)
      return (f) => {
        f.line = line
        if (++budget.steps >= budget.checkAt) budget.check()
        decref(c(f))
        return NORMAL
      }
    }
    if (s.k === 'Return') {
      const v = s.value ? compileExpr(s.value, ctx) : null
      return (f) => {
        f.line = line
        if (++budget.steps >= budget.checkAt) budget.check()
        f.ret = v === null ? incref(R.None) : v(f)
        return RETURN
      }
    }
    if (s.k === 'Assign' && s.targets.length === 1) {
      const v = compileExpr(s.value, ctx)
      const st = compileStore(s.targets[0], ctx)
      return (f) => {
        f.line = line
        if (++budget.steps >= budget.checkAt) budget.check()
        st(f, v(f))
        return NORMAL
      }
    }
  }
  return wrapLine(s.line, compileStmtInner(s, ctx), ctx)
}

function compileStmtInner(s: Stmt, ctx: Ctx): S {
  switch (s.k) {
    case 'Expr': {
      const c = compileExpr(s.value, ctx)
      return (f) => {
        decref(c(f))
        return NORMAL
      }
    }
    case 'Assign': {
      const v = compileExpr(s.value, ctx)
      const stores = s.targets.map((t) => compileStore(t, ctx))
      if (stores.length === 1) {
        const st = stores[0]
        return (f) => {
          st(f, v(f))
          return NORMAL
        }
      }
      return (f) => {
        const val = v(f)
        try {
          for (let i = 0; i < stores.length; i++) stores[i](f, incref(val))
        } finally {
          decref(val)
        }
        return NORMAL
      }
    }
    case 'AugAssign': {
      const op = s.op
      const vc = compileExpr(s.value, ctx)
      const t = s.target
      if (t.k === 'Name') {
        const load = compileExpr(t, ctx)
        const store = compileStore(t, ctx)
        return (f) => {
          const a = load(f)
          let b: PyObject
          try {
            b = vc(f)
          } catch (e) {
            decref(a)
            throw e
          }
          let r: PyObject
          try {
            r = inplaceOp(op, a, b)
          } finally {
            decref(a)
            decref(b)
          }
          store(f, r)
          return NORMAL
        }
      }
      if (t.k === 'Attribute') {
        const oc = compileExpr(t.value, ctx)
        const name = t.attr
        const load = name.charCodeAt(0) !== 95 ? newLookupSite() : null
        const sa = newLookupSite()
        const site = newLookupSite()
        return (f) => {
          const o = oc(f)
          try {
            const a = load !== null ? getAttrAt(o, name, load) : getAttr(o, name)
            let r: PyObject
            try {
              const b = vc(f)
              try {
                r = inplaceOp(op, a, b)
              } finally {
                decref(b)
              }
            } finally {
              decref(a)
            }
            try {
              setAttrAt(o, name, r, sa, site)
            } finally {
              decref(r)
            }
          } finally {
            decref(o)
          }
          return NORMAL
        }
      }
      if (t.k === 'Subscript') {
        const oc = compileExpr(t.value, ctx)
        const kc = compileExpr(t.index, ctx)
        const hint = slicesDirectly(t.index)
        return (f) => {
          const o = oc(f)
          let k: PyObject | null = null
          try {
            if (hint) sliceTarget.container = o
            k = kc(f)
            const a = getItem(o, k)
            let r: PyObject
            try {
              const b = vc(f)
              try {
                r = inplaceOp(op, a, b)
              } finally {
                decref(b)
              }
            } finally {
              decref(a)
            }
            try {
              setItem(o, k, r)
            } finally {
              decref(r)
            }
          } finally {
            decref(o)
            if (k !== null) decref(k)
          }
          return NORMAL
        }
      }
      throw new PyErrorCompile('augmented assignment target', s.line)
    }
    case 'Delete': {
      const parts = s.targets.map((t) => compileDelete(t, ctx))
      return (f) => {
        for (const p of parts) p(f)
        return NORMAL
      }
    }
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => NORMAL
    case 'Break':
      return () => BREAK
    case 'Continue':
      return () => CONTINUE
    case 'Return': {
      const v = s.value ? compileExpr(s.value, ctx) : null
      return (f) => {
        f.ret = v === null ? incref(R.None) : v(f)
        return RETURN
      }
    }
    case 'If': {
      const t = compileExpr(s.test, ctx)
      const b = compileBlock(s.body, ctx)
      const o = s.orelse.length ? compileBlock(s.orelse, ctx) : null
      return (f) => {
        const c = t(f)
        let v: boolean
        try {
          v = truthy(c)
        } finally {
          decref(c)
        }
        if (v) return b(f)
        return o === null ? NORMAL : o(f)
      }
    }
    case 'While': {
      const t = compileExpr(s.test, ctx)
      const b = compileBlock(s.body, ctx)
      const o = s.orelse.length ? compileBlock(s.orelse, ctx) : null
      const line = s.line
      // The trace records the loop header's line again at each new test (CPython's line event on the jump back).
      const tracer = R.tracer
      return (f) => {
        for (;;) {
          f.line = line
          const c = t(f)
          let v: boolean
          try {
            v = truthy(c)
          } finally {
            decref(c)
          }
          if (!v) break
          const r = b(f)
          if (r === BREAK) return NORMAL
          if (r === RETURN) return RETURN
          if (++budget.steps >= budget.checkAt) budget.check()
          // JUMP_BACKWARD checks the eval breaker (3.12+ runs a scheduled collection here).
          if (R.gcPending) R.gcBreaker()
          if (tracer !== null) tracer.line(f, line)
        }
        return o === null ? NORMAL : o(f)
      }
    }
    case 'For': {
      const itc = compileIterable(s.iter, ctx)
      const store = compileStore(s.target, ctx)
      const b = compileBlock(s.body, ctx)
      const o = s.orelse.length ? compileBlock(s.orelse, ctx) : null
      const line = s.line
      const tracer = R.tracer
      return (f) => {
        const src = itc(f)
        let it: PyObject
        try {
          it = getIter(src)
        } finally {
          decref(src)
        }
        try {
          for (;;) {
            f.line = line
            const x = iterNext(it)
            if (x === null) break
            store(f, x)
            const r = b(f)
            if (r === BREAK) return NORMAL
            if (r === RETURN) return RETURN
            if (++budget.steps >= budget.checkAt) budget.check()
            if (R.gcPending) R.gcBreaker()
            if (tracer !== null) tracer.line(f, line)
          }
        } finally {
          decref(it)
        }
        return o === null ? NORMAL : o(f)
      }
    }
    case 'Try':
      return compileTry(s, ctx)
    case 'Raise': {
      const ec = s.exc ? compileExpr(s.exc, ctx) : null
      const cc = s.cause ? compileExpr(s.cause, ctx) : null
      return (f) => {
        if (ec === null) {
          const h = R.profile.py2
            ? handledExc()
            : f.handled.length
              ? f.handled[f.handled.length - 1]
              : findHandled(f)
          if (h === null)
            raise(
              R.profile.py2 ? 'TypeError' : 'RuntimeError',
              R.profile.py2
                ? 'exceptions must be old-style classes or derived from BaseException, not NoneType'
                : 'No active exception to reraise',
            )
          if (R.profile.py2) {
            // do_raise with no arguments: the thread state's triple, traceback included (WHY_RERAISE adds
            // no traceback entry for this frame).
            const tb = handledTraceback()
            const old = h.traceback
            h.traceback = tb === null ? null : (incref(tb) as typeof h.traceback)
            if (old !== null) decref(old)
          }
          throw new PyError(incref(h))
        }
        const v = ec(f)
        let exc: PyExc
        try {
          exc = makeRaised(v)
        } finally {
          decref(v)
        }
        if (cc !== null) {
          const c = cc(f)
          const old = exc.cause
          exc.cause = c === R.None ? (decref(c), null) : c
          exc.suppressContext = true
          if (old !== null) decref(old)
        }
        throw new PyError(exc)
      }
    }
    case 'Assert': {
      const t = compileExpr(s.test, ctx)
      const m = s.msg ? compileExpr(s.msg, ctx) : null
      return (f) => {
        const c = t(f)
        let v: boolean
        try {
          v = truthy(c)
        } finally {
          decref(c)
        }
        if (!v) {
          const args = m === null ? [] : [m(f)]
          throw new PyError(newExc(R.E.AssertionError, args))
        }
        return NORMAL
      }
    }
    case 'FunctionDef': {
      let mk: E = makeFunctionExpr(s.fn, ctx)
      for (let i = s.fn.decorators.length - 1; i >= 0; i--)
        mk = decorate(compileExpr(s.fn.decorators[i], ctx), mk)
      const store = compileStore({ k: 'Name', id: s.fn.name, line: s.line, col: s.col }, ctx)
      return (f) => {
        store(f, mk(f))
        return NORMAL
      }
    }
    case 'ClassDef':
      return compileClass(s, ctx)
    case 'Import':
    case 'ImportFrom':
      return compileImport(s, ctx)
    case 'With':
      return compileWith(s, ctx)
  }
}

function decorate(dec: E, inner: E): E {
  return (f) => {
    const d = dec(f)
    let v: PyObject
    try {
      v = inner(f)
    } catch (e) {
      decref(d)
      throw e
    }
    try {
      return call(d, [v], null, false)
    } finally {
      decref(d)
    }
  }
}

/** 3.x: the exception being handled (`_PyErr_GetTopmostException`): innermost handler up the frames. */
export function findHandled(f: Frame): PyExc | null {
  for (let fr: Frame | null = f; fr !== null; fr = fr.back) {
    if (fr.handled.length) return fr.handled[fr.handled.length - 1]
  }
  return null
}

/**
 * A matching 2.7 `except` clause: the value stack's (type, value, traceback) are popped (the value into
 * the name, if any) before the body runs; the thread state and sys keep the exception current after it
 * (see exc-info-py2.ts). `exc` is the stack's reference, consumed here.
 */
function runHandlerPy2(f: Frame, exc: PyExc, h: { store: Store | null; body: S }): number {
  const tb = exc.traceback
  exc.traceback = null
  if (h.store !== null) h.store(f, exc)
  else decref(exc)
  if (tb !== null) decref(tb)
  return h.body(f)
}

function compileTry(s: Extract<Stmt, { k: 'Try' }>, ctx: Ctx): S {
  const body = compileBlock(s.body, ctx)
  const handlers = s.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, ctx) : null,
    store: h.name ? compileStore({ k: 'Name', id: h.name, line: h.line, col: h.col }, ctx) : null,
    del:
      h.name && !R.profile.py2
        ? compileDelete({ k: 'Name', id: h.name, line: h.line, col: h.col }, ctx)
        : null,
    body: compileBlock(h.body, ctx),
    line: h.line,
  }))
  const orelse = s.orelse.length ? compileBlock(s.orelse, ctx) : null
  const fin = s.finalbody.length ? compileBlock(s.finalbody, ctx) : null
  const py2 = R.profile.py2

  const runHandlers = (f: Frame, err: PyError): number => {
    const exc = err.exc
    addTraceback(err, f)
    // 2.7: entering the except block makes the exception current (sys.exc_info), matched or not.
    if (py2) setExcInfo(f, exc)
    for (const h of handlers) {
      if (h.type !== null) {
        const t = h.type(f)
        let m: boolean
        try {
          m = excMatches(exc, t)
        } finally {
          decref(t)
        }
        if (!m) continue
      }
      if (py2) return runHandlerPy2(f, exc, h)
      // Handling: the exception is "current" (sys.exc_info) for the handler's duration.
      pushHandled(f, exc)
      let r: number
      try {
        if (h.store !== null) h.store(f, incref(exc))
        try {
          r = h.body(f)
        } finally {
          if (h.del !== null) {
            // 3.x: `e = None; del e`
            const slot = h.store
            if (slot !== null) {
              slot(f, incref(R.None))
              h.del(f)
            }
          }
        }
      } catch (e2) {
        if (e2 instanceof PyError && e2.exc !== exc && !py2 && e2.exc.context === null && e2.exc !== exc) {
          e2.exc.context = incref(exc)
        }
        popHandled(f)
        decref(exc)
        throw e2
      }
      popHandled(f)
      decref(exc)
      return r
    }
    throw err
  }

  const tryExcept = (f: Frame): number => {
    let r: number
    try {
      r = body(f)
    } catch (e) {
      if (!(e instanceof PyError) || handlers.length === 0) throw e
      return runHandlers(f, e)
    }
    if (r !== NORMAL || orelse === null) return r
    return orelse(f)
  }
  if (fin === null) return tryExcept
  return (f) => {
    let r: number
    try {
      r = tryExcept(f)
    } catch (e) {
      if (e instanceof StopRun) throw e
      if (e instanceof PyError) {
        addTraceback(e, f)
        if (!py2) {
          pushHandled(f, e.exc)
        }
      }
      let fr: number
      try {
        fr = fin(f)
      } catch (e2) {
        if (e instanceof PyError) {
          if (!py2) popHandled(f)
          if (e2 instanceof PyError && !py2 && e2.exc.context === null) e2.exc.context = e.exc
          else decref(e.exc)
        }
        throw e2
      }
      if (e instanceof PyError && !py2) popHandled(f)
      if (fr !== NORMAL) {
        if (e instanceof PyError) decref(e.exc)
        return fr
      }
      throw e
    }
    const saved = r === RETURN ? f.ret : null
    const fr = fin(f)
    if (fr !== NORMAL) {
      if (saved !== null && fr === RETURN && f.ret !== saved) decref(saved)
      return fr
    }
    if (r === RETURN) f.ret = saved
    return r
  }
}

function compileWith(s: Extract<Stmt, { k: 'With' }>, ctx: Ctx): S {
  if (s.items.length !== 1) throw new PyErrorCompile('with statement with several items', s.line)
  const cc = compileExpr(s.items[0].ctx, ctx)
  const store = s.items[0].target ? compileStore(s.items[0].target, ctx) : null
  const body = compileBlock(s.body, ctx)
  return (f) => {
    const mgr = cc(f)
    try {
      const exit = lookupType(mgr.type, '__exit__')
      const enter = lookupType(mgr.type, '__enter__')
      if (exit === null || enter === null)
        raise(R.profile.py2 ? 'AttributeError' : 'AttributeError', '__enter__')
      const v = callDescr(enter, mgr, [])
      if (store !== null) store(f, v)
      else decref(v)
      let r: number
      try {
        r = body(f)
      } catch (e) {
        if (!(e instanceof PyError)) throw e
        const res = callDescr(exit, mgr, [e.exc.type, e.exc, e.exc.traceback ?? R.None])
        const swallow = truthy(res)
        decref(res)
        if (swallow) {
          decref(e.exc)
          return NORMAL
        }
        throw e
      }
      decref(callDescr(exit, mgr, [R.None, R.None, R.None]))
      return r
    } finally {
      decref(mgr)
    }
  }
}

let classMaker: (name: string, bases: PyObject[], ns: PyDict, f: Frame) => PyObject = () => {
  throw new Error('no class maker')
}
export function setClassMaker(m: typeof classMaker): void {
  classMaker = m
}

let importer: (name: string) => PyObject = () => {
  throw new Error('no importer')
}
export function setImporter(m: typeof importer): void {
  importer = m
}
let futureImporter: () => void = () => {}
const features = new WeakMap<object, PyObject>()
/** Stand-in for a `__future__._Feature` object: one shared object the module keeps alive (per run). */
function futureFeature(): PyObject {
  let feature = features.get(R)
  if (feature === undefined) {
    // The _Feature objects were made by the __future__ import (its measured cost): no new allocation here.
    feature = new PyInstance(R.T.object)
    feature.refcnt = 1 << 20
    features.set(R, feature)
  }
  return feature
}
export function setFutureImporter(m: () => void): void {
  futureImporter = m
}

function compileClass(s: Extract<Stmt, { k: 'ClassDef' }>, ctx: Ctx): S {
  // A 2.7 class without bases is an old-style class (type `classobj`, instances of type `instance`,
  // other sizes and finalizer rules): not modelled, so refuse it rather than run it as a new-style one.
  if (R.profile.py2 && s.bases.length === 0)
    throw new PyErrorCompile(`old-style class '${s.name}' on 2.7 (write class ${s.name}(object):)`, s.line)
  const bases = s.bases.map((b) => compileExpr(b, ctx))
  const info = ctx.compileFunction(
    {
      name: s.name,
      params: [],
      body: s.body,
      isLambda: false,
      isGenerator: false,
      decorators: [],
      scope: s.scope,
      line: s.line,
      col: s.col,
    },
    { ...ctx, className: s.name },
  )
  const scope = s.scope as NonNullable<typeof s.scope>
  const freeLoads = scope.freevars.map((n) => {
    const r = ctx.scope.resolve(n)
    if (r.kind !== 'deref' && r.kind !== 'classderef') throw new Error('closure over non-cell ' + n)
    return r.index
  })
  const decs = s.decorators.map((d) => compileExpr(d, ctx))
  const store = compileStore({ k: 'Name', id: s.name, line: s.line, col: s.col }, ctx)
  const body = info.run as (f: Frame) => PyObject
  // The class body's code sets __doc__ from a docstring; 3.13's compiler also records the class's first
  // line and, at the end of the body, the attributes its methods assign on `self`.
  const doc = docstringObject(s.body)
  const v313 = !R.profile.py2 && R.profile.version[1] >= 13
  const staticAttrs = v313 ? staticAttributes(s.body) : []
  return (f) => {
    const bs = bases.map((b) => b(f))
    const ns = R.dict()
    const modName = R.intern('__main__')
    dictSetStr(ns, '__module__', modName)
    decref(modName)
    if (v313) {
      const line = R.int(s.decorators.length > 0 ? s.decorators[0].line : s.line)
      dictSetStr(ns, '__firstlineno__', line)
      decref(line)
    }
    if (doc !== null) dictSetStr(ns, '__doc__', doc)
    const FrameCtor = f.constructor as new (...a: unknown[]) => Frame
    const cf = new FrameCtor(info, f.globals, null, f)
    cf.block = frameAllocated(info)
    cf.ns = ns
    if (freeLoads.length > 0) cf.cells = freeLoads.map((i) => incref(f.cells[i]))
    let cls: PyObject
    try {
      const saved = budget.current
      budget.current = cf
      try {
        // CPython's class body starts with a line event on the `class` line.
        if (R.tracer !== null) R.tracer.line(cf, s.line)
        decref(body(cf))
        if (v313) {
          const t = R.tuple(staticAttrs.map((n) => R.intern(n)))
          dictSetStr(ns, '__static_attributes__', t)
          decref(t)
        }
      } finally {
        budget.current = saved
        cf.finish()
      }
      cls = classMaker(s.name, bs, ns, f)
    } finally {
      for (const b of bs) decref(b)
      decref(ns)
    }
    for (let i = decs.length - 1; i >= 0; i--) {
      const d = decs[i](f)
      try {
        cls = call(d, [cls], null, false)
      } finally {
        decref(d)
      }
    }
    store(f, cls)
    return NORMAL
  }
}

/** A body's docstring (its first statement, a string literal) as a string object, or null. */
export function docstringObject(body: Stmt[]): PyObject | null {
  const first = body[0]
  if (first === undefined || first.k !== 'Expr' || first.value.k !== 'Const') return null
  const c = first.value
  if (c.kind === 'str') return R.str(c.value as string)
  if (c.kind === 'unicode') return R.typedStr(R.T.unicode, c.value as string)
  return null
}

/**
 * 3.13's `__static_attributes__`: the names stored as `self.NAME` in the functions of a class body
 * (nested functions included, nested classes not), sorted (Python/compile.c, compiler_visit_expr).
 */
function staticAttributes(body: Stmt[]): string[] {
  const names = new Set<string>()
  const visit = (node: unknown, inFunction: boolean): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x, inFunction)
      return
    }
    if (node === null || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (o.k === 'ClassDef') return
    if (o.k === 'FunctionDef' || o.k === 'Lambda') {
      visit((o.fn as { body: unknown }).body, true)
      return
    }
    if (inFunction) {
      const targets: unknown[] =
        o.k === 'Assign' ? (o.targets as unknown[]) : o.k === 'AugAssign' || o.k === 'For' ? [o.target] : []
      for (const t of targets) collectSelfStores(t, names)
    }
    for (const key in o) if (key !== 'scope') visit(o[key], inFunction)
  }
  visit(body, false)
  return [...names].sort()
}

function collectSelfStores(t: unknown, names: Set<string>): void {
  const e = t as Expr
  if (e.k === 'Attribute' && e.value.k === 'Name' && e.value.id === 'self') names.add(e.attr)
  else if (e.k === 'Tuple' || e.k === 'List') for (const x of e.elts) collectSelfStores(x, names)
  else if (e.k === 'Starred') collectSelfStores(e.value, names)
}

function compileImport(s: Extract<Stmt, { k: 'Import' | 'ImportFrom' }>, ctx: Ctx): S {
  if (s.k === 'Import') {
    const stores = s.names.map((n) => ({
      name: n.name,
      asname: n.asname,
      store: compileStore({ k: 'Name', id: n.asname ?? n.name.split('.')[0], line: s.line, col: s.col }, ctx),
    }))
    return (f) => {
      for (const n of stores) n.store(f, importer(n.asname ? n.name : n.name.split('.')[0]))
      return NORMAL
    }
  }
  // A future statement is a compiler directive, and at run time a real import of Lib/__future__.py that
  // binds each feature's _Feature object (modelled as an opaque object the __future__ module owns).
  if (s.module === '__future__') {
    const featureStores = s.names.map((n) =>
      compileStore({ k: 'Name', id: n.asname ?? n.name, line: s.line, col: s.col }, ctx),
    )
    return (f) => {
      futureImporter()
      for (const store of featureStores) store(f, incref(futureFeature()))
      return NORMAL
    }
  }
  const stores = s.names.map((n) => ({
    name: n.name,
    store: compileStore({ k: 'Name', id: n.asname ?? n.name, line: s.line, col: s.col }, ctx),
  }))
  const modname = s.module
  return (f) => {
    const m = importer(modname)
    try {
      for (const n of stores) {
        let v: PyObject
        try {
          v = getAttr(m, n.name)
        } catch (e) {
          if (e instanceof PyError) {
            decref(e.exc)
            raise(
              'ImportError',
              R.profile.py2
                ? `cannot import name ${n.name}`
                : `cannot import name '${n.name}' from '${modname}' (unknown location)`,
            )
          }
          throw e
        }
        n.store(f, v)
      }
    } finally {
      decref(m)
    }
    return NORMAL
  }
}

export { PyInstance }
