/**
 * Expressions compiled to JS closures `(frame) => PyObject`, each returning a NEW reference, the way each
 * CPython bytecode leaves an owned reference on the value stack. Temporaries are released as soon as the
 * consuming operation finishes (BINARY_OP decrefs both operands, CALL decrefs the callable and arguments,
 * LOAD_ATTR the object), so `sys.getrefcount` sees exactly the references CPython's stack would hold.
 *
 * Simplifications:
 * - Constants are fresh objects per evaluation for floats/big ints (CPython shares one co_consts object),
 *   except strings, which are interned or cached per code site like co_consts.
 */
import { dictPresize, listFromConstants, setAdded, setMerged } from '../objects/storage'
import { constantDisplayOrder } from '../objects/table-order'
import { constantDisplayTable, presizedDictTable27, useTable } from '../objects/set-order'
import { fixTableOrder } from '../objects/ops'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { lookupAt, newLookupSite } from '../objects/lookup'
import {
  PyBuiltin,
  PyDict,
  PyFloat,
  PyInt,
  PyFunction,
  PyMethod,
  PyInstance,
  PyList,
  PyNative,
  PyStr,
  PyTuple,
  PyCode,
  type CodeInfo,
} from '../objects/types'
import { binaryOp, unaryOp } from '../objects/number'
import {
  contains,
  dictSet,
  getAttr,
  getAttrAt,
  getItem,
  getIter,
  hashKey,
  iterNext,
  listFromIterable,
  repr,
  richCompare,
  str,
  truthy,
} from '../objects/ops'
import type { Expr, FunctionDef } from '../parse/ast'
import type { ScopeInfo } from '../parse/scope'
import { call, callFunction, type Kw } from './call'
import type { Frame } from './frame'
import { formatValue } from './format-call'
import { callAllocations, releaseCallAllocations } from './calling-conventions'

export type E = (f: Frame) => PyObject

export interface Ctx {
  scope: ScopeInfo
  /** Compile a nested function body (statements) into a CodeInfo. */
  compileFunction(fn: FunctionDef, parent: Ctx): CodeInfo
  compileComprehension(e: Extract<Expr, { k: 'Comp' }>, parent: Ctx): CodeInfo
  qualPrefix: string
  classScope: boolean
  builtins: PyDict
  trueDivision: boolean
  /** Name of the enclosing class for functions defined in a class body. */
  className: string | null
}

export function nameError(name: string, global: boolean): never {
  raise('NameError', global ? R.profile.messages.nameError(name) : `name '${name}' is not defined`)
}

function unboundLocal(name: string): never {
  raise(
    'UnboundLocalError',
    R.profile.version[1] >= 12
      ? `cannot access local variable '${name}' where it is not associated with a value`
      : `local variable '${name}' referenced before assignment`,
  )
}

function freeUnbound(name: string): never {
  raise(
    'NameError',
    R.profile.version[1] >= 12
      ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
      : `free variable '${name}' referenced before assignment in enclosing scope`,
  )
}

export function compileName(name: string, ctx: Ctx): E {
  const ref = ctx.scope.resolve(name)
  const builtins = ctx.builtins
  switch (ref.kind) {
    case 'fast': {
      const slot = ref.slot
      return (f) => {
        const v = f.locals[slot]
        if (v === null) unboundLocal(name)
        return incref(v)
      }
    }
    case 'deref': {
      const i = ref.index
      return (f) => {
        const v = f.cells[i].ref
        if (v === null) {
          if (i < f.code.ncells) unboundLocal(name)
          freeUnbound(name)
        }
        return incref(v)
      }
    }
    case 'global':
      return (f) => {
        const e = f.globals.map.get(name)
        if (e !== undefined) return incref(e.value)
        const b = builtins.map.get(name)
        if (b !== undefined) return incref(b.value)
        nameError(name, true)
      }
    case 'classderef': {
      const i = ref.index
      return (f) => {
        const e = (f.ns as PyDict).map.get(name)
        if (e !== undefined) return incref(e.value)
        const v = f.cells[i].ref
        if (v === null) freeUnbound(name)
        return incref(v)
      }
    }
    case 'name':
      return (f) => {
        if (f.ns !== null) {
          const e = f.ns.map.get(name)
          if (e !== undefined) return incref(e.value)
        }
        const e = f.globals.map.get(name)
        if (e !== undefined) return incref(e.value)
        const b = builtins.map.get(name)
        if (b !== undefined) return incref(b.value)
        nameError(name, false)
      }
  }
}

/**
 * The constant pool: equal constants share one object, as in a code object's co_consts. 3.x compiles a
 * module as one unit and merges equal constants across all its code objects (merge_consts_recursive);
 * 2.7 keeps one co_consts per code object. Keys include the type (1, 1.0 and True stay apart) and tell
 * -0.0 from 0.0, as _PyCode_ConstantKey does.
 */
const unitPools = new WeakMap<object, Map<string, PyObject>>()
const scopePools = new WeakMap<object, Map<string, PyObject>>()

function constPool(ctx: Ctx): Map<string, PyObject> {
  const owner: object = R.profile.py2 ? ctx.scope : R
  const pools = R.profile.py2 ? scopePools : unitPools
  let pool = pools.get(owner)
  if (pool === undefined) pools.set(owner, (pool = new Map()))
  return pool
}

function pooled(ctx: Ctx, key: string, make: () => PyObject): E {
  let cached: PyObject | null = null
  return () => {
    if (cached === null) {
      const pool = constPool(ctx)
      const found = pool.get(key)
      if (found !== undefined) cached = found
      else {
        cached = make()
        cached.refcnt++ // co_consts keeps it
        pool.set(key, cached)
      }
    }
    return incref(cached)
  }
}

