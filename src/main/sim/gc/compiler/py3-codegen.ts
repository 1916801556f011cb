/**
 * CPython 3.x's code generator and assembler (Python/compile.c, Python/flowgraph.c, Python/assemble.c)
 * as far as they make and free GC objects, for the compiler emulator:
 * - `compiler_enter_scope`: per code unit the u_varnames, u_cellvars, u_freevars, (3.12+) u_fasthidden,
 *   u_consts and u_names dicts; `dictbytype` sorts a temporary key list; `compiler_unit_free` frees them;
 *   (3.13) the unit's instruction sequence, a class's u_static_attributes set, the capsule that keeps the
 *   enclosing unit on c_stack;
 * - `compiler_add_const` for every constant loaded (the constant cache's key tuples), the constant
 *   tuples codegen builds itself (keyword names of a call, an import's from-list, the keys of a dict
 *   display or of keyword-only defaults, a folded list or set display);
 * - (3.12+) `push_inlined_comprehension_state`'s temporary list, dict and set;
 * - `optimize_and_assemble_code_unit`: the constants list, `fold_tuple_on_constants` (a default-argument
 *   tuple), `remove_unused_consts`, the exception table/line table/bytecode merged into the cache, and
 *   `makecode`'s co_names, co_consts and localsplusnames tuples, each merged (an equal one already
 *   cached replaces it and it dies); the new code object interns its constants (a frozenset through a
 *   temporary tuple);
 * - 3.10 (Python/compile.c `assemble`, `makecode`): MAKE_FUNCTION's qualified-name constant,
 *   `trim_unused_consts` (only trailing unused constants go, the first stays), the line table and
 *   bytecode merged, then co_names, co_varnames, co_cellvars, co_freevars and co_consts.
 *
 * Simplifications: instructions are not generated; what matters is which constants and names each code
 * unit collects and which constants are reachable (dead code after return/raise/break/continue and
 * constant conditions). Two code units get equal bytecode and line tables when their bodies have the same
 * shape, names, constants and relative positions (a signature of the AST), else unequal ones; 3.10's
 * line table is a run-length count of estimated instructions per line (INSTRUCTIONS).
 */
import type { Arg, Expr, FunctionDef, Module, Stmt } from '@sim/parse/ast'
import { ConstCache, Ops, canon, type CVal } from './py3-consts'
import { AstOptimizer, constOf, dedupe } from './py3-fold'
import {
  DEF_FREE_CLASS,
  DEF_LOCAL,
  DEF_NONLOCAL,
  Symtable,
  isFunctionLike,
  mangle,
  type Block,
  type SymtableVersion,
} from './py3-symtable'

export interface CodegenVersion extends SymtableVersion {
  /** Dicts compiler_enter_scope makes besides varnames/cellvars/freevars (consts, names, 3.12 fasthidden). */
  unitDicts: number
  /** 3.10/3.12: `while True` and `if` on a constant load the constant, then the jump is folded away. */
  dropConstTests: boolean
  mergeOneRecursive: boolean
  /** 3.13: each unit's instruction sequence is a GC object (`_PyInstructionSequence_New`). */
  instructionSequence: boolean
  /** 3.13: the capsule that keeps the enclosing unit on c_stack is a GC object (`PyCapsule_New`). */
  gcCapsules: boolean
  /** 3.13: a class body sets `__firstlineno__` and `__static_attributes__` (u_static_attributes set). */
  classAttributes: boolean
  /** 3.13: push_inlined_comprehension_state checks every symbol's scope before the bound names. */
  inlinedScopesFirst: boolean
  /**
   * 3.10's assembler: a constant test is never added (expr_constant), MAKE_FUNCTION loads the qualified
   * name, only trailing unused constants are trimmed (trim_unused_consts, the first one kept), the line
   * table has no columns, no exception table, and makecode merges co_names, co_varnames, co_cellvars,
   * co_freevars then co_consts.
   */
  assembler310: boolean
}

type UnitKind = 'module' | 'function' | 'lambda' | 'class' | 'comp'

interface Unit {
  kind: UnitKind
  block: Block
  consts: Map<string, { v: CVal; used: boolean }>
  names: Set<string>
  varnames: string[]
  cellvars: string[]
  freevars: string[]
  fasthidden: Set<string>
  privateName: string | null
  dead: boolean
  handlers: boolean
  folds: { items: CVal[]; used: boolean }[]
  /** Signatures of the bytecode (indices, no positions) and of the line table (positions, lengths). */
  bc: string[]
  lt: string[]
  /** 3.10: the line being compiled, and instructions per line (run-length: line, count). */
  line: number
  lines: [number, number][]
  firstLine: number
  /** Inlined comprehensions being compiled: their blocks, innermost last. */
  inlined: Block[]
  /** 3.13 class units: attribute names stored through `self` in the class's functions. */
  staticAttributes: Set<string>
}

let codeIds = 0

function debugUnits(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  return env?.PYMEM_COMPILE_OPS === 'units'
}

export class Codegen {
  private readonly cache: ConstCache
  private readonly opt: AstOptimizer
  private readonly st: Symtable
  private u!: Unit
  private started = false
  private readonly stack: Unit[] = []

  private readonly lines: string[]

  constructor(
    private readonly ops: Ops,
    private readonly v: CodegenVersion,
    source = '',
  ) {
    this.lines = source.split('\n')
    this.cache = new ConstCache(ops, v.mergeOneRecursive)
    this.opt = new AstOptimizer(ops)
    this.st = new Symtable(ops, v)
  }

