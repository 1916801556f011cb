/**
 * CPython 3.x's symbol table pass (Python/symtable.c) for the compiler emulator: one block
 * (PySTEntryObject, not a GC object) per module, class, function, lambda and comprehension, made by
 * `ste_new` with its `ste_symbols` dict and `ste_varnames`/`ste_children` lists, a `ste_directives` list
 * with a 5-tuple per `global`/`nonlocal` name; then `symtable_analyze`/`analyze_block`/
 * `analyze_child_block`/`update_symbols`, which make and free sets (3.x sets have no free list), a
 * `scopes` dict per block and a set iterator per block. The resolved scopes (local, cell, free, global)
 * are what the code generator needs for co_varnames, co_cellvars, co_freevars and co_names.
 *
 * Simplifications: only the lab's AST subset; no annotations, type parameters or async; the errors
 * symtable.c reports are assumed absent (the program compiled).
 */
import type { Expr, FunctionDef, Module, Stmt } from '@sim/parse/ast'
import type { Ops } from './py3-consts'

export const DEF_GLOBAL = 1
export const DEF_LOCAL = 2
export const DEF_PARAM = 4
export const DEF_NONLOCAL = 8
export const USE = 16
export const DEF_FREE_CLASS = 64
export const DEF_IMPORT = 128
export const DEF_COMP_ITER = 512
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

export type Scope = 'local' | 'global-explicit' | 'global-implicit' | 'free' | 'cell'

export interface Block {
  type: 'module' | 'function' | 'class'
  name: string
  node: unknown
  symbols: Map<string, number>
  scopes: Map<string, Scope>
  varnames: string[]
  children: Block[]
  directives: number
  comprehension: 'list' | 'set' | 'dict' | 'gen' | null
  generator: boolean
  nested: boolean
  free: boolean
  childFree: boolean
  /** 3.12+: a list/set/dict comprehension compiled inline into its parent (PEP 709). */
  inlined: boolean
  needsClassClosure: boolean
  lambda: boolean
}

export interface SymtableVersion {
  /** Sets made by symtable_analyze / analyze_block / analyze_child_block. */
  analyzeSets: number
  blockSets: number
  childSets: number
  /** 3.12+: list, set and dict comprehensions are inlined. */
  inlineComprehensions: boolean
}

export function isFunctionLike(b: Block): boolean {
  return b.type === 'function'
}

export class Symtable {
  readonly blocks = new Map<unknown, Block>()
  top!: Block
  private cur!: Block
  private stack: Block[] = []
  private compIterTarget = 0

  constructor(
    private readonly ops: Ops,
    private readonly v: SymtableVersion,
  ) {}

  /** `_PySymtable_Build`: symtable_new's st_stack list and st_blocks dict, the blocks, the analysis. */
  build(mod: Module): void {
    this.ops.alloc('list')
    this.ops.alloc('dict', false)
    this.top = this.enter('module', 'top', mod, false)
    for (const s of mod.body) this.stmt(s)
    this.exit()
    this.analyze()
  }

  /** `_PySymtable_Free`: st_blocks and every block's dict and lists, then st_stack. */
  free(): void {
    this.ops.free('dict', false)
    for (const b of this.blocks.values()) {
      this.ops.free('dict', false)
      this.ops.free('list')
      this.ops.free('list')
      if (b.directives > 0) {
        this.ops.free('list')
        for (let i = 0; i < b.directives; i++) this.ops.free('tuple:5')
      }
    }
    this.ops.free('list')
  }

  private enter(type: Block['type'], name: string, node: unknown, lambda: boolean): Block {
    this.ops.alloc('dict', false)
    this.ops.alloc('list')
    this.ops.alloc('list')
    const prev = this.stack.length > 0 ? this.cur : null
    const b: Block = {
      type,
      name,
      node,
      symbols: new Map(),
      scopes: new Map(),
      varnames: [],
      children: [],
      directives: 0,
      comprehension: null,
      generator: false,
      nested: prev !== null && (prev.nested || prev.type === 'function'),
      free: false,
      childFree: false,
      inlined: false,
      needsClassClosure: false,
      lambda,
    }
    this.blocks.set(node, b)
    if (prev !== null) prev.children.push(b)
    this.stack.push(b)
    this.cur = b
    return b
  }

