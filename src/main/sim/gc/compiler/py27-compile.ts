/**
 * CPython 2.7's code generator (Python/compile.c) reduced to its GC allocations: for every code unit
 * (`compiler_enter_scope`) the u_varnames (`list2dict`), u_cellvars and u_freevars (`dictbytype`, with
 * a sorted key list), u_consts and u_names dicts; for every name and constant the code mentions a
 * `(value, type)` key tuple (`compiler_add_o`, freed at once when the key is already there); the
 * tuples `makecode` builds (`dict_keys_inorder`, `PySequence_List`, `PyList_AsTuple`) and the tuples
 * the peephole optimizer folds (Python/peephole.c, see py27-consts.ts); the unit's dicts and keys freed
 * by `compiler_unit_free`; the transient key of `compiler_lookup_arg` for each closure cell. 2.7 code
 * objects are not GC objects, but a code object equal to one already in u_consts (identical lambdas on
 * one line) is compared through its constants' keys (`code_richcompare`) and dropped with its tuples.
 * `print(...)` without print_function is the print statement and `exec(...)` the exec statement.
 *
 * The walk follows compile.c's visit order (compiler_visit_stmt / compiler_visit_expr), including what
 * it leaves out: constant `if`/`while` tests (`expr_constant`), string and number expression statements,
 * docstrings as first constant, the `None` that `assemble` adds when a body does not end in `return`.
 * The peephole pass is followed by tracking the run of LOAD_CONSTs at the end of the code emitted so far
 * (its `cumlc`): a jump target or any other instruction ends the run.
 *
 * Simplifications:
 * - `a[i:j:]` (step None) is taken as `a[i:j]`; the simulator's AST does not tell them apart.
 * - Code objects are taken as equal when their definitions are identical apart from positions and they
 *   start on the same line (code_richcompare compares the bytecode, constants and names they produce).
 * - The peephole bail-outs (line-number table with a 255 step, code over 32700 bytes) are not modelled.
 */
import type { Expr, FunctionDef, Module, Stmt } from '@sim/parse/ast'
import type { CompileOp } from '../compiler-allocations'
import { type Block27, type SymbolTable27, CELL, FREE, LOCAL, mangle } from './py27-symtable'
import { type CVal, constKey, foldBinop, foldUnary, intVal, keyTuples } from './py27-consts'

interface Op {
  free: boolean
  kind: string
  tracked: boolean
}

type DictName = 'consts' | 'names' | 'varnames' | 'cellvars' | 'freevars'

/** A u_* dict entry: its key's tuples (outermost last) and, for u_consts, the constant. */
interface Entry {
  tuples: number[]
  val: CVal | null
}

/** A finished code object: its constants and the tuples it owns (freed if it is dropped). */
interface CodeInfo {
  consts: CVal[]
  tuples: number[]
}

class Unit {
  readonly dicts: Record<DictName, Map<string, Entry>> = {
    consts: new Map(),
    names: new Map(),
    varnames: new Map(),
    cellvars: new Map(),
    freevars: new Map(),
  }
  /** The dicts' allocation ops, whose `tracked` is settled when the unit ends. */
  readonly dictOps: Partial<Record<DictName, Op>> = {}
  /** Values the peephole optimizer appends to co_consts, in code order. */
  readonly folded: CVal[] = []
  /** The code loads the name None (LOAD_NAME/LOAD_GLOBAL, which the peephole turns into a constant). */
  loadsNone = false
  constructor(
    readonly block: Block27,
    readonly priv: string | null,
  ) {}
}

type Ctx = 'load' | 'store' | 'del'

const NUM_OR_STR = new Set(['int', 'float', 'str', 'bytes', 'unicode'])

export interface CompileOptions {
  printFunction: boolean
  trueDivision: boolean
  absoluteImport: boolean
  source: string
}

/** The sizes of one code object's tuples (co_consts after folding, co_names, ...), for tests. */
export interface CodeSizes {
  consts: number
  names: number
  varnames: number
  cellvars: number
  freevars: number
}

export class Compiler27 {
  readonly ops: Op[] = []
  /** Every code object made, in the order makecode ran. */
  readonly codes: CodeSizes[] = []
  /** Code objects made so far, by their identity key. */
  private readonly codeInfo = new Map<string, CodeInfo>()
  private u!: Unit
  /** The constants loaded by the run of LOAD_CONSTs that ends the code emitted so far. */
  private lc: CVal[] = []
  private readonly lineStarts: number[] = [0]