function constExpr(e: Extract<Expr, { k: 'Const' }>, ctx: Ctx): E {
  switch (e.kind) {
    case 'None':
      return () => incref(R.None)
    case 'True':
      return () => incref(R.True)
    case 'False':
      return () => incref(R.False)
    case 'Ellipsis':
      return () => incref(R.Ellipsis)
    case 'int': {
      const v = e.value as number | bigint
      return pooled(ctx, `int:${v}`, () => R.int(v))
    }
    case 'float': {
      const v = e.value as number
      return pooled(ctx, `float:${Object.is(v, -0) ? '-0' : v}`, () => R.float(v))
    }
    case 'str':
    case 'bytes':
    case 'unicode': {
      const v = e.value as string
      const kind = e.kind
      // Identifier-like str constants are interned (shared everywhere, immortal on 3.12+).
      if (kind === 'str' && /^[A-Za-z0-9_]*$/.test(v)) {
        let interned: PyObject | null = null
        return () => incref((interned ??= R.intern(v)))
      }
      return pooled(ctx, `${kind}:${v}`, () =>
        kind === 'str' ? R.str(v) : R.typedStr(kind === 'bytes' ? R.T.bytes : R.T.unicode, v),
      )
    }
  }
}

/**
 * Evaluates a call's argument expressions: returns the positional arguments (owned references; `lead`,
 * when given, first — the `self` of LOAD_METHOD) and leaves the keywords in `argsKw`, to be read right
 * after the call. If an argument raises, what was evaluated is released (never `lead`, which stays the
 * caller's) and the error propagates.
 */
type ArgsFn = (f: Frame, lead: PyObject | null) => PyObject[]

/** The keywords of the ArgsFn that returned last (read immediately, before anything else runs). */
let argsKw: Kw | null = null

function compileArgs(args: { kind: string; name: string | null; value: Expr }[], ctx: Ctx): ArgsFn {
  const simple = args.every((a) => a.kind === 'pos')
  const cs = args.map((a) => compileExpr(a.value, ctx))
  if (simple) {
    // Array literals of the exact length: `[]` then push would give every call a 17-slot backing store.
    const n = cs.length
    if (n === 0)
      return (_f, lead) => {
        argsKw = null
        return lead === null ? [] : [lead]
      }
    const c0 = cs[0]
    if (n === 1)
      return (f, lead) => {
        const a = c0(f)
        argsKw = null
        return lead === null ? [a] : [lead, a]
      }
    const c1 = cs[1]
    if (n === 2)
      return (f, lead) => {
        const a = c0(f)
        let b: PyObject
        try {
          b = c1(f)
        } catch (e) {
          decref(a)
          throw e
        }
        argsKw = null
        return lead === null ? [a, b] : [lead, a, b]
      }
    const c2 = cs[2]
    if (n === 3)
      return (f, lead) => {
        const a = c0(f)
        let b: PyObject
        let c: PyObject
        try {
          b = c1(f)
        } catch (e) {
          decref(a)
          throw e
        }
        try {
          c = c2(f)
        } catch (e) {
          decref(a)
          decref(b)
          throw e
        }
        argsKw = null
        return lead === null ? [a, b, c] : [lead, a, b, c]
      }
    return (f, lead) => {
      const pos: PyObject[] = lead === null ? [] : [lead]
      const start = pos.length
      for (let i = 0; i < n; i++) {
        try {
          pos.push(cs[i](f))
        } catch (e) {
          for (let j = start; j < pos.length; j++) decref(pos[j])
          throw e
        }
      }
      argsKw = null
      return pos
    }
  }
  return (f, lead) => {
    const pos: PyObject[] = lead === null ? [] : [lead]
    const start = pos.length
    let kw: Kw | null = null
    try {
      for (let i = 0; i < args.length; i++) {
        const a = args[i]
        const v = cs[i](f)
        if (a.kind === 'pos') pos.push(v)
        else if (a.kind === 'star') {
          try {
            pos.push(...listFromIterable(v))
          } finally {
            decref(v)
          }
        } else if (a.kind === 'kw') {
          if (kw === null) kw = { names: [], values: [] }
          kw.names.push(a.name as string)
          kw.values.push(v)
        } else {
          try {
            if (!(v instanceof PyDict))
              raise('TypeError', `argument after ** must be a mapping, not ${v.type.name}`)
            if (kw === null) kw = { names: [], values: [] }
            kw.starred = true
            for (const en of v.map.values()) {
              const k = (en.key as PyStr).value
              if (kw.names.includes(k)) raise('TypeError', `got multiple values for keyword argument '${k}'`)
              kw.names.push(k)
              kw.values.push(incref(en.value))
            }
          } finally {
            decref(v)
          }
        }
      }
    } catch (e) {
      for (let j = start; j < pos.length; j++) decref(pos[j])
      if (kw !== null) for (const v of kw.values) decref(v)
      throw e
    }
    argsKw = kw
    return pos
  }
}

