/**
 * The trace recorder: turns what the simulator does into the steps of src/shared/trace.ts, the way
 * CPython's `sys.settrace` turns execution into 'line' and 'return' events (Python/ceval.c
 * `call_trace`, 3.12+ Python/legacy_tracing.c), with the heap's changes attached to each step.
 *
 * A step is recorded when
 *
 *   a line starts           (every statement; a loop header again at each new iteration)
 *   a frame is returning    ('line-started' with `returning: true`, before its locals are released)
 *   an object is allocated  or freed (only objects the graph draws, see below)
 *   a finalizer or weakref callback runs, the collector enters a phase or ends, the program writes.
 *
 * Each step carries, in full, only the objects whose view changed since the previous step. Finding
 * them is cheap: while a trace is recorded, `incref`/`decref` put the object they touch in a dirty
 * set (objects/object.ts; with tracing off that is one null check), and containers the program
 * created are checked by a signature (length, dict, cell contents) for changes made by C code
 * without a refcount change (a comprehension appending to its list, `type_new` filling a dict).
 *
 * Which objects the graph draws (the heap of the trace):
 *
 *   created by the program (allocated once its first line ran)   drawn with their references while
 *                                                                 alive, except code objects, interned
 *                                                                 or immortal strings, class dicts
 *   everything else (None, small ints, built-in types, modules)   drawn as a leaf (no references of
 *                                                                 its own) only while a frame variable
 *                                                                 or a drawn object refers to it; when
 *                                                                 that ends it is listed in `hidden`
 *
 * Bounds: at most `MAX_STEPS` steps (then `truncated` is set and recording stops, the program runs
 * on), at most `MAX_REFS` references per view (view.ts), reprs of at most 40 characters (repr.ts):
 * a list growing by one item per step costs a bounded view per step, not its whole length.
 *
 * Recording never changes the run: the recorder reads objects and never increfs, decrefs, allocates
 * or calls Python code; probe evaluations are recorded as nothing at all.
 *
 * Simplifications:
 * - Objects allocated before the program's first line (code objects, constants, interned names made
 *   at compile time) count as pre-existing, like the objects of CPython's start-up.
 * - A line of a generator that contains `yield` gets no line step.
 * - An object's view is rebuilt only when it is dirty; a container nested inside another shows its
 *   new contents at once, the outer container's repr only once the outer container is touched.
 */
import type {
  KEYFRAME_INTERVAL as KeyframeInterval,
  AllocatorDetailView,
  AllocatorSummaryView,
  FrameView,
  GcObjectState,
  GcPhase,
  GcStateView,
  HeapSnapshot,
  ObjectView,
  ProfileName,
  StepEvent,
  Trace,
  TraceLevel,
  TraceStep,
} from '@shared/trace'
import { PyObject, setTraceDirty } from '../objects/object'
import { R, type TraceHooks } from '../objects/runtime'
import {
  PyCell,
  PyCode,
  PyDict,
  PyInstance,
  PyList,
  PyNative,
  PySet,
  PyStr,
  PyType,
  PyWeakref,
} from '../objects/types'
import { setOutputHook } from '../interp/builtins'
import { budget } from '../interp/budget'
import { ctl } from '../interp/call'
import type { Frame } from '../interp/frame'
import { setGcTraceSink } from '../gc/trace-hooks'
import { frameChain, frameVars, frameViews } from './frames'
import { objectView, refsOf, sameView, type Ref } from './view'
import { allocatorDetail } from './allocator'

// A type-only import keeps sim/ loadable without path aliases (tsx); tsc checks this equals the contract.
const KEYFRAME_INTERVAL: typeof KeyframeInterval = 64

/**
 * Most steps one trace holds. A step of a small program is a few hundred bytes of JSON, so 20,000
 * steps stay within a few megabytes; the lab's exercises need a few hundred. Past it the program
 * runs to its end untraced and the trace says `truncated`.
 */
export const MAX_STEPS = 20_000

