/**
 * The generational cycle collector of Modules/gcmodule.c (2.7 `collect`, 3.10/3.12 `gc_collect_main`;
 * 3.13.0 still runs the same three-generation collector, in Python/gc.c). Read `collectMain` for the
 * high-level view; each phase function below is named after the C function it models.
 *
 * Containers live on the circular lists of the object model (objects/runtime.ts: `R.gens[g].head`, in
 * allocation order, `gcGen` = the generation). During a collection an object's `gcGen` also says where
 * it stands, as the `_gc_prev` flag bits do in 3.x (`PREV_MASK_COLLECTING`, `NEXT_MASK_UNREACHABLE`):
 *
 *   gcGen 0..2   tracked, not being collected (3 = permanent generation, gc.freeze())
 *   INDEXED + i  member i of `young` while deduce_unreachable runs; its gc_refs count is kept in an array
 *                (see "deduce_unreachable, by member number" below):
 *                  update_refs:     gc_refs = refcnt
 *                  subtract_refs:   gc_refs -= references from inside young  (> 0: referenced from outside)
 *                  move_unreachable: 0 -> moved to `unreachable`, >0 -> reachable (scanned)
 *   COLLECTING   in `young` after that (gcRefs = its final gc_refs), until marked with its new generation
 *   UNREACHABLE  on the `unreachable` list (GC_TENTATIVELY_UNREACHABLE); visit_reachable moves it back to
 *                the end of young if something reachable points at it — which is why list order matters
 *   FINALIZERS   2.7 only: on the `finalizers` list (objects with __del__ and what they reach)
 *
 * After the unreachable set is known:
 *   2.7:  move_finalizers + move_finalizer_reachable -> handle_weakrefs -> delete_garbage (tp_clear) ->
 *         count what is still on `finalizers` (objects freed by the tp_clears are gone from it!) ->
 *         handle_finalizers appends the survivors with __del__ to gc.garbage and merges them into `old`.
 *   3.x:  handle_weakrefs -> finalize_garbage (PEP 442 tp_finalize, once, in list order) ->
 *         handle_resurrected_objects (re-run update/subtract/move_unreachable on `unreachable`; anything
 *         a finalizer made reachable again goes to `old` and is not counted) -> delete_garbage.
 * Then statistics, DEBUG_STATS lines, "stop" callbacks, and the return value (unreachable found,
 * collectable + uncollectable).
 *
 * Automatic collections (`collect_generations`): when generation 0's count exceeds its threshold the
 * oldest generation whose count exceeds its threshold is collected — the oldest only if
 * `long_lived_pending > long_lived_total / 4` (issue #4074: full collections are deferred until a quarter
 * more objects survived into the old generation than the last full collection left there).
 *
 * Simplifications:
 * - Where an automatic collection runs is the profile's `gcTrigger` (objects/runtime.ts `born`): inside
 *   the allocation on 2.7/3.10, at the next eval-breaker check on 3.12+ (after a C call returns, on a
 *   loop's backward jump, at function entry; other eval-breaker points are not modelled).
 * - Legacy `tp_del` finalizers of C types (3.x `move_legacy_finalizers`) do not exist in the simulator.
 * - Elapsed times in DEBUG_STATS output are a fixed plausible value (stderr is never compared).
 */
import { isValueSubtype, setWeakrefList, weakrefList } from '../objects/subtype-extras'
import type { GcObjectState, GcPhase } from '@shared/trace'
import { PyObject, decref, incref } from '../objects/object'
import { PyError, R, type Runtime, gcLink, gcUnlink } from '../objects/runtime'
import { lookupType } from '../objects/lookup'
import { dictSetStr } from '../objects/ops'
import { PyDict, PyInstance, PyList, PyTuple, PyType, PyWeakref } from '../objects/types'
import { writeOut } from '../interp/builtins'
import { callFinalizer } from '../objects/dealloc'
import { finalizeGenerator, generatorNeedsFinalizing } from '../interp/gen'
import { clear, referents, refs } from './traverse'
import { gcTracing, recordGcCollected, recordGcPhase } from './trace-hooks'

/** gcGen markers used only while a collection runs (see the essay). */
const COLLECTING = 5
const UNREACHABLE = 6
const FINALIZERS = 7

/** The gc module's debug flags (Modules/gcmodule.c `DEBUG_*`). */
export const DEBUG = {
  /** print statistics during collection */
  STATS: 1,
  /** print collectable objects found */
  COLLECTABLE: 2,
  /** print unreachable but uncollectable objects found */
  UNCOLLECTABLE: 4,
  /** 2.7 only: print old-style instances */
  INSTANCES: 8,
  /** 2.7 only: print objects other than old-style instances (needed for COLLECTABLE output on 2.7) */
  OBJECTS: 16,
  /** save all garbage in gc.garbage rather than freeing it */
  SAVEALL: 32,
} as const

