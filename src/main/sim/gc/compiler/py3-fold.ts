/**
 * CPython 3.x's AST optimizer (Python/ast_opt.c, `_PyAST_Optimize`) as far as it makes GC objects: a
 * tuple display of constants becomes a constant tuple (`fold_tuple`, a new tuple kept by the arena), a
 * list or set display iterated by `for`, a comprehension or the last `in`/`not in` comparison becomes a
 * tuple or frozenset (`fold_iter`, `fold_compare`), and unary and binary operators on constants are
 * computed (`fold_unaryop`, `fold_binop`). The pass is post-order in the fields' order of
 * `astfold_stmt`/`astfold_expr`, so the tuples are allocated in that order, before the symbol table.
 *
 * The result maps each folded expression to its constant value, for the code generator.
 *
 * Simplifications: numeric, string and tuple operators are folded (constant subscripts are left alone);
 * only the integer, tuple-repetition and string-repetition size limits of safe_multiply/safe_power/
 * safe_lshift are checked.
 */
import type { Expr, FunctionDef, Module, Stmt } from '@sim/parse/ast'
import type { CVal, Ops } from './py3-consts'

export type Folded = Map<Expr, CVal>

/** The constant an expression node stands for (before folding). */
export function constOf(e: Expr): CVal | null {
  if (e.k !== 'Const') return null
  switch (e.kind) {
    case 'None':
      return { t: 'none' }
    case 'Ellipsis':
      return { t: 'ellipsis' }
    case 'True':
    case 'False':
      return { t: 'bool', v: e.kind === 'True' }
    case 'int':
      return { t: 'int', v: String(e.value) }
    case 'float':
      return { t: 'float', v: e.value as number }
    case 'bytes':
      return { t: 'bytes', v: e.value as string }
    default:
      return { t: 'str', v: e.value as string }
  }
}

export class AstOptimizer {
  readonly folded: Folded = new Map()
  /** Expressions whose list display became a tuple display (fold_iter of a non-constant list). */
  readonly listToTuple = new Set<Expr>()
  constructor(private readonly ops: Ops) {}

  run(mod: Module): void {
    this.stmts(mod.body)
  }

  value(e: Expr): CVal | null {
    return this.folded.get(e) ?? constOf(e)
  }

