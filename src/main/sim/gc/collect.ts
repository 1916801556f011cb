/**
 * A minimal cyclic garbage collector over the generation lists the object model keeps, following
 * Modules/gcmodule.c's phases: update_refs (copy refcnt to gcRefs), subtract_refs (subtract references
 * from inside the collected generations, found with traverse), move_unreachable (what is not reachable from
 * an object with outside references is garbage), finalize (3.x: `__del__` once, in list order; 2.7: objects
 * with `__del__` go to gc.garbage), then tp_clear on what is left so refcounting frees it.
 *
 * The full collector (thresholds, statistics, weakref handling, resurrection checks) is a later issue; it
 * plugs into the same hooks: `traverse(o, visit)` and `clear(o)` from traverse.ts.
 *
 * Simplifications:
 * - Collecting any generation merges all younger ones and then everything survives into the next one.
 * - Resurrection by `__del__` is handled by re-checking refcounts before clearing.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R, gcLink, gcUnlink } from '../objects/runtime'
import { lookupType } from '../objects/lookup'
import { PyInstance, PyTuple } from '../objects/types'
import { clear, traverse } from './traverse'

/** Objects of generations 0..gen in list order (older generations first, as gc_list_merge leaves them). */
function gather(gen: number): PyObject[] {
  const out: PyObject[] = []
  for (let g = gen; g >= 0; g--) {
    const head = R.gens[g].head
    for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) out.push(o)
  }
  return out
}

/** Collect generation `gen` (-1: choose like collect_generations). Returns the number of unreachable objects. */
export function collect(gen: number): number {
  if (R.gcCollecting) return 0
  if (gen < 0) {
    gen = 0
    for (let g = 2; g >= 0; g--)
      if (R.gens[g].count > R.gens[g].threshold) {
        gen = g
        break
      }
  }
  R.gcCollecting = true
  try {
    return collectNow(gen)
  } finally {
    R.gcCollecting = false
  }
}

let collecting = 0
/** Marks a reachable object during move_unreachable. */
const REACHABLE = -1

function inYoung(r: PyObject): boolean {
  return r.gcGen >= 0 && r.gcGen <= collecting
}

function visitDecref(r: PyObject): void {
  if (inYoung(r) && r.gcRefs > 0) r.gcRefs--
}

let stack: PyObject[] = []
function visitReachable(r: PyObject): void {
  if (inYoung(r) && r.gcRefs !== REACHABLE) {
    r.gcRefs = REACHABLE
    stack.push(r)
  }
}

function collectNow(gen: number): number {
  if (gen < 2) R.gens[gen + 1].count++
  for (let g = 0; g <= gen; g++) R.gens[g].count = 0
  collecting = gen
  const young = gather(gen)
  // update_refs
  for (const o of young) o.gcRefs = o.refcnt
  // subtract_refs: after this, gcRefs > 0 means "referenced from outside the young set".
  for (const o of young) traverse(o, visitDecref)
  // move_unreachable: everything reachable from a root is reachable.
  stack = []
  for (const o of young)
    if (o.gcRefs > 0) {
      o.gcRefs = REACHABLE
      stack.push(o)
    }
  while (stack.length) traverse(stack.pop() as PyObject, visitReachable)
  const reachable = { has: (o: PyObject) => o.gcRefs === REACHABLE }
  const unreachable = young.filter((o) => !reachable.has(o))
  // survivors move to the next generation (untracking tuples of atoms like _PyTuple_MaybeUntrack)
  const target = gen < 2 ? gen + 1 : 2
  for (const o of young) {
    if (!reachable.has(o)) continue
    gcUnlink(o)
    if (
      o instanceof PyTuple &&
      o.items.every(
        (x) => x.gcGen < 0 && !(x instanceof PyTuple && x.items.length > 0 && x.type.isGC && x.gcGen >= 0),
      )
    )
      continue
    gcLink(R.gens[target].head, o, target)
  }
  if (unreachable.length === 0) return 0
  for (const o of unreachable) incref(o)
  const py2 = R.profile.py2
  let uncollectable: PyObject[] = []
  if (py2) {
    uncollectable = unreachable.filter(
      (o) => o instanceof PyInstance && lookupType(o.type, '__del__') !== null,
    )
    for (const o of uncollectable) {
      ;(R.garbage as { items: PyObject[] }).items.push(incref(o))
    }
  } else {
    for (const o of unreachable) {
      if (o instanceof PyInstance && !o.finalized && lookupType(o.type, '__del__') !== null) {
        o.finalized = true
        const d = lookupType(o.type, '__del__') as PyObject
        try {
          decref(R.hooks.call(d, [incref(o)]))
        } catch (e) {
          const err = e as { exc?: PyObject }
          if (err.exc) R.hooks.unraisable(e as never, o.type.name + '.__del__')
          else throw e
        }
      }
    }
  }
  const skip = new Set(uncollectable)
  if (py2 && uncollectable.length) {
    // everything reachable from a finalizer is uncollectable too
    const st = [...uncollectable]
    while (st.length) {
      const o = st.pop() as PyObject
      traverse(o, (r) => {
        if (!skip.has(r) && unreachable.includes(r)) {
          skip.add(r)
          st.push(r)
        }
      })
    }
  }
  for (const o of unreachable) {
    if (skip.has(o)) continue
    if (o.refcnt > 0) clear(o)
  }
  for (const o of unreachable) {
    if (o.gcGen < 0 && o.refcnt > 1 && !skip.has(o)) {
      // resurrected or still referenced: back into the oldest generation
    }
    decref(o)
  }
  return unreachable.length
}