/** Per-generation statistics (`gc.get_stats()`, 3.4+). */
export interface GenStats {
  collections: number
  collected: number
  uncollectable: number
}

/** Collector state that CPython keeps in `_gc_runtime_state` (one per run). */
export interface GcState {
  debug: number
  /** gc.callbacks (3.x), null before the gc module exists or on 2.7. */
  callbacks: PyList | null
  stats: GenStats[]
  longLivedPending: number
  longLivedTotal: number
  /**
   * 3.12: the interpreter's immortal containers that gc.unfreeze() put into the oldest generation; the
   * next full collection's update_refs sends them back to the permanent generation.
   */
  immortalsInOldest: number
}

let stateOf: Runtime | null = null
let state: GcState = freshState()

function freshState(): GcState {
  return {
    debug: 0,
    callbacks: null,
    stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })),
    longLivedPending: 0,
    longLivedTotal: 0,
    immortalsInOldest: 0,
  }
}

/** The collector state of the current run. */
export function gcState(): GcState {
  if (stateOf !== R) {
    stateOf = R
    state = freshState()
  }
  return state
}

// ---- circular list helpers (gc_list_* in gcmodule.c) ----

function listInit(): PyObject {
  const h = Object.create(PyObject.prototype) as PyObject
  h.gcPrev = h
  h.gcNext = h
  h.gcGen = -2
  return h
}

function listIsEmpty(head: PyObject): boolean {
  return head.gcNext === head
}

/** gc_list_move: unlink `o` and append it at the end of `head`, marking it with `gen`. */
function listMove(o: PyObject, head: PyObject, gen: number): void {
  ;(o.gcPrev as PyObject).gcNext = o.gcNext
  ;(o.gcNext as PyObject).gcPrev = o.gcPrev
  const last = head.gcPrev as PyObject
  o.gcPrev = last
  o.gcNext = head
  last.gcNext = o
  head.gcPrev = o
  o.gcGen = gen
}

/** gc_list_merge: append all of `from` to `to` (from becomes empty); objects get generation `gen`. */
function listMerge(from: PyObject, to: PyObject, gen: number): void {
  for (let o = from.gcNext as PyObject; o !== from; o = o.gcNext as PyObject) o.gcGen = gen
  listSplice(from, to)
}

function listSize(head: PyObject): number {
  let n = 0
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) n++
  return n
}

function listItems(head: PyObject): PyObject[] {
  const out: PyObject[] = []
  for (let o = head.gcNext as PyObject; o !== head; o = o.gcNext as PyObject) out.push(o)
  return out
}

// ---- the phases ----

// deduce_unreachable, by member number.
//
// update_refs, subtract_refs and move_unreachable keep their per-object state in arrays indexed by a
// member number rather than on the objects. Member i of young is `members[i]`, marked gcGen = INDEXED + i,
// so one read of a referent's gcGen says whether it is a member and which one; its gc_refs is
// `gcRefsOf[i]`. subtract_refs also records the members each member references (`edges[edgeStart[i] ..
// edgeEnd[i])`, in tp_traverse order), and move_unreachable's visit_reachable follows those instead of
// traversing the objects again. move_unreachable's two lists are index links `nextOf`/`prevOf` (young's
// head is index n, unreachable's n + 1; young starts in list order, `order`). `relink` (and untrackAndMark,
// for young) then rebuild the object lists in the order reached, storing each object's gcRefs and mark.
//
// The algorithm is gcmodule.c's step for step: same gc_refs, same list order. Only where its state lives
// differs, for speed: a generation's objects are scattered over the JS heap, so following gcNext from
// object to object is one cache miss after another (each waits for the previous), and a field of an
// object of any of twenty classes is a megamorphic property access in V8. Young is walked once (update_refs
// and subtract_refs fused, when no trace records the phase in between); the rest works on typed arrays.

/** gcGen of member i of young while deduceUnreachable runs: INDEXED + i (above every other marker). */
const INDEXED = 8
const members: PyObject[] = []
let gcRefsOf = new Int32Array(0)
let order = new Int32Array(0)
let edgeStart = new Int32Array(0)
let edgeEnd = new Int32Array(0)
let nextOf = new Int32Array(0)
let prevOf = new Int32Array(0)
let unreachableOf = new Uint8Array(0)
let edges = new Int32Array(1024)

/** Make room for `min` member numbers (the index lists need n + 2), keeping what is numbered so far. */
function growMemberArrays(min: number): void {
  const cap = Math.max(min, 2 * gcRefsOf.length, 1024)
  const refsOf = new Int32Array(cap)
  refsOf.set(gcRefsOf)
  gcRefsOf = refsOf
  const ord = new Int32Array(cap)
  ord.set(order)
  order = ord
  const start = new Int32Array(cap)
  start.set(edgeStart)
  edgeStart = start
  const end = new Int32Array(cap)
  end.set(edgeEnd)
  edgeEnd = end
  nextOf = new Int32Array(cap)
  prevOf = new Int32Array(cap)
  unreachableOf = new Uint8Array(cap)
}

