/**
 * The symbol-table pass, as CPython's `Python/symtable.c` does it: every function, lambda, class body and
 * (3.x) comprehension is a scope; each name in it is local (a fast slot), a cell (local but captured by an
 * inner function), free (a cell borrowed from an enclosing function), global, or looked up by name
 * (module and class bodies). Python 2.7 list comprehensions are not scopes: their loop variables are
 * locals of the enclosing scope and leak, as CPython 2 compiled them inline.
 *
 * Simplifications:
 * - No `__class__` cell: zero-argument `super()` finds its class from the function object instead.
 * - Names used only inside `del` or `global` declarations after use are not diagnosed.
 */
import type { Expr, FunctionDef, Module, Stmt } from './ast'
import { NotSupportedError, PySyntaxError } from './errors'

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension'

export interface ScopeInfo {
  kind: ScopeKind
  name: string
  /** Fast-local slot of every local, parameters first (function and comprehension scopes). */
  slots: Map<string, number>
  /** Names whose storage is a cell created by this scope (co_cellvars), in slot order. */
  cellvars: string[]
  /** Names borrowed from enclosing scopes (co_freevars). */
  freevars: string[]
  /** Names declared global. */
  globals: Set<string>
  isGenerator: boolean
  /** How a name is stored/loaded in this scope. */
  resolve(name: string): NameRef
}

export type NameRef =
  | { kind: 'fast'; slot: number }
  | { kind: 'deref'; index: number }
  | { kind: 'global'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'classderef'; name: string; index: number }

class Scope implements ScopeInfo {
  slots = new Map<string, number>()
  cellvars: string[] = []
  freevars: string[] = []
  globals = new Set<string>()
  nonlocals = new Set<string>()
  assigned = new Set<string>()
  used = new Set<string>()
  params: string[] = []
  children: Scope[] = []
  isGenerator = false
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
  ) {}

  isLocal(n: string): boolean {
    return (this.assigned.has(n) || this.params.includes(n)) && !this.globals.has(n) && !this.nonlocals.has(n)
  }

  resolve(name: string): NameRef {
    if (this.kind === 'module') return { kind: 'name', name }
    const ci = this.cellvars.indexOf(name)
    if (ci >= 0 && this.kind !== 'class') return { kind: 'deref', index: ci }
    const fi = this.freevars.indexOf(name)
    if (fi >= 0) {
      if (this.kind === 'class') {
        if (this.assigned.has(name)) return { kind: 'name', name }
        return { kind: 'classderef', name, index: this.cellvars.length + fi }
      }
      return { kind: 'deref', index: this.cellvars.length + fi }
    }
    if (this.globals.has(name)) return { kind: 'global', name }
    if (this.kind === 'class') return { kind: 'name', name }
    const s = this.slots.get(name)
    if (s !== undefined) return { kind: 'fast', slot: s }
    return { kind: 'global', name }
  }
}

/** Build scopes for the whole module, attaching ScopeInfo to module, function, class and comprehension nodes. */
export function analyzeScopes(mod: Module, listCompOwnScope: boolean): void {
  const top = new Scope('module', '<module>', null)
  const b = new Builder(listCompOwnScope)
  b.stmts(mod.body, top)
  finish(top)
  mod.scope = top
}

class Builder {
  constructor(readonly listCompOwnScope: boolean) {}

  stmts(ss: Stmt[], sc: Scope): void {
    for (const s of ss) this.stmt(s, sc)
  }

  target(e: Expr, sc: Scope): void {
    if (e.k === 'Name') sc.assigned.add(e.id)
    else if (e.k === 'Tuple' || e.k === 'List') for (const x of e.elts) this.target(x, sc)
    else if (e.k === 'Starred') this.target(e.value, sc)
    else this.expr(e, sc)
  }