  /** `_PyAST_Compile` after the parser: setup, optimizer, symbol table, module code, compiler_free. */
  compile(mod: Module): void {
    const ops = this.ops
    ops.alloc('dict', false) // c_const_cache
    ops.alloc('list') // c_stack
    this.opt.run(mod)
    this.st.build(mod)
    this.enterScope('module', this.st.top, 1)
    this.body(mod.body, true)
    this.finishUnit(true)
    this.st.free()
    this.cache.freeAll()
    ops.free('list')
  }

  // ---- code units ----

  private enterScope(kind: UnitKind, block: Block, firstLine: number): void {
    const ops = this.ops
    ops.alloc('dict', false) // u_varnames (list2dict)
    ops.alloc('dict', false) // u_cellvars (dictbytype: a sorted key list)
    ops.alloc('list')
    ops.free('list')
    ops.alloc('dict', false) // u_freevars
    ops.alloc('list')
    ops.free('list')
    for (let i = 0; i < this.v.unitDicts; i++) ops.alloc('dict', false)
    if (kind === 'class' && this.v.classAttributes) ops.alloc('other') // u_static_attributes
    if (this.v.instructionSequence) ops.alloc('other')
    const cells: string[] = []
    const frees: string[] = []
    for (const [name, flags] of block.symbols) {
      const sc = block.scopes.get(name)
      if (sc === 'cell') cells.push(name)
      if (sc === 'free' || flags & DEF_FREE_CLASS) frees.push(name)
    }
    if (block.needsClassClosure) cells.push('__class__')
    const parent = this.started ? this.u : null
    this.started = true
    const u: Unit = {
      kind,
      block,
      consts: new Map(),
      names: new Set(),
      varnames: [...block.varnames],
      cellvars: cells.sort(),
      freevars: frees.sort(),
      fasthidden: new Set(),
      privateName: kind === 'class' ? block.name : (parent?.privateName ?? null),
      dead: false,
      handlers: false,
      folds: [],
      bc: [],
      lt: [],
      line: firstLine,
      lines: [],
      firstLine,
      inlined: [],
      staticAttributes: new Set(),
    }
    if (parent !== null) {
      this.stack.push(parent)
      if (this.v.gcCapsules) ops.alloc('other')
    }
    this.u = u
  }

  /** optimize_and_assemble + compiler_exit_scope; returns the new code object's constant. */
  private finishUnit(addNone: boolean): CVal {
    const u = this.u
    const ops = this.ops
    if (this.v.assembler310) return this.finishUnit310(addNone)
    if (addNone) this.addConst({ t: 'none' })
    ops.alloc('list') // consts_dict_keys_inorder
    const consts: CVal[] = []
    const all = [...u.consts.values()]
    all.forEach((c, i) => {
      if (c.used || (i === 0 && (u.kind === 'function' || u.kind === 'lambda'))) consts.push(c.v)
    })
    for (const f of u.folds) {
      const tuple: CVal = { t: 'tuple', items: f.items }
      ops.tuple(f.items.length)
      this.cache.mergeOne(tuple, true)
      if (f.used && !consts.some((c) => canon(c) === canon(tuple))) consts.push(tuple)
    }
    const id = ++codeIds
    const kind = u.kind === 'lambda' ? 'function' : u.kind
    if (debugUnits())
      this.ops.note(`# ${u.block.name}@${u.firstLine} lt=${u.lt.join(' ')} bc=${u.bc.join(' ')}`)
    this.cache.mergeOne({ t: 'raw', v: u.handlers ? `x${id}` : 'x' }, false)
    this.cache.mergeOne({ t: 'raw', v: `l${kind}:${u.lt.join(' ')}` }, false)
    this.cache.mergeOne({ t: 'raw', v: `c${kind}:${u.bc.join(' ')}` }, false)
    const names = [...u.names]
    ops.tuple(names.length)
    this.cache.mergeOne({ t: 'tuple', items: names.map((s) => ({ t: 'str', v: s })) }, true)
    ops.tuple(consts.length)
    this.cache.mergeOne({ t: 'tuple', items: consts }, true)
    const lp = [...u.varnames]
    for (const c of u.cellvars) if (!lp.includes(c)) lp.push(c)
    lp.push(...u.freevars)
    ops.tuple(lp.length)
    this.cache.mergeOne({ t: 'tuple', items: lp.map((s) => ({ t: 'str', v: s })) }, true)
    this.internConstants(consts)
    ops.free('list')
    // compiler_unit_free
    if (this.v.instructionSequence) ops.free('other')
    for (let i = 0; i < 3 + this.v.unitDicts; i++) ops.free('dict', false)
    if (u.kind === 'class' && this.v.classAttributes) ops.free('other') // u_static_attributes
    if (this.stack.length > 0 && this.v.gcCapsules) ops.free('other')
    this.u = this.stack.pop() as Unit
    return { t: 'code', id }
  }

