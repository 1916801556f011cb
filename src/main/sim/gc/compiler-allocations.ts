/**
 * What CPython's compiler does to the collector's counts and the free lists before a program's first
 * statement runs: the parser's arena list, the symbol table's dicts, sets and lists (Python/symtable.c),
 * the compiler units' dicts and constant keys, and the tuples and code objects it keeps
 * (Python/compile.c, Python/flowgraph.c, Python/assemble.c), from `pyrun_file`/`PyRun_FileExFlags` to
 * `PyEval_EvalCode`.
 *
 * A profile's emulator walks the program as that version's compiler does and returns the sequence of
 * allocations and deallocations of GC-type objects (only those move generation 0's count, and only
 * when they do not come from or go to a free list). `replayCompilerAllocations` applies them to the
 * real free lists and counts, so free-list exhaustion, refill and a collection the compiler triggers
 * come out as in CPython.
 */
import type { Module } from '../parse/ast'
import { R } from '../objects/runtime'
import { gcHeaderSize, listSize, tupleSize } from '../alloc/sizes'
import type { ProfileName } from '@shared/trace'

/**
 * One allocation or deallocation of a GC-type object by the compiler.
 * kind: 'dict', 'list', 'set', 'tuple:N' (N items, N >= 1), or 'other' (a GC type without a free list in
 * this profile, e.g. a 3.x set, a 2.7 code object is not GC and is not listed).
 * tracked: whether the object is in the collector's lists (at its allocation, resp. its deallocation);
 * tracked survivors are counted as the interpreter's resident objects of generation 0.
 */
export interface CompileOp {
  readonly free: boolean
  readonly kind: string
  readonly tracked: boolean
}

/** A profile's emulator: the compiler's GC allocations for `mod` (its source text is `source`). */
export type CompilerEmulator = (mod: Module, source: string) => CompileOp[]

const EMULATORS: Partial<Record<ProfileName, CompilerEmulator>> = {}

/** Register a profile's emulator (each lives in gc/compiler/). */
export function registerCompilerEmulator(profile: ProfileName, emulate: CompilerEmulator): void {
  EMULATORS[profile] = emulate
}

/** The compiler's operations for `mod` on the current profile (every profile registers an emulator). */
export function compilerAllocations(mod: Module, source: string): CompileOp[] {
  const emulate = EMULATORS[R.profile.name]
  if (emulate === undefined) throw new Error(`no compiler emulator for profile ${R.profile.name}`)
  return emulate(mod, source)
}

/**
 * Apply `ops` to the free lists and generation 0, as `_PyObject_GC_Link` / `PyObject_GC_Del` (3.x) and
 * `_PyObject_GC_Malloc` / `PyObject_GC_Del` (2.7) would: only a fresh allocation raises the count (and may
 * trigger a collection: at once on 2.7/3.10, at the first eval-breaker check on 3.12+), and only a
 * deallocation that does not keep the block on a free list lowers it.
 */
export function replayCompilerAllocations(ops: readonly CompileOp[]): void {
  const m = R.memory
  for (const op of ops) {
    if (!op.free) {
      // A tracked object is in generation 0 before a collection its allocation may trigger.
      if (op.tracked) R.gens[0].resident++
      if (op.kind === 'other' || !m.takeFreeListEntry(op.kind)) R.countInterpreterAllocation()
    } else {
      if (op.tracked) dropResident()
      const kept = op.kind !== 'other' && m.giveFreeListEntry(op.kind, blockSize(op.kind))
      if (!kept && R.gens[0].count > 0) R.gens[0].count--
    }
  }
}

/** A tracked interpreter object dies: the youngest generation that holds residents loses one. */
function dropResident(): void {
  for (let g = 0; g < 3; g++) {
    if (R.gens[g].resident > 0) {
      R.gens[g].resident--
      return
    }
  }
}

function blockSize(kind: string): number {
  const p = R.profile.name
  if (kind.startsWith('tuple:')) return tupleSize(p, Number(kind.slice(6))).alloc
  if (kind === 'list') return listSize(p, 0).alloc
  // dictSize/setSize's object part, without a table (a free-listed dict or set keeps none).
  if (kind === 'dict') return (p === '2.7' ? 248 : 48) + gcHeaderSize(p)
  return 200 + gcHeaderSize(p)
}