/**
 * Most bytes of object views (changed objects plus keyframe objects, estimated) one trace holds, whatever
 * its number of steps. A program whose every step touches many objects (`l.append(l[:])` increfs every
 * item) would otherwise record views quadratically, exhaust the machine before any budget stopped it,
 * and make a trace too large to send to the window. Past it the trace says `truncated`.
 */
export const MAX_VIEW_BYTES = 40_000_000

/** Estimated JSON size of an object view: its fixed fields plus each reference. */
function viewBytes(views: readonly ObjectView[]): number {
  let bytes = 0
  for (const v of views) bytes += 160 + 40 * v.refs.length
  return bytes
}

/**
 * Steps that carry every change of the allocator's block-level view; past them it is carried every
 * `KEYFRAME_INTERVAL` steps and after each collection (the summary totals stay exact at every step).
 */
export const MAX_DETAIL_STEPS = 400

/** A cheap fingerprint of what C code can change in a container without touching its refcount. */
function signature(o: PyObject): number {
  if (o instanceof PyList) return o.items.length
  if (o instanceof PyDict || o instanceof PySet) return o.map.size
  if (o instanceof PyCell) return o.ref === null ? 0 : o.ref.handle
  if (o instanceof PyWeakref) return o.target === null ? 0 : o.target.handle
  if (o instanceof PyInstance) {
    const d = o.dict
    return d === null ? 0 : d.handle * 65_536 + d.map.size
  }
  if (o instanceof PyNative) {
    let n = o.held.length * 256
    for (const h of o.held) if (h !== null) n++
    return n
  }
  return 0
}

function watchable(o: PyObject): boolean {
  return (
    o instanceof PyList ||
    o instanceof PyDict ||
    o instanceof PySet ||
    o instanceof PyCell ||
    o instanceof PyWeakref ||
    o instanceof PyInstance ||
    o instanceof PyNative
  )
}

function generationOf(o: PyObject): ObjectView['generation'] {
  return o.gcGen < 0 ? null : o.gcGen === 3 ? 'permanent' : o.gcGen
}

/**
 * Test aid: with `verify` set, every step checks that the heap the trace shows equals fresh views of
 * every live object of the program (so a change the dirty tracking missed is caught), and lists any
 * difference in `mismatches`.
 */
export const recorderChecks = { verify: false, mismatches: [] as string[] }

type MemoryWithDetail = { detail?: () => AllocatorDetailView }

class Recorder implements TraceHooks {
  readonly trace: Trace
  private readonly full: boolean
  /** True once the program's first line ran: objects allocated from then on are the program's. */
  private started = false
  /** Recording stopped (step cap reached or run finished). */
  private stopped = false
  /** Depth of probe evaluations under way: they leave no steps. */
  private quietDepth = 0
  private readonly dirty = new Set<PyObject>()
  /** The line each frame was on at its last line step. */
  private readonly lastLine = new WeakMap<Frame, number>()
  /** Live objects the program created, by handle (drawn with their references). */
  private readonly owned = new Map<number, PyObject>()
  /** Owned containers and their last signature. */
  private readonly watched = new Map<PyObject, number>()
  /** The heap as the trace shows it so far (what replaying the steps gives). */
  private readonly emitted = new Map<number, ObjectView>()
  /** Drawn references (from views and frame variables) into each handle, for leaves. */
  private readonly inbound = new Map<number, number>()
  private readonly leaves = new Set<PyObject>()
  /** Objects already freed. */
  private readonly dead = new WeakSet<PyObject>()
  /** Objects never drawn (class dicts: their entries are drawn as the class's attributes). */
  private readonly unlisted = new Set<PyObject>()
  private removed: number[] = []
  private hidden: number[] = []
  private frames: FrameView[] = []
  private frameTargets = new Map<number, { o: PyObject; n: number }>()
  private skipGlobals = new Set<string>()
  private moduleFrame: Frame | null = null
  private top: Frame | null = null
  private summaryKey = ''
  private detailKey = ''
  private detail: AllocatorDetailView | undefined

  constructor(level: TraceLevel, profile: ProfileName) {
    this.full = level === 'full'
    this.trace = { profile, steps: [], keyframes: [], truncated: false }
  }