function growEdges(min: number): void {
  const es = new Int32Array(Math.max(min, 2 * edges.length))
  es.set(edges)
  edges = es
}

/** Drop the references to the `n` members of the last deduceUnreachable (the array is kept for the next). */
function forgetMembers(n: number): void {
  members.fill(NO_MEMBER, 0, n)
}
const NO_MEMBER = listInit()

/** update_refs: number young's members in list order, gcRefsOf[i] = the refcount of member i. Returns n. */
function updateRefs(young: PyObject): number {
  const ms = members
  let n = 0
  for (let o = young.gcNext as PyObject; o !== young; o = o.gcNext as PyObject) {
    if (n + 2 > gcRefsOf.length) growMemberArrays(n + 2)
    o.gcGen = INDEXED + n
    ms[n] = o
    gcRefsOf[n] = o.refcnt
    order[n] = n
    n++
  }
  if (n + 2 > gcRefsOf.length) growMemberArrays(n + 2)
  return n
}

/**
 * subtract_refs (visit_decref on each reference of each member): after this gcRefsOf[i] > 0 exactly for
 * the members referenced from outside young, and each member's references to members are in `edges`.
 */
function subtractRefs(n: number): void {
  const ms = members
  const refsOf = gcRefsOf
  const rs = refs
  let e = 0
  for (let i = 0; i < n; i++) {
    edgeStart[i] = e
    const k = referents(ms[i])
    if (e + k > edges.length) growEdges(e + k)
    const es = edges
    for (let j = 0; j < k; j++) {
      const m = rs[j].gcGen - INDEXED
      if (m >= 0) {
        refsOf[m]--
        es[e++] = m
      }
    }
    edgeEnd[i] = e
  }
}

/**
 * update_refs and subtract_refs in one walk of young, numbering members as they are first met (as the
 * walk's object or as a reference). Same result: a member's gc_refs ends as its refcount minus the
 * references from inside young, a sum that does not depend on the order; `order` keeps the list order.
 * A member not yet numbered is recognised by its generation: before this runs every member of young is
 * marked `gen` (the lists keep gcGen equal to their generation, and the younger generations were merged
 * in with it), and nothing outside young is. Returns n.
 */
function updateAndSubtractRefs(young: PyObject, gen: number): number {
  const rs = refs
  let n = 0
  let pos = 0
  let e = 0
  for (let o = young.gcNext as PyObject; o !== young; o = o.gcNext as PyObject) {
    const k = referents(o)
    // room for `o` and each of its references as new members
    if (n + k + 3 > gcRefsOf.length) growMemberArrays(n + k + 3)
    if (e + k > edges.length) growEdges(e + k)
    const ms = members
    const refsOf = gcRefsOf
    const es = edges
    let i = o.gcGen - INDEXED
    if (i < 0) {
      i = n++
      o.gcGen = INDEXED + i
      ms[i] = o
      refsOf[i] = o.refcnt
    }
    order[pos++] = i
    edgeStart[i] = e
    for (let j = 0; j < k; j++) {
      const r = rs[j]
      const g = r.gcGen
      let m: number
      if (g >= INDEXED) {
        m = g - INDEXED
        refsOf[m]--
      } else if (g === gen) {
        m = n++
        r.gcGen = INDEXED + m
        ms[m] = r
        refsOf[m] = r.refcnt - 1
      } else continue
      es[e++] = m
    }
    edgeEnd[i] = e
  }
  return n
}

/** gc_list_move on the index lists: unlink member `i` and append it to the list headed by index `head`. */
function indexMove(i: number, head: number): void {
  const next = nextOf
  const prev = prevOf
  const p = prev[i]
  const nx = next[i]
  next[p] = nx
  prev[nx] = p
  const last = prev[head]
  prev[i] = last
  next[i] = head
  next[last] = i
  prev[head] = i
}

/**
 * move_unreachable (visit_reachable on each reference of a reachable member): after this, everything left
 * on young's index list is reachable from outside it (gcRefsOf > 0) and every member on unreachable's is
 * not. Members keep their relative order; one first found unreachable and then reached again ends up at
 * the end of young.
 */
