/**
 * The compiler driver: turns the module, each function body, class body and comprehension into a code
 * object (`CodeInfo`) whose `run` is a closure tree (compile-expr.ts, compile-stmt.ts). This stands in for
 * CPython's `Python/compile.c` + `ceval.c`: the work of decoding bytecode happens once, at compile time.
 *
 * Generator functions and generator expressions compile their bodies into JS generator functions, so the
 * Python frame can be suspended at `yield` (gen.ts drives them).
 *
 * Simplifications:
 * - Comprehensions (list/set/dict) are compiled as direct loops rather than synthesised bytecode.
 */
import { listResized, setAdded } from '../objects/storage'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { dictSet, getIter, hashKey, iterNext, truthy } from '../objects/ops'
import { PyDict, PyList, PySet, type CodeInfo } from '../objects/types'
import type { Expr, FunctionDef, Module, Stmt } from '../parse/ast'
import type { ScopeInfo } from '../parse/scope'
import { compileExpr, compileIterable, PyErrorCompile, type Ctx, type E } from './compile-expr'
import {
  compileBlock,
  compileDelete,
  compileStore,
  compileStmt,
  docstringObject,
  NORMAL,
  RETURN,
  BREAK,
  excMatches,
} from './compile-stmt'
import { NO_STACK, popHandled, pushHandled, type Frame } from './frame'
import { addTraceback } from './call'
import { setExcInfo } from './exc-info-py2'
import { budget } from './budget'

type G = (f: Frame) => Generator<PyObject, number, PyObject>

function codeInfo(name: string, line: number, scope: ScopeInfo, fn: FunctionDef | null): CodeInfo {
  const params = fn?.params ?? []
  const pos = params.filter((p) => p.kind === 'pos').map((p) => p.name)
  const kwonly = params.filter((p) => p.kind === 'kwonly').map((p) => p.name)
  const star = params.find((p) => p.kind === 'star')
  const dstar = params.find((p) => p.kind === 'dstar')
  const paramNames = [...pos, ...kwonly, ...(star ? [star.name] : []), ...(dstar ? [dstar.name] : [])]
  const varnames = [...scope.slots.keys()]
  return {
    name,
    firstLine: line,
    nlocals: scope.slots.size,
    argcount: pos.length,
    kwonly,
    varargs: !!star,
    varkw: !!dstar,
    paramNames,
    cellParamSlots: scope.cellvars.map((c) => (paramNames.includes(c) ? (scope.slots.get(c) as number) : -1)),
    ncells: scope.cellvars.length,
    nfree: scope.freevars.length,
    cellvars: scope.cellvars,
    freevars: scope.freevars,
    varnames,
    isGenerator: scope.isGenerator,
    run: null,
  }
}

export function makeCtx(scope: ScopeInfo, builtins: PyDict, trueDivision: boolean): Ctx {
  return {
    scope,
    builtins,
    trueDivision,
    qualPrefix: '',
    classScope: false,
    className: null,
    compileFunction,
    compileComprehension,
  }
}

/** Body of a function: run statements, return f.ret or None. */
function bodyRunner(block: (f: Frame) => number): (f: Frame) => PyObject {
  return (f) => {
    const r = block(f)
    if (r === RETURN) {
      const v = f.ret as PyObject
      f.ret = null
      return v
    }
    return incref(R.None)
  }
}

function compileFunction(fn: FunctionDef, parent: Ctx): CodeInfo {
  const scope = fn.scope as ScopeInfo
  const info = codeInfo(fn.name, fn.line, scope, fn)
  const isClass = scope.kind === 'class'
  const qual =
    isClass || parent.scope.kind === 'module' ? parent.qualPrefix + fn.name : parent.qualPrefix + fn.name
  ;(info as unknown as { qualname: string }).qualname = qual
  const ctx: Ctx = {
    ...parent,
    scope,
    qualPrefix: isClass ? qual + '.' : qual + '.<locals>.',
    classScope: isClass,
    className: isClass ? fn.name : parent.className,
  }
  if (!isClass && !fn.isLambda) info.doc = docstringObject(fn.body)
  if (scope.isGenerator && !isClass) {
    info.run = compileGenBlock(fn.body, ctx)
    return info
  }
  info.run = bodyRunner(compileBlock(fn.body, ctx))
  return info
}