  install(): void {
    if (this.full) setTraceDirty(this.dirty)
    R.tracer = this
    R.onAlloc = (o) => this.allocated(o)
    R.onFree = (o) => this.freed(o)
    setOutputHook((text, err) => {
      if (this.quietDepth === 0)
        this.push({ kind: 'output-written', stream: err ? 'stderr' : 'stdout', text })
    })
    setGcTraceSink({
      phase: (generation, phase, objects) => this.gcPhase(generation, phase, objects),
      collected: (generation, unreachable, uncollectable) =>
        this.gcCollected(generation, unreachable, uncollectable),
    })
    // Every statement compiles through the probe seam (budget.probeFor): wrapping it gives each
    // statement a line step, and lets real probes run quietly (no steps) after it.
    const inner = budget.probeFor
    budget.probeFor = (line, ctx) => {
      const probe = inner(line, ctx)
      return {
        before: (f) => {
          this.line(f, line)
          if (probe !== null) this.quietly(() => probe.before(f))
        },
        after: (f) => {
          if (probe !== null) this.quietly(() => probe.after(f))
        },
      }
    }
  }

  uninstall(): void {
    this.stopped = true
    setTraceDirty(null)
    if (R.tracer === this) R.tracer = null
    R.onAlloc = null
    R.onFree = null
    setOutputHook(null)
    setGcTraceSink(null)
  }

  private quietly(run: () => void): void {
    this.quietDepth++
    try {
      run()
    } finally {
      this.quietDepth--
    }
  }

  // ---- hooks ----

  line(fr: object, line: number): void {
    if (this.stopped || this.quietDepth > 0) return
    const f = fr as Frame
    if (!this.started) {
      this.started = true
      this.moduleFrame = f
      for (const e of f.globals.map.values()) if (e.key instanceof PyStr) this.skipGlobals.add(e.key.value)
    }
    // Objects born since the last step were born on the frame's previous line.
    const prev = this.lastLine.get(f)
    if (this.pending.length > 0 && prev !== undefined) {
      f.line = prev
      this.resolvePending()
    }
    // A loop header's step comes after its body ran: the frame is back on the header's line.
    f.line = line
    this.lastLine.set(f, line)
    this.top = f
    this.push({ kind: 'line-started', line })
  }

  frameReturned(fr: object): void {
    const f = fr as Frame
    if (this.stopped || this.quietDepth > 0 || !this.started || f.line === 0) return
    this.top = f
    this.push({ kind: 'line-started', line: f.line, returning: true })
    this.top = f.back
  }

  finalizerCalled(o: PyObject): void {
    if (this.quietDepth === 0) this.push({ kind: 'finalizer-called', id: o.handle })
  }

  weakrefCallbackCalled(w: PyObject): void {
    if (this.quietDepth === 0) this.push({ kind: 'weakref-callback-called', id: w.handle })
  }

  private allocated(o: PyObject): void {
    if (!this.started || this.stopped || this.quietDepth > 0 || o instanceof PyCode) return
    if (!this.full) {
      this.owned.set(o.handle, o)
      this.push({ kind: 'object-allocated', id: o.handle, type: o.type.name })
      return
    }
    this.resolvePending()
    // The step waits for the next event: constructors finish an object after it is born, and only
    // then is it known whether it is the program's (a string interned right after birth is not).
    const refs = refsOf(o)
    this.pending.push({ o, refs, view: objectView(o, true, refs) })
  }

  /** Objects born since the last step, with their view at birth (used if they die before the next step). */
  private pending: { o: PyObject; refs: Ref[]; view: ObjectView }[] = []
  /** The object being freed while its allocation step is still pending. */
  private dying: PyObject | null = null

  /** Records the allocation steps of the objects born since the last step. */
  private resolvePending(): void {
    if (this.pending.length === 0) return
    const list = this.pending
    this.pending = []
    for (const p of list) {
      const o = p.o
      if (!this.isOwned(o)) continue
      this.owned.set(o.handle, o)
      if (watchable(o)) this.watched.set(o, signature(o))
      if (o === this.dying) this.forced = p
      else this.dirty.add(o)
      this.pushStep({ kind: 'object-allocated', id: o.handle, type: o.type.name })
    }
  }

