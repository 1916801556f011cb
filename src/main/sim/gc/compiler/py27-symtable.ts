/**
 * CPython 2.7's symbol table (Python/symtable.c), as far as it decides the compiler's GC allocations:
 * which blocks exist and in what order they are made (`symtable_enter_block` -> `ste_new`, one
 * PySTEntryObject per module, class, function, lambda, generator expression, set and dict
 * comprehension; 2.7 list comprehensions run inline), each block's parameters (`ste_varnames`), and the
 * scope `analyze_block` gives every name (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), from
 * which compile.c picks the dict a name goes to and builds co_cellvars / co_freevars (`dictbytype`).
 *
 * Simplifications:
 * - Errors and warnings (duplicate arguments, `global` after use, `import *` in functions) are not
 *   reported: the simulator's parser rejects such programs or they do not occur in the lab's subset.
 * - Nested tuple parameters (`def f((a, b))`) do not exist in the simulator's AST.
 */
import type { Expr, FunctionDef, Module, Stmt } from '@sim/parse/ast'

export const DEF_GLOBAL = 1
export const DEF_LOCAL = 2
export const DEF_PARAM = 4
export const USE = 8
export const DEF_FREE_CLASS = 32
export const DEF_IMPORT = 64
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

export const LOCAL = 1
export const GLOBAL_EXPLICIT = 2
export const GLOBAL_IMPLICIT = 3
export const FREE = 4
export const CELL = 5

export type BlockType = 'module' | 'function' | 'class'

/** One PySTEntryObject. */
export interface Block27 {
  readonly type: BlockType
  /** ste_symbols: name -> DEF_* flags (insertion order as in the dict). */
  readonly flags: Map<string, number>
  /** Scope per name after analysis (names absent here have scope 0). */
  readonly scopes: Map<string, number>
  /** ste_varnames: the parameters, in order. */
  readonly params: string[]
  readonly children: Block27[]
  readonly nested: boolean
  /** The class name for name mangling inside this block (st_private), or null. */
  readonly private: string | null
  /** co_cellvars and co_freevars, sorted as dictbytype() sorts them. */
  cellvars: string[]
  freevars: string[]
}

export interface SymbolTable27 {
  readonly top: Block27
  /** Every block, in the order ste_new made them. */
  readonly blocks: Block27[]
  /** The block of a FunctionDef, ClassDef statement or comprehension/lambda node. */
  readonly byNode: Map<object, Block27>
}

/** `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`. */
export function mangle(priv: string | null, name: string): string {
  if (priv === null || !name.startsWith('__')) return name
  if (name.endsWith('__') || name.includes('.')) return name
  const stripped = priv.replace(/^_+/, '')
  if (stripped === '') return name
  return '_' + stripped + name
}

type Ctx = 'load' | 'store' | 'del'

class Builder {
  readonly blocks: Block27[] = []
  readonly byNode = new Map<object, Block27>()
  private cur!: Block27
  private top!: Block27
  private priv: string | null = null

  build(mod: Module): SymbolTable27 {
    this.top = this.enter('module', mod)
    this.stmts(mod.body)
    analyze(this.top)
    return { top: this.top, blocks: this.blocks, byNode: this.byNode }
  }

  private enter(type: BlockType, node: object): Block27 {
    const parent = this.blocks.length > 0 ? this.cur : null
    const b: Block27 = {
      type,
      flags: new Map(),
      scopes: new Map(),
      params: [],
      children: [],
      nested: parent !== null && (parent.nested || parent.type === 'function'),
      private: this.priv,
      cellvars: [],
      freevars: [],
    }
    this.blocks.push(b)
    this.byNode.set(node, b)
    if (parent !== null) parent.children.push(b)
    this.cur = b
    return b
  }

  private addDef(name: string, flag: number): void {
    const m = mangle(this.priv, name)
    this.cur.flags.set(m, (this.cur.flags.get(m) ?? 0) | flag)
    if (flag & DEF_PARAM) this.cur.params.push(m)
    else if (flag & DEF_GLOBAL) this.top.flags.set(m, (this.top.flags.get(m) ?? 0) | flag)
  }