  /** 3.10's assemble() and makecode(), then compiler_exit_scope. */
  private finishUnit310(addNone: boolean): CVal {
    const u = this.u
    const ops = this.ops
    // assemble adds `return None` only when the last block does not return.
    if (addNone && !u.dead) {
      this.addConst({ t: 'none' })
      this.count(1) // RETURN_VALUE
    }
    ops.alloc('list') // consts_dict_keys_inorder
    const all = [...u.consts.values()]
    const consts = all.map((c) => c.v)
    for (const f of u.folds) {
      // fold_tuple_on_constants: the new tuple, merged, appended unless the list holds it already.
      const tuple: CVal = { t: 'tuple', items: f.items }
      ops.tuple(f.items.length)
      this.cache.mergeOne(tuple, true)
      if (f.used && !consts.some((c) => canon(c) === canon(tuple))) {
        consts.push(tuple)
        all.push({ v: tuple, used: true })
      }
    }
    // trim_unused_consts: drop the unused constants after the last one loaded (keep the first).
    let last = 0
    all.forEach((c, i) => {
      if (c.used) last = i
    })
    consts.length = Math.min(consts.length, last + 1)
    const id = ++codeIds
    // co_linetable: (bytecode delta, line delta) entries.
    const lt = u.lines.map(([line, n]) => `${line - u.firstLine}*${n}`)
    if (debugUnits())
      this.ops.note(`# ${u.block.name}@${u.firstLine} lt=${lt.join(' ')} bc=${u.bc.join(' ')}`)
    this.cache.mergeOne({ t: 'raw', v: `l:${lt.join(' ')}` }, false)
    this.cache.mergeOne({ t: 'raw', v: `c${u.kind}:${u.bc.join(' ')}` }, false)
    const strs = (names: string[]): CVal => ({ t: 'tuple', items: names.map((s) => ({ t: 'str', v: s })) })
    const tuples = [[...u.names], u.varnames, u.cellvars, u.freevars]
    for (const t of tuples) ops.tuple(t.length)
    for (const t of tuples) this.cache.mergeOne(strs(t), true)
    ops.tuple(consts.length)
    this.cache.mergeOne({ t: 'tuple', items: consts }, true)
    this.internConstants(consts)
    ops.free('list')
    // compiler_unit_free
    for (let i = 0; i < 3 + this.v.unitDicts; i++) ops.free('dict', false)
    this.u = this.stack.pop() as Unit
    return { t: 'code', id }
  }

  /**
   * The code object interns its constants (Objects/codeobject.c `intern_string_constants`, 3.13
   * `intern_constants`), looking into tuples; a frozenset is read through `PySequence_Tuple` (a set
   * iterator and a tuple, both dropped).
   */
  private internConstants(consts: CVal[]): void {
    for (const c of consts) {
      if (c.t === 'tuple') this.internConstants(c.items)
      else if (c.t === 'frozenset') {
        this.ops.alloc('other')
        this.ops.tuple(c.items.length)
        this.ops.free('other')
        this.internConstants(c.items)
        this.ops.tupleFree(c.items.length)
      }
    }
  }

  /** 3.10: MAKE_FUNCTION's qualified name, loaded after the code object. */
  private loadQualname(name: string): void {
    if (!this.v.assembler310) return
    const parts: string[] = []
    for (const su of [...this.stack, this.u]) {
      if (su.kind === 'module') continue
      parts.push(su.kind === 'lambda' ? '<lambda>' : su.block.name)
      if (su.kind !== 'class') parts.push('<locals>')
    }
    this.addConst({ t: 'str', v: [...parts, name].join('.') })
  }

  /** An instruction (or a bytecode-signature token); 3.10 counts instructions per line for co_linetable. */
  private emit(tok: string): void {
    this.u.bc.push(tok)
    if (this.quiet) return
    this.count(INSTRUCTIONS[tok] ?? INSTRUCTIONS[tok.replace(/[^A-Za-z].*$/, '')] ?? 1)
  }

  /** Set while adding a constant no instruction loads (a function's first constant). */
  private quiet = false

  /** 3.10: `w` instructions on the current line (co_linetable). */
  private count(w: number): void {
    if (w === 0 || !this.v.assembler310) return
    const u = this.u
    const last = u.lines[u.lines.length - 1]
    if (last !== undefined && last[0] === u.line) last[1] += w
    else u.lines.push([u.line, w])
  }

  // ---- constants and names ----

  /** `lt`: the line-table token of a constant with no source text of its own (else its length's). */
  private addConst(v: CVal, used = !this.u.dead, lt?: string): void {
    this.cache.merge(v)
    const k = canon(v)
    const c = this.u.consts.get(k)
    if (c === undefined) this.u.consts.set(k, { v, used })
    else if (used) c.used = true
    if (!used) return
    this.emit(`K${[...this.u.consts.keys()].indexOf(k)}`)
    this.u.lt.push(lt ?? (v.t === 'code' ? 'k' : `k${k.length}`))
  }

  /** ADDOP_LOAD_CONST_NEW of a tuple/frozenset built here: it dies if the cache had an equal one. */
  private addNewConst(v: CVal, lt?: string): void {
    const before = this.cache.held.length
    const known = this.u.consts.has(canon(v))
    this.addConst(v, !this.u.dead, lt)
    const isNew = this.cache.held.length > before
    // A new frozenset is rebuilt inside its key (merge_consts_recursive), so the one built here dies too.
    if (v.t === 'frozenset' && v.items.length > 0) this.ops.free('other')
    else if (!isNew || known) {
      if (v.t === 'tuple') this.ops.tupleFree(v.items.length)
      else if (v.t === 'frozenset') this.ops.free('other')
    }
  }

  private scopeOf(name: string): string | undefined {
    const u = this.u
    for (let i = u.inlined.length - 1; i >= 0; i--) {
      const b = u.inlined[i]
      const f = b.symbols.get(name)
      if (f !== undefined && f & DEF_LOCAL && !(f & DEF_NONLOCAL)) return b.scopes.get(name)
    }
    return u.block.scopes.get(name)
  }