function moveUnreachable(n: number): void {
  const refsOf = gcRefsOf
  const next = nextOf
  const prev = prevOf
  const unr = unreachableOf
  const start = edgeStart
  const end = edgeEnd
  const es = edges
  const youngI = n
  const unreachableI = n + 1
  let last = youngI
  for (let p = 0; p < n; p++) {
    const i = order[p]
    prev[i] = last
    next[last] = i
    unr[i] = 0
    last = i
  }
  next[last] = youngI
  prev[youngI] = last
  next[unreachableI] = prev[unreachableI] = unreachableI
  let i = next[youngI]
  while (i !== youngI) {
    // Invariant: every member before `i` in young is reachable and has been scanned.
    if (refsOf[i] > 0) {
      for (let e = start[i], stop = end[i]; e < stop; e++) {
        const m = es[e]
        if (unr[m] !== 0) {
          // It was moved to `unreachable` too early: put it back at the end of young, to be scanned later.
          indexMove(m, youngI)
          unr[m] = 0
          refsOf[m] = 1
        } else if (refsOf[m] === 0) refsOf[m] = 1
      }
      i = next[i]
    } else {
      const nx = next[i]
      indexMove(i, unreachableI)
      unr[i] = 1
      i = nx
    }
  }
}

/** Rebuild the object list `head` from the index list headed by `headI`, marking its objects `mark`. */
function relink(head: PyObject, headI: number, mark: number): void {
  const ms = members
  const refsOf = gcRefsOf
  const next = nextOf
  let last = head
  for (let i = next[headI]; i !== headI; i = next[i]) {
    const o = ms[i]
    o.gcGen = mark
    o.gcRefs = refsOf[i]
    o.gcPrev = last
    last.gcNext = o
    last = o
  }
  last.gcNext = head
  head.gcPrev = last
}

/** Store the members' gcRefs on the objects (for a trace of the phase just run). */
function storeGcRefs(n: number): void {
  for (let i = 0; i < n; i++) members[i].gcRefs = gcRefsOf[i]
}

/**
 * update_refs + subtract_refs + move_unreachable (3.x `deduce_unreachable`): after this `unreachable`
 * (empty before) holds the objects not reachable from outside young (marked UNREACHABLE, gcRefs 0) and
 * young's index list (headed by the n returned) the rest, in order, until the next deduceUnreachable.
 * The object list `young` is rebuilt from it only with `relinkYoung` or a trace; otherwise its links are
 * stale until untrackAndMark rebuilds it. `p` names the phase event of the end ('move-unreachable', or
 * 'check-garbage' in handle_resurrected_objects, which records only that one).
 */
function deduceUnreachable(
  young: PyObject,
  unreachable: PyObject,
  gen: number,
  p: GcPhase,
  relinkYoung: boolean,
): number {
  const tracing = gcTracing()
  let n: number
  if (p === 'move-unreachable' && !tracing) n = updateAndSubtractRefs(young, gen)
  else {
    const traced = tracing && p === 'move-unreachable'
    n = updateRefs(young)
    if (traced) {
      storeGcRefs(n)
      phase(gen, 'update-refs', young, null)
    }
    subtractRefs(n)
    if (traced) {
      storeGcRefs(n)
      phase(gen, 'subtract-refs', young, null)
    }
  }
  moveUnreachable(n)
  if (relinkYoung || tracing) relink(young, n, COLLECTING)
  relink(unreachable, n + 1, UNREACHABLE)
  phase(gen, p, young, unreachable)
  return n
}

/** `_PyObject_GC_MAY_BE_TRACKED`: a GC type that is (or, for a tuple, still is) tracked. */
function mayBeTracked(o: PyObject): boolean {
  if (!o.type.isGC) return false
  if (o instanceof PyTuple) return o.gcGen >= 0
  // type_is_gc: only heap types are GC objects; static (builtin) types are not.
  if (o instanceof PyType) return !o.builtin
  return true
}

/** `_PyTuple_MaybeUntrack`: a tuple holding only untracked things need not be tracked. */
function tupleMaybeUntrack(t: PyTuple): void {
  for (const x of t.items) if (mayBeTracked(x)) return
  gcUnlink(t)
}

/*
 * The passes after deduce_unreachable, fused for speed: walking a long generation list is bound by memory
 * latency, so one walk that does several jobs beats several walks. Each fused walk computes exactly what
 * the separate CPython passes compute, in the same list order:
 *
 *   young collection (gen 0, 1):  untrack_tuples + setting the older generation (gc_list_merge) + counting
 *                                 the survivors (long_lived_pending); then the lists are spliced.
 *   full collection (gen 2):      untrack_tuples + untrack_dicts + setting the generation + counting the
 *                                 survivors (long_lived_total).
 *
 * untrack_dicts runs after untrack_tuples in CPython, so a dict is untracked when nothing in it may be
 * tracked once every tuple has had its chance to be untracked. In the fused walk a tuple later in the
 * list has not had that chance yet; tuples only ever go from tracked to untracked, so a dict held back
 * only by tuples is decided again after the walk (`dictBlockedOnlyByTuples`), and one held back by any
 * other tracked object keeps its tracking either way.
 */

/**
 * `_PyDict_MaybeUntrack` (full collections only, issue #14775), as a verdict:
 * 0: may untrack now; 1: held back only by (still) tracked tuples; 2: holds a tracked non-tuple. */