function compileCall(e: Extract<Expr, { k: 'Call' }>, ctx: Ctx): E {
  const argc = compileArgs(e.args, ctx)
  const transfer = R.profile.argsTransferredToFrame
  const py2 = R.profile.py2
  const site = { n: 0 }
  // Executions of this CALL: from the second on, 3.12+ runs its specialised form (calls.ts essay).
  const runs = { n: 0 }
  if (e.func.k === 'Attribute') {
    // LOAD_METHOD: a plain function found on the type is called with self pushed, no bound method made.
    const objc = compileExpr(e.func.value, ctx)
    const name = e.func.attr
    const msite = newLookupSite()
    return (f) => {
      const obj = objc(f)
      let meth: PyObject | null = null
      if (obj instanceof PyInstance && !obj.type.builtin) {
        const d = lookupAt(msite, obj.type, name)
        if (d instanceof PyFunction && (obj.dict === null || !obj.dict.map.has(name))) meth = d
      } else if (!(obj instanceof PyNative && obj.type === R.T.frame)) {
        const d = obj.type.mro.length > 0 && !(obj.type === R.T.type) ? lookupAt(msite, obj.type, name) : null
        if (
          d instanceof PyBuiltin &&
          d.self === null &&
          !(obj instanceof PyInstance && obj.dict?.map.has(name))
        ) {
          // 2.7's LOAD_ATTR makes a builtin method object for this call, before the arguments are
          // evaluated (see Runtime.transientBorn).
          const bound = py2 ? R.transientBorn('cfunction') : 0
          let pos: PyObject[]
          try {
            pos = argc(f, null)
          } catch (err) {
            if (py2) R.transientFreed('cfunction', bound)
            decref(obj)
            throw err
          }
          const kw = argsKw
          let kwm: Map<string, PyObject> | null = null
          if (kw !== null) {
            kwm = new Map()
            for (let i = 0; i < kw.names.length; i++) kwm.set(kw.names[i], kw.values[i])
          }
          // The argument tuple / keyword dict of its calling convention (calling-conventions.ts).
          const made = d.conv !== 0 ? callAllocations(d.conv, pos, 0, kw && kw.names, kw && kw.values) : null
          try {
            return d.fn(pos, kwm, obj)
          } finally {
            if (made !== null) releaseCallAllocations(made)
            for (let i = 0; i < pos.length; i++) decref(pos[i])
            if (kw !== null) for (const v of kw.values) decref(v)
            if (py2) R.transientFreed('cfunction', bound)
            decref(obj)
            // CALL checks the eval breaker after the call (3.12+ runs a scheduled collection here),
            // except in the specialised forms that skip it (CALL_NO_KW_LIST_APPEND).
            const executed = runs.n++
            if (R.gcPending && !skipsEvalBreaker(d, pos.length, executed)) R.gcBreaker()
          }
        }
      }
      if (meth !== null) {
        // 2.7's LOAD_ATTR makes an instancemethod for this call (see Runtime.transientBorn); CALL_FUNCTION
        // replaces it on the stack by its self and function before calling, so it dies first.
        const bound = py2 ? R.transientBorn('method') : 0
        let pos: PyObject[]
        try {
          pos = argc(f, obj)
        } catch (err) {
          if (py2) R.transientFreed('method', bound)
          decref(obj)
          throw err
        }
        if (py2) R.transientFreed('method', bound)
        return call(meth, pos, argsKw, transfer)
      }
      let fn: PyObject
      try {
        fn = getAttr(obj, name)
      } finally {
        decref(obj)
      }
      let pos: PyObject[]
      try {
        pos = argc(f, null)
      } catch (err) {
        decref(fn)
        throw err
      }
      const kw = argsKw
      const nargs = pos.length
      try {
        return call(fn, pos, kw, transfer, site)
      } finally {
        decref(fn)
        const executed = runs.n++
        if (R.gcPending) afterCCall(fn, kw === null ? nargs : -1, executed)
      }
    }
  }
  const fc = compileExpr(e.func, ctx)
  return (f) => {
    const fn = fc(f)
    let pos: PyObject[]
    try {
      pos = argc(f, null)
    } catch (err) {
      decref(fn)
      throw err
    }
    const kw = argsKw
    const nargs = pos.length
    try {
      if (fn instanceof PyFunction) return callFunction(fn, pos, kw, transfer, 0)
      return call(fn, pos, kw, transfer, site)
    } finally {
      decref(fn)
      const executed = runs.n++
      if (R.gcPending) afterCCall(fn, kw === null ? nargs : -1, executed)
    }
  }
}

/**
 * 3.12+: CALL of a C callable (a builtin, a type) checks the eval breaker when it returns, running a
 * collection an allocation scheduled. Python functions and bound methods are inlined into the
 * evaluation loop instead; their RESUME checks at entry (callFunction).
 */
function afterCCall(fn: PyObject, nargs: number, runs: number): void {
  if (!(fn instanceof PyFunction || fn instanceof PyMethod) && !skipsEvalBreaker(fn, nargs, runs))
    R.gcBreaker()
}

/**
 * 3.12/3.13: a CALL site specialises on its second execution (ADAPTIVE_WARMUP_VALUE 1), and a few
 * specialised forms do not check the eval breaker when they finish (Python/bytecodes.c
 * CALL_NO_KW_LIST_APPEND, CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_TYPE_1; 3.13's CALL_LIST_APPEND,
 * CALL_LEN, CALL_ISINSTANCE, CALL_TYPE_1): a collection scheduled during such a call waits for the
 * next check. `nargs`: positional arguments (-1 with keywords), `runs`: earlier executions of the site.
 */
function skipsEvalBreaker(fn: PyObject, nargs: number, runs: number): boolean {
  if (runs < 1) return false
  if (fn === R.T.type) return nargs === 1
  if (!(fn instanceof PyBuiltin)) return false
  if (fn.owner === R.T.list) return fn.name === 'append' && nargs === 1
  return (
    fn.owner === undefined &&
    fn.self === null &&
    ((fn.name === 'len' && nargs === 1) || (fn.name === 'isinstance' && nargs === 2))
  )
}