  constructor(
    private readonly st: SymbolTable27,
    private readonly opts: CompileOptions,
  ) {
    const s = opts.source
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) this.lineStarts.push(i + 1)
  }

  /** compiler_mod: the module's code object. */
  module(mod: Module): CompileOp[] {
    this.enterScope(this.st.top, null)
    this.body(mod.body)
    this.constant({ t: 'none' })
    this.endUnit()
    return this.ops
  }

  // ---- allocation records -------------------------------------------------------------------

  private alloc(kind: string, tracked = true): Op {
    const op = { free: false, kind, tracked }
    this.ops.push(op)
    return op
  }

  private release(kind: string, tracked = true): void {
    this.ops.push({ free: true, kind, tracked })
  }

  private tuple(n: number): void {
    if (n > 0) this.alloc(`tuple:${n}`)
  }

  private freeTuple(n: number): void {
    if (n > 0) this.release(`tuple:${n}`)
  }

  /** compiler_add_o: make the key, keep it when new, else drop it at once. */
  private addO(dict: DictName, key: string, tuples: number[] = [2], val: CVal | null = null): void {
    for (const n of tuples) this.tuple(n)
    const d = this.u.dicts[dict]
    if (d.has(key)) this.freeTuples(tuples)
    else d.set(key, { tuples, val })
  }

  /** Free a key: the outermost tuple first, then what it held (the frees' order does not matter). */
  private freeTuples(tuples: readonly number[]): void {
    for (let i = tuples.length - 1; i >= 0; i--) this.freeTuple(tuples[i])
  }

  // ---- units --------------------------------------------------------------------------------

  private enterScope(block: Block27, priv: string | null): Unit {
    const u = new Unit(block, priv)
    this.u = u
    u.dictOps.varnames = this.alloc('dict', false)
    for (const p of block.params) this.addO('varnames', p)
    for (const [name, vars] of [
      ['cellvars', block.cellvars],
      ['freevars', block.freevars],
    ] as const) {
      u.dictOps[name] = this.alloc('dict', false)
      this.alloc('list') // PyDict_Keys(ste_symbols), sorted
      for (const v of vars) this.addO(name, v)
      this.release('list')
    }
    u.dictOps.consts = this.alloc('dict', false)
    u.dictOps.names = this.alloc('dict', false)
    this.lc = []
    return u
  }

  /** assemble -> makecode, then compiler_exit_scope. */
  private endUnit(): CodeInfo {
    const u = this.u
    const nconsts = u.dicts.consts.size
    this.tuple(nconsts) // dict_keys_inorder(u_consts)
    this.alloc('list') // PySequence_List: the peephole optimizer works on a list
    this.freeTuple(nconsts)
    const owned: number[] = []
    for (const n of [
      u.dicts.names.size,
      u.dicts.varnames.size,
      u.dicts.cellvars.size,
      u.dicts.freevars.size,
    ]) {
      this.tuple(n)
      owned.push(n)
    }
    const consts: CVal[] = [...u.dicts.consts.values()].map((e) => e.val ?? { t: 'none' })
    for (const v of u.folded) {
      if (v.t === 'tuple') this.tuple(v.items.length)
      consts.push(v)
    }
    if (u.loadsNone && !u.dicts.consts.has('None')) consts.push({ t: 'none' })
    this.tuple(consts.length) // PyList_AsTuple
    owned.push(consts.length)
    for (const v of u.folded) if (v.t === 'tuple') owned.push(v.items.length)
    for (const v of consts) if (v.t === 'code') owned.push(...(this.codeInfo.get(v.key)?.tuples ?? []))
    const extra = consts.length - nconsts
    this.codes.push({
      consts: nconsts + extra,
      names: u.dicts.names.size,
      varnames: u.dicts.varnames.size,
      cellvars: u.dicts.cellvars.size,
      freevars: u.dicts.freevars.size,
    })
    this.release('list')
    // compiler_unit_free: each dict and then its keys.
    for (const name of ['consts', 'names', 'varnames', 'freevars', 'cellvars'] as const) {
      const d = u.dicts[name]
      const tracked = d.size > 0
      const op = u.dictOps[name]
      if (op) op.tracked = tracked
      this.release('dict', tracked)
      for (const e of d.values()) this.freeTuples(e.tuples)
    }
    return { consts, tuples: owned }
  }

  /**
   * compiler_make_closure in the enclosing unit, for a child unit's code object. Code objects compare
   * equal (code_richcompare) when name, first line, bytecode, constants and names agree: two identical
   * lambdas on one line are one constant.
   */
  private makeClosure(child: Block27, node: object, info: CodeInfo): void {
    for (let i = 0; i < child.freevars.length; i++) {
      this.tuple(2) // compiler_lookup_arg's key
      this.freeTuple(2)
    }
    this.lc = []
    const code: CVal = { t: 'code', key: codeKey(node) }
    const key = constKey(code)
    const existing = this.codeInfo.get(code.key)
    if (existing !== undefined && this.u.dicts.consts.has(key)) {
      // The lookup finds an equal code object: code_richcompare builds both co_consts' constant keys
      // (_PyCode_ConstantKey), the new key is dropped, and so is the new code object with its tuples.
      this.tuple(2)
      const k1 = keyTuples({ t: 'tuple', items: existing.consts })
      const k2 = keyTuples({ t: 'tuple', items: info.consts })
      for (const n of [...k1, ...k2]) this.tuple(n)
      this.freeTuples(k1)
      this.freeTuples(k2)
      this.freeTuple(2)
      for (const n of info.tuples) this.freeTuple(n)
    } else {
      this.codeInfo.set(code.key, info)
      this.constant(code)
    }
    this.other()
  }

  private runUnit(block: Block27, node: object, priv: string | null, body: () => void): void {
    const parent = this.u
    const parentLc = this.lc
    this.enterScope(block, priv)
    body()
    const info = this.endUnit()
    this.u = parent
    this.lc = parentLc
    this.makeClosure(block, node, info)
  }

  // ---- instructions -------------------------------------------------------------------------

  /** Any instruction other than LOAD_CONST; also a jump target: the LOAD_CONST run ends. */
  private other(): void {
    this.lc = []
  }

  private constant(c: CVal): void {
    this.addO('consts', constKey(c), keyTuples(c), c)
    this.lc.push(c)
  }

  /** BUILD_TUPLE n (or BUILD_LIST n before `in`): folded when the last n instructions load constants. */
  private buildTuple(n: number): void {
    if (n <= this.lc.length) {
      const items = this.lc.slice(this.lc.length - n)
      const v: CVal = { t: 'tuple', items }
      this.u.folded.push(v)
      this.lc = [v]
    } else this.other()
  }

  private binop(op: string): void {
    const n = this.lc.length
    const r = n >= 2 ? foldBinop(op, this.lc[n - 2], this.lc[n - 1], this.opts.trueDivision) : null
    if (r === null) return this.other()
    this.u.folded.push(r)
    this.lc = [r]
  }

  private unary(op: string): void {
    const n = this.lc.length
    const r = n >= 1 && (op === '-' || op === '~') ? foldUnary(op, this.lc[n - 1]) : null
    if (r === null) return this.other()
    this.u.folded.push(r)
    this.lc = [r]
  }

  /** compiler_nameop: the dict the name's scope picks. */
  private nameop(name: string, ctx: Ctx): void {
    this.nameDict(name, ctx)
    this.other()
  }

  /**
   * The name None: LOAD_NAME/LOAD_GLOBAL None, which the peephole pass turns into LOAD_CONST None as it
   * goes, so it continues a run of constants (a tuple with None folds).
   */
  private loadNone(): void {
    const run = this.lc
    if (this.nameDict('None', 'load') !== 'names') return this.other()
    this.lc = [...run, { t: 'none' }]
  }

  private nameDict(name: string, ctx: Ctx): DictName {
    const u = this.u
    const m = mangle(u.priv, name)
    const scope = u.block.scopes.get(m) ?? 0
    let dict: DictName = 'names'
    if (scope === FREE) dict = 'freevars'
    else if (scope === CELL) dict = 'cellvars'
    else if (scope === LOCAL && u.block.type === 'function') dict = 'varnames'
    if (dict === 'names' && ctx === 'load' && m === 'None') u.loadsNone = true
    this.addO(dict, m)
    return dict
  }

  /** compiler_addop_name (LOAD_ATTR, IMPORT_NAME, ...): mangled, into u_names. */
  private addName(name: string, doMangle = true): void {
    this.addO('names', doMangle ? mangle(this.u.priv, name) : name)
    this.other()
  }

  // ---- statements ---------------------------------------------------------------------------

  /** compiler_body: a docstring is stored as __doc__, then the statements. */
  private body(stmts: readonly Stmt[]): void {
    let i = 0
    if (stmts.length > 0 && isDocstring(stmts[0])) {
      this.lc = []
      this.expr((stmts[0] as { value: Expr }).value)
      this.nameop('__doc__', 'store')
      i = 1
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i])
  }

  private stmts(ss: readonly Stmt[]): void {
    for (const s of ss) this.stmt(s)
  }

  private stmt(s: Stmt): void {
    this.lc = []
    switch (s.k) {
      case 'FunctionDef':
        return this.functionDef(s.fn)
      case 'ClassDef':
        return this.classDef(s)
      case 'Return':
        if (s.value) this.expr(s.value)
        else this.constant({ t: 'none' })
        return this.other()
      case 'Delete':
        for (const t of s.targets) this.expr(t, 'del')
        return
      case 'Assign':
        this.expr(s.value)
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.other() // DUP_TOP
          this.expr(s.targets[i], 'store')
        }
        return
      case 'AugAssign':
        return this.augAssign(s)
      case 'For':
        this.other() // SETUP_LOOP
        this.expr(s.iter)
        this.other() // GET_ITER, FOR_ITER
        this.expr(s.target, 'store')
        this.stmts(s.body)
        this.other()
        this.stmts(s.orelse)
        return this.other()
      case 'While': {
        const constant = exprConstant(s.test)
        if (constant === 0) return this.stmts(s.orelse)
        this.other()
        if (constant === -1) {
          this.expr(s.test)
          this.other()
        }
        this.stmts(s.body)
        this.other()
        this.stmts(s.orelse)
        return this.other()
      }
      case 'If': {
        const constant = exprConstant(s.test)
        if (constant === 0) return this.stmts(s.orelse)
        if (constant === 1) return this.stmts(s.body)
        this.expr(s.test)
        this.other()
        this.stmts(s.body)
        this.other()
        this.stmts(s.orelse)
        return this.other()
      }
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        return this.other()
      case 'Try':
        return this.tryStmt(s)
      case 'Assert':
        this.expr(s.test)
        this.other()
        this.addName('AssertionError', false)
        if (s.msg) this.expr(s.msg)
        return this.other()
      case 'Import':
        for (const a of s.names) {
          this.constant(intVal(BigInt(this.opts.absoluteImport ? 0 : -1)))
          this.constant({ t: 'none' })
          this.addName(a.name)
          if (a.asname !== null) {
            for (const attr of a.name.split('.').slice(1)) this.addName(attr, false)
            this.nameop(a.asname, 'store')
          } else this.nameop(a.name.split('.')[0], 'store')
        }
        return
      case 'ImportFrom':
        return this.importFrom(s)
      case 'Expr': {
        const v = s.value
        if (v.k === 'Const' && NUM_OR_STR.has(v.kind)) return
        if (this.isPrintStatement(v) || isExecStatement(v)) {
          for (const a of (v as { args: { value: Expr }[] }).args) {
            this.expr(a.value)
            this.other() // PRINT_ITEM
          }
          return this.other()
        }
        this.expr(v)
        return this.other()
      }
      case 'With':
        return this.withItems(s.items, 0, s.body)
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
      case 'Break':
      case 'Continue':
        return
    }
  }

  /** `print(...)` without `from __future__ import print_function` is the print statement. */
  private isPrintStatement(e: Expr): boolean {
    if (this.opts.printFunction || e.k !== 'Call') return false
    return e.func.k === 'Name' && e.func.id === 'print' && e.args.every((a) => a.kind === 'pos')
  }

  private augAssign(s: Extract<Stmt, { k: 'AugAssign' }>): void {
    const t = s.target
    if (t.k === 'Name') {
      this.nameop(t.id, 'load')
      this.expr(s.value)
      this.other()
      this.nameop(t.id, 'store')
    } else if (t.k === 'Attribute') {
      this.expr(t.value)
      this.addName(t.attr)
      this.expr(s.value)
      this.other()
      this.addName(t.attr)
    } else if (t.k === 'Subscript') {
      this.expr(t.value)
      this.subscriptIndex(t.index)
      this.other()
      this.expr(s.value)
      this.other()
    }
  }

  /** compiler_try_finally around compiler_try_except (2.7 nests them). */
  private tryStmt(s: Extract<Stmt, { k: 'Try' }>): void {
    const tryExcept = () => {
      this.other() // SETUP_EXCEPT
      this.stmts(s.body)
      this.other()
      for (const h of s.handlers) {
        this.other()
        if (h.type) {
          this.expr(h.type)
          this.other()
        }
        if (h.name !== null) this.nameop(h.name, 'store')
        this.stmts(h.body)
        this.other()
      }
      this.other()
      this.stmts(s.orelse)
      this.other()
    }
    if (s.finalbody.length === 0) return tryExcept()
    this.other() // SETUP_FINALLY
    if (s.handlers.length > 0) tryExcept()
    else this.stmts(s.body)
    this.other() // POP_BLOCK
    this.constant({ t: 'none' })
    this.other()
    this.stmts(s.finalbody)
    this.other()
  }

  /** compiler_with: one With per item in 2.7's AST, each ends with LOAD_CONST None. */
  private withItems(items: { ctx: Expr; target: Expr | null }[], i: number, body: readonly Stmt[]): void {
    const it = items[i]
    this.expr(it.ctx)
    this.other() // SETUP_WITH
    if (it.target) this.expr(it.target, 'store')
    else this.other()
    if (i + 1 < items.length) this.withItems(items, i + 1, body)
    else this.stmts(body)
    this.other() // POP_BLOCK
    this.constant({ t: 'none' })
    this.other()
  }

  /** compiler_from_import: level, the tuple of names (a constant), IMPORT_NAME, IMPORT_FROM/store. */
  private importFrom(s: Extract<Stmt, { k: 'ImportFrom' }>): void {
    const level = this.opts.absoluteImport ? 0 : -1
    this.constant(intVal(BigInt(level)))
    const names: CVal = { t: 'tuple', items: s.names.map((a) => ({ t: 'str', v: a.name }) as CVal) }
    const n = s.names.length
    this.tuple(n) // PyTuple_New(n), filled with the names
    const key = constKey(names)
    const had = this.u.dicts.consts.has(key)
    this.constant(names)
    if (had) this.freeTuple(n)
    this.addName(s.module)
    for (const a of s.names) {
      this.addName(a.name)
      this.nameop(a.asname ?? a.name, 'store')
    }
    this.other()
  }

  // ---- definitions --------------------------------------------------------------------------

  private functionDef(fn: FunctionDef): void {
    for (const d of fn.decorators) this.expr(d)
    for (const p of fn.params) if (p.default) this.expr(p.default)
    const block = this.blockOf(fn)
    this.runUnit(block, fn, this.u.priv, () => {
      const doc = fn.body.length > 0 && isDocstring(fn.body[0])
      this.constant(doc ? constOf((fn.body[0] as { value: Expr }).value) : { t: 'none' })
      this.stmts(doc ? fn.body.slice(1) : fn.body)
      if (!endsInReturn(fn.body.slice(doc ? 1 : 0))) this.constant({ t: 'none' })
    })
    for (let i = 0; i < fn.decorators.length; i++) this.other()
    this.nameop(fn.name, 'store')
  }

  private lambda(fn: FunctionDef): void {
    for (const p of fn.params) if (p.default) this.expr(p.default)
    this.runUnit(this.blockOf(fn), fn, this.u.priv, () => {
      this.constant({ t: 'none' })
      this.stmts(fn.body)
    })
  }

  private classDef(s: Extract<Stmt, { k: 'ClassDef' }>): void {
    for (const d of s.decorators) this.expr(d)
    this.constant({ t: 'str', v: s.name })
    for (const b of s.bases) this.expr(b)
    this.buildTuple(s.bases.length)
    this.runUnit(this.blockOf(s), s, s.name, () => {
      this.nameop('__name__', 'load')
      this.nameop('__module__', 'store')
      this.body(s.body)
    })
    this.other() // CALL_FUNCTION, BUILD_CLASS
    this.nameop(s.name, 'store')
  }

  private comprehension(e: Extract<Expr, { k: 'Comp' }>): void {
    if (e.kind === 'list') {
      this.other() // BUILD_LIST 0
      this.generators(e, 0, false)
      return this.other()
    }
    this.runUnit(this.blockOf(e), e, this.u.priv, () => {
      this.other()
      this.generators(e, 0, true)
      if (e.kind === 'gen') this.constant({ t: 'none' })
    })
    this.expr(e.gens[0].iter)
    this.other()
  }

  /** compiler_comprehension_generator / compiler_listcomp_generator. */
  private generators(e: Extract<Expr, { k: 'Comp' }>, i: number, ownUnit: boolean): void {
    const g = e.gens[i]
    if (!(ownUnit && i === 0)) this.expr(g.iter)
    this.other() // (LOAD_FAST .0,) GET_ITER, FOR_ITER
    this.expr(g.target, 'store')
    for (const c of g.ifs) {
      this.expr(c)
      this.other()
    }
    if (i + 1 < e.gens.length) this.generators(e, i + 1, ownUnit)
    else {
      if (e.kind === 'dict' && e.value) this.expr(e.value)
      this.expr(e.elt)
      this.other()
    }
    this.other()
  }

  private blockOf(node: object): Block27 {
    const b = this.st.byNode.get(node)
    if (b === undefined) throw new Error('py27 compiler emulation: block without a symbol table entry')
    return b
  }

  // ---- expressions --------------------------------------------------------------------------

  private expr(e: Expr, ctx: Ctx = 'load'): void {
    switch (e.k) {
      case 'Name':
        return this.nameop(e.id, ctx)
      case 'Const':
        if (e.kind === 'None') return this.loadNone()
        if (e.kind === 'True' || e.kind === 'False') return this.nameop(e.kind, 'load')
        return this.constant(constOf(e))
      case 'Attribute':
        this.expr(e.value)
        return this.addName(e.attr)
      case 'Subscript':
        this.expr(e.value)
        this.subscriptIndex(e.index)
        if (ctx === 'load' && e.index.k !== 'Slice') return this.binop('[]')
        return this.other()
      case 'Slice':
        return this.slice(e, true)
      case 'Call':
        this.expr(e.func)
        for (const a of e.args) if (a.kind === 'pos') this.expr(a.value)
        for (const a of e.args)
          if (a.kind === 'kw') {
            this.constant({ t: 'str', v: a.name ?? '' })
            this.expr(a.value)
          }
        for (const a of e.args) if (a.kind === 'star') this.expr(a.value)
        for (const a of e.args) if (a.kind === 'dstar') this.expr(a.value)
        return this.other()
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        return this.binop(e.op)
      case 'BoolOp':
        this.expr(e.left)
        this.other()
        this.expr(e.right)
        return this.other()
      case 'UnaryOp': {
        const lit = this.negativeLiteral(e)
        if (lit !== null) return this.constant(lit)
        this.expr(e.operand)
        return this.unary(e.op)
      }
      case 'Compare':
        return this.compare(e)
      case 'IfExp':
        this.expr(e.test)
        this.other()
        this.expr(e.body)
        this.other()
        this.expr(e.orelse)
        return this.other()
      case 'Lambda':
        return this.lambda(e.fn)
      case 'Tuple':
      case 'List':
        if (ctx === 'store') this.other() // UNPACK_SEQUENCE
        for (const x of e.elts) this.expr(x, ctx)
        if (ctx === 'load') {
          if (e.k === 'Tuple') return this.buildTuple(e.elts.length)
          return this.other()
        }
        return
      case 'Set':
        for (const x of e.elts) this.expr(x)
        return this.other()
      case 'Dict':
        this.other() // BUILD_MAP
        for (let i = 0; i < e.values.length; i++) {
          this.expr(e.values[i])
          const k = e.keys[i]
          if (k) this.expr(k)
          this.other() // STORE_MAP
        }
        return
      case 'Comp':
        return this.comprehension(e)
      case 'Yield':
        if (e.value) this.expr(e.value)
        else this.constant({ t: 'none' })
        return this.other()
      case 'Starred':
        this.expr(e.value, ctx)
        return this.other()
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.expr(p.expr)
        return this.other()
    }
  }

  /** compiler_compare: a list compared with `in`/`not in` is built as a (foldable) tuple. */
  private compare(e: Extract<Expr, { k: 'Compare' }>): void {
    this.expr(e.left)
    const n = e.ops.length
    for (let i = 0; i < n; i++) {
      const c = e.comparators[i]
      const op = e.ops[i]
      if (c.k === 'List' && (op === 'in' || op === 'not in') && i === n - 1) {
        for (const x of c.elts) this.expr(x)
        this.buildTuple(c.elts.length)
      } else this.expr(c)
      this.other() // (DUP_TOP, ROT_THREE,) COMPARE_OP, JUMP_IF_FALSE_OR_POP
    }
  }

  /** The index of a subscript: an expression, a slice, or a tuple with slices (ExtSlice). */
  private subscriptIndex(index: Expr): void {
    if (index.k === 'Slice') return this.slice(index, false)
    if (index.k === 'Tuple' && index.elts.some((x) => x.k === 'Slice')) {
      for (const x of index.elts) {
        if (x.k === 'Slice') this.slice(x, true)
        else this.expr(x)
      }
      return this.other() // BUILD_TUPLE
    }
    this.expr(index)
  }

  /** compiler_simple_slice (no step) or compiler_slice (BUILD_SLICE; None for a missing bound). */
  private slice(s: Extract<Expr, { k: 'Slice' }>, extended: boolean): void {
    if (!extended && s.step === null) {
      if (s.lower) this.expr(s.lower)
      if (s.upper) this.expr(s.upper)
      return this.other()
    }
    if (s.lower) this.expr(s.lower)
    else this.constant({ t: 'none' })
    if (s.upper) this.expr(s.upper)
    else this.constant({ t: 'none' })
    if (s.step) this.expr(s.step)
    this.other()
  }

  /**
   * ast_for_factor: `-` applied directly to a number literal is a negative constant; `-(1)` is a
   * UNARY_NEGATIVE the peephole folds.
   */
  private negativeLiteral(e: Extract<Expr, { k: 'UnaryOp' }>): CVal | null {
    const o = e.operand
    if (e.op !== '-' || o.k !== 'Const' || (o.kind !== 'int' && o.kind !== 'float')) return null
    const from = this.offset(e.line, e.col) + 1
    const to = this.offset(o.line, o.col)
    if (/[^\s\\]/.test(this.opts.source.slice(from, to))) return null
    if (o.kind === 'float') return { t: 'float', v: -(o.value as number) }
    return intVal(-BigInt(o.value as number | bigint))
  }

  private offset(line: number, col: number): number {
    return (this.lineStarts[line - 1] ?? 0) + col - 1
  }
}