  private stmts(ss: readonly Stmt[]): void {
    for (const s of ss) this.stmt(s)
  }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'Expr':
        // 2.7's exec statement, `exec(code, globals)`: the operands only.
        if (s.value.k === 'Call' && s.value.func.k === 'Name' && s.value.func.id === 'exec')
          for (const a of s.value.args) this.expr(a.value)
        else this.expr(s.value)
        break
      case 'Assign':
        for (const t of s.targets) this.expr(t, 'store')
        this.expr(s.value)
        break
      case 'AugAssign':
        this.expr(s.target, 'store')
        this.expr(s.value)
        break
      case 'Delete':
        for (const t of s.targets) this.expr(t, 'del')
        break
      case 'Return':
        if (s.value) this.expr(s.value)
        break
      case 'If':
      case 'While':
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case 'For':
        this.expr(s.target, 'store')
        this.expr(s.iter)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case 'Try':
        // 2.7: TryFinally(body=[TryExcept(body, handlers, orelse)], finalbody); TryExcept visits its
        // body, then orelse, then the handlers.
        this.stmts(s.body)
        this.stmts(s.orelse)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type)
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL)
          this.stmts(h.body)
        }
        this.stmts(s.finalbody)
        break
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        if (s.cause) this.expr(s.cause)
        break
      case 'Assert':
        this.expr(s.test)
        if (s.msg) this.expr(s.msg)
        break
      case 'FunctionDef':
        this.addDef(s.fn.name, DEF_LOCAL)
        this.function(s.fn, s.fn.decorators)
        break
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL)
        for (const b of s.bases) this.expr(b)
        for (const d of s.decorators) this.expr(d)
        const saved = this.cur
        const savedPriv = this.priv
        this.enter('class', s)
        this.priv = s.name
        // The class block itself mangles with its own name (st_private is set after entering).
        ;(this.cur as { private: string | null }).private = s.name
        this.stmts(s.body)
        this.priv = savedPriv
        this.cur = saved
        break
      }
      case 'Global':
        for (const n of s.names) this.addDef(n, DEF_GLOBAL)
        break
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const store = a.asname ?? (s.k === 'Import' ? a.name.split('.')[0] : a.name)
          if (store !== '*') this.addDef(store, DEF_IMPORT)
        }
        break
      case 'With':
        for (const it of s.items) {
          this.expr(it.ctx)
          if (it.target) this.expr(it.target, 'store')
        }
        this.stmts(s.body)
        break
      case 'Pass':
      case 'Break':
      case 'Continue':
      case 'Nonlocal':
        break
    }
  }

  /** FunctionDef and Lambda: defaults and decorators in the enclosing block, then the new block. */
  private function(fn: FunctionDef, decorators: readonly Expr[]): void {
    for (const p of fn.params) if (p.default) this.expr(p.default)
    for (const d of decorators) this.expr(d)
    const saved = this.cur
    this.enter('function', fn)
    for (const p of fn.params) if (p.kind === 'pos') this.addDef(p.name, DEF_PARAM)
    for (const p of fn.params) if (p.kind === 'star') this.addDef(p.name, DEF_PARAM)
    for (const p of fn.params) if (p.kind === 'dstar') this.addDef(p.name, DEF_PARAM)
    this.stmts(fn.body)
    this.cur = saved
  }

  private expr(e: Expr, ctx: Ctx = 'load'): void {
    switch (e.k) {
      case 'Name':
        this.addDef(e.id, ctx === 'load' ? USE : DEF_LOCAL)
        break
      case 'Const':
        // 2.7: None, True and False are names.
        if (e.kind === 'None' || e.kind === 'True' || e.kind === 'False') this.addDef(e.kind, USE)
        break
      case 'Attribute':
        this.expr(e.value)
        break
      case 'Subscript':
        this.expr(e.value)
        this.expr(e.index)
        break
      case 'Slice':
        if (e.lower) this.expr(e.lower)
        if (e.upper) this.expr(e.upper)
        if (e.step) this.expr(e.step)
        break
      case 'Call':
        this.expr(e.func)
        for (const kind of ['pos', 'kw', 'star', 'dstar'])
          for (const a of e.args) if (a.kind === kind) this.expr(a.value)
        break
      case 'BinOp':
      case 'BoolOp':
        this.expr(e.left)
        this.expr(e.right)
        break
      case 'UnaryOp':
        this.expr(e.operand)
        break
      case 'Compare':
        this.expr(e.left)
        for (const c of e.comparators) this.expr(c)
        break
      case 'IfExp':
        this.expr(e.test)
        this.expr(e.body)
        this.expr(e.orelse)
        break
      case 'Lambda':
        this.function(e.fn, [])
        break
      case 'Tuple':
      case 'List':
        for (const x of e.elts) this.expr(x, ctx)
        break
      case 'Set':
        for (const x of e.elts) this.expr(x)
        break
      case 'Dict':
        for (let i = 0; i < e.values.length; i++) {
          const k = e.keys[i]
          if (k) this.expr(k)
          this.expr(e.values[i])
        }
        break
      case 'Starred':
        this.expr(e.value, ctx)
        break
      case 'Yield':
        if (e.value) this.expr(e.value)
        break
      case 'Comp':
        this.comprehension(e)
        break
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.expr(p.expr)
        break
    }
  }

  private comprehension(e: Extract<Expr, { k: 'Comp' }>): void {
    if (e.kind === 'list') {
      // 2.7: inline, names belong to the current block.
      this.expr(e.elt)
      for (const g of e.gens) {
        this.expr(g.target, 'store')
        this.expr(g.iter)
        for (const c of g.ifs) this.expr(c)
      }
      return
    }
    // symtable_handle_comprehension: the outermost iterable is evaluated in the current block.
    const [outer, ...rest] = e.gens
    this.expr(outer.iter)
    const saved = this.cur
    this.enter('function', e)
    this.addDef('.0', DEF_PARAM)
    this.expr(outer.target, 'store')
    for (const c of outer.ifs) this.expr(c)
    for (const g of rest) {
      this.expr(g.target, 'store')
      this.expr(g.iter)
      for (const c of g.ifs) this.expr(c)
    }
    if (e.value) this.expr(e.value)
    this.expr(e.elt)
    this.cur = saved
  }
}