function compileComprehension(e: Extract<Expr, { k: 'Comp' }>, parent: Ctx): CodeInfo {
  const scope = e.scope as ScopeInfo
  const name = e.kind === 'gen' ? '<genexpr>' : `<${e.kind}comp>`
  const info = codeInfo(name, e.line, scope, {
    name,
    params: [{ name: '.0', kind: 'pos', default: null }],
    body: [],
    isLambda: false,
    isGenerator: e.kind === 'gen',
    decorators: [],
    scope,
    line: e.line,
    col: e.col,
  })
  ;(info as unknown as { qualname: string }).qualname = parent.qualPrefix + name
  const ctx: Ctx = { ...parent, scope, qualPrefix: parent.qualPrefix + name + '.<locals>.' }
  const first: E = (f) => incref(f.locals[0] as PyObject)
  if (e.kind === 'gen') {
    info.run = genComp(e, ctx, first)
    return info
  }
  const loop = compLoop(e, ctx, first, false)
  info.run = (f: Frame) => loop(f)
  return info
}

/** Inline comprehension loop (2.7 list comprehensions run in the enclosing frame). */
export function inlineListComp(e: Extract<Expr, { k: 'Comp' }>, ctx: Ctx): E {
  const iter0 = compileIterable(e.gens[0].iter, ctx)
  return compLoop(e, ctx, iter0, true)
}

function compLoop(e: Extract<Expr, { k: 'Comp' }>, ctx: Ctx, first: E, firstIsIterable: boolean): E {
  const gens = e.gens.map((g, i) => ({
    iter: i === 0 ? first : compileIterable(g.iter, ctx),
    store: compileStore(g.target, ctx),
    ifs: g.ifs.map((c) => compileExpr(c, ctx)),
  }))
  const elt = compileExpr(e.elt, ctx)
  const val = e.value ? compileExpr(e.value, ctx) : null
  const kind = e.kind
  const add = (f: Frame, acc: PyObject) => {
    if (kind === 'list') {
      const l = acc as PyList
      l.items.push(elt(f))
      if (l.items.length > l.allocated) listResized(l, l.items.length - 1)
    } else if (kind === 'set') {
      const v = elt(f)
      const s = acc as PySet
      const k = hashKey(v)
      if (s.map.has(k)) decref(v)
      else {
        s.map.set(k, v)
        setAdded(s)
      }
    } else {
      const k = elt(f)
      let v: PyObject
      try {
        v = (val as E)(f)
      } catch (err) {
        decref(k)
        throw err
      }
      try {
        dictSet(acc as PyDict, k, v)
      } finally {
        decref(k)
        decref(v)
      }
    }
  }
  const level = (f: Frame, acc: PyObject, i: number): void => {
    const g = gens[i]
    const src = g.iter(f)
    let it: PyObject
    if (i === 0 && !firstIsIterable) it = src
    else {
      try {
        it = getIter(src)
      } finally {
        decref(src)
      }
    }
    try {
      outer: for (;;) {
        const x = iterNext(it)
        if (x === null) break
        g.store(f, x)
        for (const c of g.ifs) {
          const t = c(f)
          const ok = truthy(t)
          decref(t)
          if (!ok) continue outer
        }
        if (i + 1 < gens.length) level(f, acc, i + 1)
        else add(f, acc)
        if (++budget.steps >= budget.checkAt) budget.check()
      }
    } finally {
      decref(it)
    }
  }
  return (f) => {
    const acc: PyObject = kind === 'list' ? R.list([]) : kind === 'set' ? R.set() : R.dict()
    try {
      level(f, acc, 0)
    } catch (err) {
      decref(acc)
      throw err
    }
    return acc
  }
}

