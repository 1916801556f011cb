/**
 * The collector's state when a program's first statement runs: what CPython's start-up, its compiler and
 * its first imports leave in the generation counts, the generations and the free lists.
 *
 * A real interpreter reaches the program with thousands of tracked objects (the modules, classes and
 * functions `site` and the codecs made), a generation-0 count of a few to several hundred, a few
 * collections already run, and free lists holding what start-up freed. None of that shows until it
 * decides *when* the next automatic collection runs: `bench/make-cycles.py`'s `leftover` is how many
 * cycles were made since the last one. This module puts the measured state (Profile.startup) in place:
 *
 *   start-up    the generation counts when CPython starts compiling the program (2.7 449, 3.10 18,
 *               3.12 666, 3.13 3: read with gdb at `pyrun_file`/`PyRun_FileExFlags`, the same for every
 *               program), `gc.get_stats()`, tracked objects per generation, the frozen count (375 on
 *               3.12) and free-list lengths (Python/pylifecycle.c `Py_InitializeFromConfig` ->
 *               `init_import_site`);
 *   compiler    what compiling the program adds (Python/symtable.c, Python/compile.c): emulated
 *               allocation by allocation per profile (gc/compiler/, replayed by
 *               gc/compiler-allocations.ts against the free lists);
 *   imports     the first import of a module runs its code: generation-0 count (`gc` 58/23/23/23 after a
 *               `__future__` import, which itself costs 36/52/37/44, gdb-measured), free-list entries
 *               taken or left, and cyclic garbage (gc/import-garbage.ts); where a sequence was
 *               recorded (3.12 `__future__` and `gc`), the import's allocations and frees are replayed
 *               op by op instead (gc/import-allocations.ts).
 *
 * The interpreter's own objects are not built one by one: each generation carries a `resident` count
 * (objects/runtime.ts GcGeneration) that the collector promotes and counts as survivors, so full
 * collections are deferred (long_lived_total) and DEBUG_STATS reports sizes as CPython does.
 *
 * Simplifications (numbers measured with CPython 2.7.18, 3.10.13, 3.12.1 and 3.13.0 on x86-64 Linux):
 * - The compiler emulators cover the simulator's language subset; see gc/compiler/ for what they leave out
 *   (a program using those constructs starts a few objects off; one that calls gc.collect() first, as
 *   most lab exercises do, starts from CPython's counts).
 * - Import costs were measured after a `from __future__ import` (the course's convention); a program
 *   without one pays 3-7 objects more for `import gc` in CPython than here.
 * - An import's allocations are counted as one block after its garbage is left; in CPython they
 *   interleave with deallocations, so a collection during a long import (collections on 3.10/3.12) may
 *   come at a different point.
 * - `gc.get_objects()` and `gc.get_referrers()` do not list the interpreter's own objects.
 */
import type { Module } from '../parse/ast'
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { gcState } from './collect'
import { PyMethod, PyNative } from '../objects/types'
import { compilerAllocations, replayCompilerAllocations } from './compiler-allocations'
import './compiler'

/** Puts the measured start-up state in place and adds what compiling `mod` leaves. */
export function applyStartup(mod: Module): void {
  const s = R.profile.startup
  const compiled = compilerAllocations(mod, R.sourceText)
  // Free lists first: filling them makes and frees objects, which moves counts set just below.
  const target: Record<string, number> = { ...s.freeLists }
  // 3.x: start-up leaves a slice in the one-slice cache (interp->slice_cache is set at PyEval_EvalCode).
  if (!R.profile.py2) target.slice = 1
  R.untraced(() => {
    for (const [kind, n] of Object.entries(target)) fillFreeList(kind, n)
  })

  const st = gcState().stats
  for (let g = 0; g < 3; g++) {
    const gen = R.gens[g]
    gen.count = s.gcCount[g]
    gen.resident = Math.max(0, s.tracked[g] - listLength(gen.head))
    st[g].collections = s.collections[g]
    st[g].collected = s.collected[g]
  }
  R.gens[3].resident = s.frozen

  replayCompilerAllocations(compiled)
  reportStartupState()
  // 3.12+: a collection the compiler's allocations scheduled runs at the module's first RESUME.
  if (R.gcPending) R.gcBreaker()
}

/**
 * Developer aid (scripts/dev/compile-state.sh prints CPython's side): with PYMEM_STARTUP_STATE set, write
 * the generation-0 count and free-list lengths at the first statement to stderr.
 */
function reportStartupState(): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  if (env?.PYMEM_STARTUP_STATE === undefined) return
  const m = R.memory
  const kinds = [
    'dict',
    'list',
    ...(R.profile.py2 ? ['set'] : []),
    'tuple:1',
    'tuple:2',
    'tuple:3',
    'tuple:4',
  ]
  const lines = [`gen0 ${R.gens[0].count}`, ...kinds.map((k) => `${k} ${m.freeListLength(k)}`)]
  process.stderr.write(lines.join('\n') + '\n')
}

/** Take `n` entries off `kind`'s free list (an import's objects that reuse freed memory). */
export function takeFromFreeList(kind: string, n: number): void {
  for (let i = 0; i < n; i++) if (!R.memory.takeFreeListEntry(kind)) break
}

/** Leave `kind`'s free list with `n` entries: take the extra ones, or make and drop objects to add some. */
export function setFreeListLength(kind: string, n: number): void {
  const have = R.memory.freeListLength(kind)
  if (have > n) takeFromFreeList(kind, have - n)
  else R.untraced(() => fillFreeList(kind, n))
}

const MAKERS: Record<string, () => PyObject> = {
  list: () => R.list([]),
  dict: () => R.dict(),
  set: () => R.set(),
  method: () => R.born(new PyMethod(R.T.method, incref(R.None), incref(R.None)), 'method', true),
  cfunction: () => R.builtin('__start_up__', () => incref(R.None), R.None),
  slice: () =>
    R.born(new PyNative(R.T.slice, [incref(R.None), incref(R.None), incref(R.None)], null), 'slice', true),
}

/** Bring `kind`'s free list up to `n` entries by making that many objects and dropping them. */
function fillFreeList(kind: string, n: number): void {
  const limit = R.memory.freeListLimit(kind)
  if (limit === undefined) return
  // Objects made here take the entries already on the list first: making `target` of them and dropping
  // them all leaves exactly `target` (the extra ones are fresh allocations, as in CPython).
  const target = Math.min(n, limit)
  if (target <= R.memory.freeListLength(kind)) return
  const need = target
  const tupleSize = kind.startsWith('tuple:') ? Number(kind.slice(6)) : 0
  const make =
    MAKERS[kind] ??
    (tupleSize > 0 ? () => R.tuple(Array.from({ length: tupleSize }, () => incref(R.None))) : undefined)
  if (make === undefined) return
  const made: PyObject[] = []
  for (let i = 0; i < need; i++) made.push(make())
  for (let i = made.length - 1; i >= 0; i--) decref(made[i])
}

function listLength(head: PyObject): number {
  let n = 0
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) n++
  return n
}
