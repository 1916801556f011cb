/**
 * Profile 2.7's compiler emulator: the GC allocations and frees CPython 2.7.18 makes between
 * `PyRun_FileExFlags` and `PyEval_EvalCode` of the main module, in order:
 *
 *   PyArena_New          the arena's `a_objects` list (Python/pyarena.c), alive until after the run;
 *   compiler_init        the compiler's unit stack `c_stack` (Python/compile.c);
 *   symtable_new         `st_stack` list and `st_symbols` dict (Python/symtable.c);
 *   ste_new              per block: ste_symbols dict, ste_varnames and ste_children lists;
 *   symtable_analyze     two dicts; `analyze_block` six dicts per block (local, scope, newglobal,
 *                        newfree, newbound, allfree), `analyze_child_block` three more per child
 *                        (temp_bound, temp_free, temp_global), all freed when the block is done;
 *   compiler_mod         the code units (py27-compile.ts);
 *   compiler_free        PySymtable_Free: st_symbols and with it every entry's dict and lists, then
 *                        st_stack; then c_stack.
 *
 * The parser (Parser/, Python/ast.c) makes no GC objects for the lab's programs: the CST is C nodes,
 * the AST C structs, and its identifiers and constants (strings, numbers) are not GC types.
 * PySTEntryObject and 2.7 code objects are not GC types either. Dicts holding only strings, ints and
 * symbol-table entries stay untracked.
 *
 * Simplifications: a source encoding other than ASCII/UTF-8 (the tokenizer then imports a codec) and
 * SyntaxWarnings (which run the warnings module) are not modelled.
 */
import type { Module } from '@sim/parse/ast'
import { type CompileOp, registerCompilerEmulator } from '../compiler-allocations'
import { type Block27, buildSymtable27 } from './py27-symtable'
import { Compiler27 } from './py27-compile'

function op(free: boolean, kind: string, tracked: boolean): CompileOp {
  return { free, kind, tracked }
}

/** analyze_block's dicts for `b` and its children (analyze_child_block's copies). */
function analyzeOps(b: Block27, out: CompileOp[]): void {
  for (let i = 0; i < 6; i++) out.push(op(false, 'dict', false))
  for (const c of b.children) {
    for (let i = 0; i < 3; i++) out.push(op(false, 'dict', false))
    analyzeOps(c, out)
    for (let i = 0; i < 3; i++) out.push(op(true, 'dict', false))
  }
  for (let i = 0; i < 6; i++) out.push(op(true, 'dict', false))
}

/** The __future__ features a module's leading `from __future__ import` statements turn on. */
function futureFeatures(mod: Module): Set<string> {
  const out = new Set<string>()
  for (const s of mod.body) {
    if (s.k === 'ImportFrom' && s.module === '__future__') for (const a of s.names) out.add(a.name)
    else if (!(s.k === 'Expr' && s.value.k === 'Const' && s.value.kind === 'str')) break
  }
  return out
}

export function emulateCompile27(mod: Module, source: string): CompileOp[] {
  const ops: CompileOp[] = []
  ops.push(op(false, 'list', true)) // arena a_objects
  ops.push(op(false, 'list', true)) // c_stack
  ops.push(op(false, 'list', true)) // st_stack
  ops.push(op(false, 'dict', false)) // st_symbols
  const st = buildSymtable27(mod)
  for (let i = 0; i < st.blocks.length; i++) {
    ops.push(op(false, 'dict', false), op(false, 'list', true), op(false, 'list', true))
  }
  ops.push(op(false, 'dict', false), op(false, 'dict', false)) // symtable_analyze: free, global
  analyzeOps(st.top, ops)
  ops.push(op(true, 'dict', false), op(true, 'dict', false))
  const future = futureFeatures(mod)
  const compiler = new Compiler27(st, {
    printFunction: mod.printFunction,
    trueDivision: mod.trueDivision,
    absoluteImport: future.has('absolute_import'),
    source,
  })
  ops.push(...compiler.module(mod))
  ops.push(op(true, 'dict', false)) // st_symbols
  for (let i = 0; i < st.blocks.length; i++) {
    ops.push(op(true, 'dict', false), op(true, 'list', true), op(true, 'list', true))
  }
  ops.push(op(true, 'list', true)) // st_stack
  ops.push(op(true, 'list', true)) // c_stack
  return ops
}

registerCompilerEmulator('2.7', emulateCompile27)
