/**
 * The compiler emulator of the CPython 3.x profiles (see ../compiler-allocations.ts): what `pyrun_file`
 * allocates and frees in GC objects between parsing the program and running it, in CPython's order —
 * the parser arena's list (Python/pyarena.c `_PyArena_New`), then `_PyAST_Compile` (py3-codegen.ts: the
 * AST optimizer, the symbol table, the code generator and assembler, compiler_free).
 *
 * The versions differ as data (CodegenVersion): how many sets the symbol table's analysis makes per
 * block and per child (3.10 `allfree` and three temporaries; 3.12+ `inlined_cells`), how many dicts a
 * compiler unit has (3.12+ u_fasthidden), whether comprehensions are inlined (3.12+), 3.13's
 * instruction-sequence objects, GC capsules on c_stack and class `__firstlineno__`/`__static_attributes__`,
 * and 3.10's assembler (qualified-name constants, trim_unused_consts, separate name tuples, a line table
 * without columns).
 *
 * Simplifications: a SyntaxWarning the compiler emits (e.g. `x is 1`) runs the warnings machinery, which
 * on 3.13 allocates hundreds of objects; it is not modelled.
 *
 * Developer aid: with PYMEM_COMPILE_OPS set, the operations are written to stderr (one per line,
 * `+kind`/`-kind`), to compare with a gdb trace of CPython.
 */
import type { Module } from '@sim/parse/ast'
import { registerCompilerEmulator, type CompileOp } from '../compiler-allocations'
import { Codegen, type CodegenVersion } from './py3-codegen'
import { Ops } from './py3-consts'

export const PY312_COMPILER: CodegenVersion = {
  analyzeSets: 3,
  blockSets: 5,
  childSets: 4,
  inlineComprehensions: true,
  unitDicts: 3,
  dropConstTests: true,
  mergeOneRecursive: false,
  instructionSequence: false,
  gcCapsules: false,
  classAttributes: false,
  inlinedScopesFirst: false,
  assembler310: false,
}

export const PY310_COMPILER: CodegenVersion = {
  ...PY312_COMPILER,
  analyzeSets: 2,
  blockSets: 5,
  childSets: 3,
  inlineComprehensions: false,
  unitDicts: 2,
  assembler310: true,
}

export const PY313_COMPILER: CodegenVersion = {
  ...PY312_COMPILER,
  mergeOneRecursive: false,
  instructionSequence: true,
  gcCapsules: true,
  classAttributes: true,
  inlinedScopesFirst: true,
}

/** The GC operations of compiling `mod` with the compiler `v`. */
export function py3CompileOps(mod: Module, v: CodegenVersion, source = ''): CompileOp[] {
  const ops = new Ops()
  ops.alloc('list') // the parser's arena (a_objects), alive until the program ends
  new Codegen(ops, v, source).compile(mod)
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  if (env?.PYMEM_COMPILE_OPS !== undefined) {
    const lines: string[] = []
    ops.list.forEach((o, i) => {
      for (const n of ops.notes.get(i) ?? []) lines.push(n)
      lines.push(`${o.free ? '-' : '+'}${o.kind}`)
    })
    process.stderr.write(lines.join('\n') + '\n')
  }
  return ops.list
}

registerCompilerEmulator('3.12', (mod, source) => py3CompileOps(mod, PY312_COMPILER, source))
registerCompilerEmulator('3.10', (mod, source) => py3CompileOps(mod, PY310_COMPILER, source))
registerCompilerEmulator('3.13', (mod, source) => py3CompileOps(mod, PY313_COMPILER, source))