/** symtable_analyze: the scope of every name, cells and free variables (2.7 uses dicts as sets). */
function analyze(top: Block27): void {
  analyzeBlock(top, null, new Set(), new Set())
}

function analyzeBlock(b: Block27, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
  const local = new Set<string>()
  const scope = b.scopes
  let newglobal = new Set<string>()
  const newfree = new Set<string>()
  let newbound = new Set<string>()
  if (b.type === 'class') {
    newglobal = new Set(global)
    if (bound) newbound = new Set(bound)
  }
  for (const [name, flags] of b.flags) {
    if (flags & DEF_GLOBAL) {
      scope.set(name, GLOBAL_EXPLICIT)
      global.add(name)
      bound?.delete(name)
    } else if (flags & DEF_BOUND) {
      scope.set(name, LOCAL)
      local.add(name)
      global.delete(name)
    } else if (bound?.has(name)) {
      scope.set(name, FREE)
      free.add(name)
    } else scope.set(name, GLOBAL_IMPLICIT)
  }
  if (b.type !== 'class') {
    if (b.type === 'function') for (const n of local) newbound.add(n)
    if (bound) for (const n of bound) newbound.add(n)
    for (const n of global) newglobal.add(n)
  }
  const allfree = new Set<string>()
  for (const c of b.children) {
    const tf = new Set(newfree)
    analyzeBlock(c, new Set(newbound), tf, new Set(newglobal))
    for (const n of tf) allfree.add(n)
  }
  for (const n of allfree) newfree.add(n)
  if (b.type === 'function')
    for (const [name, s] of scope)
      if (s === LOCAL && newfree.has(name)) {
        scope.set(name, CELL)
        newfree.delete(name)
      }
  // update_symbols: free variables that only pass through this block to a child become FREE here;
  // in a class, a name both bound in the class and free in a method gets DEF_FREE_CLASS.
  for (const name of newfree) {
    const f = b.flags.get(name)
    if (f !== undefined) {
      if (b.type === 'class' && f & (DEF_BOUND | DEF_GLOBAL)) b.flags.set(name, f | DEF_FREE_CLASS)
      continue
    }
    if (bound && !bound.has(name)) continue
    b.flags.set(name, 0)
    scope.set(name, FREE)
  }
  for (const n of newfree) free.add(n)
  const names = [...b.flags.keys()].sort(byteOrder)
  b.cellvars = names.filter((n) => scope.get(n) === CELL)
  b.freevars = names.filter((n) => scope.get(n) === FREE || ((b.flags.get(n) ?? 0) & DEF_FREE_CLASS) !== 0)
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Build and analyze 2.7's symbol table for `mod`. */
export function buildSymtable27(mod: Module): SymbolTable27 {
  return new Builder().build(mod)
}