  stmt(s: Stmt, sc: Scope): void {
    switch (s.k) {
      case 'Expr':
        return this.expr(s.value, sc)
      case 'Assign':
        this.expr(s.value, sc)
        for (const t of s.targets) this.target(t, sc)
        return
      case 'AugAssign':
        this.expr(s.value, sc)
        if (s.target.k === 'Name') {
          sc.used.add(s.target.id)
          sc.assigned.add(s.target.id)
        } else this.expr(s.target, sc)
        return
      case 'Delete':
        for (const t of s.targets) this.target(t, sc)
        return
      case 'Return':
        if (sc.kind !== 'function') throw new PySyntaxError("'return' outside function", s.line, s.col, '')
        if (s.value) this.expr(s.value, sc)
        return
      case 'If':
      case 'While':
        this.expr(s.test, sc)
        this.stmts(s.body, sc)
        this.stmts(s.orelse, sc)
        return
      case 'For':
        this.expr(s.iter, sc)
        this.target(s.target, sc)
        this.stmts(s.body, sc)
        this.stmts(s.orelse, sc)
        return
      case 'Try':
        this.stmts(s.body, sc)
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, sc)
          if (h.name) sc.assigned.add(h.name)
          this.stmts(h.body, sc)
        }
        this.stmts(s.orelse, sc)
        this.stmts(s.finalbody, sc)
        return
      case 'Raise':
        if (s.exc) this.expr(s.exc, sc)
        if (s.cause) this.expr(s.cause, sc)
        return
      case 'Assert':
        this.expr(s.test, sc)
        if (s.msg) this.expr(s.msg, sc)
        return
      case 'FunctionDef':
        for (const d of s.fn.decorators) this.expr(d, sc)
        this.func(s.fn, sc)
        sc.assigned.add(s.fn.name)
        return
      case 'ClassDef': {
        for (const d of s.decorators) this.expr(d, sc)
        for (const base of s.bases) this.expr(base, sc)
        const cs = new Scope('class', s.name, sc)
        sc.children.push(cs)
        this.stmts(s.body, cs)
        s.scope = cs
        sc.assigned.add(s.name)
        return
      }
      case 'Global':
        for (const n of s.names) sc.globals.add(n)
        return
      case 'Nonlocal':
        if (sc.kind !== 'function')
          throw new PySyntaxError('nonlocal declaration not allowed at module level', s.line, s.col, '')
        for (const n of s.names) sc.nonlocals.add(n)
        return
      case 'Import':
        for (const n of s.names) sc.assigned.add(n.asname ?? n.name.split('.')[0])
        return
      case 'ImportFrom':
        for (const n of s.names) sc.assigned.add(n.asname ?? n.name)
        return
      case 'With':
        for (const it of s.items) {
          this.expr(it.ctx, sc)
          if (it.target) this.target(it.target, sc)
        }
        this.stmts(s.body, sc)
        return
      default:
        return
    }
  }

  func(fn: FunctionDef, sc: Scope): void {
    for (const p of fn.params) if (p.default) this.expr(p.default, sc)
    const fs = new Scope('function', fn.name, sc)
    sc.children.push(fs)
    for (const p of fn.params) {
      if (fs.params.includes(p.name))
        throw new PySyntaxError(`duplicate argument '${p.name}' in function definition`, fn.line, fn.col, '')
      fs.params.push(p.name)
    }
    this.stmts(fn.body, fs)
    fn.scope = fs
    fn.isGenerator = fs.isGenerator
  }

  expr(e: Expr | null, sc: Scope): void {
    if (e === null) return
    switch (e.k) {
      case 'Name':
        sc.used.add(e.id)
        return
      case 'Const':
        return
      case 'Attribute':
        return this.expr(e.value, sc)
      case 'Subscript':
        this.expr(e.value, sc)
        return this.expr(e.index, sc)
      case 'Slice':
        this.expr(e.lower, sc)
        this.expr(e.upper, sc)
        return this.expr(e.step, sc)
      case 'Call':
        this.expr(e.func, sc)
        for (const a of e.args) this.expr(a.value, sc)
        return
      case 'BinOp':
      case 'BoolOp':
        this.expr(e.left, sc)
        return this.expr(e.right, sc)
      case 'UnaryOp':
        return this.expr(e.operand, sc)
      case 'Compare':
        this.expr(e.left, sc)
        for (const c of e.comparators) this.expr(c, sc)
        return
      case 'IfExp':
        this.expr(e.test, sc)
        this.expr(e.body, sc)
        return this.expr(e.orelse, sc)
      case 'Lambda':
        return this.func(e.fn, sc)
      case 'Tuple':
      case 'List':
      case 'Set':
        for (const x of e.elts) this.expr(x, sc)
        return
      case 'Dict':
        for (const k of e.keys) this.expr(k, sc)
        for (const v of e.values) this.expr(v, sc)
        return
      case 'Starred':
        return this.expr(e.value, sc)
      case 'Yield':
        if (sc.kind !== 'function') throw new PySyntaxError("'yield' outside function", e.line, e.col, '')
        sc.isGenerator = true
        return this.expr(e.value, sc)
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.expr(p.expr, sc)
        return
      case 'Comp': {
        // The first iterable is evaluated in the enclosing scope (it becomes the argument `.0`).
        this.expr(e.gens[0].iter, sc)
        const inline = e.kind === 'list' && !this.listCompOwnScope
        const cs = inline ? sc : new Scope('comprehension', compName(e.kind), sc)
        if (!inline) {
          sc.children.push(cs)
          cs.params.push('.0')
          cs.isGenerator = e.kind === 'gen'
        }
        e.gens.forEach((g, i) => {
          if (i > 0) this.expr(g.iter, cs)
          this.target(g.target, cs)
          for (const c of g.ifs) this.expr(c, cs)
        })
        this.expr(e.elt, cs)
        this.expr(e.value, cs)
        e.scope = inline ? null : cs
        return
      }
    }
  }
}