function dictBlockedOnlyByTuples(d: PyDict): number {
  if (d.inline) return 2
  let r = 0
  for (const e of d.map.values()) {
    const v = e.value
    if (mayBeTracked(v)) {
      if (!(v instanceof PyTuple)) return 2
      r = 1
    }
    const k = e.key
    if (mayBeTracked(k)) {
      if (!(k instanceof PyTuple)) return 2
      r = 1
    }
  }
  return r
}

/**
 * untrack_tuples, then (full collections) untrack_dicts, marking every survivor with generation `gen`.
 * Returns how many objects stay tracked in `young`. Rebuilds the object list `young` from
 * deduceUnreachable's index list (headed by `youngI`) as it goes, in the same order, storing gcRefs.
 */
function untrackAndMark(young: PyObject, youngI: number, gen: number, dicts: boolean): number {
  const tupleType = R.T.tuple
  const dictType = R.T.dict
  const ms = members
  const refsOf = gcRefsOf
  const next = nextOf
  let deferred: PyDict[] | null = null
  let n = 0
  let last = young
  for (let i = next[youngI]; i !== youngI; i = next[i]) {
    const o = ms[i]
    o.gcGen = gen
    o.gcRefs = refsOf[i]
    o.gcPrev = last
    last.gcNext = o
    n++
    if (o instanceof PyTuple) {
      if (o.type === tupleType) {
        // the list must be whole where gcUnlink runs: `o` is its last object for now
        o.gcNext = young
        young.gcPrev = o
        tupleMaybeUntrack(o)
        if (o.gcGen < 0) {
          n--
          continue
        }
      }
    } else if (dicts && o instanceof PyDict && o.type === dictType) {
      const b = dictBlockedOnlyByTuples(o)
      if (b === 0) {
        o.gcNext = young
        young.gcPrev = o
        gcUnlink(o)
        n--
        continue
      } else if (b === 1) (deferred ??= []).push(o)
    }
    last = o
  }
  last.gcNext = young
  young.gcPrev = last
  if (deferred !== null)
    for (const d of deferred)
      if (dictBlockedOnlyByTuples(d) === 0) {
        gcUnlink(d)
        n--
      }
  return n
}

/** gc_list_merge without the per-object generation walk (the objects are already marked `gen`). */
function listSplice(from: PyObject, to: PyObject): void {
  if (listIsEmpty(from)) return
  const first = from.gcNext as PyObject
  const last = from.gcPrev as PyObject
  const tail = to.gcPrev as PyObject
  tail.gcNext = first
  first.gcPrev = tail
  last.gcNext = to
  to.gcPrev = last
  from.gcNext = from.gcPrev = from
}

/** 2.7 `has_finalizer`: instances of classes with `__del__` (new-style: tp_del), generators suspended in a try block. */
function hasFinalizer(o: PyObject): boolean {
  if (o.type === R.T.generator) return generatorNeedsFinalizing(o)
  return (
    (o instanceof PyInstance || isValueSubtype(o)) &&
    !o.type.builtin &&
    lookupType(o.type, '__del__') !== null
  )
}

/**
 * 2.7 move_finalizers + move_finalizer_reachable: after this, `finalizers` holds the unreachable objects
 * with `__del__` and everything unreachable they reach; `unreachable` holds the rest.
 */
function moveFinalizers(unreachable: PyObject, finalizers: PyObject): void {
  let o = unreachable.gcNext as PyObject
  while (o !== unreachable) {
    const next = o.gcNext as PyObject
    if (hasFinalizer(o)) listMove(o, finalizers, FINALIZERS)
    o = next
  }
  // The list grows while we walk it.
  const rs = refs
  for (let f = finalizers.gcNext as PyObject; f !== finalizers; f = f.gcNext as PyObject) {
    const n = referents(f)
    for (let i = 0; i < n; i++) {
      const r = rs[i]
      if (r.gcGen === UNREACHABLE) listMove(r, finalizers, FINALIZERS)
    }
  }
}

function weakrefsOf(o: PyObject): PyWeakref[] | null {
  return weakrefList(o)
}

/**
 * handle_weakrefs: clear every weakref to an unreachable object; call the callbacks of the weakrefs that
 * are themselves reachable (a weakref that is part of the trash just dies with it). Returns the number
 * of weakrefs freed by their callback (counted as collected, as CPython does).
 * After this, nothing in `unreachable` is weakly referenced.
 */