  private stmts(list: Stmt[]): void {
    for (const s of list) this.stmt(s)
  }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'FunctionDef':
        this.fn(s.fn)
        break
      case 'ClassDef':
        this.exprs(s.bases)
        this.stmts(s.body)
        this.exprs(s.decorators)
        break
      case 'Return':
        if (s.value) this.expr(s.value)
        break
      case 'Delete':
        for (const t of s.targets) this.target(t)
        break
      case 'Assign':
        for (const t of s.targets) this.target(t)
        this.expr(s.value)
        break
      case 'AugAssign':
        this.target(s.target)
        this.expr(s.value)
        break
      case 'For':
        this.target(s.target)
        this.expr(s.iter)
        this.foldIter(s.iter)
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
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type)
          this.stmts(h.body)
        }
        this.stmts(s.orelse)
        this.stmts(s.finalbody)
        break
      case 'Assert':
        this.expr(s.test)
        if (s.msg) this.expr(s.msg)
        break
      case 'Expr':
        this.expr(s.value)
        break
      case 'With':
        for (const it of s.items) {
          this.expr(it.ctx)
          if (it.target) this.target(it.target)
        }
        this.stmts(s.body)
        break
      default:
        break
    }
  }

  private fn(fn: FunctionDef): void {
    // astfold_arguments: keyword-only defaults before positional ones.
    for (const p of fn.params) if (p.kind === 'kwonly' && p.default) this.expr(p.default)
    for (const p of fn.params) if (p.kind !== 'kwonly' && p.default) this.expr(p.default)
    this.stmts(fn.body)
    this.exprs(fn.decorators)
  }

  /** A Store/Del context: tuples there are never folded. */
  private target(t: Expr): void {
    switch (t.k) {
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e)
        break
      case 'Starred':
        this.target(t.value)
        break
      case 'Name':
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
      case 'Attribute':
      case 'Starred':
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
        for (const a of e.args) if (a.kind === 'pos' || a.kind === 'star') this.expr(a.value)
        for (const a of e.args) if (a.kind === 'kw' || a.kind === 'dstar') this.expr(a.value)
        break
      case 'BinOp':
        this.expr(e.left)
        this.expr(e.right)
        this.foldBinop(e)
        break
      case 'UnaryOp':
        this.expr(e.operand)
        this.foldUnary(e)
        break
      case 'BoolOp':
        this.expr(e.left)
        this.expr(e.right)
        break
      case 'Compare': {
        this.expr(e.left)
        this.exprs(e.comparators)
        const last = e.ops[e.ops.length - 1]
        if (last === 'in' || last === 'not in') this.foldIter(e.comparators[e.comparators.length - 1])
        break
      }
      case 'IfExp':
        this.expr(e.test)
        this.expr(e.body)
        this.expr(e.orelse)
        break
      case 'Lambda':
        for (const p of e.fn.params) if (p.kind === 'kwonly' && p.default) this.expr(p.default)
        for (const p of e.fn.params) if (p.kind !== 'kwonly' && p.default) this.expr(p.default)
        this.stmts(e.fn.body)
        break
      case 'Tuple': {
        this.exprs(e.elts)
        const items = this.constItems(e.elts)
        if (items !== null) {
          this.ops.tuple(items.length)
          this.folded.set(e, { t: 'tuple', items })
        }
        break
      }
      case 'List':
      case 'Set':
        this.exprs(e.elts)
        break
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k)
        this.exprs(e.values)
        break
      case 'Comp':
        if (e.kind === 'dict') {
          this.expr(e.elt)
          if (e.value) this.expr(e.value)
        } else this.expr(e.elt)
        for (const g of e.gens) {
          this.target(g.target)
          this.expr(g.iter)
          this.exprs(g.ifs)
          this.foldIter(g.iter)
        }
        break
      case 'Yield':
        if (e.value) this.expr(e.value)
        break
      case 'FString':
        for (const p of e.parts) {
          if (typeof p === 'string') continue
          this.expr(p.expr)
          if (p.specParts) for (const q of p.specParts) if (typeof q !== 'string') this.expr(q)
        }
        break
      default:
        break
    }
  }

  private constItems(elts: Expr[]): CVal[] | null {
    const items: CVal[] = []
    for (const x of elts) {
      if (x.k === 'Starred') return null
      const v = this.value(x)
      if (v === null) return null
      items.push(v)
    }
    return items
  }

  /** `fold_iter`: a list display becomes a tuple (constant if it can), a constant set a frozenset. */
  private foldIter(e: Expr): void {
    if (e.k === 'List') {
      if (e.elts.some((x) => x.k === 'Starred')) return
      this.listToTuple.add(e)
      const items = this.constItems(e.elts)
      if (items === null) return
      this.ops.tuple(items.length)
      this.folded.set(e, { t: 'tuple', items })
    } else if (e.k === 'Set') {
      const items = this.constItems(e.elts)
      if (items === null) return
      this.ops.tuple(items.length)
      this.ops.frozenset()
      this.ops.tupleFree(items.length)
      this.folded.set(e, { t: 'frozenset', items: dedupe(items) })
    }
  }

  private foldUnary(e: Extract<Expr, { k: 'UnaryOp' }>): void {
    const v = this.value(e.operand)
    if (v === null) return
    const n = numeric(v)
    let r: CVal | null = null
    if (e.op === 'not') r = { t: 'bool', v: !truthy(v) }
    else if (n !== null) {
      if (e.op === '-') r = v.t === 'float' ? { t: 'float', v: -n } : intVal(-BigInt(intStr(v)))
      else if (e.op === '+') r = v.t === 'bool' ? { t: 'int', v: String(Number(v.v)) } : v
      else if (e.op === '~' && v.t !== 'float') r = intVal(~BigInt(intStr(v)))
    }
    if (r !== null) this.folded.set(e, r)
    else if (e.op !== 'not' && v.t !== 'complex') this.raised()
  }

  /** The operation raised: its exception (and its args tuple) is made, then cleared by make_const. */
  private raised(): void {
    this.ops.tuple(1)
    this.ops.alloc('other')
    this.ops.tupleFree(1)
    this.ops.free('other')
  }

  /**
   * Tuple concatenation and repetition (tupleconcat / tuple_repeat, under safe_multiply's limit of 256
   * items): a new tuple unless an operand is returned as is. undefined: not a tuple operation.
   */
  private tupleOp(op: string, a: CVal, b: CVal): CVal | null | undefined {
    if (op === '+' && a.t === 'tuple' && b.t === 'tuple') {
      if (a.items.length === 0) return b
      if (b.items.length === 0) return a
      const items = [...a.items, ...b.items]
      this.ops.tuple(items.length)
      return { t: 'tuple', items }
    }
    if (op !== '*') return undefined
    const isInt = (v: CVal) => v.t === 'int' || v.t === 'bool'
    const [seq, k] =
      a.t === 'tuple' && isInt(b) ? [a, b] : b.t === 'tuple' && isInt(a) ? [b, a] : [null, null]
    if (seq === null || k === null || seq.t !== 'tuple') return undefined
    const n = Number(k.t === 'bool' ? (k.v ? 1 : 0) : k.t === 'int' ? k.v : 0)
    const size = seq.items.length
    if (size > 0 && (n < 0 || n > Math.floor(256 / size))) return null
    if (n <= 0 || size === 0) return { t: 'tuple', items: [] }
    if (n === 1) return seq
    const items: CVal[] = []
    for (let i = 0; i < n; i++) items.push(...seq.items)
    this.ops.tuple(items.length)
    return { t: 'tuple', items }
  }

  private foldBinop(e: Extract<Expr, { k: 'BinOp' }>): void {
    const a = this.value(e.left)
    const b = this.value(e.right)
    if (a === null || b === null) return
    const t = this.tupleOp(e.op, a, b)
    if (t !== undefined) {
      if (t !== null) this.folded.set(e, t)
      return
    }
    const r = binop(e.op, a, b)
    if (r !== null) this.folded.set(e, r)
    else if (raises(e.op, a, b)) this.raised()
  }
}