function compareOp(op: string, a: PyObject, b: PyObject): PyObject {
  switch (op) {
    case 'is':
      return R.bool(a === b)
    case 'is not':
      return R.bool(a !== b)
    case 'in':
      return R.bool(contains(b, a))
    case 'not in':
      return R.bool(!contains(b, a))
    default:
      return richCompare(a, b, op)
  }
}

/** Build a function object from a definition (MAKE_FUNCTION): defaults, closure cells, qualname. */
export function makeFunctionExpr(fn: FunctionDef, ctx: Ctx): E {
  const info = ctx.compileFunction(fn, ctx)
  const defaultExprs = fn.params
    .filter((p) => p.kind === 'pos' && p.default !== null)
    .map((p) => p.default as Expr)
  // 3.x compiles the defaults as BUILD_TUPLE over their values; when every value is a constant the
  // optimizer folds that into one tuple constant (fold_tuple_on_constants), merged with equal constants
  // of the module: every function made by this definition shares it. 2.7's MAKE_FUNCTION packs the
  // values into a new tuple each time.
  const foldedDefaults =
    !R.profile.py2 && defaultExprs.length > 0
      ? foldedTuple({ k: 'Tuple', elts: defaultExprs, line: fn.line, col: fn.col }, ctx)
      : null
  const defaults = foldedDefaults === null ? defaultExprs.map((d) => compileExpr(d, ctx)) : []
  const kwdefs = fn.params
    .filter((p) => p.kind === 'kwonly' && p.default !== null)
    .map((p) => ({ name: p.name, c: compileExpr(p.default as Expr, ctx) }))
  const scope = fn.scope as ScopeInfo
  const freeLoads = scope.freevars.map((n) => {
    const r = ctx.scope.resolve(n)
    if (r.kind !== 'deref' && r.kind !== 'classderef') throw new Error('closure over non-cell ' + n)
    return r.index
  })
  let code: PyCode | null = null
  return (f) => {
    if (code === null) {
      code = R.born(new PyCode(R.T.code, info), 'other', false)
    }
    const dv = defaults.map((d) => d(f))
    const kd = kwdefs.length ? R.dict() : null
    for (const k of kwdefs) {
      const v = k.c(f)
      const ks = R.str(k.name)
      dictSet(kd as PyDict, ks, v)
      decref(ks)
      decref(v)
    }
    const closure = freeLoads.length ? R.tuple(freeLoads.map((i) => incref(f.cells[i]))) : null
    const func = new PyFunction(
      R.T.function,
      incref(code),
      incref(f.globals),
      R.intern(fn.name),
      foldedDefaults !== null ? (foldedDefaults(f) as PyTuple) : dv.length ? R.tuple(dv) : null,
      kd,
      closure,
    )
    return R.born(func, 'other', true)
  }
}

function buildComp(e: Extract<Expr, { k: 'Comp' }>, ctx: Ctx): E {
  const info = ctx.compileComprehension(e, ctx)
  const iter0 = compileIterable(e.gens[0].iter, ctx)
  const scope = e.scope as ScopeInfo
  const freeLoads = scope.freevars.map((n) => {
    const r = ctx.scope.resolve(n)
    if (r.kind !== 'deref' && r.kind !== 'classderef') throw new Error('closure over non-cell ' + n)
    return r.index
  })
  let code: PyCode | null = null
  const isCall = R.profile.comprehensionIsCall || e.kind === 'gen'
  return (f) => {
    if (code === null) code = R.born(new PyCode(R.T.code, info), 'other', false)
    const src = iter0(f)
    let it: PyObject
    try {
      it = getIter(src)
    } finally {
      decref(src)
    }
    const closure = freeLoads.length ? R.tuple(freeLoads.map((i) => incref(f.cells[i]))) : null
    const func = new PyFunction(
      R.T.function,
      incref(code),
      incref(f.globals),
      R.intern(info.name),
      null,
      null,
      closure,
    )
    if (isCall) {
      R.born(func, 'other', true)
      try {
        return call(func, [it], null, R.profile.argsTransferredToFrame)
      } finally {
        decref(func)
      }
    }
    // PEP 709 (3.12+): inlined; no function object, no extra frame depth.
    func.refcnt = 1
    R.depth--
    try {
      return call(func, [it], null, true)
    } finally {
      R.depth++
      decrefQuiet(func)
    }
  }
}

/** Drop a function object that never went through the allocator (inlined comprehensions). */
function decrefQuiet(func: PyFunction): void {
  decref(func.code)
  decref(func.globals)
  decref(func.name)
  if (func.closure !== null) decref(func.closure)
}

/**
 * 2.7 `a[i:j]` (no step): the container the next Slice expression slices, so that it can tell whether
 * CPython would make a slice object at all (only for containers without sq_slice). Set just before the
 * key is evaluated, read and cleared by the Slice closure.
 */
export const sliceTarget: { container: PyObject | null } = { container: null }

/** True when `index` is a 2.7 simple slice, which needs sliceTarget. */
export function slicesDirectly(index: Expr): boolean {
  return R.profile.py2 && index.k === 'Slice' && index.step === null
}