function genComp(e: Extract<Expr, { k: 'Comp' }>, ctx: Ctx, first: E): G {
  const gens = e.gens.map((g, i) => ({
    iter: i === 0 ? first : compileIterable(g.iter, ctx),
    store: compileStore(g.target, ctx),
    ifs: g.ifs.map((c) => compileExpr(c, ctx)),
  }))
  const elt = compileExpr(e.elt, ctx)
  function* level(f: Frame, i: number): Generator<PyObject, number, PyObject> {
    const g = gens[i]
    const src = g.iter(f)
    let it: PyObject
    if (i === 0) it = src
    else {
      try {
        it = getIter(src)
      } finally {
        decref(src)
      }
    }
    try {
      outer: for (;;) {
        const x = iterNext(it)
        if (x === null) break
        g.store(f, x)
        for (const c of g.ifs) {
          const t = c(f)
          const ok = truthy(t)
          decref(t)
          if (!ok) continue outer
        }
        if (i + 1 < gens.length) yield* level(f, i + 1)
        else decref(yield elt(f))
      }
    } finally {
      decref(it)
    }
    return NORMAL
  }
  return (f) => level(f, 0)
}

// ---------------------------------------------------------------- generator bodies

function hasYield(s: Stmt | Stmt[]): boolean {
  const ss = Array.isArray(s) ? s : [s]
  for (const x of ss) {
    switch (x.k) {
      case 'Expr':
        if (x.value.k === 'Yield') return true
        break
      case 'Assign':
        if (x.value.k === 'Yield') return true
        break
      case 'If':
      case 'While':
        if (hasYield(x.body) || hasYield(x.orelse)) return true
        break
      case 'For':
        if (hasYield(x.body) || hasYield(x.orelse)) return true
        break
      case 'Try':
        if (
          hasYield(x.body) ||
          hasYield(x.orelse) ||
          hasYield(x.finalbody) ||
          x.handlers.some((h) => hasYield(h.body))
        )
          return true
        break
      case 'With':
        if (hasYield(x.body)) throw new PyErrorCompile('yield inside with', x.line)
        break
    }
  }
  return false
}

function compileGenBlock(ss: Stmt[], ctx: Ctx): G {
  const parts = ss.map((s) => compileGenStmt(s, ctx))
  return function* (f) {
    for (const p of parts) {
      const r = yield* p(f)
      if (r !== NORMAL) return r
    }
    return NORMAL
  }
}