  private exit(): void {
    this.stack.pop()
    this.cur = this.stack[this.stack.length - 1]
  }

  private addDef(name: string, flag: number, block: Block = this.cur): void {
    const mangled = mangle(this.privateName(), name)
    const old = block.symbols.get(mangled) ?? 0
    block.symbols.set(mangled, old | flag)
    if (flag & DEF_PARAM) block.varnames.push(mangled)
    else if (flag & DEF_GLOBAL) this.top.symbols.set(mangled, flag | (this.top.symbols.get(mangled) ?? 0))
  }

  private privateName(): string | null {
    for (let i = this.stack.length - 1; i >= 0; i--)
      if (this.stack[i].type === 'class') return this.stack[i].name
    return null
  }

  private stmts(list: Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'FunctionDef':
        this.addDef(s.fn.name, DEF_LOCAL)
        this.functionDef(s.fn)
        break
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL)
        this.exprs(s.bases)
        this.exprs(s.decorators)
        this.enter('class', s.name, s, false)
        this.stmts(s.body)
        this.exit()
        break
      }
      case 'Return':
        if (s.value) this.expr(s.value)
        break
      case 'Delete':
        for (const t of s.targets) this.target(t, DEF_LOCAL)
        break
      case 'Assign':
        for (const t of s.targets) this.target(t, DEF_LOCAL)
        this.expr(s.value)
        break
      case 'AugAssign':
        this.target(s.target, DEF_LOCAL)
        this.expr(s.value)
        break
      case 'For':
        this.target(s.target, DEF_LOCAL)
        this.expr(s.iter)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case 'While':
      case 'If':
        this.expr(s.test)
        this.stmts(s.body)
        this.stmts(s.orelse)
        break
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        if (s.cause) this.expr(s.cause)
        break
      case 'Try':
        this.stmts(s.body)
        this.stmts(s.orelse)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type)
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL)
          this.stmts(h.body)
        }
        this.stmts(s.finalbody)
        break
      case 'Assert':
        this.expr(s.test)
        if (s.msg) this.expr(s.msg)
        break
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue
          const stored = a.asname ?? (s.k === 'Import' ? a.name.split('.')[0] : a.name)
          this.addDef(stored, DEF_IMPORT)
        }
        break
      case 'Global':
      case 'Nonlocal':
        for (const n of s.names) {
          this.addDef(n, s.k === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL)
          this.directive()
        }
        break
      case 'Expr':
        this.expr(s.value)
        break
      case 'With':
        for (const it of s.items) {
          this.expr(it.ctx)
          if (it.target) this.target(it.target, DEF_LOCAL)
        }
        this.stmts(s.body)
        break
      case 'Pass':
      case 'Break':
      case 'Continue':
        break
    }
  }

  /** `symtable_record_directive`: the block's directive list (made on first use) and a 5-tuple. */
  private directive(): void {
    if (this.cur.directives === 0) this.ops.alloc('list')
    this.cur.directives++
    this.ops.alloc('tuple:5')
  }

  private functionDef(fn: FunctionDef): void {
    for (const p of fn.params) if (p.default) this.expr(p.default)
    this.exprs(fn.decorators)
    const b = this.enter('function', fn.isLambda ? 'lambda' : fn.name, fn, fn.isLambda)
    // symtable_visit_arguments: positional, *args, keyword-only, **kwargs.
    const order = ['pos', 'star', 'kwonly', 'dstar']
    const params = [...fn.params].sort((a, c) => paramRank(a.kind, order) - paramRank(c.kind, order))
    for (const p of params.filter((q) => q.kind === 'pos' || q.kind === 'kwonly'))
      this.addDef(p.name, DEF_PARAM)
    for (const p of params.filter((q) => q.kind === 'star' || q.kind === 'dstar'))
      this.addDef(p.name, DEF_PARAM)
    if (fn.isGenerator) b.generator = true
    this.stmts(fn.body)
    this.exit()
  }

  private target(t: Expr, flag: number): void {
    switch (t.k) {
      case 'Name':
        this.addDef(t.id, flag | (this.compIterTarget > 0 ? DEF_COMP_ITER : 0))
        break
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, flag)
        break
      case 'Starred':
        this.target(t.value, flag)
        break
      default:
        this.expr(t)
    }
  }

  private exprs(list: Expr[]): void {
    for (const e of list) this.expr(e)
  }

  private expr(e: Expr): void {
    switch (e.k) {
      case 'Name':
        this.addDef(e.id, USE)
        if (isFunctionLike(this.cur) && e.id === 'super') this.addDef('__class__', USE)
        break
      case 'Const':
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
        for (const a of e.args) this.expr(a.value)
        break
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        break
      case 'UnaryOp':
        this.expr(e.operand)
        break
      case 'BoolOp':
        this.expr(e.left)
        this.expr(e.right)
        break
      case 'Compare':
        this.expr(e.left)
        this.exprs(e.comparators)
        break
      case 'IfExp':
        this.expr(e.test)
        this.expr(e.body)
        this.expr(e.orelse)
        break
      case 'Lambda':
        this.functionDef(e.fn)
        break
      case 'Tuple':
      case 'List':
      case 'Set':
        this.exprs(e.elts)
        break
      case 'Dict':
        for (let i = 0; i < e.values.length; i++) {
          const k = e.keys[i]
          if (k) this.expr(k)
          this.expr(e.values[i])
        }
        break
      case 'Starred':
        this.expr(e.value)
        break
      case 'Comp':
        this.comprehension(e)
        break
      case 'Yield':
        if (e.value) this.expr(e.value)
        this.cur.generator = true
        break
      case 'FString':
        for (const p of e.parts) {
          if (typeof p === 'string') continue
          this.expr(p.expr)
          if (p.specParts) for (const q of p.specParts) if (typeof q !== 'string') this.expr(q)
        }
        break
    }
  }

  /** `symtable_handle_comprehension`: the first iterable in the enclosing block, the rest in a new one. */
  private comprehension(e: Extract<Expr, { k: 'Comp' }>): void {
    const first = e.gens[0]
    this.expr(first.iter)
    const b = this.enter('function', `<${e.kind}comp>`, e, false)
    b.comprehension = e.kind
    this.addDef('.0', DEF_PARAM)
    this.compIterTarget++
    this.target(first.target, DEF_LOCAL)
    this.compIterTarget--
    this.exprs(first.ifs)
    for (const g of e.gens.slice(1)) {
      this.compIterTarget++
      this.target(g.target, DEF_LOCAL)
      this.compIterTarget--
      this.expr(g.iter)
      this.exprs(g.ifs)
    }
    if (e.value) this.expr(e.value)
    this.expr(e.elt)
    b.generator = e.kind === 'gen'
    this.exit()
  }

  // ---- analysis (symtable_analyze) ----

  private analyze(): void {
    const ops = this.ops
    for (let i = 0; i < this.v.analyzeSets; i++) ops.alloc('other')
    const free = new Set<string>()
    const global = new Set<string>()
    this.analyzeBlock(this.top, null, free, global, null)
    for (let i = 0; i < this.v.analyzeSets; i++) ops.free('other')
  }

  private analyzeBlock(
    ste: Block,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    childFreeOut: { set: Set<string> } | null,
  ): void {
    const ops = this.ops
    // local set, scopes dict, newglobal/newfree/newbound (and 3.12+ inlined_cells) sets.
    ops.alloc('other')
    ops.alloc('dict', false)
    for (let i = 0; i < this.v.blockSets - 1; i++) ops.alloc('other')
    const local = new Set<string>()
    const scopes = ste.scopes
    const newglobal = new Set<string>()
    const newfree = new Set<string>()
    const newbound = new Set<string>()
    const inlinedCells = new Set<string>()
    if (ste.type === 'class') {
      for (const n of global) newglobal.add(n)
      if (bound) for (const n of bound) newbound.add(n)
    }
    for (const [name, flags] of ste.symbols) analyzeName(ste, scopes, name, flags, bound, local, free, global)
    if (ste.type !== 'class') {
      if (isFunctionLike(ste)) for (const n of local) newbound.add(n)
      if (bound) for (const n of bound) newbound.add(n)
      for (const n of global) newglobal.add(n)
    } else {
      newbound.add('__class__')
      if (this.v.inlineComprehensions) newbound.add('__classdict__')
    }
    for (const entry of ste.children) {
      const inline =
        this.v.inlineComprehensions && entry.comprehension !== null && entry.comprehension !== 'gen'
      const out = { set: new Set<string>() }
      this.analyzeChildBlock(entry, newbound, newfree, newglobal, out)
      if (inline) {
        inlineComprehension(ste, entry, scopes, out.set, inlinedCells)
        entry.inlined = true
      }
      for (const n of out.set) newfree.add(n)
      ops.free('other') // child_free
      if (entry.free || entry.childFree) ste.childFree = true
    }
    // Splice the children of inlined comprehensions into this block's children.
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const c = ste.children[i]
      if (c.inlined) ste.children.splice(i, 1, ...c.children)
    }
    if (isFunctionLike(ste)) analyzeCells(scopes, newfree, inlinedCells)
    else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true
      newfree.delete('__classdict__')
    }
    updateSymbols(ste, scopes, bound, newfree, inlinedCells)
    ops.alloc('other') // the set iterator of update_symbols
    ops.free('other')
    for (const n of newfree) free.add(n)
    ops.free('dict', false)
    for (let i = 0; i < this.v.blockSets; i++) ops.free('other')
    if (childFreeOut) childFreeOut.set = free
  }

  private analyzeChildBlock(
    entry: Block,
    bound: Set<string>,
    free: Set<string>,
    global: Set<string>,
    out: { set: Set<string> },
  ): void {
    const ops = this.ops
    for (let i = 0; i < this.v.childSets; i++) ops.alloc('other')
    const tempBound = new Set(bound)
    const tempFree = new Set(free)
    const tempGlobal = new Set(global)
    this.analyzeBlock(entry, tempBound, tempFree, tempGlobal, out)
    // temp_free lives on as child_free (freed by the caller).
    for (let i = 0; i < this.v.childSets - 1; i++) ops.free('other')
  }
}

