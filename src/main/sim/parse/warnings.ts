/**
 * Compile-time warnings CPython writes to stderr before a program runs: comparing with `is` against a
 * literal (CPython 3.8+, `compiler_check_compare` / `check_is_arg` in Python/compile.c), which is exactly
 * the mistake the lab's identity lessons warn about (`x is 256`, `s is "abc"`), and calling a literal
 * (`check_caller`: `[1, 2] (3, 4)`, a missing comma).
 *
 * The check sees the program after constant folding, so `-1`, `()` and `(1, None)` count as literals,
 * while `None`, `True`, `False` and `...` do not. 3.10 says "with a literal"; 3.12+ name the type.
 *
 * Simplifications:
 * - Only those two checks (CPython also warns when a literal is subscripted, `5[0]`), and calls of
 *   comprehensions or f-strings are not checked.
 */
import type { Expr, Module } from './ast'

type Node = { k?: string; line?: number; [field: string]: unknown }

/** The Python type name of a folded literal, or null when `e` is not one (or is None/True/False/...). */
function literalType(e: Expr): string | null {
  if (e.k === 'Const') {
    if (e.kind === 'None' || e.kind === 'True' || e.kind === 'False' || e.kind === 'Ellipsis') return null
    return e.kind === 'unicode' ? 'str' : e.kind
  }
  if (e.k === 'UnaryOp' && (e.op === '-' || e.op === '+') && e.operand.k === 'Const') {
    const kind = e.operand.kind
    return kind === 'int' || kind === 'float' ? kind : null
  }
  if (e.k === 'Tuple' && e.elts.every(isConstant)) return 'tuple'
  return null
}

/** check_caller: the type of a literal that is being called (`None()`, `"a"(1)`, `[1](2)`), else null. */
function calledLiteralType(e: Expr): string | null {
  if (e.k === 'Const') {
    if (e.kind === 'None') return 'NoneType'
    if (e.kind === 'True' || e.kind === 'False') return 'bool'
    if (e.kind === 'Ellipsis') return 'ellipsis'
    return e.kind === 'unicode' ? 'str' : e.kind
  }
  if (e.k === 'Tuple') return 'tuple'
  if (e.k === 'List') return 'list'
  if (e.k === 'Set') return 'set'
  if (e.k === 'Dict') return 'dict'
  return null
}

function isConstant(e: Expr): boolean {
  return e.k === 'Const' || literalType(e) !== null
}

/** The warnings, each as CPython writes it: `FILE:LINE: SyntaxWarning: ...` and the stripped source line. */
export function syntaxWarnings(
  mod: Module,
  source: string,
  filename: string,
  version: readonly number[],
): string {
  if (version[0] < 3) return ''
  const lines = source.split('\n')
  let out = ''
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item)
      return
    }
    if (node === null || typeof node !== 'object') return
    const n = node as Node
    if (n.k === 'Call') {
      const type = calledLiteralType((n as unknown as Extract<Expr, { k: 'Call' }>).func)
      if (type !== null) {
        const line = n.line ?? 0
        out += `${filename}:${line}: SyntaxWarning: '${type}' object is not callable; perhaps you missed a comma?\n`
        out += `  ${(lines[line - 1] ?? '').trim()}\n`
      }
    }
    if (n.k === 'Compare') {
      const e = n as unknown as Extract<Expr, { k: 'Compare' }>
      let left: Expr = e.left
      e.ops.forEach((op, i) => {
        const right = e.comparators[i]
        if (op === 'is' || op === 'is not') {
          const type = literalType(left) ?? literalType(right)
          if (type !== null) {
            const what = version[1] >= 12 ? `'${type}' literal` : 'a literal'
            const suggestion = op === 'is' ? '==' : '!='
            out += `${filename}:${e.line}: SyntaxWarning: "${op}" with ${what}. Did you mean "${suggestion}"?\n`
            out += `  ${(lines[e.line - 1] ?? '').trim()}\n`
          }
        }
        left = right
      })
    }
    for (const key of Object.keys(n)) if (key !== 'scope') visit(n[key])
  }
  visit(mod.body)
  return out
}