function compileGenStmt(s: Stmt, ctx: Ctx): G {
  if (!hasYield(s)) {
    const c = compileStmt(s, ctx)
    // eslint-disable-next-line require-yield
    return function* (f) {
      return c(f)
    }
  }
  const line = s.line
  switch (s.k) {
    case 'Expr': {
      const y = s.value as Extract<Expr, { k: 'Yield' }>
      const v = y.value ? compileExpr(y.value, ctx) : null
      return function* (f) {
        f.line = line
        const sent = yield v === null ? incref(R.None) : v(f)
        decref(sent)
        return NORMAL
      }
    }
    case 'Assign': {
      const y = s.value as Extract<Expr, { k: 'Yield' }>
      const v = y.value ? compileExpr(y.value, ctx) : null
      const stores = s.targets.map((t) => compileStore(t, ctx))
      return function* (f) {
        f.line = line
        const sent = yield v === null ? incref(R.None) : v(f)
        for (let i = 0; i < stores.length; i++) stores[i](f, i === stores.length - 1 ? sent : incref(sent))
        return NORMAL
      }
    }
    case 'If': {
      const t = compileExpr(s.test, ctx)
      const b = compileGenBlock(s.body, ctx)
      const o = compileGenBlock(s.orelse, ctx)
      return function* (f) {
        f.line = line
        const c = t(f)
        const v = truthy(c)
        decref(c)
        return v ? yield* b(f) : yield* o(f)
      }
    }
    case 'While': {
      const t = compileExpr(s.test, ctx)
      const b = compileGenBlock(s.body, ctx)
      const o = compileGenBlock(s.orelse, ctx)
      return function* (f) {
        for (;;) {
          f.line = line
          const c = t(f)
          const v = truthy(c)
          decref(c)
          if (!v) break
          const r = yield* b(f)
          if (r === BREAK) return NORMAL
          if (r === RETURN) return RETURN
          if (++budget.steps >= budget.checkAt) budget.check()
        }
        return yield* o(f)
      }
    }
    case 'For': {
      const itc = compileIterable(s.iter, ctx)
      const store = compileStore(s.target, ctx)
      const b = compileGenBlock(s.body, ctx)
      const o = compileGenBlock(s.orelse, ctx)
      return function* (f) {
        f.line = line
        const src = itc(f)
        let it: PyObject
        try {
          it = getIter(src)
        } finally {
          decref(src)
        }
        // The iterator lives on the frame's value stack (GET_ITER), where the collector sees it while the
        // generator is suspended; frame_clear may release it first (then the stack no longer holds it).
        if (f.stack === NO_STACK) f.stack = []
        const depth = f.stack.length
        f.stack.push(it)
        try {
          for (;;) {
            f.line = line
            const x = iterNext(it)
            if (x === null) break
            store(f, x)
            const r = yield* b(f)
            if (r === BREAK) return NORMAL
            if (r === RETURN) return RETURN
            if (++budget.steps >= budget.checkAt) budget.check()
          }
        } finally {
          if (f.stack.length > depth && f.stack[depth] === it) {
            f.stack.length = depth
            decref(it)
          }
        }
        return yield* o(f)
      }
    }
    case 'Try': {
      const body = compileGenBlock(s.body, ctx)
      const py2 = R.profile.py2
      const handlers = s.handlers.map((h) => ({
        type: h.type ? compileExpr(h.type, ctx) : null,
        store: h.name ? compileStore({ k: 'Name', id: h.name, line: h.line, col: h.col }, ctx) : null,
        del: h.name && !py2 ? compileDelete({ k: 'Name', id: h.name, line: h.line, col: h.col }, ctx) : null,
        body: compileGenBlock(h.body, ctx),
      }))
      const orelse = compileGenBlock(s.orelse, ctx)
      const fin = compileGenBlock(s.finalbody, ctx)
      // SETUP_FINALLY covers the body, the handlers and else; SETUP_EXCEPT the body only.
      const finallyBlock = s.finalbody.length > 0 ? 1 : 0
      const exceptBlock = handlers.length > 0 ? 1 : 0
      return function* (f) {
        let r: number
        f.tryBlocks += finallyBlock
        try {
          try {
            f.tryBlocks += exceptBlock
            try {
              r = yield* body(f)
            } finally {
              f.tryBlocks -= exceptBlock
            }
          } catch (e) {
            if (!(e instanceof PyError)) throw e
            const exc = e.exc
            addTraceback(e, f)
            // 2.7: entering the except block makes the exception current (exc-info-py2.ts).
            if (py2) setExcInfo(f, exc)
            let matched = -1
            for (let i = 0; i < handlers.length; i++) {
              const h = handlers[i]
              if (h.type === null) {
                matched = i
                break
              }
              const t = h.type(f)
              let m: boolean
              try {
                m = excMatches(exc, t)
              } finally {
                decref(t)
              }
              if (m) {
                matched = i
                break
              }
            }
            if (matched < 0) throw e
            const h = handlers[matched]
            if (py2) {
              // The value stack's (type, value, traceback) are popped before the body (compile-stmt.ts).
              const tb = exc.traceback
              exc.traceback = null
              if (h.store !== null) h.store(f, exc)
              else decref(exc)
              if (tb !== null) decref(tb)
              return yield* h.body(f)
            }
            // 3.x: the exception is current (exc_info) for the handler's duration; `e = None; del e` after.
            pushHandled(f, exc)
            try {
              if (h.store !== null) h.store(f, incref(exc))
              try {
                r = yield* h.body(f)
              } finally {
                if (h.del !== null && h.store !== null) {
                  h.store(f, incref(R.None))
                  h.del(f)
                }
              }
            } catch (e2) {
              if (e2 instanceof PyError && e2.exc !== exc && e2.exc.context === null)
                e2.exc.context = incref(exc)
              popHandled(f)
              decref(exc)
              throw e2
            }
            popHandled(f)
            decref(exc)
            return r
          }
          if (r === NORMAL) r = yield* orelse(f)
          return r
        } finally {
          f.tryBlocks -= finallyBlock
          yield* fin(f)
        }
      }
    }
    default:
      throw new PyErrorCompile('yield in ' + s.k, s.line)
  }
}

/** Compile the module body. */
export function compileModule(mod: Module, ctx: Ctx): (f: Frame) => number {
  return compileBlock(mod.body, ctx)
}

export { compileStmt }