function paramRank(kind: string, order: string[]): number {
  return order.indexOf(kind)
}

/** `_Py_Mangle`: `__x` inside class C is `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name
  const p = privateName.replace(/^_+/, '')
  if (p === '') return name
  return `_${p}${name}`
}

function analyzeName(
  ste: Block,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    scopes.set(name, 'global-explicit')
    global.add(name)
    if (bound) bound.delete(name)
    return
  }
  if (flags & DEF_NONLOCAL) {
    scopes.set(name, 'free')
    ste.free = true
    free.add(name)
    return
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, 'local')
    local.add(name)
    global.delete(name)
    return
  }
  if (bound && bound.has(name)) {
    scopes.set(name, 'free')
    ste.free = true
    free.add(name)
    return
  }
  if (global.has(name)) {
    scopes.set(name, 'global-implicit')
    return
  }
  if (ste.nested) ste.free = true
  scopes.set(name, 'global-implicit')
}

function analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== 'local') continue
    if (!free.has(name) && !inlinedCells.has(name)) continue
    scopes.set(name, 'cell')
    free.delete(name)
  }
}

function updateSymbols(
  ste: Block,
  scopes: Map<string, Scope>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
): void {
  for (const name of ste.symbols.keys()) {
    if (inlinedCells.has(name) && scopes.get(name) === 'local') scopes.set(name, 'cell')
  }
  for (const name of free) {
    const v = ste.symbols.get(name)
    if (v !== undefined) {
      if (ste.type === 'class') ste.symbols.set(name, v | DEF_FREE_CLASS)
      continue
    }
    if (bound && !bound.has(name)) continue
    ste.symbols.set(name, 0)
    scopes.set(name, 'free')
  }
}

/** `inline_comprehension`: the comprehension's names join the enclosing block's symbols. */
function inlineComprehension(
  ste: Block,
  comp: Block,
  scopes: Map<string, Scope>,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  for (const [k, flags] of comp.symbols) {
    if (flags & DEF_PARAM) continue
    const scope = comp.scopes.get(k) ?? 'global-implicit'
    if (scope === 'cell') inlinedCells.add(k)
    const existing = ste.symbols.get(k)
    if (existing === undefined) {
      ste.symbols.set(k, flags)
      scopes.set(k, scope)
    } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, k) && ste.type !== 'class') {
      compFree.delete(k)
    }
  }
}

function isFreeInAnyChild(b: Block, name: string): boolean {
  for (const c of b.children) {
    if (c.scopes.get(name) === 'free') return true
    if (isFreeInAnyChild(c, name)) return true
  }
  return false
}