export function compileExpr(e: Expr, ctx: Ctx): E {
  switch (e.k) {
    case 'Name':
      return compileName(e.id, ctx)
    case 'Const':
      return constExpr(e, ctx)
    case 'Attribute': {
      const o = compileExpr(e.value, ctx)
      const name = e.attr
      // A name with a leading underscore may be special (__dict__, __class__): the general path only.
      if (name.charCodeAt(0) !== 95) {
        const site = newLookupSite()
        return (f) => {
          const obj = o(f)
          try {
            return getAttrAt(obj, name, site)
          } finally {
            decref(obj)
          }
        }
      }
      return (f) => {
        const obj = o(f)
        try {
          return getAttr(obj, name)
        } finally {
          decref(obj)
        }
      }
    }
    case 'Subscript': {
      const o = compileExpr(e.value, ctx)
      const k = compileExpr(e.index, ctx)
      const hint = slicesDirectly(e.index)
      return (f) => {
        const obj = o(f)
        let key: PyObject
        try {
          if (hint) sliceTarget.container = obj
          key = k(f)
        } catch (err) {
          decref(obj)
          throw err
        }
        try {
          return getItem(obj, key)
        } finally {
          decref(obj)
          decref(key)
        }
      }
    }
    case 'Slice': {
      const parts = [e.lower, e.upper, e.step].map((x) => (x === null ? null : compileExpr(x, ctx)))
      // 3.x: PySlice_New takes the cached slice when there is one (kind 'slice').
      const kind = R.profile.py2 ? 'other' : 'slice'
      if (R.profile.py2 && e.step === null)
        return (f) => {
          const c = sliceTarget.container
          sliceTarget.container = null
          const held = parts.map((p) => (p === null ? incref(R.None) : p(f)))
          const direct = c instanceof PyList || c instanceof PyTuple || c instanceof PyStr
          return R.born(new PyNative(direct ? R.T.slice_direct : R.T.slice, held, null), 'other', !direct)
        }
      return (f) => {
        const held = parts.map((p) => (p === null ? incref(R.None) : p(f)))
        return R.born(new PyNative(R.T.slice, held, null), kind, true)
      }
    }
    case 'Call':
      return compileCall(e, ctx)
    case 'BinOp': {
      const folded = foldedBinOp(e, ctx)
      if (folded !== null) return folded
      const l = compileExpr(e.left, ctx)
      const r = compileExpr(e.right, ctx)
      const op = e.op
      return (f) => {
        const a = l(f)
        let b: PyObject
        try {
          b = r(f)
        } catch (err) {
          decref(a)
          throw err
        }
        try {
          return binaryOp(op, a, b)
        } finally {
          decref(a)
          decref(b)
        }
      }
    }
    case 'UnaryOp': {
      const folded = foldedNumber(e)
      if (folded !== null) return constExpr(folded, ctx)
      const o = compileExpr(e.operand, ctx)
      const op = e.op
      return (f) => {
        const v = o(f)
        try {
          return unaryOp(op, v)
        } finally {
          decref(v)
        }
      }
    }
    case 'BoolOp': {
      const l = compileExpr(e.left, ctx)
      const r = compileExpr(e.right, ctx)
      const isAnd = e.op === 'and'
      return (f) => {
        const a = l(f)
        let t: boolean
        try {
          t = truthy(a)
        } catch (err) {
          decref(a)
          throw err
        }
        if (t !== isAnd) return a
        decref(a)
        return r(f)
      }
    }
    case 'Compare': {
      const first = compileExpr(e.left, ctx)
      const rest = e.comparators.map((c, i) =>
        e.ops[i] === 'in' || e.ops[i] === 'not in' ? compileContainerOperand(c, ctx) : compileExpr(c, ctx),
      )
      const ops = e.ops
      if (ops.length === 1) {
        const op = ops[0]
        const r0 = rest[0]
        return (f) => {
          const a = first(f)
          let b: PyObject
          try {
            b = r0(f)
          } catch (err) {
            decref(a)
            throw err
          }
          try {
            return compareOp(op, a, b)
          } finally {
            decref(a)
            decref(b)
          }
        }
      }
      return (f) => {
        let a = first(f)
        for (let i = 0; i < ops.length; i++) {
          let b: PyObject
          try {
            b = rest[i](f)
          } catch (err) {
            decref(a)
            throw err
          }
          let r: PyObject
          try {
            r = compareOp(ops[i], a, b)
          } catch (err) {
            decref(a)
            decref(b)
            throw err
          }
          decref(a)
          if (i === ops.length - 1) {
            decref(b)
            return r
          }
          if (!truthy(r)) {
            decref(b)
            return r
          }
          decref(r)
          a = b
        }
        throw new Error('unreachable')
      }
    }
    case 'IfExp': {
      const t = compileExpr(e.test, ctx)
      const b = compileExpr(e.body, ctx)
      const o = compileExpr(e.orelse, ctx)
      return (f) => {
        const c = t(f)
        let v: boolean
        try {
          v = truthy(c)
        } finally {
          decref(c)
        }
        return v ? b(f) : o(f)
      }
    }
    case 'Lambda':
      return makeFunctionExpr(e.fn, ctx)
    case 'Tuple':
    case 'List':
    case 'Set': {
      if (e.k === 'Tuple') {
        const folded = foldedTuple(e, ctx)
        if (folded !== null) return folded
      }
      const hasStar = e.elts.some((x) => x.k === 'Starred')
      const cs = e.elts.map((x) => compileExpr(x.k === 'Starred' ? x.value : x, ctx))
      const star = e.elts.map((x) => x.k === 'Starred')
      const kind = e.k
      // 3.9+ compiles a display of 3+ constants to an empty list/set extended by a constant.
      const fromConstant = !hasStar && e.elts.length >= 3 && e.elts.every(isConstantExpr)
      return (f) => {
        const items: PyObject[] = []
        try {
          for (let i = 0; i < cs.length; i++) {
            const v = cs[i](f)
            if (hasStar && star[i]) {
              try {
                items.push(...listFromIterable(v))
              } finally {
                decref(v)
              }
            } else items.push(v)
          }
        } catch (err) {
          for (const x of items) decref(x)
          throw err
        }
        if (kind === 'Tuple') return R.tuple(items)
        if (kind === 'List') {
          const l = R.list(items)
          if (fromConstant) listFromConstants(l)
          return l
        }
        const s = R.set()
        try {
          // 3.9+ folds a display of constants into a frozenset constant, which the compiler rebuilds
          // from its own iteration order (merge_consts_recursive); the new set copies that layout.
          const unique = fromConstant && !R.profile.py2 ? distinct(items) : items
          const order = unique === items ? null : constantDisplayOrder(unique)
          const source = order === null ? items : order.map((i) => unique[i])
          for (const x of source) {
            const k = hashKey(x)
            if (!s.map.has(k)) {
              s.map.set(k, incref(x))
              if (!fromConstant || R.profile.py2) setAdded(s)
            }
          }
          if (fromConstant && !R.profile.py2) setMerged(s, s.map.size)
          // The merged layout is not what adding these items one by one would give: keep it.
          if (order !== null) {
            fixTableOrder(s, source)
            useTable(s, constantDisplayTable(unique.map((x): [unknown, PyObject] => [hashKey(x), x])))
          }
        } catch (err) {
          decref(s)
          throw err
        } finally {
          for (const x of items) decref(x)
        }
        return s
      }
    }
    case 'Dict': {
      const ks = e.keys.map((k) => (k === null ? null : compileExpr(k, ctx)))
      const vs = e.values.map((v) => compileExpr(v, ctx))
      // BUILD_MAP n / BUILD_CONST_KEY_MAP: _PyDict_NewPresized(n), then n inserts.
      const presize = ks.every((k) => k !== null)
      const strKeys = e.keys.every((k) => k !== null && k.k === 'Const' && k.kind === 'str')
      return (f) => {
        const d = R.dict()
        if (presize) dictPresize(d, ks.length, strKeys)
        try {
          for (let i = 0; i < vs.length; i++) {
            const kc = ks[i]
            if (kc === null) {
              const m = vs[i](f)
              try {
                if (!(m instanceof PyDict)) raise('TypeError', `'${m.type.name}' object is not a mapping`)
                for (const en of m.map.values()) dictSet(d, en.key, en.value)
              } finally {
                decref(m)
              }
              continue
            }
            const k = kc(f)
            let v: PyObject
            try {
              v = vs[i](f)
            } catch (err) {
              decref(k)
              throw err
            }
            try {
              dictSet(d, k, v)
            } finally {
              decref(k)
              decref(v)
            }
          }
        } catch (err) {
          decref(d)
          throw err
        }
        if (R.profile.py2 && presize && ks.length > 5) useTable(d, presizedDictTable27(d, ks.length))
        return d
      }
    }
    case 'Starred':
      throw new PyErrorCompile('starred expression', e.line)
    case 'Comp':
      if (e.scope === null)
        return (ctx as unknown as { inlineComp: (e: Expr, c: Ctx) => E }).inlineComp(e, ctx)
      return buildComp(e, ctx)
    case 'Yield':
      throw new PyErrorCompile('yield inside an expression', e.line)
    case 'FString': {
      const parts = e.parts.map((p) =>
        typeof p === 'string'
          ? p
          : {
              c: compileExpr(p.expr, ctx),
              conv: p.conv,
              spec: p.spec,
              specParts:
                p.specParts === null
                  ? null
                  : p.specParts.map((x) => (typeof x === 'string' ? x : compileExpr(x, ctx))),
            },
      )
      return (f) => {
        let out = ''
        for (const p of parts) {
          if (typeof p === 'string') {
            out += p
            continue
          }
          let spec = p.spec ?? ''
          if (p.specParts !== null) {
            spec = ''
            for (const sp of p.specParts) {
              if (typeof sp === 'string') spec += sp
              else {
                const nv = sp(f)
                try {
                  spec += formatValue(nv, '')
                } finally {
                  decref(nv)
                }
              }
            }
          }
          const v = p.c(f)
          try {
            // FORMAT_VALUE: the conversion (str, repr, ascii) first, then format() with the spec.
            if (p.conv === null) out += formatValue(v, spec)
            else {
              const text = p.conv === 'r' ? repr(v) : p.conv === 'a' ? asciiOf(repr(v)) : str(v)
              if (spec === '') out += text
              else {
                const s = R.str(text)
                try {
                  out += formatValue(s, spec)
                } finally {
                  decref(s)
                }
              }
            }
          } finally {
            decref(v)
          }
        }
        return R.str(out)
      }
    }
  }
}