/** A code object's identity for u_consts: its definition without positions, and its first line. */
function codeKey(node: object): string {
  const body = JSON.stringify(node, (k, v: unknown) =>
    k === 'line' || k === 'col' || k === 'scope' ? undefined : typeof v === 'bigint' ? `${v}n` : v,
  )
  return `${(node as { line: number }).line}:${body}`
}

function constOf(e: Expr): CVal {
  if (e.k !== 'Const') return { t: 'none' }
  switch (e.kind) {
    case 'int':
      return intVal(BigInt(e.value))
    case 'float':
      return { t: 'float', v: e.value }
    case 'str':
    case 'bytes':
      return { t: 'str', v: e.value }
    case 'unicode':
      return { t: 'unicode', v: e.value }
    case 'Ellipsis':
      return { t: 'ellipsis' }
    default:
      return { t: 'none' }
  }
}

/** `exec(code, globals)` is 2.7's exec statement: no name `exec`, its operands are visited. */
export function isExecStatement(e: Expr): boolean {
  return (
    e.k === 'Call' && e.func.k === 'Name' && e.func.id === 'exec' && e.args.every((a) => a.kind === 'pos')
  )
}

function isDocstring(s: Stmt): boolean {
  return s.k === 'Expr' && s.value.k === 'Const' && (s.value.kind === 'str' || s.value.kind === 'unicode')
}

/** expr_constant: 1 or 0 for a number or string test (and __debug__), -1 otherwise. */
function exprConstant(e: Expr): number {
  if (e.k === 'Name' && e.id === '__debug__') return 1
  if (e.k !== 'Const') return -1
  switch (e.kind) {
    case 'int':
      return BigInt(e.value) !== BigInt(0) ? 1 : 0
    case 'float':
      return e.value !== 0 ? 1 : 0
    case 'str':
    case 'bytes':
    case 'unicode':
      return e.value.length > 0 ? 1 : 0
    default:
      return -1
  }
}

/** Whether the current block ends with RETURN_VALUE after compiling `body` (assemble's b_return). */
function endsInReturn(body: readonly Stmt[]): boolean {
  const last = body[body.length - 1]
  if (last === undefined) return false
  if (last.k === 'Return') return true
  if (last.k === 'If') {
    const c = exprConstant(last.test)
    if (c === 1) return endsInReturn(last.body)
    if (c === 0) return endsInReturn(last.orelse)
  }
  return false
}
