/**
 * The small typed AST the interpreter compiles. It mirrors CPython's `Python/Python-asdl` node set
 * (Name, Attribute, Subscript, Call, ...) for the subset the lab supports, so a student can hold a node
 * next to `ast.dump()` output. Positions are 1-based lines and columns.
 *
 * Simplifications:
 * - Only the nodes of the supported subset exist; anything else is rejected by the parser with
 *   NotSupportedError before it reaches the interpreter.
 */
import type { ScopeInfo } from './scope'

export interface Pos {
  line: number
  col: number
}

export type Expr =
  | ({ k: 'Name'; id: string } & Pos)
  | ({ k: 'Const'; kind: 'int'; value: number | bigint } & Pos)
  | ({ k: 'Const'; kind: 'float'; value: number } & Pos)
  | ({ k: 'Const'; kind: 'str' | 'bytes' | 'unicode'; value: string } & Pos)
  | ({ k: 'Const'; kind: 'None' | 'True' | 'False' | 'Ellipsis'; value: null } & Pos)
  | ({ k: 'Attribute'; value: Expr; attr: string } & Pos)
  | ({ k: 'Subscript'; value: Expr; index: Expr } & Pos)
  | ({ k: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null } & Pos)
  | ({ k: 'Call'; func: Expr; args: Arg[] } & Pos)
  | ({ k: 'BinOp'; op: string; left: Expr; right: Expr } & Pos)
  | ({ k: 'UnaryOp'; op: string; operand: Expr } & Pos)
  | ({ k: 'BoolOp'; op: 'and' | 'or'; left: Expr; right: Expr } & Pos)
  | ({ k: 'Compare'; left: Expr; ops: string[]; comparators: Expr[] } & Pos)
  | ({ k: 'IfExp'; test: Expr; body: Expr; orelse: Expr } & Pos)
  | ({ k: 'Lambda'; fn: FunctionDef } & Pos)
  | ({ k: 'Tuple'; elts: Expr[] } & Pos)
  | ({ k: 'List'; elts: Expr[] } & Pos)
  | ({ k: 'Set'; elts: Expr[] } & Pos)
  | ({ k: 'Dict'; keys: (Expr | null)[]; values: Expr[] } & Pos)
  | ({ k: 'Starred'; value: Expr } & Pos)
  | ({
      k: 'Comp'
      kind: 'list' | 'set' | 'dict' | 'gen'
      elt: Expr
      value: Expr | null
      gens: CompFor[]
      scope: ScopeInfo | null
    } & Pos)
  | ({ k: 'Yield'; value: Expr | null } & Pos)
  | ({
      k: 'FString'
      /** Literal text and replacement fields; specParts: a spec with nested fields ({x:{w}.{p}}). */
      parts: (
        string | { expr: Expr; conv: string | null; spec: string | null; specParts: (string | Expr)[] | null }
      )[]
    } & Pos)

export interface CompFor {
  target: Expr
  iter: Expr
  ifs: Expr[]
}

export interface Arg {
  kind: 'pos' | 'star' | 'kw' | 'dstar'
  name: string | null
  value: Expr
}

export interface Param {
  name: string
  kind: 'pos' | 'star' | 'kwonly' | 'dstar'
  default: Expr | null
}

export interface FunctionDef extends Pos {
  name: string
  params: Param[]
  body: Stmt[]
  isLambda: boolean
  isGenerator: boolean
  decorators: Expr[]
  scope: ScopeInfo | null
}

export interface ExceptHandler extends Pos {
  type: Expr | null
  name: string | null
  body: Stmt[]
}

export type Stmt =
  | ({ k: 'Expr'; value: Expr } & Pos)
  | ({ k: 'Assign'; targets: Expr[]; value: Expr } & Pos)
  | ({ k: 'AugAssign'; target: Expr; op: string; value: Expr } & Pos)
  | ({ k: 'Delete'; targets: Expr[] } & Pos)
  | ({ k: 'Pass' } & Pos)
  | ({ k: 'Break' } & Pos)
  | ({ k: 'Continue' } & Pos)
  | ({ k: 'Return'; value: Expr | null } & Pos)
  | ({ k: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Pos)
  | ({ k: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Pos)
  | ({ k: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] } & Pos)
  | ({ k: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] } & Pos)
  | ({ k: 'Raise'; exc: Expr | null; cause: Expr | null } & Pos)
  | ({ k: 'Assert'; test: Expr; msg: Expr | null } & Pos)
  | ({ k: 'FunctionDef'; fn: FunctionDef } & Pos)
  | ({
      k: 'ClassDef'
      name: string
      bases: Expr[]
      body: Stmt[]
      scope: ScopeInfo | null
      decorators: Expr[]
    } & Pos)
  | ({ k: 'Global'; names: string[] } & Pos)
  | ({ k: 'Nonlocal'; names: string[] } & Pos)
  | ({ k: 'Import'; names: { name: string; asname: string | null }[] } & Pos)
  | ({ k: 'ImportFrom'; module: string; names: { name: string; asname: string | null }[] } & Pos)
  | ({ k: 'With'; items: { ctx: Expr; target: Expr | null }[]; body: Stmt[] } & Pos)

export interface Module {
  body: Stmt[]
  scope: ScopeInfo | null
  printFunction: boolean
  /** `/` on ints is true division (3.x, or 2.7 with `from __future__ import division`). */
  trueDivision: boolean
}