  /** A view to record as is at the next step (an object that dies before its allocation step). */
  private forced: { o: PyObject; refs: Ref[]; view: ObjectView } | null = null

  private freed(o: PyObject): void {
    if (this.stopped) return
    if (this.full && this.pending.length > 0) {
      this.dying = o
      this.resolvePending()
      this.dying = null
    }
    const h = o.handle
    this.dead.add(o)
    const wasOwned = this.owned.delete(h)
    this.watched.delete(o)
    this.dirty.delete(o)
    this.leaves.delete(o)
    this.leafObjects.delete(h)
    const old = this.emitted.get(h)
    if (old !== undefined) {
      this.emitted.delete(h)
      this.dropRefs(old)
      this.removed.push(h)
    }
    if ((wasOwned || old !== undefined) && this.quietDepth === 0)
      this.push({ kind: 'object-freed', id: h, type: o.type.name })
  }

  private gcPhase(generation: number, phase: GcPhase, objects: GcObjectState[]): void {
    if (this.quietDepth > 0) return
    this.regenerate()
    // The collector examines every object of the generations; the graph shows the drawn ones.
    const drawn = objects.filter((s) => this.emitted.has(s.id) || this.owned.has(s.id))
    this.push({ kind: 'gc-phase-entered', generation, phase, objects: drawn })
  }

  private gcCollected(generation: number, unreachable: number, uncollectable: number): void {
    if (this.quietDepth > 0) return
    this.regenerate()
    this.push({ kind: 'gc-collected', generation, unreachable, uncollectable })
  }

  /** The collector moves whole lists between generations: look again at every drawn object's. */
  private regenerate(): void {
    for (const [h, v] of this.emitted) {
      const o = this.owned.get(h)
      if (o !== undefined && o.gcGen <= 3 && v.generation !== generationOf(o)) this.dirty.add(o)
    }
  }

  // ---- steps ----

  private topFrame(): Frame | null {
    const t = this.top
    // A class body runs in its own frame without becoming the interpreter's current frame.
    if (t !== null && !t.finished && t.ns !== null) return t
    return ctl.current ?? (t !== null && !t.finished ? t : this.moduleFrame)
  }

  private push(event: StepEvent): void {
    if (this.stopped || !this.started) return
    this.resolvePending()
    this.pushStep(event)
  }

  private pushStep(event: StepEvent): void {
    if (this.stopped) return
    const steps = this.trace.steps
    if (steps.length >= MAX_STEPS || this.viewBytes >= MAX_VIEW_BYTES) {
      this.trace.truncated = true
      this.uninstall()
      return
    }
    const top = this.topFrame()
    const changed = this.full ? this.flush(top) : []
    this.viewBytes += viewBytes(changed)
    const step: TraceStep = {
      event,
      line: top?.line ?? 0,
      changed,
      removed: this.removed,
      frames: this.frames,
      gc: gcView(),
      allocator: this.allocator(),
    }
    if (this.hidden.length > 0) step.hidden = this.hidden
    // A detail is ~5 KB: every change is recorded for the first MAX_DETAIL_STEPS, then only on
    // keyframe steps and at the end of collections, so a long run cannot multiply it.
    const keyframeStep = steps.length % KEYFRAME_INTERVAL === 0
    if (
      this.detailStale &&
      (this.detailSteps < MAX_DETAIL_STEPS || keyframeStep || event.kind === 'gc-collected')
    ) {
      this.detailStale = false
      const own = (R.memory as MemoryWithDetail).detail
      // The allocator's own block-level view when it offers one, else ours from its pools.
      const d = typeof own === 'function' ? own.call(R.memory) : allocatorDetail(R.memory)
      const key = d === undefined ? '' : JSON.stringify(d)
      if (d !== undefined && key !== this.detailKey) {
        this.detailKey = key
        this.detail = d
        step.allocatorDetail = d
        this.detailSteps++
      }
    }
    this.removed = []
    this.hidden = []
    steps.push(step)
    if (recorderChecks.verify && this.full) this.verify(steps.length - 1)
    this.sinceKeyframe += changed.length + step.removed.length
    if (this.full && (steps.length - 1) % KEYFRAME_INTERVAL === 0) {
      // A keyframe costs the whole heap. Take one when replaying the steps since the last one would
      // cost about as much; else leave a hole (snapshotAt falls back to the last keyframe), so a heap
      // that grows with the run does not make the keyframes grow with its square.
      const k = (steps.length - 1) / KEYFRAME_INTERVAL
      if (k === 0 || this.sinceKeyframe >= this.emitted.size) {
        this.trace.keyframes[k] = this.snapshot(step)
        this.viewBytes += viewBytes(this.trace.keyframes[k].objects)
        this.sinceKeyframe = 0
      }
    }
  }