function compName(kind: string): string {
  return kind === 'gen' ? '<genexpr>' : `<${kind}comp>`
}

/** Second pass: decide cells and free variables bottom-up, then number the slots. */
function finish(top: Scope): void {
  const all: Scope[] = []
  const walk = (s: Scope) => {
    all.push(s)
    s.children.forEach(walk)
  }
  walk(top)
  // A name is free in s when used/nonlocal there, not local, not global, and bound in an enclosing function.
  for (const s of all) {
    if (s.kind === 'module') continue
    const names = new Set<string>([...s.used, ...s.nonlocals])
    if (s.kind === 'class') for (const n of s.assigned) names.delete(n)
    for (const n of names) {
      if (s.kind !== 'class' && s.isLocal(n)) continue
      if (s.globals.has(n)) continue
      const owner = findBinding(s.parent, n)
      if (owner === null) {
        if (s.nonlocals.has(n)) throw new PySyntaxError(`no binding for nonlocal '${n}' found`, 1, 1, '')
        continue
      }
      // Every scope between s and owner passes the cell through as a free variable.
      let cur: Scope | null = s
      while (cur !== null && cur !== owner) {
        if (!cur.freevars.includes(n)) cur.freevars.push(n)
        cur = cur.parent
      }
      if (!owner.cellvars.includes(n)) owner.cellvars.push(n)
    }
  }
  for (const s of all) {
    if (s.kind === 'module' || s.kind === 'class') continue
    let i = 0
    for (const p of s.params) s.slots.set(p, i++)
    for (const n of s.assigned) if (s.isLocal(n) && !s.slots.has(n)) s.slots.set(n, i++)
    // Cell parameters keep their slot for argument binding; the cell is created from it at frame start.
    s.cellvars.sort((a, b) => (s.slots.get(a) ?? 1e9) - (s.slots.get(b) ?? 1e9))
  }
}

function findBinding(s: Scope | null, n: string): Scope | null {
  for (let cur = s; cur !== null; cur = cur.parent) {
    if (cur.kind === 'module') return null
    if (cur.kind === 'class') continue
    if (cur.globals.has(n)) return null
    if (cur.isLocal(n)) return cur
  }
  return null
}

export { NotSupportedError }
