/**
 * From source text to our AST. CPython tokenizes (`Parser/tokenizer.c`), parses with its PEG grammar
 * (`Grammar/python.gram`) into the AST of `Parser/Python.asdl`, then runs the symbol-table pass
 * (`Python/symtable.c`). We let @lezer/python build a concrete syntax tree, refuse any tree that holds an
 * error node (Lezer recovers and keeps going; CPython stops at the first error), and convert the rest
 * into the small AST of ast.ts. Scope analysis (scope.ts) runs afterwards.
 *
 * Simplifications:
 * - Error positions are where Lezer first gave up, which is usually but not always CPython's caret.
 * - Python 2-only syntax (print statement, `10L`, backticks, `except E, e`) is a SyntaxError, with a hint
 *   for the print statement.
 */
import { parser } from '@lezer/python'
import type { SyntaxNode } from '@lezer/common'
import type { Arg, CompFor, ExceptHandler, Expr, FunctionDef, Module, Param, Pos, Stmt } from './ast'
import { NotSupportedError, PySyntaxError } from './errors'

const SKIP = new Set(['Comment', ',', ';', '(', ')', '[', ']', '{', '}', ':', 'Body'])

export interface ParseOptions {
  /** 2.7 without `from __future__ import print_function` still rejects the print statement (a lab rule). */
  py2: boolean
}

/** Parse a whole program; throws PySyntaxError or NotSupportedError. */
export function parseModule(source: string, options: ParseOptions): Module {
  const tree = parser.parse(source)
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const conv = new Converter(source, lineStarts, options)
  // A print statement is reported with its hint even though Lezer parses it cleanly.
  let firstError: number | null = null
  let printStmt: SyntaxNode | null = null
  tree.iterate({
    enter(n) {
      if (n.type.isError && firstError === null) firstError = n.from
      if (n.name === 'PrintStatement' && printStmt === null) printStmt = n.node
    },
  })
  if (printStmt !== null) {
    const ps = printStmt as SyntaxNode
    if (firstError === null || ps.from <= firstError) throw conv.printStatementError(ps)
  }
  if (firstError !== null) throw conv.syntaxErrorAt(firstError, 'invalid syntax')
  const top = tree.topNode
  const body = conv.stmts(top)
  return {
    body,
    scope: null,
    printFunction: !options.py2 || conv.futurePrint,
    trueDivision: !options.py2 || conv.futureDivision,
  }
}

class Converter {
  futurePrint = false
  futureDivision = false
  constructor(
    readonly src: string,
    readonly lineStarts: number[],
    readonly opts: ParseOptions,
  ) {}

  /**
   * Python 2 without `from __future__ import print_function` reads `print(a, b)` as the print statement
   * `print (a, b)`: it prints the tuple `('a', 'b')`, and `print()` prints `()`. Rewrite such a call so
   * the builtin print receives that one tuple.
   */
  py2PrintCall(e: Expr): Expr {
    if (!this.opts.py2 || this.futurePrint) return e
    if (e.k !== 'Call' || e.func.k !== 'Name' || e.func.id !== 'print') return e
    if (e.args.length === 1 || e.args.some((a) => a.kind !== 'pos')) return e
    const tuple: Expr = { k: 'Tuple', elts: e.args.map((a) => a.value), line: e.line, col: e.col }
    return { ...e, args: [{ kind: 'pos', name: null, value: tuple }] }
  }