  private nameop(raw: string, load = false): void {
    const u = this.u
    const name = mangle(u.privateName, raw)
    const scope = this.scopeOf(name)
    u.lt.push(load ? `w${raw.length}` : `n${name.length}`)
    switch (scope) {
      case 'free':
      case 'cell':
        this.emit(`D${[...u.cellvars, ...u.freevars].indexOf(name)}`)
        return
      case 'local':
        if (isFunctionLike(u.block) || u.fasthidden.has(name)) {
          if (!u.varnames.includes(name)) u.varnames.push(name)
          this.emit(`F${u.varnames.indexOf(name)}`)
          return
        }
        break
    }
    u.names.add(name)
    this.emit(`G${[...u.names].indexOf(name)}`)
  }

  private attr(raw: string): void {
    const name = mangle(this.u.privateName, raw)
    this.u.names.add(name)
    this.emit(`A${[...this.u.names].indexOf(name)}`)
    this.u.lt.push(`a${name.length}`)
  }

  // ---- statements ----

  private body(stmts: Stmt[], moduleOrClass: boolean): void {
    let i = 0
    if (moduleOrClass && stmts.length > 0 && isDocstring(stmts[0])) {
      this.expr((stmts[0] as Extract<Stmt, { k: 'Expr' }>).value)
      this.nameop('__doc__')
      i = 1
    }
    this.stmts(stmts.slice(i))
  }