function handleWeakrefs(unreachable: PyObject, old: PyObject, oldGen: number): number {
  weakrefCallbacksRan = 0
  const toCall: PyWeakref[] = []
  if (!R.profile.py2)
    // 3.8+ (bpo-38006): a weakref that is itself trash is cleared first, so its callback can never run.
    for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject)
      if (o instanceof PyWeakref && o.target !== null) detachWeakref(o)
  for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) {
    const refs = weakrefsOf(o)
    if (refs === null) continue
    setWeakrefList(o, null)
    // PyObject_GET_WEAKREFS_LISTPTR order: basic ref, proxy, then refs with callbacks newest first.
    for (const w of weakrefListOrder(refs)) {
      w.target = null
      if (w.callback === null) continue
      // 2.7: objects moved to `finalizers` count as reachable here, so their weakrefs' callbacks run.
      if (w.gcGen === UNREACHABLE) continue
      toCall.push(incref(w))
    }
  }
  let freed = 0
  weakrefCallbacksRan = toCall.length
  for (const w of toCall) {
    const cb = w.callback as PyObject
    w.callback = null
    if (R.tracer !== null) R.tracer.weakrefCallbackCalled(w)
    try {
      decref(R.hooks.call(cb, [incref(w)]))
    } catch (e) {
      if (e instanceof PyError) R.hooks.unraisable(e, reprCallback(cb))
      else throw e
    } finally {
      decref(cb)
    }
    const alive = w.refcnt > 1
    decref(w)
    if (!alive) freed++
    else if (w.gcGen >= 0 && w.gcGen <= 2) listMove(w, old, oldGen)
  }
  return freed
}

/** How many weakref callbacks the last handleWeakrefs called (Python code, which may change anything). */
let weakrefCallbacksRan = 0

function detachWeakref(w: PyWeakref): void {
  const t = w.target
  w.target = null
  const refs = t === null ? null : weakrefsOf(t)
  if (refs === null) return
  const i = refs.indexOf(w)
  if (i >= 0) refs.splice(i, 1)
  if (refs.length === 0) setWeakrefList(t as PyObject, null)
}

function reprCallback(cb: PyObject): string {
  return `<${cb.type.name} object at 0x${cb.address.toString(16)}>`
}

/** A weakref list is kept in CPython's order already (gc/weakref.ts): head first. */
export function weakrefListOrder(refs: PyWeakref[]): PyWeakref[] {
  return refs.slice()
}

/** An object finalize_garbage has work for: a generator or an instance with `__del__`, not yet finalized. */
function needsFinalizer(o: PyObject): boolean {
  if (o.finalized) return false
  if (o.type === R.T.generator) return true
  return (o instanceof PyInstance || isValueSubtype(o)) && lookupType(o.type, '__del__') !== null
}

/**
 * finalize_garbage (PEP 442): call `__del__` once on every unreachable object not yet finalized, in list
 * order. After this every object of `unreachable` that has a finalizer has `finalized` set. Returns false
 * when there was nothing to finalize (no Python code ran).
 */
function finalizeGarbage(unreachable: PyObject): boolean {
  // With nothing to finalize the walk below would move every object to `seen` and back, marks unchanged.
  let any = false
  for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject)
    if (needsFinalizer(o)) {
      any = true
      break
    }
  if (!any) return false
  const seen = listInit()
  while (!listIsEmpty(unreachable)) {
    const o = unreachable.gcNext as PyObject
    listMove(o, seen, UNREACHABLE)
    if (o.finalized) continue
    if (o.type === R.T.generator) {
      // A generator's tp_finalize (_PyGen_Finalize) closes it if it is suspended.
      o.finalized = true
      incref(o)
      finalizeGenerator(o)
      decref(o)
      continue
    }
    if (!(o instanceof PyInstance) && !isValueSubtype(o)) continue
    const del = lookupType(o.type, '__del__')
    if (del === null) continue
    o.finalized = true
    incref(o)
    callFinalizer(o, del)
    decref(o)
  }
  listMerge(seen, unreachable, UNREACHABLE)
  return true
}

/**
 * handle_resurrected_objects (3.9+; `check_garbage` before): recompute reachability inside `unreachable`.
 * After this `stillUnreachable` holds the real garbage and everything a finalizer resurrected (and what
 * it reaches) has moved to `old`.
 */
function handleResurrected(
  unreachable: PyObject,
  stillUnreachable: PyObject,
  old: PyObject,
  oldGen: number,
  gen: number,
  unchanged: boolean,
): void {
  if (unchanged && !gcTracing()) {
    // No Python code ran since deduce_unreachable (nothing to finalize, no weakref callback), so nothing
    // references the unreachable objects from outside them: the recomputation would find every one
    // unreachable again, in the same order, with the gc_refs they have (0).
    listSplice(unreachable, stillUnreachable)
    return
  }
  forgetMembers(deduceUnreachable(unreachable, stillUnreachable, gen, 'check-garbage', true))
  listMerge(unreachable, old, oldGen)
}

/**
 * delete_garbage: tp_clear every object of `collectable` (or, with DEBUG_SAVEALL, append it to
 * gc.garbage). Objects that die are unlinked by their deallocation; those still alive move to `old`.
 */