/** A construct found while compiling that the simulator does not support. */
export class PyErrorCompile extends Error {
  constructor(
    readonly construct: string,
    readonly line: number,
  ) {
    super(construct)
  }
}

export { PyError, PyTuple, iterNext }

// ---- constant folding (3.x Python/ast_opt.c; 2.7 Python/ast.c and Python/peephole.c) ----

/**
 * A signed number literal the compiler folds into one constant: `-2`, `-2.5` (2.7's parser folds the
 * minus into the literal; 3.x's AST optimiser folds `-` and `+`). null when `e` is anything else.
 */
function foldedNumber(e: Expr): Extract<Expr, { k: 'Const' }> | null {
  if (e.k !== 'UnaryOp' || e.operand.k !== 'Const') return null
  const c = e.operand
  if (c.kind !== 'int' && c.kind !== 'float') return null
  if (e.op === '+' && !R.profile.py2) return c
  if (e.op !== '-') return null
  if (c.kind === 'float') return { ...c, value: -c.value }
  const v = c.value
  const neg = typeof v === 'bigint' ? -v : v === 0 ? 0 : -v
  // -(2**63) fits a 2.7 int once negated; keep numbers safe, else bigint.
  const value = typeof neg === 'bigint' && neg >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(neg) : neg
  return { ...c, value }
}