  private stmts(list: Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  private stmt(s: Stmt): void {
    const u = this.u
    u.line = s.line
    this.emit(s.k === 'AugAssign' ? `${s.k}${s.op}` : s.k)
    u.lt.push(`${s.k}@${s.line - u.firstLine}:${s.col}`)
    switch (s.k) {
      case 'Expr':
        if (s.value.k === 'Const' || this.opt.folded.has(s.value)) return
        this.expr(s.value)
        break
      case 'Assign':
        this.expr(s.value)
        for (const t of s.targets) this.store(t)
        break
      case 'AugAssign':
        this.augTarget(s.target)
        this.expr(s.value)
        break
      case 'Delete':
        for (const t of s.targets) this.store(t)
        break
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        break
      case 'Break':
      case 'Continue':
        u.dead = true
        break
      case 'Return':
        // 3.12+: a constant is returned by one RETURN_CONST instruction (a line-table entry less).
        if (!this.v.assembler310 && (s.value === null || this.opt.value(s.value) !== null)) u.lt.push('rc')
        if (s.value) this.expr(s.value)
        else this.addConst({ t: 'none' })
        u.dead = true
        break
      case 'Raise':
        if (s.exc) this.expr(s.exc)
        if (s.cause) this.expr(s.cause)
        u.dead = true
        break
      case 'If': {
        const c = this.constTest(s.test)
        const start = u.dead
        u.dead = start || c === false
        this.stmts(s.body)
        const bodyDead = u.dead
        u.dead = start || c === true
        this.stmts(s.orelse)
        const elseDead = u.dead
        u.dead = start || (bodyDead && elseDead)
        break
      }
      case 'While': {
        // compiler_while compiles the test before the body and again after it.
        const c = this.constTest(s.test)
        const start = u.dead
        u.dead = start || c === false
        this.stmts(s.body)
        // (3.10 compiles the test once, before the body.)
        if (!this.v.assembler310) {
          if (c === null) this.expr(s.test)
          else this.constTest(s.test)
        }
        u.dead = start || c === false
        this.stmts(s.orelse)
        u.dead = start || (c === true && !hasBreak(s.body))
        break
      }
      case 'For': {
        this.expr(s.iter)
        this.store(s.target)
        const start = u.dead
        this.stmts(s.body)
        u.dead = start
        this.stmts(s.orelse)
        u.dead = start
        break
      }
      case 'Try':
        this.tryStmt(s)
        break
      case 'With': {
        const start = u.dead
        for (const it of s.items) {
          this.expr(it.ctx)
          if (it.target) this.store(it.target)
        }
        this.stmts(s.body)
        u.dead = start
        this.addConst({ t: 'none' })
        u.handlers = true
        break
      }
      case 'Assert':
        this.expr(s.test)
        if (s.msg) this.expr(s.msg)
        break
      case 'Import':
        for (const a of s.names) {
          this.addConst({ t: 'int', v: '0' })
          this.addConst({ t: 'none' })
          this.attr(a.name)
          if (a.asname !== null) {
            const parts = a.name.split('.')
            for (const p of parts.slice(1)) this.attr(p)
            this.nameop(a.asname)
          } else this.nameop(a.name.split('.')[0])
        }
        break
      case 'ImportFrom': {
        this.addConst({ t: 'int', v: '0' })
        const names: CVal = { t: 'tuple', items: s.names.map((a) => ({ t: 'str', v: a.name })) }
        this.ops.tuple(s.names.length)
        this.addNewConst(names)
        this.attr(s.module)
        for (const a of s.names) {
          if (a.name === '*') continue
          this.attr(a.name)
          this.nameop(a.asname ?? a.name)
        }
        break
      }
      case 'FunctionDef':
        this.functionDef(s.fn, false)
        this.nameop(s.fn.name)
        break
      case 'ClassDef':
        this.classDef(s)
        break
    }
  }

  private constTest(e: Expr): boolean | null {
    const v = this.opt.value(e)
    if (v === null) {
      this.expr(e)
      return null
    }
    if (this.v.dropConstTests) this.addConst(v, false)
    else this.addConst(v)
    return truthyConst(v)
  }

  private tryStmt(s: Extract<Stmt, { k: 'Try' }>): void {
    const u = this.u
    const start = u.dead
    u.handlers = true
    this.stmts(s.body)
    let alive = !u.dead
    u.dead = start
    this.stmts(s.orelse)
    alive = alive && !u.dead
    for (const h of s.handlers) {
      u.dead = start
      if (h.type) this.expr(h.type)
      if (h.name !== null) this.nameop(h.name)
      this.stmts(h.body)
      if (!u.dead) alive = true
      if (h.name !== null) {
        u.dead = start
        this.addConst({ t: 'none' })
        this.nameop(h.name)
      }
    }
    if (s.finalbody.length > 0) {
      // The finally body is compiled for the normal path, the exceptional path and each return, break or
      // continue leaving the try body.
      const copies = 2 + countExits(s.body) + s.handlers.reduce((n, h) => n + countExits(h.body), 0)
      let finAlive = true
      for (let i = 0; i < copies; i++) {
        u.dead = start
        this.stmts(s.finalbody)
        if (i === 0) finAlive = !u.dead
      }
      alive = alive && finAlive
    }
    u.dead = start || !alive
  }

  private store(t: Expr): void {
    switch (t.k) {
      case 'Name':
        this.nameop(t.id)
        break
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.store(e)
        break
      case 'Starred':
        this.store(t.value)
        break
      case 'Attribute':
        if (this.v.classAttributes && t.value.k === 'Name' && t.value.id === 'self') {
          // compiler_maybe_add_static_attribute_to_class: the innermost enclosing class unit.
          for (let i = this.stack.length - 1; i >= 0; i--)
            if (this.stack[i].kind === 'class') {
              this.stack[i].staticAttributes.add(t.attr)
              break
            }
        }
        this.expr(t.value)
        this.attr(t.attr)
        break
      case 'Subscript':
        this.expr(t.value)
        this.expr(t.index)
        break
      default:
        this.expr(t)
    }
  }

  private augTarget(t: Expr): void {
    if (t.k === 'Attribute') {
      this.expr(t.value)
      this.attr(t.attr)
    } else if (t.k === 'Subscript') {
      this.expr(t.value)
      this.expr(t.index)
    } else if (t.k === 'Name') this.nameop(t.id)
  }

  // ---- definitions ----

  private defaults(fn: FunctionDef): void {
    const pos = fn.params.filter((p) => p.kind === 'pos' && p.default !== null)
    if (pos.length > 0) this.buildTuple(pos.map((p) => p.default as Expr))
    const kw = fn.params.filter((p) => p.kind === 'kwonly' && p.default !== null)
    if (kw.length > 0) {
      // compiler_visit_kwonlydefaults: a list of the names, then a tuple of them.
      this.ops.alloc('list')
      for (const p of kw) this.expr(p.default as Expr)
      this.ops.tuple(kw.length)
      this.ops.free('list')
      this.addNewConst({
        t: 'tuple',
        items: kw.map((p) => ({ t: 'str', v: mangle(this.u.privateName, p.name) })),
      })
    }
  }

  /**
   * Push `elts` and BUILD_TUPLE: flowgraph folds the tuple when they are all constants, and the single
   * constants are then no longer loaded (remove_unused_consts drops them unless loaded elsewhere).
   */
  private buildTuple(elts: Expr[]): void {
    const items = elts.map((e) => this.opt.value(e))
    if (!items.every((x) => x !== null)) {
      this.exprs(elts)
      return
    }
    for (const it of items as CVal[]) this.addConst(it, false)
    this.u.folds.push({ items: items as CVal[], used: !this.u.dead })
    this.emit(`T${items.length}`)
    for (const e of elts) this.u.lt.push(`T@${e.line - this.u.firstLine}:${e.col}`)
  }

  private functionDef(fn: FunctionDef, lambda: boolean): void {
    for (const d of fn.decorators) this.expr(d)
    this.defaults(fn)
    const block = this.st.blocks.get(fn) as Block
    const first = fn.decorators.length > 0 ? Math.min(fn.line, ...fn.decorators.map((d) => d.line)) : fn.line
    this.enterScope(lambda ? 'lambda' : 'function', block, first)
    const u = this.u
    this.quiet = true
    if (lambda) {
      this.addConst({ t: 'none' })
      this.quiet = false
      this.stmts(fn.body)
    } else {
      const doc = fn.body.length > 0 && isDocstring(fn.body[0])
      this.addConst(
        doc ? (constOf((fn.body[0] as Extract<Stmt, { k: 'Expr' }>).value) as CVal) : { t: 'none' },
      )
      this.quiet = false
      this.stmts(doc ? fn.body.slice(1) : fn.body)
      if (block.generator) {
        const dead = u.dead
        this.addConst({ t: 'none' }, !dead)
        u.handlers = true
      }
    }
    const freevars = this.u.freevars.length
    const code = this.finishUnit(!lambda)
    this.addConst(code)
    this.loadQualname(lambda ? '<lambda>' : fn.name)
    this.emit(`MF${fn.params.some((p) => p.default !== null)}${freevars}`)
  }

  private classDef(s: Extract<Stmt, { k: 'ClassDef' }>): void {
    for (const d of s.decorators) this.expr(d)
    const block = this.st.blocks.get(s) as Block
    const first = s.decorators.length > 0 ? Math.min(s.line, ...s.decorators.map((d) => d.line)) : s.line
    this.enterScope('class', block, first)
    this.nameop('__name__')
    this.nameop('__module__')
    this.addConst({ t: 'str', v: this.qualname(s.name) })
    this.nameop('__qualname__')
    if (this.v.classAttributes) {
      this.addConst({ t: 'int', v: String(first) }, true, 'k')
      this.nameop('__firstlineno__')
    }
    this.body(s.body, true)
    this.u.dead = false
    if (this.v.classAttributes) {
      // PySequence_List of u_static_attributes, sorted, then PyList_AsTuple; loaded as a constant.
      const attrs = [...this.u.staticAttributes].sort()
      this.ops.alloc('list')
      this.ops.tuple(attrs.length)
      this.ops.free('list')
      this.addNewConst({ t: 'tuple', items: attrs.map((a) => ({ t: 'str', v: a })) }, 'k')
      this.nameop('__static_attributes__')
    }
    if (block.needsClassClosure) this.nameop('__classcell__')
    else this.addConst({ t: 'none' })
    // RETURN_VALUE: the None the assembler appends after it is unreachable (dropped or never added).
    this.count(1)
    this.u.dead = true
    const code = this.finishUnit(true)
    this.addConst(code)
    this.loadQualname(s.name)
    this.count(1) // MAKE_FUNCTION
    this.addConst({ t: 'str', v: s.name })
    for (const b of s.bases) this.expr(b)
    this.nameop(s.name)
  }

  /** The qualified name of a class being compiled (its unit is current; its ancestors are on the stack). */
  private qualname(name: string): string {
    const parts: string[] = []
    for (const su of this.stack) {
      if (su.kind === 'module') continue
      parts.push(su.block.name)
      if (su.kind === 'function' || su.kind === 'lambda') parts.push('<locals>')
    }
    return [...parts, name].join('.')
  }

  // ---- expressions ----

  private exprs(list: Expr[]): void {
    for (const e of list) this.expr(e)
  }

  private expr(e: Expr): void {
    // compiler_visit_expr: the expression's line while it is compiled.
    const u = this.u
    const saved = u.line
    u.line = e.line
    this.expr1(e)
    u.line = saved
  }

  private expr1(e: Expr): void {
    const u = this.u
    const folded = this.opt.value(e)
    if (folded !== null) {
      // A literal's instruction spans its source text, as a name's does (same line-table entry).
      const width = e.k === 'Const' ? literalWidth(this.lines[e.line - 1] ?? '', e.col - 1) : null
      if (width !== null) {
        u.lt.push(`v@${e.line - u.firstLine}:${e.col}`)
        this.addConst(folded, !u.dead, `w${width}`)
        return
      }
      u.lt.push(`@${e.line - u.firstLine}:${e.col}`)
      this.addConst(folded)
      return
    }
    if (e.k === 'Name') {
      this.emit(e.k)
      u.lt.push(`v@${e.line - u.firstLine}:${e.col}`)
      this.nameop(e.id, true)
      return
    }
    this.emit(e.k + opOf(e))
    u.lt.push(`${e.k}@${e.line - u.firstLine}:${e.col}`)
    switch (e.k) {
      case 'Attribute':
        this.expr(e.value)
        this.attr(e.attr)
        break
      case 'Subscript':
        this.expr(e.value)
        if (e.index.k === 'Slice' && e.index.step === null) {
          if (e.index.lower) this.expr(e.index.lower)
          else this.addConst({ t: 'none' })
          if (e.index.upper) this.expr(e.index.upper)
          else this.addConst({ t: 'none' })
        } else this.expr(e.index)
        break
      case 'Slice':
        for (const p of [e.lower, e.upper]) {
          if (p) this.expr(p)
          else this.addConst({ t: 'none' })
        }
        if (e.step) this.expr(e.step)
        break
      case 'Call':
        this.call(e.func, e.args)
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
        this.functionDef(e.fn, true)
        break
      case 'Tuple':
        if (this.opt.listToTuple.has(e)) this.exprs(e.elts)
        else this.sequence(e.elts, 'tuple')
        break
      case 'List':
        if (this.opt.listToTuple.has(e)) this.exprs(e.elts)
        else this.sequence(e.elts, 'list')
        break
      case 'Set':
        this.sequence(e.elts, 'set')
        break
      case 'Dict':
        this.dict(e)
        break
      case 'Starred':
        this.expr(e.value)
        break
      case 'Comp':
        this.comprehension(e)
        break
      case 'Yield':
        if (e.value) this.expr(e.value)
        else this.addConst({ t: 'none' })
        break
      case 'FString':
        this.fstring(e)
        break
      case 'Const':
        break
    }
  }

  private fstring(e: Extract<Expr, { k: 'FString' }>): void {
    if (e.parts.length === 0) {
      this.addConst({ t: 'str', v: '' })
      return
    }
    for (const p of e.parts) {
      if (typeof p === 'string') {
        this.addConst({ t: 'str', v: p })
        continue
      }
      this.expr(p.expr)
      if (p.specParts) {
        for (const q of p.specParts) {
          if (typeof q === 'string') this.addConst({ t: 'str', v: q })
          else this.expr(q)
        }
      } else if (p.spec !== null && p.spec !== '') this.addConst({ t: 'str', v: p.spec })
    }
  }

  /** starunpack_helper: more than two constants become one constant (a frozenset for a set). */
  private sequence(elts: Expr[], kind: 'tuple' | 'list' | 'set'): void {
    const items = elts.map((x) => (x.k === 'Starred' ? null : this.opt.value(x)))
    if (elts.length > 2 && items.every((x) => x !== null)) {
      const vals = items as CVal[]
      this.emit('extend')
      this.ops.tuple(vals.length)
      if (kind === 'set') {
        this.ops.frozenset()
        this.ops.tupleFree(vals.length)
        this.addNewConst({ t: 'frozenset', items: dedupe(vals) })
      } else this.addNewConst({ t: 'tuple', items: vals })
      return
    }
    this.exprs(elts)
    this.emit(`build${elts.length}`)
  }

  private dict(e: Extract<Expr, { k: 'Dict' }>): void {
    // compiler_dict / compiler_subdict: runs of more than one constant key use a key tuple.
    let runStart = 0
    const flush = (end: number) => {
      const n = end - runStart
      if (n <= 0) return
      const keys = e.keys.slice(runStart, end)
      const kv = keys.map((k) => (k === null ? null : this.opt.value(k)))
      if (n > 1 && n * 2 <= 30 && kv.every((k) => k !== null && k !== undefined)) {
        for (let i = runStart; i < end; i++) this.expr(e.values[i])
        this.ops.tuple(n)
        this.addNewConst({ t: 'tuple', items: kv as CVal[] })
      } else {
        for (let i = runStart; i < end; i++) {
          this.expr(e.keys[i] as Expr)
          this.expr(e.values[i])
        }
      }
    }
    let elements = 0
    for (let i = 0; i < e.values.length; i++) {
      if (e.keys[i] === null) {
        flush(i)
        this.expr(e.values[i])
        runStart = i + 1
        elements = 0
      } else if (elements * 2 > 30) {
        flush(i + 1)
        runStart = i + 1
        elements = 0
      } else elements++
    }
    flush(e.values.length)
  }

  private call(func: Expr, args: Arg[]): void {
    this.expr(func)
    const pos = args.filter((a) => a.kind === 'pos' || a.kind === 'star')
    const kws = args.filter((a) => a.kind === 'kw' || a.kind === 'dstar')
    const exCall =
      pos.length + kws.length * 2 > 30 || args.some((a) => a.kind === 'star' || a.kind === 'dstar')
    if (!exCall) {
      for (const a of pos) this.expr(a.value)
      for (const a of kws) this.expr(a.value)
      if (kws.length > 0) {
        this.ops.tuple(kws.length)
        this.addNewConst({ t: 'tuple', items: kws.map((a) => ({ t: 'str', v: a.name as string })) })
      }
      return
    }
    if (pos.length === 1 && pos[0].kind === 'star') this.expr(pos[0].value)
    else if (pos.some((a) => a.kind === 'star'))
      this.sequence(
        pos.map((a) => (a.kind === 'star' ? starOf(a) : a.value)),
        'list',
      )
    else {
      const elts = pos.map((a) => a.value)
      if (elts.length > 2 && elts.every((x) => this.opt.value(x) !== null)) this.sequence(elts, 'tuple')
      else this.buildTuple(elts)
    }
    let seen: Arg[] = []
    const subkwargs = () => {
      if (seen.length > 1 && seen.length * 2 <= 30) {
        for (const a of seen) this.expr(a.value)
        this.ops.tuple(seen.length)
        this.addNewConst({ t: 'tuple', items: seen.map((a) => ({ t: 'str', v: a.name as string })) })
      } else
        for (const a of seen) {
          this.addConst({ t: 'str', v: a.name as string })
          this.expr(a.value)
        }
      seen = []
    }
    for (const a of kws) {
      if (a.kind === 'dstar') {
        subkwargs()
        this.expr(a.value)
      } else seen.push(a)
    }
    subkwargs()
  }

  private comprehension(e: Extract<Expr, { k: 'Comp' }>): void {
    const block = this.st.blocks.get(e) as Block
    const first = e.gens[0]
    if (block.inlined) {
      this.expr(first.iter)
      const state = this.pushInlined(block)
      this.u.inlined.push(block)
      this.u.handlers = true
      this.comprehensionBody(e, true)
      this.u.inlined.pop()
      this.popInlined(state)
      return
    }
    this.enterScope('comp', block, e.line)
    this.comprehensionBody(e, false)
    if (e.kind === 'gen') this.u.handlers = true
    else this.u.dead = true
    const code = this.finishUnit(true)
    this.addConst(code)
    this.loadQualname(e.kind === 'gen' ? '<genexpr>' : `<${e.kind}comp>`)
    this.expr(first.iter)
  }

  private comprehensionBody(e: Extract<Expr, { k: 'Comp' }>, inlined: boolean): void {
    this.u.line = e.line
    if (e.kind !== 'gen') this.count(1) // BUILD_LIST/SET/MAP
    e.gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter)
      else if (!inlined) this.nameop('.0')
      this.count(i > 0 ? 3 : 2) // (GET_ITER,) FOR_ITER, JUMP_ABSOLUTE
      this.store(g.target)
      this.exprs(g.ifs)
      this.count(g.ifs.length) // POP_JUMP_IF_FALSE
    })
    if (e.kind === 'dict') {
      this.expr(e.elt)
      if (e.value) this.expr(e.value)
    } else this.expr(e.elt)
    this.count(e.kind === 'gen' ? 2 : 2) // YIELD_VALUE, POP_TOP / LIST_APPEND, RETURN_VALUE
    if (e.kind === 'gen') this.addConst({ t: 'none' })
  }

  /** push_inlined_comprehension_state: fast_hidden set, temp_symbols dict, pushed_locals list. */
  private pushInlined(comp: Block): { dict: boolean; list: boolean; set: boolean; hidden: string[] } {
    const u = this.u
    const st = { dict: false, list: false, set: false, hidden: [] as string[] }
    const inClass = u.block.type === 'class' && u.inlined.length === 0
    for (const [k, flags] of comp.symbols) {
      const scope = comp.scopes.get(k)
      const outer = u.block.scopes.get(k)
      const differs =
        (scope !== outer && scope !== 'free' && !(scope === 'cell' && outer === 'free')) || inClass
      // 3.13 compares every symbol's scope (even the comprehension's `.0`, unknown outside) first.
      if (this.v.inlinedScopesFirst && differs && !st.dict) {
        st.dict = true
        this.ops.alloc('dict', false)
      }
      if (!((flags & DEF_LOCAL && !(flags & DEF_NONLOCAL)) || inClass)) continue
      if (!isFunctionLike(u.block) && !u.fasthidden.has(k)) {
        u.fasthidden.add(k)
        st.hidden.push(k)
        if (!st.set) {
          st.set = true
          this.ops.alloc('other')
        }
      }
      if (
        !this.v.inlinedScopesFirst &&
        scope !== outer &&
        !(scope === 'cell' && outer === 'free') &&
        !st.dict
      ) {
        st.dict = true
        this.ops.alloc('dict', false)
      }
      if (!st.list) {
        st.list = true
        this.ops.alloc('list')
      }
      if (!u.varnames.includes(k)) u.varnames.push(k)
    }
    return st
  }

  private popInlined(st: { dict: boolean; list: boolean; set: boolean; hidden: string[] }): void {
    if (st.dict) this.ops.free('dict', false)
    if (st.list) this.ops.free('list')
    if (st.set) this.ops.free('other')
    for (const k of st.hidden) this.u.fasthidden.delete(k)
  }
}

