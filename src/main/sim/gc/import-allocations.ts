/**
 * What a first import does to the collector, op by op: the GC-type objects CPython allocates and frees
 * while it runs an import statement (importlib's `_find_and_load` in Lib/importlib/_bootstrap.py, the
 * finders and loaders of _bootstrap_external.py, unmarshalling the .pyc in Python/marshal.c and running
 * the module's code), replayed against the real free lists and generation 0 like the compiler's ops
 * (gc/compiler-allocations.ts). A collection the import's fresh allocations call for therefore runs at
 * the right op: at once on 2.7/3.10 (`_PyObject_GC_Alloc`), at the next eval-breaker check on 3.12+
 * (`_PyObject_GC_Link` -> `_Py_ScheduleGC`, run by `_Py_HandlePending`), recorded as 'B' ops.
 *
 * How the sequences were recorded (import-allocations.data.ts): scripts/dev/import-trace.sh runs the
 * program under gdb with breakpoints on tuple_alloc, PyList_New, new_dict, PySlice_New, _PyObject_GC_Link,
 * tupledealloc, list_dealloc, dict_dealloc, slice_dealloc, PyObject_GC_Del and _Py_HandlePending (with the
 * eval breaker forced on after every event, so the first check after each event is seen); an allocation
 * is logged with the free list it tries, whether or not that list had an entry. scripts/dev/import-ops.py
 * cuts the trace at each PyImport_ImportModuleLevelObject of the program's own imports.
 *
 * Simplifications:
 * - A sequence is the one CPython ran in bench/make-cycles.py's context (its directory on sys.path[0],
 *   `from __future__ import print_function` first, `import gc` second); another directory, import order or
 *   first import would change a few ops (importlib's per-path caches, module locks).
 * - Frees done by a collection inside the import are left out: the simulator's collector frees its own
 *   objects; the garbage CPython's collection found there is not modelled (none in the recorded 3.12
 *   imports).
 * - Every object counts as tracked (the interpreter's resident objects of generation 0).
 * - Only 3.12 is recorded. A 3.10 recording of the same imports replays to gen0 82 after `__future__`
 *   (CPython 81; free lists equal), presumably a frame: 3.10 frames come from per-code zombie frames and a
 *   frame free list that the trace does not see, so it stays on the measured block (profile
 *   importAllocations), which ends `import gc` at CPython's state (gen0 104).
 */
import { R } from '../objects/runtime'
import { replayCompilerAllocations, type CompileOp } from './compiler-allocations'
import { IMPORT_OPS } from './import-allocations.data'

const KINDS: Readonly<Record<string, string>> = { l: 'list', d: 'dict', s: 'slice', o: 'other', S: 'set' }

/** The recorded ops of the first import of `name` on the current profile, or null when none was recorded. */
export function importOps(name: string): readonly string[] | null {
  const text = IMPORT_OPS[R.profile.name]?.[name]
  return text === undefined ? null : text.split(' ')
}

/** Replay `ops` (importOps' tokens): allocations and frees as the compiler's, 'B' runs a pending collection. */
export function replayImportOps(ops: readonly string[]): void {
  let run: CompileOp[] = []
  for (const tok of ops) {
    if (tok === 'B') {
      replayCompilerAllocations(run)
      run = []
      if (R.gcPending) R.gcBreaker()
      continue
    }
    const free = tok.startsWith('-')
    const code = free ? tok.slice(1) : tok
    const kind = code.startsWith('t') ? `tuple:${code.slice(1)}` : KINDS[code]
    run.push({ free, kind, tracked: true })
  }
  replayCompilerAllocations(run)
}