/** A literal constant as the 2.7 peephole optimiser sees it: a literal or a negated number. */
function isLiteralConstant(x: Expr): boolean {
  return x.k === 'Const' || foldedNumber(x) !== null
}

/** Pool key of a folded constant (type-aware, as _PyCode_ConstantKey). */
function constantKey(x: Expr): string {
  const n = x.k === 'UnaryOp' ? foldedNumber(x) : x.k === 'BinOp' ? foldBinOpValue(x, true) : null
  const c = n ?? x
  if (c.k === 'Const') {
    if (c.kind === 'float') return `float:${Object.is(c.value, -0) ? '-0' : c.value}`
    return `${c.kind}:${String(c.value)}`
  }
  if (c.k === 'Tuple') return `tuple:(${c.elts.map(constantKey).join(',')})`
  return '?'
}

/** The object a constant element evaluates to (a new reference), made at compile time. */
function constantValue(x: Expr, ctx: Ctx): PyObject {
  return compileExpr(x, ctx)(null as unknown as Frame)
}

/**
 * A tuple display the compiler turns into one constant, created when the code is compiled (so running
 * it allocates nothing), or null. 3.x (ast_opt.c fold_tuple): any tuple of constants, nested tuples and
 * signed numbers included, merged with equal constants across the module (merge_consts_recursive). 2.7
 * (peephole.c tuple_of_constants): only a tuple of literal constants — one holding a nested tuple display
 * keeps its BUILD_TUPLE — and every display site is its own constant.
 */
function foldedTuple(e: Extract<Expr, { k: 'Tuple' }>, ctx: Ctx): E | null {
  if (e.elts.length === 0) return null
  if (R.profile.py2) {
    if (!e.elts.every(isLiteralConstant)) return null
    const t = R.tuple(e.elts.map((x) => constantValue(x, ctx)))
    return () => incref(t)
  }
  if (!e.elts.every(isConstantExpr)) return null
  const get = pooled(ctx, constantKey(e), () => R.tuple(e.elts.map((x) => constantValue(x, ctx))))
  decref(get(null as unknown as Frame)) // made now, at compile time
  return get
}

/**
 * The right operand of `in` / `not in`: 3.x and 2.7 turn a list display of constants into a tuple
 * constant; 3.x also turns any other list display into a tuple and a set display of constants into a
 * frozenset constant (ast_opt.c fold_compare, peephole.c).
 */
function compileContainerOperand(c: Expr, ctx: Ctx): E {
  if (c.k === 'List' && !c.elts.some((x) => x.k === 'Starred')) {
    const asTuple: Extract<Expr, { k: 'Tuple' }> = { k: 'Tuple', elts: c.elts, line: c.line, col: c.col }
    if (!R.profile.py2) return compileExpr(asTuple, ctx)
    const folded = foldedTuple(asTuple, ctx)
    if (folded !== null) return folded
  }
  if (c.k === 'Set' && !R.profile.py2 && c.elts.length > 0 && c.elts.every(isConstantExpr)) {
    const keys = [...new Set(c.elts.map(constantKey))].sort()
    const get = pooled(ctx, `frozenset:{${keys.join(',')}}`, () => {
      const fs = R.set(true)
      for (const x of c.elts) {
        const v = constantValue(x, ctx)
        const k = hashKey(v)
        if (fs.map.has(k)) decref(v)
        else {
          fs.map.set(k, v)
          setAdded(fs)
        }
      }
      return fs
    })
    decref(get(null as unknown as Frame))
    return get
  }
  return compileExpr(c, ctx)
}

/**
 * What a `for` loop iterates over: 3.x compiles a list display there as a tuple (ast_opt.c fold_iter),
 * folded into a constant when it holds only constants; 2.7 builds the list.
 */
export function compileIterable(it: Expr, ctx: Ctx): E {
  if (!R.profile.py2 && it.k === 'List' && !it.elts.some((x) => x.k === 'Starred'))
    return compileExpr({ k: 'Tuple', elts: it.elts, line: it.line, col: it.col }, ctx)
  return compileExpr(it, ctx)
}

/** The literal (or folded) number or string `x` stands for, or null. */
function scalarConstant(x: Expr, trueDivision: boolean): Extract<Expr, { k: 'Const' }> | null {
  if (x.k === 'Const')
    return x.kind === 'int' ||
      x.kind === 'float' ||
      x.kind === 'str' ||
      x.kind === 'bytes' ||
      x.kind === 'unicode'
      ? x
      : null
  if (x.k === 'UnaryOp') return foldedNumber(x)
  if (x.k === 'BinOp') return foldBinOpValue(x, trueDivision)
  return null
}

const bitLength = (v: number | bigint): number =>
  (typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.trunc(Math.abs(v)))).toString(2).length

/**
 * The value the compiler folds `a op b` into, as a literal node, or null when it leaves the operation to
 * run time. 3.x Python/ast_opt.c fold_binop (safe_multiply/safe_power/safe_lshift: ints up to 128 bits,
 * strings up to 4096 characters; no folding of `str % x`); 2.7 Python/peephole.c
 * fold_binops_on_constants (any size of number, sequences up to 20 items; not classic division).
 */