  private detailSteps = 0
  /** Object views recorded since the last keyframe. */
  private sinceKeyframe = 0
  /** Estimated bytes of object views recorded so far, bounded by MAX_VIEW_BYTES. */
  private viewBytes = 0

  private allocator(): AllocatorSummaryView {
    const summary = R.memory.summary()
    const key = `${summary.arenas}/${summary.poolsInUse}/${summary.bytesFromOs}/${summary.bytesInUse}`
    if (key !== this.summaryKey) {
      this.summaryKey = key
      this.detailStale = true
    }
    return summary
  }

  /** The allocator's totals moved since the block-level view was last taken. */
  private detailStale = true

  private snapshot(step: TraceStep): HeapSnapshot {
    const snapshot: HeapSnapshot = {
      objects: [...this.emitted.values()].sort((a, b) => a.id - b.id),
      frames: step.frames,
      gc: step.gc,
      allocator: step.allocator,
    }
    if (this.detail !== undefined) snapshot.allocatorDetail = this.detail
    return snapshot
  }

  private count(o: PyObject, delta: number): void {
    const h = o.handle
    const n = (this.inbound.get(h) ?? 0) + delta
    if (n === 0) this.inbound.delete(h)
    else this.inbound.set(h, n)
    if (!this.owned.has(h)) this.leaves.add(o)
  }

  /** A view's references no longer count towards the leaves they point at. */
  private dropRefs(view: ObjectView): void {
    for (const r of view.refs) {
      const n = (this.inbound.get(r.target) ?? 0) - 1
      if (n <= 0) this.inbound.delete(r.target)
      else this.inbound.set(r.target, n)
      const leaf = this.leafObjects.get(r.target)
      if (leaf !== undefined) this.leaves.add(leaf)
    }
  }

  /** Non-owned objects ever pointed at, by handle (to re-examine them when their last reference goes). */
  private readonly leafObjects = new Map<number, PyObject>()

  private isOwned(o: PyObject): boolean {
    return !o.immortal && !(o instanceof PyStr && o.interned) && !this.unlisted.has(o)
  }

