/**
 * The trace: what the simulator records while it runs a program, as plain JSON.
 *
 * A trace is a list of steps. Each step is one thing that happened (a line began, an object was
 * allocated or freed, a finalizer ran, a collection entered a phase, the program wrote output) and
 * carries the heap *changes* it caused. Every `KEYFRAME_INTERVAL` steps the trace also holds a full
 * snapshot, so the renderer reaches any step by taking the nearest keyframe at or before it and
 * replaying at most `KEYFRAME_INTERVAL - 1` steps (see `trace-replay.ts`).
 *
 * Object handles (`ObjectView.id`) are counters given in allocation order, never addresses; the
 * Python-visible `id()` is `address`, the simulated address the allocator gave (a model-only number).
 */

export const PROFILES = ['2.7', '3.10', '3.12', '3.13'] as const
export type ProfileName = (typeof PROFILES)[number]

/** How much the simulator records: nothing, steps without heap views, or everything. */
export type TraceLevel = 'off' | 'summary' | 'full'

export const KEYFRAME_INTERVAL = 64

export type ReferenceKind = 'strong' | 'weak' | 'cell'

/** One outgoing reference of an object: to `target`, labelled as a Python programmer names it. */
export interface ReferenceView {
  target: number
  /** `[0]`, `['key']`, `.attr`, `cell_contents`, `__closure__`, `__dict__`, … */
  label: string
  kind: ReferenceKind
}

/** One simulated object as the lab shows it. */
export interface ObjectView {
  /** Stable handle, unique within one run. */
  id: number
  /** Python type name: `list`, `dict`, `A`, `function`, `cell`, … */
  type: string
  /** Short repr, at most ~40 characters. */
  repr: string
  refcnt: number
  /** True for immortal objects (3.12+): their refcnt is shown as CPython reports it. */
  immortal: boolean
  /** Simulated address (model-only), as `id()` returns it. */
  address: number
  /** Bytes CPython allocates for the object itself (GC header included). */
  size: number
  /** pymalloc size class index, or null when the request went to raw malloc or no allocator. */
  sizeClass: number | null
  /** 0, 1, 2, 'permanent', or null when not GC-tracked. */
  generation: number | 'permanent' | null
  refs: ReferenceView[]
  /** Number of items when the object is a container (for summarising large ones). */
  length?: number
}

/** A frame (or the module) as a root of the heap graph. */
export interface FrameView {
  /** `<module>`, or the function name. */
  name: string
  line: number
  vars: { name: string; target: number }[]
}

export interface GcStateView {
  counts: [number, number, number]
  thresholds: [number, number, number]
  enabled: boolean
}

export interface AllocatorSummaryView {
  arenas: number
  poolsInUse: number
  bytesFromOs: number
  bytesInUse: number
}

/** State of a pymalloc pool, as obmalloc.c names them: partly used, full, or empty (free). */
export type PoolState = 'used' | 'full' | 'empty'

/** One 16 KiB (or 4 KiB on 2.7) pool inside an arena: all its blocks share one size class. */
export interface PoolDetailView {
  /** Position of the pool inside its arena (0-based). */
  index: number
  /** Size class index of its blocks; meaningless (any value) while the pool is `empty`. */
  sizeClass: number
  state: PoolState
  blocksInUse: number
  blocksTotal: number
}

/** One arena: the unit pymalloc obtains from the OS (256 KiB on 3.10+, 1 MiB on 3.13). */
export interface ArenaDetailView {
  /** Simulated address of the arena (model-only). */
  address: number
  pools: PoolDetailView[]
}

/** One row of the size-class table: every pool and block of one block size. */
export interface SizeClassDetailView {
  index: number
  /** Block size in bytes (8, 16, 24, …). */
  blockSize: number
  /** Pools currently carved for this size class. */
  pools: number
  blocksInUse: number
  /** Blocks free in those pools (already carved or not). */
  freeBlocks: number
}

/**
 * The allocator block by block, for the allocator panel's grid. Optional and additive: a trace
 * without it still shows `AllocatorSummaryView`.
 */
export interface AllocatorDetailView {
  arenas: ArenaDetailView[]
  /** Only size classes with at least one pool need to appear. */
  sizeClasses: SizeClassDetailView[]
}

export interface HeapSnapshot {
  objects: ObjectView[]
  frames: FrameView[]
  gc: GcStateView
  allocator: AllocatorSummaryView
  /** Block-level allocator state, when the simulator records it (optional). */
  allocatorDetail?: AllocatorDetailView
}

export type GcPhase =
  | 'update-refs'
  | 'subtract-refs'
  | 'move-unreachable'
  | 'move-finalizers'
  | 'handle-weakrefs'
  | 'finalize'
  | 'check-garbage'
  | 'delete-garbage'
  | 'done'

export interface GcObjectState {
  id: number
  gcRefs: number
  reachable: boolean
}

/** What happened at a step; a union on `kind`, each a past-tense fact. */
export type StepEvent =
  | {
      kind: 'line-started'
      line: number
      /**
       * Set on the step recorded as a frame is about to return (or the program ends): the state at
       * the end of that frame's last line, before its locals are released.
       */
      returning?: true
    }
  | { kind: 'object-allocated'; id: number; type: string }
  | { kind: 'object-freed'; id: number; type: string }
  | { kind: 'finalizer-called'; id: number }
  | { kind: 'weakref-callback-called'; id: number }
  | { kind: 'gc-phase-entered'; generation: number; phase: GcPhase; objects: GcObjectState[] }
  | { kind: 'gc-collected'; generation: number; unreachable: number; uncollectable: number }
  | { kind: 'output-written'; stream: 'stdout' | 'stderr'; text: string }

export interface TraceStep {
  event: StepEvent
  /** Source line being executed when the event happened (1-based). */
  line: number
  /** Objects created or changed by this step, in full. */
  changed: ObjectView[]
  /** Handles of objects freed by this step. */
  removed: number[]
  /**
   * Handles of objects that leave the heap view without being freed (optional): a pre-existing
   * object (a small int, None, a built-in type) that no frame variable or drawn object refers to
   * any more. Replay drops them like `removed`, but they did not die.
   */
  hidden?: number[]
  /** Frames after this step (always small, so always whole). */
  frames: FrameView[]
  gc: GcStateView
  allocator: AllocatorSummaryView
  /**
   * Block-level allocator state after this step, in full (optional). Give it on steps that changed
   * it; steps without it keep the last one given (or the keyframe's).
   */
  allocatorDetail?: AllocatorDetailView
}

export interface Trace {
  profile: ProfileName
  steps: TraceStep[]
  /** keyframes[k] is the heap after step k * KEYFRAME_INTERVAL. */
  keyframes: HeapSnapshot[]
  /** True when recording stopped early because of the step cap for traces. */
  truncated: boolean
}