function foldBinOpValue(
  e: Extract<Expr, { k: 'BinOp' }>,
  trueDivision: boolean,
): Extract<Expr, { k: 'Const' }> | null {
  const a = scalarConstant(e.left, trueDivision)
  const b = scalarConstant(e.right, trueDivision)
  if (a === null || b === null) return null
  const py2 = R.profile.py2
  const op = e.op
  const isNum = (c: Extract<Expr, { k: 'Const' }>) => c.kind === 'int' || c.kind === 'float'
  const isSeq = (c: Extract<Expr, { k: 'Const' }>) => !isNum(c)
  if (py2) {
    if (op === '/' && !trueDivision) return null
    // The result is dropped when longer than 20 items: do not build huge ones to find out.
    if (op === '*' && isSeq(a) !== isSeq(b)) {
      const seq = isSeq(a) ? a : b
      const n = Number((isSeq(a) ? b : a).value)
      if (!Number.isFinite(n) || (seq.value as string).length * Math.max(n, 0) > 20) return null
    }
    if (
      op === '**' &&
      a.kind === 'int' &&
      b.kind === 'int' &&
      bitLength(a.value as number | bigint) * Number(b.value) > 100_000
    )
      return null
  } else {
    if (op === '%' && isSeq(a)) return null
    if (
      op === '*' &&
      a.kind === 'int' &&
      b.kind === 'int' &&
      bitLength(a.value as number | bigint) + bitLength(b.value as number | bigint) > 128
    )
      return null
    if (op === '*' && isSeq(a) !== isSeq(b)) {
      const seq = isSeq(a) ? a : b
      const n = Number((isSeq(a) ? b : a).value)
      if (!Number.isFinite(n) || (seq.value as string).length * Math.max(n, 0) > 4096) return null
    }
    if (op === '**' && a.kind === 'int' && b.kind === 'int') {
      const n = Number(b.value)
      if (n >= 0 && bitLength(a.value as number | bigint) * n > 128) return null
    }
    if (op === '<<' && a.kind === 'int' && b.kind === 'int') {
      const n = Number(b.value)
      if (n < 0 || n > 128 || bitLength(a.value as number | bigint) + n > 128) return null
    }
  }
  const va = constantObject(a)
  const vb = constantObject(b)
  let r: PyObject
  try {
    r = binaryOp(op, va, vb)
  } catch (err) {
    if (err instanceof PyError) {
      decref(err.exc)
      return null
    }
    throw err
  } finally {
    decref(va)
    decref(vb)
  }
  try {
    if (r instanceof PyInt && (r.type === R.T.int || r.type === R.T.long))
      return { k: 'Const', kind: 'int', value: r.value, line: e.line, col: e.col }
    if (r instanceof PyFloat) return { k: 'Const', kind: 'float', value: r.value, line: e.line, col: e.col }
    if (r instanceof PyStr) {
      if (py2 && [...r.value].length > 20) return null
      const kind = r.type === R.T.bytes ? 'bytes' : r.type === R.T.unicode ? 'unicode' : 'str'
      return { k: 'Const', kind, value: r.value, line: e.line, col: e.col }
    }
    return null
  } finally {
    decref(r)
  }
}

/** A throwaway object for a literal node (the operands of a fold). */
function constantObject(c: Extract<Expr, { k: 'Const' }>): PyObject {
  switch (c.kind) {
    case 'int':
      return R.int(c.value as number | bigint)
    case 'float':
      return R.float(c.value as number)
    case 'str':
      return R.str(c.value as string)
    default:
      return R.typedStr(c.kind === 'bytes' ? R.T.bytes : R.T.unicode, c.value as string)
  }
}

/** `a op b` folded into a constant when the compiler would (see foldBinOpValue), else null. */
function foldedBinOp(e: Extract<Expr, { k: 'BinOp' }>, ctx: Ctx): E | null {
  const c = foldBinOpValue(e, ctx.trueDivision)
  if (c === null) return null
  // 2.7's peephole appends the result to co_consts: one reference fewer than a literal, and no sharing
  // with an equal literal (identifier-like strings are interned all the same, by PyCode_New).
  if (R.profile.py2) {
    let v: PyObject
    if (c.kind === 'str' && /^[A-Za-z0-9_]*$/.test(c.value as string)) {
      // PyCode_New interns it in place: the co_consts entry becomes (or is) the interned string.
      const known = R.interned.get(c.value as string)
      if (known !== undefined) v = incref(known)
      else {
        v = R.intern(c.value as string)
        v.refcnt-- // interned-dict references are not counted (SSTATE_INTERNED_MORTAL)
      }
    } else v = constantObject(c)
    return () => incref(v)
  }
  return constExpr(c, ctx)
}

/** ascii(): a repr with every non-ASCII character escaped (\\xhh, \\uhhhh, \\Uhhhhhhhh). */
function asciiOf(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c < 128) out += ch
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += '\\U' + c.toString(16).padStart(8, '0')
  }
  return out
}

/**
 * A constant the 3.x compiler folds: a literal, a signed number, an operation on constants that
 * fold_binop folds (`2 ** 64`), or a tuple of constants.
 */
function isConstantExpr(x: Expr): boolean {
  if (x.k === 'Const') return true
  if (x.k === 'UnaryOp' && (x.op === '-' || x.op === '+')) return x.operand.k === 'Const'
  if (x.k === 'BinOp') return !R.profile.py2 && foldBinOpValue(x, true) !== null
  if (x.k === 'Tuple') return x.elts.every(isConstantExpr)
  return false
}

/** The items with later duplicates (equal hash keys) removed, in order. */
function distinct(items: PyObject[]): PyObject[] {
  const seen = new Set<unknown>()
  const out: PyObject[] = []
  for (const x of items) {
    const k = hashKey(x)
    if (!seen.has(k)) {
      seen.add(k)
      out.push(x)
    }
  }
  return out
}