  pos(offset: number): Pos {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo] + 1 }
  }

  lineText(line: number): string {
    const s = this.lineStarts[line - 1] ?? 0
    const e = this.lineStarts[line] ?? this.src.length
    return this.src.slice(s, e).replace(/\r?\n$/, '')
  }

  syntaxErrorAt(offset: number, message: string): PySyntaxError {
    // An unclosed bracket is what CPython reports when the error sits at the end of the input.
    const p = this.pos(Math.min(offset, this.src.length))
    const open = this.unclosedBracket(offset)
    // CPython blames an unclosed bracket only when the parser ran past the bracket's line.
    if (open !== null && !this.opts.py2 && this.pos(open).line < p.line) {
      const op = this.pos(open)
      return new PySyntaxError(
        `'${this.src[open]}' was never closed`,
        op.line,
        op.col,
        this.lineText(op.line),
      )
    }
    return new PySyntaxError(message, p.line, p.col, this.lineText(p.line))
  }

  unclosedBracket(offset: number): number | null {
    // Only when nothing but brackets explain the error: scan the source for an unmatched opener.
    const stack: number[] = []
    let q: string | null = null
    for (let i = 0; i < this.src.length; i++) {
      const c = this.src[i]
      if (q !== null) {
        if (c === '\\') i++
        else if (this.src.startsWith(q, i)) {
          i += q.length - 1
          q = null
        }
        continue
      }
      if (c === '#') {
        while (i < this.src.length && this.src[i] !== '\n') i++
      } else if (c === '"' || c === "'") {
        q = this.src.startsWith(c + c + c, i) ? c + c + c : c
        i += q.length - 1
      } else if (c === '(' || c === '[' || c === '{') stack.push(i)
      else if (c === ')' || c === ']' || c === '}') {
        if (stack.length === 0) return null
        stack.pop()
      }
    }
    return stack.length > 0 && stack[stack.length - 1] < offset ? stack[stack.length - 1] : null
  }

  printStatementError(n: SyntaxNode): PySyntaxError {
    const p = this.pos(n.from)
    const eol = this.src.indexOf('\n', n.from)
    const args = this.src
      .slice(n.from, eol < 0 ? this.src.length : eol)
      .replace(/^print\s*/, '')
      .trim()
    const hint = this.opts.py2
      ? `Missing parentheses in call to 'print'. Did you mean print(${args})? ` +
        `(on 2.7, add 'from __future__ import print_function' at the top and write print(${args}))`
      : `Missing parentheses in call to 'print'. Did you mean print(${args})?`
    return new PySyntaxError(hint, p.line, p.col, this.lineText(p.line))
  }

  unsupported(what: string, n: SyntaxNode): never {
    throw new NotSupportedError(what, this.pos(n.from).line)
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to)
  }

  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = []
    for (let c = n.firstChild; c !== null; c = c.nextSibling) if (c.name !== 'Comment') out.push(c)
    return out
  }

  stmts(n: SyntaxNode): Stmt[] {
    const out: Stmt[] = []
    for (const c of this.kids(n)) {
      if (SKIP.has(c.name)) continue
      if (c.name === 'StatementGroup') {
        out.push(...this.stmts(c))
        continue
      }
      out.push(this.stmt(c))
    }
    return out
  }

  body(n: SyntaxNode | undefined): Stmt[] {
    if (n === undefined || n.name !== 'Body')
      throw this.syntaxErrorAt(n?.from ?? this.src.length, 'invalid syntax')
    return this.stmts(n)
  }

  /** Split a run of children at commas into expressions; `tuple` tells whether a comma was seen. */
  exprList(nodes: SyntaxNode[]): { items: Expr[]; comma: boolean } {
    const items: Expr[] = []
    let comma = false
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i]
      if (c.name === ',') {
        comma = true
        continue
      }
      if (c.name === '*') {
        const v = this.expr(nodes[++i])
        items.push({ k: 'Starred', value: v, ...this.pos(c.from) })
        continue
      }
      items.push(this.expr(c))
    }
    return { items, comma }
  }

  tupleOr(nodes: SyntaxNode[], at: SyntaxNode): Expr {
    const { items, comma } = this.exprList(nodes)
    if (items.length === 1 && !comma) return items[0]
    return { k: 'Tuple', elts: items, ...this.pos(at.from) }
  }

  stmt(n: SyntaxNode): Stmt {
    const p = this.pos(n.from)
    const ks = this.kids(n)
    switch (n.name) {
      case 'ExpressionStatement':
        return { k: 'Expr', value: this.py2PrintCall(this.tupleOr(ks, n)), ...p }
      case 'AssignStatement': {
        const segs: SyntaxNode[][] = [[]]
        for (const c of ks) {
          if (c.name === 'AssignOp') segs.push([])
          else if (c.name === 'TypeDef') this.unsupported('annotated assignment', n)
          else segs[segs.length - 1].push(c)
        }
        const exprs = segs.map((s) => this.tupleOr(s, s[0] ?? n))
        const value = exprs.pop() as Expr
        for (const t of exprs) this.checkTarget(t, n)
        return { k: 'Assign', targets: exprs, value, ...p }
      }
      case 'UpdateStatement': {
        const opIdx = ks.findIndex((c) => c.name === 'UpdateOp')
        const target = this.tupleOr(ks.slice(0, opIdx), n)
        if (target.k !== 'Name' && target.k !== 'Attribute' && target.k !== 'Subscript')
          throw this.syntaxErrorAt(n.from, "'tuple' is an illegal expression for augmented assignment")
        const op = this.text(ks[opIdx]).slice(0, -1)
        return { k: 'AugAssign', target, op, value: this.tupleOr(ks.slice(opIdx + 1), n), ...p }
      }
      case 'PassStatement':
        return { k: 'Pass', ...p }
      case 'BreakStatement':
        return { k: 'Break', ...p }
      case 'ContinueStatement':
        return { k: 'Continue', ...p }
      case 'ReturnStatement':
        return { k: 'Return', value: ks.length > 1 ? this.tupleOr(ks.slice(1), n) : null, ...p }
      case 'YieldStatement':
        return { k: 'Expr', value: this.yieldExpr(n), ...p }
      case 'DeleteStatement': {
        const { items } = this.exprList(ks.slice(1))
        for (const t of items) this.checkTarget(t, n)
        return { k: 'Delete', targets: items, ...p }
      }
      case 'RaiseStatement': {
        const fromIdx = ks.findIndex((c) => c.name === 'from')
        const excNodes = fromIdx < 0 ? ks.slice(1) : ks.slice(1, fromIdx)
        if (excNodes.some((c) => c.name === ',')) this.unsupported('Python 2 raise with arguments', n)
        return {
          k: 'Raise',
          exc: excNodes.length ? this.expr(excNodes[0]) : null,
          cause: fromIdx < 0 ? null : this.expr(ks[fromIdx + 1]),
          ...p,
        }
      }
      case 'AssertStatement': {
        const rest = ks.slice(1).filter((c) => c.name !== ',')
        return { k: 'Assert', test: this.expr(rest[0]), msg: rest[1] ? this.expr(rest[1]) : null, ...p }
      }
      case 'ScopeStatement': {
        const names = ks
          .slice(1)
          .filter((c) => c.name === 'VariableName')
          .map((c) => this.text(c))
        if (ks[0].name === 'global') return { k: 'Global', names, ...p }
        if (this.opts.py2) throw this.syntaxErrorAt(ks[1]?.from ?? n.from, 'invalid syntax')
        return { k: 'Nonlocal', names, ...p }
      }
      case 'ImportStatement':
        return this.importStmt(n, ks, p)
      case 'IfStatement': {
        // if test Body (elif test Body)* (else Body)?
        const tests: { test: Expr; body: Stmt[] }[] = []
        let orelse: Stmt[] = []
        for (let i = 0; i < ks.length; i++) {
          const c = ks[i]
          if (c.name === 'if' || c.name === 'elif') {
            tests.push({ test: this.expr(ks[i + 1]), body: this.body(ks[i + 2]) })
            i += 2
          } else if (c.name === 'else') {
            orelse = this.body(ks[i + 1])
            i += 1
          }
        }
        let node: Stmt | null = null
        for (let i = tests.length - 1; i >= 0; i--) {
          const t = tests[i]
          const tp = i === 0 ? p : { line: t.test.line, col: t.test.col }
          node = { k: 'If', test: t.test, body: t.body, orelse: node === null ? orelse : [node], ...tp }
        }
        return node as Stmt
      }
      case 'WhileStatement': {
        const elseIdx = ks.findIndex((c) => c.name === 'else')
        return {
          k: 'While',
          test: this.expr(ks[1]),
          body: this.body(ks[2]),
          orelse: elseIdx < 0 ? [] : this.body(ks[elseIdx + 1]),
          ...p,
        }
      }
      case 'ForStatement': {
        if (ks[0].name === 'async') this.unsupported('async for', n)
        const inIdx = ks.findIndex((c) => c.name === 'in')
        const bodyIdx = ks.findIndex((c) => c.name === 'Body')
        const elseIdx = ks.findIndex((c) => c.name === 'else')
        const target = this.tupleOr(ks.slice(1, inIdx), n)
        this.checkTarget(target, n)
        return {
          k: 'For',
          target,
          iter: this.tupleOr(ks.slice(inIdx + 1, bodyIdx), n),
          body: this.body(ks[bodyIdx]),
          orelse: elseIdx < 0 ? [] : this.body(ks[elseIdx + 1]),
          ...p,
        }
      }
      case 'TryStatement':
        return this.tryStmt(ks, p)
      case 'WithStatement': {
        const bodyIdx = ks.findIndex((c) => c.name === 'Body')
        const items: { ctx: Expr; target: Expr | null }[] = []
        const inner = ks.slice(1, bodyIdx)
        let cur: SyntaxNode[] = []
        const flush = () => {
          if (!cur.length) return
          const asIdx = cur.findIndex((c) => c.name === 'as')
          if (asIdx < 0) items.push({ ctx: this.expr(cur[0]), target: null })
          else items.push({ ctx: this.expr(cur[0]), target: this.expr(cur[asIdx + 1]) })
          cur = []
        }
        for (const c of inner) {
          if (c.name === ',') flush()
          else cur.push(c)
        }
        flush()
        return { k: 'With', items, body: this.body(ks[bodyIdx]), ...p }
      }
      case 'FunctionDefinition':
        return { k: 'FunctionDef', fn: this.funcDef(n, []), ...p }
      case 'ClassDefinition':
        return this.classDef(n, [])
      case 'DecoratedStatement': {
        const decorators = ks.filter((c) => c.name === 'Decorator').map((d) => this.decorator(d))
        const target = ks[ks.length - 1]
        if (target.name === 'FunctionDefinition')
          return { k: 'FunctionDef', fn: this.funcDef(target, decorators), ...this.pos(target.from) }
        if (target.name === 'ClassDefinition') return this.classDef(target, decorators)
        return this.unsupported('decorated ' + target.name, n)
      }
      case 'PrintStatement':
        throw this.printStatementError(n)
      case 'MatchStatement':
        return this.unsupported('match statement', n)
      default:
        return this.unsupported(n.name.replace(/Statement$/, ' statement').toLowerCase(), n)
    }
  }

  decorator(d: SyntaxNode): Expr {
    const ks = this.kids(d).filter((c) => c.name !== 'At')
    // @a.b(args): Lezer gives VariableName, '.', VariableName, ArgList
    let e: Expr | null = null
    for (let i = 0; i < ks.length; i++) {
      const c = ks[i]
      if (c.name === 'VariableName' && e === null) e = { k: 'Name', id: this.text(c), ...this.pos(c.from) }
      else if (c.name === '.') {
        const nm = ks[++i]
        e = { k: 'Attribute', value: e as Expr, attr: this.text(nm), ...this.pos(nm.from) }
      } else if (c.name === 'ArgList')
        e = { k: 'Call', func: e as Expr, args: this.args(c), ...this.pos(c.from) }
      else e = this.expr(c)
    }
    return e as Expr
  }

  importStmt(n: SyntaxNode, ks: SyntaxNode[], p: Pos): Stmt {
    if (ks[0].name === 'from') {
      const impIdx = ks.findIndex((c) => c.name === 'import')
      const module = ks
        .slice(1, impIdx)
        .map((c) => this.text(c))
        .join('')
      if (module.startsWith('.')) this.unsupported('relative import', n)
      const names: { name: string; asname: string | null }[] = []
      const rest = ks.slice(impIdx + 1).filter((c) => c.name !== '(' && c.name !== ')')
      for (let i = 0; i < rest.length; i++) {
        const c = rest[i]
        if (c.name === ',') continue
        if (c.name === '*') this.unsupported('import *', n)
        if (rest[i + 1]?.name === 'as') {
          names.push({ name: this.text(c), asname: this.text(rest[i + 2]) })
          i += 2
        } else names.push({ name: this.text(c), asname: null })
      }
      if (module === '__future__') {
        for (const nm of names) {
          if (nm.name === 'print_function') this.futurePrint = true
          else if (nm.name === 'division') this.futureDivision = true
          else if (!['absolute_import', 'generators', 'nested_scopes', 'with_statement'].includes(nm.name))
            this.unsupported(`from __future__ import ${nm.name}`, n)
        }
      }
      return { k: 'ImportFrom', module, names, ...p }
    }
    const names: { name: string; asname: string | null }[] = []
    const rest = ks.slice(1)
    let cur = ''
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i]
      if (c.name === ',') {
        names.push({ name: cur, asname: null })
        cur = ''
      } else if (c.name === 'as') {
        names.push({ name: cur, asname: this.text(rest[i + 1]) })
        cur = ''
        i++
        if (rest[i + 1]?.name === ',') i++
      } else cur += this.text(c)
    }
    if (cur) names.push({ name: cur, asname: null })
    return { k: 'Import', names, ...p }
  }

  tryStmt(ks: SyntaxNode[], p: Pos): Stmt {
    let body: Stmt[] = []
    const handlers: ExceptHandler[] = []
    let orelse: Stmt[] = []
    let finalbody: Stmt[] = []
    for (let i = 0; i < ks.length; i++) {
      const c = ks[i]
      if (c.name === 'try') body = this.body(ks[++i])
      else if (c.name === 'except') {
        const hp = this.pos(c.from)
        let j = i + 1
        let type: Expr | null = null
        let name: string | null = null
        if (ks[j].name === '*') this.unsupported('except*', c)
        if (ks[j].name !== 'Body') {
          type = this.expr(ks[j])
          j++
          if (ks[j].name === 'as') {
            name = this.text(ks[j + 1])
            j += 2
          } else if (ks[j].name === ',')
            throw this.syntaxErrorAt(ks[j].from, 'multiple exception types must be parenthesized')
        }
        handlers.push({ type, name, body: this.body(ks[j]), ...hp })
        i = j
      } else if (c.name === 'else') orelse = this.body(ks[++i])
      else if (c.name === 'finally') finalbody = this.body(ks[++i])
    }
    return { k: 'Try', body, handlers, orelse, finalbody, ...p }
  }

  params(n: SyntaxNode | undefined): Param[] {
    const out: Param[] = []
    if (n === undefined) return out
    const ks = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')')
    let kind: Param['kind'] = 'pos'
    for (let i = 0; i < ks.length; i++) {
      const c = ks[i]
      if (c.name === ',') continue
      if (c.name === '/') continue
      if (c.name === 'TypeDef') this.unsupported('annotation', c)
      if (c.name === '*') {
        if (ks[i + 1]?.name === 'VariableName') {
          out.push({ name: this.text(ks[i + 1]), kind: 'star', default: null })
          i++
        }
        kind = 'kwonly'
        continue
      }
      if (c.name === '**') {
        out.push({ name: this.text(ks[i + 1]), kind: 'dstar', default: null })
        i++
        continue
      }
      if (c.name === 'VariableName') {
        let def: Expr | null = null
        if (ks[i + 1]?.name === 'TypeDef') this.unsupported('annotation', ks[i + 1])
        if (ks[i + 1]?.name === 'AssignOp') {
          def = this.expr(ks[i + 2])
          i += 2
        } else if (kind === 'pos' && out.some((q) => q.kind === 'pos' && q.default !== null))
          throw this.syntaxErrorAt(c.from, 'non-default argument follows default argument')
        out.push({ name: this.text(c), kind, default: def })
        continue
      }
      this.unsupported('parameter ' + c.name, c)
    }
    return out
  }

  funcDef(n: SyntaxNode, decorators: Expr[]): FunctionDef {
    const ks = this.kids(n)
    if (ks[0].name === 'async') this.unsupported('async def', n)
    const name = this.text(ks.find((c) => c.name === 'VariableName') as SyntaxNode)
    if (ks.some((c) => c.name === 'TypeDef')) this.unsupported('return annotation', n)
    const params = this.params(ks.find((c) => c.name === 'ParamList'))
    const body = this.body(ks.find((c) => c.name === 'Body'))
    return {
      name,
      params,
      body,
      isLambda: false,
      isGenerator: false,
      decorators,
      scope: null,
      ...this.pos(n.from),
    }
  }

  classDef(n: SyntaxNode, decorators: Expr[]): Stmt {
    const ks = this.kids(n)
    const name = this.text(ks.find((c) => c.name === 'VariableName') as SyntaxNode)
    const argl = ks.find((c) => c.name === 'ArgList')
    const bases: Expr[] = []
    if (argl) {
      for (const a of this.args(argl)) {
        if (a.kind !== 'pos') this.unsupported('class keyword arguments (metaclass)', n)
        bases.push(a.value)
      }
    }
    if (bases.length > 1) this.unsupported('multiple inheritance', n)
    return {
      k: 'ClassDef',
      name,
      bases,
      body: this.body(ks.find((c) => c.name === 'Body')),
      scope: null,
      decorators,
      ...this.pos(n.from),
    }
  }

  args(n: SyntaxNode): Arg[] {
    const ks = this.kids(n).filter((c) => c.name !== '(' && c.name !== ')')
    if (ks.some((c) => c.name === 'for')) {
      return [{ kind: 'pos', name: null, value: this.comprehension(n, 'gen', ks) }]
    }
    const out: Arg[] = []
    for (let i = 0; i < ks.length; i++) {
      const c = ks[i]
      if (c.name === ',') continue
      if (c.name === '*') out.push({ kind: 'star', name: null, value: this.expr(ks[++i]) })
      else if (c.name === '**') out.push({ kind: 'dstar', name: null, value: this.expr(ks[++i]) })
      else if (ks[i + 1]?.name === 'AssignOp') {
        out.push({ kind: 'kw', name: this.text(c), value: this.expr(ks[i + 2]) })
        i += 2
      } else {
        if (out.some((a) => a.kind === 'kw' || a.kind === 'dstar') && c.name !== '*')
          throw this.syntaxErrorAt(c.from, 'positional argument follows keyword argument')
        out.push({ kind: 'pos', name: null, value: this.expr(c) })
      }
    }
    return out
  }

  yieldExpr(n: SyntaxNode): Expr {
    const ks = this.kids(n)
    if (ks[1]?.name === 'from') this.unsupported('yield from', n)
    return { k: 'Yield', value: ks.length > 1 ? this.tupleOr(ks.slice(1), n) : null, ...this.pos(n.from) }
  }

  comprehension(n: SyntaxNode, kind: 'list' | 'set' | 'dict' | 'gen', inner?: SyntaxNode[]): Expr {
    const ks = inner ?? this.kids(n).filter((c) => !['(', ')', '[', ']', '{', '}'].includes(c.name))
    const forIdx = ks.findIndex((c) => c.name === 'for')
    let elt: Expr
    let value: Expr | null = null
    if (kind === 'dict') {
      const colon = ks.findIndex((c) => c.name === ':')
      elt = this.expr(ks[0])
      value = this.expr(ks[colon + 1])
    } else elt = this.expr(ks[0])
    const gens: CompFor[] = []
    let i = forIdx
    while (i < ks.length) {
      const c = ks[i]
      if (c.name === 'async') this.unsupported('async comprehension', c)
      if (c.name === 'for') {
        const inIdx = ks.findIndex((x, j) => j > i && x.name === 'in')
        const target = this.tupleOr(ks.slice(i + 1, inIdx), c)
        this.checkTarget(target, c)
        gens.push({ target, iter: this.expr(ks[inIdx + 1]), ifs: [] })
        i = inIdx + 2
      } else if (c.name === 'if') {
        gens[gens.length - 1].ifs.push(this.expr(ks[i + 1]))
        i += 2
      } else throw this.syntaxErrorAt(c.from, 'invalid syntax')
    }
    return { k: 'Comp', kind, elt, value, gens, scope: null, ...this.pos(n.from) }
  }

  checkTarget(t: Expr, n: SyntaxNode): void {
    if (t.k === 'Name' || t.k === 'Attribute' || t.k === 'Subscript') return
    if (t.k === 'Tuple' || t.k === 'List') {
      for (const e of t.elts) this.checkTarget(e.k === 'Starred' ? e.value : e, n)
      return
    }
    throw this.syntaxErrorAt(
      n.from,
      t.k === 'Call' ? 'cannot assign to function call' : 'cannot assign to expression',
    )
  }

  subscript(nodes: SyntaxNode[], at: SyntaxNode): Expr {
    // Split at commas; an item with a ':' is a slice.
    const items: Expr[] = []
    let cur: SyntaxNode[] = []
    let comma = false
    const flush = () => {
      if (cur.some((c) => c.name === ':')) {
        const parts: (Expr | null)[] = [null]
        for (const c of cur) {
          if (c.name === ':') parts.push(null)
          else parts[parts.length - 1] = this.expr(c)
        }
        items.push({
          k: 'Slice',
          lower: parts[0],
          upper: parts[1] ?? null,
          step: parts[2] ?? null,
          ...this.pos(at.from),
        })
      } else if (cur.length) items.push(this.expr(cur[0]))
      cur = []
    }
    for (const c of nodes) {
      if (c.name === ',') {
        comma = true
        flush()
      } else cur.push(c)
    }
    flush()
    if (items.length === 1 && !comma) return items[0]
    return { k: 'Tuple', elts: items, ...this.pos(at.from) }
  }

  expr(n: SyntaxNode | undefined): Expr {
    if (n === undefined) throw this.syntaxErrorAt(this.src.length, 'invalid syntax')
    const p = this.pos(n.from)
    const ks = this.kids(n)
    switch (n.name) {
      case 'VariableName':
        return { k: 'Name', id: this.text(n), ...p }
      case 'Number':
        return this.number(n, p)
      case 'String':
        return this.string(this.text(n), n, p)
      case 'ContinuedString': {
        const parts = ks.map((c) => this.string(this.text(c), c, p))
        let value = ''
        let kind: 'str' | 'bytes' | 'unicode' = 'str'
        for (const s of parts) {
          if (s.k !== 'Const') this.unsupported('f-string concatenation', n)
          value += s.value as string
          if (s.kind === 'bytes') kind = 'bytes'
          if (s.kind === 'unicode') kind = 'unicode'
        }
        return { k: 'Const', kind, value, ...p }
      }
      case 'FormatString':
        return this.fstring(n, p)
      case 'Boolean':
        return { k: 'Const', kind: this.text(n) === 'True' ? 'True' : 'False', value: null, ...p }
      case 'None':
        return { k: 'Const', kind: 'None', value: null, ...p }
      case 'Ellipsis':
        return { k: 'Const', kind: 'Ellipsis', value: null, ...p }
      case 'ParenthesizedExpression':
        return this.expr(ks.find((c) => c.name !== '(' && c.name !== ')'))
      case 'TupleExpression': {
        const inner = ks.filter((c) => c.name !== '(' && c.name !== ')')
        return { k: 'Tuple', elts: this.exprList(inner).items, ...p }
      }
      case 'ArrayExpression':
        return {
          k: 'List',
          elts: this.exprList(ks.filter((c) => c.name !== '[' && c.name !== ']')).items,
          ...p,
        }
      case 'SetExpression':
        return {
          k: 'Set',
          elts: this.exprList(ks.filter((c) => c.name !== '{' && c.name !== '}')).items,
          ...p,
        }
      case 'DictionaryExpression': {
        const inner = ks.filter((c) => c.name !== '{' && c.name !== '}')
        const keys: (Expr | null)[] = []
        const values: Expr[] = []
        for (let i = 0; i < inner.length; i++) {
          const c = inner[i]
          if (c.name === ',') continue
          if (c.name === '**') {
            keys.push(null)
            values.push(this.expr(inner[++i]))
          } else {
            keys.push(this.expr(c))
            values.push(this.expr(inner[i + 2]))
            i += 2
          }
        }
        return { k: 'Dict', keys, values, ...p }
      }
      case 'ArrayComprehensionExpression':
        return this.comprehension(n, 'list')
      case 'SetComprehensionExpression':
        return this.comprehension(n, 'set')
      case 'DictionaryComprehensionExpression':
        return this.comprehension(n, 'dict')
      case 'ComprehensionExpression':
        return this.comprehension(n, 'gen')
      case 'CallExpression':
        return { k: 'Call', func: this.expr(ks[0]), args: this.args(ks[1]), ...p }
      case 'MemberExpression': {
        const obj = this.expr(ks[0])
        if (ks[1].name === '.')
          return { k: 'Attribute', value: obj, attr: this.text(ks[2]), ...this.pos(ks[2].from) }
        return { k: 'Subscript', value: obj, index: this.subscript(ks.slice(2, -1), n), ...p }
      }
      case 'UnaryExpression': {
        const op = this.text(ks[0])
        if (op === 'not') return this.boolExpr(n)
        return { k: 'UnaryOp', op, operand: this.expr(ks[1]), ...p }
      }
      case 'BinaryExpression':
        return this.binary(n, ks, p)
      case 'ConditionalExpression': {
        const ifIdx = ks.findIndex((c) => c.name === 'if')
        const elseIdx = ks.findIndex((c) => c.name === 'else')
        return {
          k: 'IfExp',
          body: this.expr(ks[0]),
          test: this.expr(ks[ifIdx + 1]),
          orelse: this.expr(ks[elseIdx + 1]),
          ...p,
        }
      }
      case 'LambdaExpression': {
        const pl = ks.find((c) => c.name === 'ParamList')
        const colon = ks.findIndex((c) => c.name === ':')
        const bodyExpr = this.expr(ks[colon + 1])
        const fn: FunctionDef = {
          name: '<lambda>',
          params: this.params(pl),
          body: [{ k: 'Return', value: bodyExpr, line: bodyExpr.line, col: bodyExpr.col }],
          isLambda: true,
          isGenerator: false,
          decorators: [],
          scope: null,
          ...p,
        }
        return { k: 'Lambda', fn, ...p }
      }
      case 'YieldExpression':
        return this.yieldExpr(n)
      case 'AwaitExpression':
        return this.unsupported('await', n)
      case 'NamedExpression':
        return this.unsupported('assignment expression (:=)', n)
      default:
        return this.unsupported(n.name, n)
    }
  }

  /**
   * `not`, `and`, `or` with Python's precedence (or < and < not < comparisons). @lezer/python lets a
   * `not` take everything to its right (`not a and b` as `not (a and b)`), so the boolean operators and
   * their operands are read as a flat sequence and re-associated here.
   */
  boolExpr(n: SyntaxNode): Expr {
    type Tok = { t: 'not'; p: Pos } | { t: 'and' | 'or' } | { t: 'operand'; e: Expr }
    const toks: Tok[] = []
    const flatten = (m: SyntaxNode): void => {
      const ks = this.kids(m)
      if (m.name === 'UnaryExpression' && this.text(ks[0]) === 'not') {
        toks.push({ t: 'not', p: this.pos(m.from) })
        flatten(ks[1])
        return
      }
      if (m.name === 'BinaryExpression') {
        const op = ks
          .slice(1, -1)
          .map((c) => this.text(c))
          .join(' ')
        if (op === 'and' || op === 'or') {
          flatten(ks[0])
          toks.push({ t: op })
          flatten(ks[ks.length - 1])
          return
        }
      }
      toks.push({ t: 'operand', e: this.expr(m) })
    }
    flatten(n)
    let i = 0
    const parseNot = (): Expr => {
      const tk = toks[i++]
      if (tk.t === 'not') return { k: 'UnaryOp', op: 'not', operand: parseNot(), ...tk.p }
      if (tk.t !== 'operand') throw this.syntaxErrorAt(n.from, 'invalid syntax')
      return tk.e
    }
    const parseChain = (op: 'and' | 'or', next: () => Expr): Expr => {
      let left = next()
      while (i < toks.length && toks[i].t === op) {
        i++
        const right = next()
        left = { k: 'BoolOp', op, left, right, line: left.line, col: left.col }
      }
      return left
    }
    const parseAnd = (): Expr => parseChain('and', parseNot)
    return parseChain('or', parseAnd)
  }

  binary(n: SyntaxNode, ks: SyntaxNode[], p: Pos): Expr {
    // ops: ArithOp, BitOp, CompareOp, and/or/in/is/not tokens.
    const opNodes = ks.slice(1, -1)
    const op = opNodes.map((c) => this.text(c)).join(' ')
    const rightNode = ks[ks.length - 1]
    if (op === 'and' || op === 'or') return this.boolExpr(n)
    const isCmp = ['<', '>', '==', '>=', '<=', '!=', '<>', 'in', 'not in', 'is', 'is not'].includes(op)
    if (isCmp) {
      if (op === '<>') this.unsupported('<> operator', n)
      const left = this.expr(ks[0])
      const right = this.expr(rightNode)
      // Lezer nests chains left-deep: (a < b) < c. Unparenthesized, that is the chain a < b < c.
      if (left.k === 'Compare' && ks[0].name === 'BinaryExpression')
        return { ...left, ops: [...left.ops, op], comparators: [...left.comparators, right] }
      return { k: 'Compare', left, ops: [op], comparators: [right], ...p }
    }
    return { k: 'BinOp', op, left: this.expr(ks[0]), right: this.expr(rightNode), ...p }
  }

  number(n: SyntaxNode, p: Pos): Expr {
    const raw = this.text(n).replace(/_/g, '')
    if (/[jJ]$/.test(raw)) this.unsupported('complex numbers', n)
    if (/^0[xX]/.test(raw)) return intConst(BigInt(raw), p)
    if (/^0[oO]/.test(raw)) return intConst(BigInt('0o' + raw.slice(2)), p)
    if (/^0[bB]/.test(raw)) return intConst(BigInt('0b' + raw.slice(2)), p)
    if (/[.eE]/.test(raw) || raw === 'inf') return { k: 'Const', kind: 'float', value: parseFloat(raw), ...p }
    if (/^0\d+$/.test(raw) && !/^0+$/.test(raw)) {
      if (this.opts.py2) return intConst(BigInt('0o' + raw.slice(1)), p)
      throw this.syntaxErrorAt(
        n.from,
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      )
    }
    return intConst(BigInt(raw), p)
  }

  string(raw: string, n: SyntaxNode, p: Pos): Expr {
    const m = /^([rRbBuUfF]*)('''|"""|'|")/.exec(raw)
    if (m === null) return this.unsupported('string literal', n)
    const prefix = m[1].toLowerCase()
    if (prefix.includes('f')) return this.unsupported('f-string', n)
    const q = m[2]
    const body = raw.slice(m[0].length, raw.length - q.length)
    const value = prefix.includes('r') ? body : unescape(body, prefix.includes('b'))
    const kind = prefix.includes('b') ? 'bytes' : prefix.includes('u') && this.opts.py2 ? 'unicode' : 'str'
    return { k: 'Const', kind: kind === 'bytes' && this.opts.py2 ? 'str' : kind, value, ...p }
  }

  fstring(n: SyntaxNode, p: Pos): Expr {
    if (this.opts.py2) throw this.syntaxErrorAt(n.from, 'invalid syntax')
    const raw = this.text(n)
    const m = /^([rRfF]*)('''|"""|'|")/.exec(raw)
    if (m === null) return this.unsupported('f-string', n)
    const start = n.from + m[0].length
    const end = n.to - m[2].length
    const parts: FStringPart[] = []
    let at = start
    const lit = (s: string) => {
      if (s) parts.push(unescape(s.replace(/\{\{/g, '{').replace(/\}\}/g, '}'), false))
    }
    for (const r of this.kids(n)) {
      if (r.name !== 'FormatReplacement') continue
      lit(this.src.slice(at, r.from))
      const rk = this.kids(r).filter((c) => c.name !== '{' && c.name !== '}')
      const e = this.expr(rk[0])
      let conv: string | null = null
      let spec: string | null = null
      let specParts: (string | Expr)[] | null = null
      let selfDoc = false
      for (const c of rk.slice(1)) {
        if (c.name === 'FormatConversion') conv = this.text(c).replace('!', '')
        else if (c.name === 'FormatSpec') {
          spec = this.text(c).replace(/^:/, '')
          const nested = this.kids(c).filter((x) => x.name === 'FormatReplacement')
          if (nested.length > 0) {
            // A spec with replacement fields ({x:{w}.{p}}): built when the f-string runs.
            specParts = []
            let from = c.from + 1
            for (const nr of nested) {
              if (nr.from > from) specParts.push(this.src.slice(from, nr.from))
              const inner = this.kids(nr).filter((x) => x.name !== '{' && x.name !== '}')
              specParts.push(this.expr(inner[0]))
              from = nr.to
            }
            if (c.to > from) specParts.push(this.src.slice(from, c.to))
          }
        } else if (c.name === 'FormatSelfDoc' || c.name === '=') {
          // f'{expr=}' (3.8+): the expression's text, then its repr unless a conversion or spec is given.
          // The text runs to the conversion, the spec or the closing brace, whitespace included.
          const after = this.kids(r).find((x) => x.from >= c.to && x.name !== 'FormatSelfDoc')
          const end = after !== undefined ? after.from : r.to - 1
          lit(
            this.src
              .slice(r.from + 1, end)
              .replace(/\{/g, '{{')
              .replace(/\}/g, '}}'),
          )
          selfDoc = true
        }
      }
      if (selfDoc && conv === null && spec === null) conv = 'r'
      parts.push({ expr: e, conv, spec, specParts })
      at = r.to
    }
    lit(this.src.slice(at, end))
    return { k: 'FString', parts, ...p }
  }
}

type FStringPart =
  string | { expr: Expr; conv: string | null; spec: string | null; specParts: (string | Expr)[] | null }

function intConst(v: bigint, p: Pos): Expr {
  const value = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v
  return { k: 'Const', kind: 'int', value, ...p }
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
}

function unescape(s: string, bytes: boolean): string {
  if (!s.includes('\\')) return s
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c !== '\\') {
      out += c
      continue
    }
    const d = s[++i]
    if (d === 'x') {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16))
      i += 2
    } else if (d === 'u' && !bytes) {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16))
      i += 4
    } else if (d === 'U' && !bytes) {
      out += String.fromCodePoint(parseInt(s.slice(i + 1, i + 9), 16))
      i += 8
    } else if (d >= '0' && d <= '7') {
      let j = i
      while (j < i + 3 && s[j] >= '0' && s[j] <= '7') j++
      out += String.fromCharCode(parseInt(s.slice(i, j), 8))
      i = j - 1
    } else if (d in ESCAPES) out += ESCAPES[d]
    else out += '\\' + d
  }
  return out
}
