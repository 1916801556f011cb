/**
 * Cyclic garbage that importing a standard-library module leaves behind.
 *
 * Importing a module runs its Python code, and some of that code makes reference cycles and drops them:
 * Lib/types.py builds `class _C: def _m(self): pass` to find the types of functions, methods and
 * descriptors, then `del _C` — the class, its `__dict__`, the function `_m`, `__bases__` and `__mro__`
 * tuples and the `__dict__`/`__weakref__` getset descriptors (7 objects) stay in generation 0 as an
 * unreachable cycle until a collection finds them. `weakref` and `copy` import `types` on 3.x;
 * `collections` leaves its own garbage. Whether a program's first `gc.collect()` counts these objects
 * depends on whether an automatic collection ran during the imports:
 *
 *   3.13 (threshold 2000): none runs during the imports, so gc.collect() counts them (7 for
 *        `import weakref`, 80 for `import collections`, 87 for both) — measured with CPython 3.13.0.
 *   2.7, 3.10, 3.12: the lists are empty here (see Simplifications).
 *
 * The profile lists, per module, the modules its import loads and the garbage each first import leaves
 * (`Profile.importGarbage`). The garbage is modelled as a ring of that many GC-tracked lists, created
 * unreachable in generation 0 (only the count and the cycle matter to the collector).
 *
 * Simplifications:
 * - The objects are stand-in lists, not the real class, function, tuples and descriptors.
 * - The generation-0 count an import adds (hundreds of allocations) is not modelled; on 2.7, 3.10 and
 *   3.12 an automatic collection during the import may or may not free this garbage depending on that
 *   count, so those profiles record none.
 */
import { decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import type { PyList } from '../objects/types'
import { setFreeListLength, takeFromFreeList } from './startup'
import { importOps, replayImportOps } from './import-allocations'

/** Modules an import of the key loads first (each imported at most once per run). */
const LOADS: Readonly<Record<string, readonly string[]>> = {
  weakref: ['types'],
  copy: ['weakref'],
}

const imported = new WeakMap<object, Set<string>>()

/**
 * Called on every `import NAME` (and `from __future__ import ...`): the first time a module is loaded,
 * its garbage is left, then its objects are allocated (gc/startup.ts: generation-0 count, free-list
 * entries taken).
 */
export function moduleImported(name: string, firstLoaded?: (module: string) => void): void {
  let seen = imported.get(R)
  if (seen === undefined) imported.set(R, (seen = new Set()))
  load(name, seen, firstLoaded)
}

function load(name: string, seen: Set<string>, firstLoaded?: (module: string) => void): void {
  if (seen.has(name)) return
  for (const dep of LOADS[name] ?? []) load(dep, seen, firstLoaded)
  seen.add(name)
  firstLoaded?.(name)
  const garbage = R.profile.importGarbage[name] ?? 0
  if (garbage > 0) leaveCycle(garbage)
  // A recorded sequence (gc/import-allocations.ts) replaces the measured block below.
  const ops = importOps(name)
  if (ops !== null) {
    replayImportOps(ops)
    reportImportState(name)
    return
  }
  const start = R.profile.startup
  for (const [kind, n] of Object.entries(start.importFreeListUse[name] ?? {})) takeFromFreeList(kind, n)
  for (const [kind, n] of Object.entries(start.importFreeListsAfter[name] ?? {})) setFreeListLength(kind, n)
  // Module code runs during an import, so a collection its allocations call for runs at once.
  R.interpreterAllocations(Math.max(0, (start.importAllocations[name] ?? 0) - garbage), false)
  reportImportState(name)
}

/** Developer aid: with PYMEM_STARTUP_STATE set, the state after each first import (scripts/dev/import-trace.sh). */
function reportImportState(name: string): void {
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
  process.stderr.write(
    `after ${name}: gen0 ${R.gens[0].count} ${kinds.map((k) => `${k} ${m.freeListLength(k)}`).join(' ')}\n`,
  )
}

/** A ring of `n` lists, each holding the next, with no outside reference. */
function leaveCycle(n: number): void {
  const ring: PyList[] = []
  for (let i = 0; i < n; i++) ring.push(R.list([]))
  for (let i = 0; i < n; i++) {
    const next = ring[(i + 1) % n]
    ring[i].items.push(incref(next))
    ring[i].allocated = 1
    ring[i].itemsAddress = R.memory.mallocMem(8)
  }
  for (const l of ring) decref(l)
}