/** Whether CPython's operator raises for these constants (a type mismatch, a division by zero). */
function raises(op: string, a: CVal, b: CVal): boolean {
  const num = (v: CVal) => v.t === 'int' || v.t === 'float' || v.t === 'bool' || v.t === 'complex'
  const seq = (v: CVal) => v.t === 'str' || v.t === 'bytes' || v.t === 'tuple'
  if (num(a) && num(b)) {
    if (['/', '//', '%'].includes(op)) return numeric(b) === 0
    return false
  }
  if (op === '*') {
    if (seq(a) && (b.t === 'int' || b.t === 'bool')) return false
    if (seq(b) && (a.t === 'int' || a.t === 'bool')) return false
    return true
  }
  if (op === '+') return !(seq(a) && a.t === b.t)
  if (op === '%' && (a.t === 'str' || a.t === 'bytes')) return false
  return true
}

/** The distinct items of a set display (equal numbers are one item: 1, 1.0 and True). */
export function dedupe(items: CVal[]): CVal[] {
  const seen = new Set<string>()
  const out: CVal[] = []
  for (const it of items) {
    const k = setKey(it)
    if (!seen.has(k)) {
      seen.add(k)
      out.push(it)
    }
  }
  return out
}

function setKey(v: CVal): string {
  if (v.t === 'bool') return v.v ? 'n1' : 'n0'
  if (v.t === 'int') return `n${v.v}`
  if (v.t === 'float' && Number.isInteger(v.v) && Math.abs(v.v) < 2 ** 53) return `n${v.v}`
  return JSON.stringify(v)
}

function truthy(v: CVal): boolean {
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

function numeric(v: CVal): number | null {
  if (v.t === 'int') return Number(v.v)
  if (v.t === 'float') return v.v
  if (v.t === 'bool') return v.v ? 1 : 0
  return null
}

function intStr(v: CVal): string {
  if (v.t === 'bool') return v.v ? '1' : '0'
  return v.t === 'int' ? v.v : '0'
}

function intVal(n: bigint): CVal {
  return { t: 'int', v: n.toString() }
}

function binop(op: string, a: CVal, b: CVal): CVal | null {
  if (a.t === 'str' && b.t === 'str' && op === '+') return { t: 'str', v: a.v + b.v }
  if (a.t === 'str' && (b.t === 'int' || b.t === 'bool') && op === '*') {
    const n = Number(intStr(b))
    if (n * a.v.length > 4096) return null
    return { t: 'str', v: a.v.repeat(Math.max(0, n)) }
  }
  const x = numeric(a)
  const y = numeric(b)
  if (x === null || y === null) return null
  const isInt = (v: CVal) => v.t === 'int' || v.t === 'bool'
  if (isInt(a) && isInt(b)) {
    const p = BigInt(intStr(a))
    const q = BigInt(intStr(b))
    switch (op) {
      case '+':
        return intVal(p + q)
      case '-':
        return intVal(p - q)
      case '*':
        // safe_multiply: no result over MAX_INT_SIZE (128) bits.
        if (p !== 0n && q !== 0n && bits(p) + bits(q) > 128) return null
        return intVal(p * q)
      case '//':
        if (q === 0n) return null
        return intVal(floorDiv(p, q))
      case '%':
        if (q === 0n) return null
        return intVal(p - floorDiv(p, q) * q)
      case '**':
        if (q < 0n) return { t: 'float', v: x ** y }
        // safe_power: vbits > MAX_INT_SIZE / wbits is left to run time.
        if (p !== 0n && q > 0n && bits(p) > 128n / q) return null
        return intVal(p ** q)
      case '/':
        if (q === 0n) return null
        return { t: 'float', v: x / y }
      case '<<':
        // safe_lshift
        if (q < 0n) return null
        if (p !== 0n && q !== 0n && (q > 128n || bits(p) > 128n - q)) return null
        return intVal(p << q)
      case '>>':
        return q >= 0n ? intVal(p >> q) : null
      case '&':
        return intVal(p & q)
      case '|':
        return intVal(p | q)
      case '^':
        return intVal(p ^ q)
      default:
        return null
    }
  }
  switch (op) {
    case '+':
      return { t: 'float', v: x + y }
    case '-':
      return { t: 'float', v: x - y }
    case '*':
      return { t: 'float', v: x * y }
    case '/':
      return y === 0 ? null : { t: 'float', v: x / y }
    case '**':
      return { t: 'float', v: x ** y }
    default:
      return null
  }
}

/** `_PyLong_NumBits`: the bit length of |n|. */
function bits(n: bigint): bigint {
  return BigInt((n < 0n ? -n : n).toString(2).length)
}

function floorDiv(p: bigint, q: bigint): bigint {
  const d = p / q
  return p % q !== 0n && p < 0n !== q < 0n ? d - 1n : d
}