  /** Views of every object that changed since the last step; updates frames, `hidden`, leaves. */
  private flush(top: Frame | null): ObjectView[] {
    const changed: ObjectView[] = []
    const dirty = this.dirty
    for (const [o, sig] of this.watched) {
      const now = signature(o)
      if (now !== sig) {
        this.watched.set(o, now)
        dirty.add(o)
      }
    }

    // Frames: whole every step (they are small); their variables are references into the heap.
    const chain = frameChain(top)
    const vars = chain.map((f) => frameVars(f, this.skipGlobals))
    this.frames = frameViews(chain, vars)
    const targets = new Map<number, { o: PyObject; n: number }>()
    for (const list of vars)
      for (const v of list) {
        const t = targets.get(v.target.handle)
        if (t === undefined) targets.set(v.target.handle, { o: v.target, n: 1 })
        else t.n++
      }
    for (const [h, t] of targets) {
      const before = this.frameTargets.get(h)?.n ?? 0
      if (t.n !== before) this.count(t.o, t.n - before)
      if (!this.owned.has(h)) this.leafObjects.set(h, t.o)
    }
    for (const [h, t] of this.frameTargets) if (!targets.has(h)) this.count(t.o, -t.n)
    this.frameTargets = targets

    for (const o of dirty) {
      const h = o.handle
      if (!this.owned.has(h)) {
        if (this.emitted.has(h)) this.leaves.add(o)
        continue
      }
      if (!this.isOwned(o)) {
        // Interned or immortalised after birth, or a class's dict: from now on a leaf at most.
        this.owned.delete(h)
        this.watched.delete(o)
        const old = this.emitted.get(h)
        if (old !== undefined) {
          this.emitted.delete(h)
          this.dropRefs(old)
          this.hidden.push(h)
        }
        this.leafObjects.set(h, o)
        this.leaves.add(o)
        continue
      }
      if (o instanceof PyType && !this.unlisted.has(o.dict)) {
        this.unlisted.add(o.dict)
        dirty.add(o.dict)
      }
      // A dying container still points at items it already released: draw only live targets.
      const refs = refsOf(o).filter((r) => !this.dead.has(r.target))
      this.apply(o, refs, objectView(o, true, refs), changed)
    }
    dirty.clear()
    const forced = this.forced
    if (forced !== null) {
      this.forced = null
      this.apply(forced.o, forced.refs, forced.view, changed)
    }

    for (const o of this.leaves) {
      const h = o.handle
      if (this.owned.has(h) || this.dead.has(o)) continue
      const old = this.emitted.get(h)
      if ((this.inbound.get(h) ?? 0) > 0 && !this.unlisted.has(o)) {
        const view = objectView(o, false)
        if (o.gcGen > 3) view.generation = old?.generation ?? null
        if (old === undefined || !sameView(old, view)) {
          this.emitted.set(h, view)
          changed.push(view)
        }
      } else {
        if (old !== undefined) {
          this.emitted.delete(h)
          this.hidden.push(h)
        }
        this.leafObjects.delete(h)
      }
    }
    this.leaves.clear()
    return changed
  }

  private verify(index: number): void {
    for (const [h, o] of this.owned) {
      if (!this.isOwned(o) || o.gcGen > 3) continue
      const shown = this.emitted.get(h)
      const fresh = objectView(
        o,
        true,
        refsOf(o).filter((r) => !this.dead.has(r.target)),
      )
      if (shown === undefined || !sameView(shown, fresh))
        recorderChecks.mismatches.push(
          `step ${index}: ${o.type.name} #${h} shows ${JSON.stringify(shown)}, is ${JSON.stringify(fresh)}`,
        )
    }
  }

  /** Records `view` as the object's state when it differs from what the trace shows. */
  private apply(o: PyObject, refs: readonly Ref[], view: ObjectView, changed: ObjectView[]): void {
    const h = o.handle
    const old = this.emitted.get(h)
    // While a collection runs, the collector marks objects with its own list markers: keep showing
    // the generation the object came from.
    if (o.gcGen > 3) view.generation = old?.generation ?? null
    if (old !== undefined && sameView(old, view)) return
    if (old !== undefined) this.dropRefs(old)
    for (const r of refs) {
      if (!this.owned.has(r.target.handle)) this.leafObjects.set(r.target.handle, r.target)
      this.count(r.target, 1)
    }
    this.emitted.set(h, view)
    changed.push(view)
  }

  /** The last step: the module's state once the program ended. */
  finish(): Trace {
    if (!this.stopped && this.started && this.moduleFrame !== null) {
      this.top = this.moduleFrame
      this.push({ kind: 'line-started', line: this.moduleFrame.line, returning: true })
    }
    this.uninstall()
    return this.trace
  }
}

function gcView(): GcStateView {
  return {
    counts: [R.gens[0].count, R.gens[1].count, R.gens[2].count],
    thresholds: [R.gens[0].threshold, R.gens[1].threshold, R.gens[2].threshold],
    enabled: R.gcEnabled,
  }
}

let current: Recorder | null = null

/** Start recording the run that is about to start (after `createSession` and any probes). */
export function startTrace(level: TraceLevel, profile: ProfileName): void {
  if (current !== null) current.uninstall()
  current = new Recorder(level, profile)
  current.install()
}

/** Stop recording and return the trace (null when none was started). */
export function finishTrace(): Trace | null {
  const r = current
  current = null
  return r === null ? null : r.finish()
}