function deleteGarbage(collectable: PyObject, old: PyObject, oldGen: number): void {
  const saveAll = (gcState().debug & DEBUG.SAVEALL) !== 0
  while (!listIsEmpty(collectable)) {
    const o = collectable.gcNext as PyObject
    if (saveAll) garbageAppend(o)
    else {
      incref(o)
      clear(o)
      decref(o)
    }
    if (collectable.gcNext === o) listMove(o, old, oldGen)
  }
}

function garbageAppend(o: PyObject): void {
  const g = R.garbage
  if (g === null) return
  g.items.push(incref(o))
}

function debugCycle(msg: string, o: PyObject): void {
  const d = gcState().debug
  if (R.profile.py2 && (d & DEBUG.OBJECTS) === 0) return
  writeOut(`gc: ${msg} <${o.type.name} 0x${o.address.toString(16)}>\n`, true)
}

function phase(gen: number, p: GcPhase, young: PyObject, unreachable: PyObject | null): void {
  if (!gcTracing()) return
  recordGcPhase(gen, p, () => {
    const out: GcObjectState[] = []
    for (const o of listItems(young)) out.push({ id: o.handle, gcRefs: o.gcRefs, reachable: true })
    if (unreachable !== null)
      for (const o of listItems(unreachable)) out.push({ id: o.handle, gcRefs: o.gcRefs, reachable: false })
    return out
  })
}

/**
 * One collection of generation `gen` (the C `collect` / `gc_collect_main`). Returns the number of
 * unreachable objects found (collectable + uncollectable).
 */
function collectMain(gen: number): number {
  const st = gcState()
  const py2 = R.profile.py2
  const gens = R.gens
  if (st.debug & DEBUG.STATS) {
    writeOut(`gc: collecting generation ${gen}...\n`, true)
    const sizes = [0, 1, 2].map((g) => ' ' + (listSize(gens[g].head) + gens[g].resident)).join('')
    writeOut(`gc: objects in each generation:${sizes}\n`, true)
    if (!py2)
      writeOut(`gc: objects in permanent generation: ${listSize(gens[3].head) + gens[3].resident}\n`, true)
  }
  // update collection and allocation counters
  if (gen + 1 < 3) gens[gen + 1].count++
  for (let g = 0; g <= gen; g++) gens[g].count = 0
  // merge younger generations with the one we are collecting
  const young = gens[gen].head
  for (let g = 0; g < gen; g++) listMerge(gens[g].head, young, gen)
  const oldGen = gen < 2 ? gen + 1 : gen
  const old = gens[oldGen].head
  // The interpreter's own objects (model-only counts, gc/startup.ts) always survive and are promoted.
  let residents = 0
  for (let g = 0; g <= gen; g++) {
    residents += gens[g].resident
    gens[g].resident = 0
  }
  gens[oldGen].resident += residents
  // 3.12 update_refs moves every immortal object it meets to the permanent generation (its refcount
  // says nothing about its references): the start-up immortals an unfreeze() let out go back there.
  if (gen === 2 && st.immortalsInOldest > 0) {
    residents -= st.immortalsInOldest
    gens[oldGen].resident -= st.immortalsInOldest
    gens[3].resident += st.immortalsInOldest
    st.immortalsInOldest = 0
  }

  const unreachable = listInit()
  const youngI = deduceUnreachable(young, unreachable, gen, 'move-unreachable', false)
  // untrack_tuples, then move reachable objects to the next generation (one fused walk, see above).
  if (young !== old) {
    const survivors = untrackAndMark(young, youngI, oldGen, false) + residents
    if (gen === 1) st.longLivedPending += survivors
    listSplice(young, old)
  } else {
    // untrack_dicts too (full collections only)
    const survivors = untrackAndMark(young, youngI, gen, true) + residents
    st.longLivedPending = 0
    st.longLivedTotal = survivors
  }
  forgetMembers(youngI)

  let m = 0
  let n = 0
  const finalizers = listInit()
  if (py2) {
    moveFinalizers(unreachable, finalizers)
    phase(gen, 'move-finalizers', finalizers, unreachable)
  }
  if (st.debug & DEBUG.COLLECTABLE)
    for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject)
      debugCycle('collectable', o)
  if (py2) for (let o = unreachable.gcNext as PyObject; o !== unreachable; o = o.gcNext as PyObject) m++

  phase(gen, 'handle-weakrefs', old, unreachable)
  m += handleWeakrefs(unreachable, old, oldGen)

  if (py2) {
    phase(gen, 'delete-garbage', old, unreachable)
    deleteGarbage(unreachable, old, oldGen)
  } else {
    phase(gen, 'finalize', old, unreachable)
    const finalized = finalizeGarbage(unreachable)
    const still = listInit()
    handleResurrected(unreachable, still, old, oldGen, gen, !finalized && weakrefCallbacksRan === 0)
    m += listSize(still)
    phase(gen, 'delete-garbage', old, still)
    deleteGarbage(still, old, oldGen)
  }
  // What is still on `finalizers` now is uncollectable (tp_clears above may have freed some of it).
  for (let o = finalizers.gcNext as PyObject; o !== finalizers; o = o.gcNext as PyObject) {
    n++
    if (st.debug & DEBUG.UNCOLLECTABLE) debugCycle('uncollectable', o)
  }
  if (st.debug & DEBUG.STATS) {
    if (py2)
      writeOut(
        (m === 0 && n === 0 ? 'gc: done' : `gc: done, ${n + m} unreachable, ${n} uncollectable`) +
          ', 0.0001s elapsed.\n',
        true,
      )
    else writeOut(`gc: done, ${n + m} unreachable, ${n} uncollectable, 0.0001s elapsed\n`, true)
  }
  // handle_finalizers / handle_legacy_finalizers
  if (!listIsEmpty(finalizers)) {
    const saveAll = (st.debug & DEBUG.SAVEALL) !== 0
    for (let o = finalizers.gcNext as PyObject; o !== finalizers; o = o.gcNext as PyObject)
      if (saveAll || hasFinalizer(o)) garbageAppend(o)
    listMerge(finalizers, old, oldGen)
  }
  if (gen === 2) R.memory.clearFreeListsForFullCollect?.()
  st.stats[gen].collections++
  st.stats[gen].collected += m
  st.stats[gen].uncollectable += n
  phase(gen, 'done', old, null)
  recordGcCollected(gen, n + m, n)
  return n + m
}