/**
 * 3.10: roughly how many instructions a signature token stands for (a name, attribute or constant
 * token is one; the statement and expression tokens count the instructions their operands do not).
 */
const INSTRUCTIONS: Record<string, number> = {
  Expr: 1,
  Assign: 0,
  AugAssign: 2,
  Return: 1,
  Delete: 0,
  Pass: 1,
  Break: 1,
  Continue: 1,
  Raise: 1,
  If: 1,
  While: 2,
  For: 3,
  Try: 6,
  With: 8,
  Assert: 3,
  Import: 0,
  ImportFrom: 1,
  FunctionDef: 0,
  ClassDef: 2,
  Global: 0,
  Nonlocal: 0,
  Name: 0,
  Attribute: 0,
  Lambda: 0,
  Tuple: 0,
  List: 0,
  Set: 0,
  Starred: 0,
  Const: 0,
  Comp: 2,
  Yield: 2,
  IfExp: 2,
  extend: 2,
}

/** The operator of an operation node (its instruction's argument: BINARY_OP's, COMPARE_OP's...). */
function opOf(e: Expr): string {
  switch (e.k) {
    case 'BinOp':
    case 'UnaryOp':
    case 'BoolOp':
      return e.op
    case 'Compare':
      return e.ops.join(',')
    default:
      return ''
  }
}