/** invoke_gc_callback (3.3+): call every gc.callbacks entry with (phase, info). */
function invokeCallbacks(
  phaseName: 'start' | 'stop',
  gen: number,
  collected: number,
  uncollectable: number,
): void {
  const cbs = gcState().callbacks
  if (cbs === null || cbs.items.length === 0) return
  const info = R.dict()
  for (const [k, v] of [
    ['generation', gen],
    ['collected', collected],
    ['uncollectable', uncollectable],
  ] as const) {
    const iv = R.int(v)
    dictSetStr(info, k, iv)
    decref(iv)
  }
  const ph = R.str(phaseName)
  try {
    for (let i = 0; i < cbs.items.length; i++) {
      const cb = incref(cbs.items[i])
      try {
        decref(R.hooks.call(cb, [incref(ph), incref(info)]))
      } catch (e) {
        if (e instanceof PyError) R.hooks.unraisable(e, reprCallback(cb))
        else throw e
      } finally {
        decref(cb)
      }
    }
  } finally {
    decref(ph)
    decref(info)
  }
}

/** collect_with_callback: one collection bracketed by the "start" and "stop" callbacks. */
function collectWithCallback(gen: number): number {
  invokeCallbacks('start', gen, 0, 0)
  const before = { ...gcState().stats[gen] }
  const result = collectMain(gen)
  const after = gcState().stats[gen]
  invokeCallbacks('stop', gen, after.collected - before.collected, after.uncollectable - before.uncollectable)
  return result
}

/**
 * Collect generation `gen`; -1 chooses like `collect_generations` (the automatic trigger). Returns the
 * number of unreachable objects found. Does nothing (returns 0) while a collection is running.
 */
export function collect(gen: number): number {
  if (R.gcCollecting) return 0
  if (gen < 0) {
    const st = gcState()
    gen = -1
    for (let g = 2; g >= 0; g--) {
      if (R.gens[g].count > R.gens[g].threshold) {
        if (g === 2 && st.longLivedPending < st.longLivedTotal / 4) continue
        gen = g
        break
      }
    }
    if (gen < 0) return 0
  }
  R.gcCollecting = true
  try {
    return collectWithCallback(gen)
  } finally {
    R.gcCollecting = false
  }
}

// ---- gc module helpers ----

/** gc.freeze(): move every tracked object into the permanent generation. */
export function freeze(): void {
  for (let g = 0; g < 3; g++) {
    listMerge(R.gens[g].head, R.gens[3].head, 3)
    R.gens[3].resident += R.gens[g].resident
    R.gens[g].resident = 0
  }
  R.gens[0].count = 0
  gcState().immortalsInOldest = 0
}

/** gc.unfreeze(): the permanent generation goes back into the oldest one. */
export function unfreeze(): void {
  // 3.12: the immortal containers its start-up collections put in the permanent generation go back too.
  gcState().immortalsInOldest = R.profile.startup.frozen
  listMerge(R.gens[3].head, R.gens[2].head, 2)
  R.gens[2].resident += R.gens[3].resident
  R.gens[3].resident = 0
}

/** Objects tracked in generation `g` (0..3), in list order. */
export function generationObjects(g: number): PyObject[] {
  return listItems(R.gens[g].head)
}

/** Re-link `o` (tracked, any generation) — used when a finalizer or callback re-tracks objects. */
export function track(o: PyObject): void {
  if (o.gcGen < 0) gcLink(R.gens[0].head, o, 0)
}