/**
 * The width of the literal token at `col` of `text` (a number, a one-line string, True/False/None,
 * `...`), or null when it cannot be read there (a folded expression, a string over several lines).
 */
function literalWidth(text: string, col: number): number | null {
  const rest = text.slice(col)
  const num = /^[0-9.](?:[0-9a-zA-Z_.]|(?<=[eE])[+-])*/.exec(rest)
  if (num !== null && /^\.?[0-9]/.test(rest)) return num[0].length
  const word = /^(True|False|None)\b/.exec(rest)
  if (word !== null) return word[0].length
  if (rest.startsWith('...')) return 3
  const str = /^[rRbBuUfF]{0,2}('''|"""|'|")/.exec(rest)
  if (str === null) return null
  const q = str[1]
  const raw = /[rR]/.test(str[0].slice(0, -q.length))
  for (let i = str[0].length; i < rest.length; i++) {
    if (rest[i] === '\\' && !raw) {
      i++
      continue
    }
    if (rest.startsWith(q, i)) {
      // Adjacent literals are one constant spanning them all.
      const after = rest.slice(i + q.length)
      if (/^\s*[rRbBuUfF]{0,2}['"]/.test(after)) return null
      return i + q.length
    }
  }
  return null
}

function starOf(a: Arg): Expr {
  return { k: 'Starred', value: a.value, line: a.value.line, col: a.value.col }
}

function isDocstring(s: Stmt): boolean {
  return s.k === 'Expr' && s.value.k === 'Const' && s.value.kind === 'str'
}

function truthyConst(v: CVal): boolean {
  switch (v.t) {
    case 'none':
      return false
    case 'bool':
      return v.v
    case 'int':
      return v.v !== '0'
    case 'float':
    case 'complex':
      return v.v !== 0
    case 'str':
    case 'bytes':
      return v.v.length > 0
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0
    default:
      return true
  }
}

function hasBreak(body: Stmt[]): boolean {
  for (const s of body) {
    if (s.k === 'Break') return true
    if (s.k === 'If' && (hasBreak(s.body) || hasBreak(s.orelse))) return true
    if (
      s.k === 'Try' &&
      (hasBreak(s.body) ||
        hasBreak(s.orelse) ||
        hasBreak(s.finalbody) ||
        s.handlers.some((h) => hasBreak(h.body)))
    )
      return true
    if (s.k === 'With' && hasBreak(s.body)) return true
  }
  return false
}

/** return/break/continue statements that leave a try body (not those of nested loops or functions). */
function countExits(body: Stmt[], inLoop = false): number {
  let n = 0
  for (const s of body) {
    if (s.k === 'Return') n++
    else if ((s.k === 'Break' || s.k === 'Continue') && !inLoop) n++
    else if (s.k === 'If') n += countExits(s.body, inLoop) + countExits(s.orelse, inLoop)
    else if (s.k === 'While' || s.k === 'For') n += countExits(s.body, true) + countExits(s.orelse, inLoop)
    else if (s.k === 'With') n += countExits(s.body, inLoop)
    else if (s.k === 'Try')
      n +=
        countExits(s.body, inLoop) +
        countExits(s.orelse, inLoop) +
        s.handlers.reduce((m, h) => m + countExits(h.body, inLoop), 0)
  }
  return n
}
