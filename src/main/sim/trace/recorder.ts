/**
 * The trace recorder: turns simulator actions into the steps of src/shared/trace.ts. It hooks allocation,
 * deallocation and output only when a trace was asked for, so the hot path pays one null check.
 *
 * Simplifications:
 * - Steps are recorded for allocations, frees and output; object views carry type, repr-lite, refcount,
 *   address and size, without outgoing references yet.
 */
import type {
  KEYFRAME_INTERVAL as KeyframeInterval,
  ObjectView,
  ProfileName,
  Trace,
  TraceLevel,
  TraceStep,
} from '@shared/trace'

// A type-only import keeps sim/ loadable without path aliases (tsx); tsc checks this equals the contract.
const KEYFRAME_INTERVAL: typeof KeyframeInterval = 64
import type { PyObject } from '../objects/object'
import { R } from '../objects/runtime'
import { setOutputHook } from '../interp/builtins'
import { budget } from '../interp/budget'

const MAX_STEPS = 20000

let trace: Trace | null = null
let level: TraceLevel = 'off'
const live = new Map<number, PyObject>()

function view(o: PyObject): ObjectView {
  return {
    id: o.handle,
    type: o.type.name,
    repr: o.type.name,
    refcnt: R.immortalOrCount(o),
    immortal: o.immortal,
    address: o.address,
    size: o.size,
    sizeClass: o.size <= 512 ? (o.size - 1) >> 4 : null,
    generation: o.gcGen < 0 ? null : o.gcGen === 3 ? 'permanent' : o.gcGen,
    refs: [],
  }
}

function gcView() {
  return {
    counts: [R.gens[0].count, R.gens[1].count, R.gens[2].count] as [number, number, number],
    thresholds: [R.gens[0].threshold, R.gens[1].threshold, R.gens[2].threshold] as [number, number, number],
    enabled: R.gcEnabled,
  }
}

function push(step: Omit<TraceStep, 'gc' | 'allocator' | 'frames' | 'line'>): void {
  if (trace === null) return
  if (trace.steps.length >= MAX_STEPS) {
    trace.truncated = true
    return
  }
  const line = budget.current?.line ?? 0
  trace.steps.push({ ...step, line, frames: [], gc: gcView(), allocator: R.memory.summary() })
  if (trace.steps.length % KEYFRAME_INTERVAL === 1 && level === 'full') {
    trace.keyframes.push({
      objects: [...live.values()].map(view),
      frames: [],
      gc: gcView(),
      allocator: R.memory.summary(),
    })
  }
}

export function startTrace(l: TraceLevel, profile: ProfileName): void {
  level = l
  live.clear()
  trace = { profile, steps: [], keyframes: [], truncated: false }
  R.onAlloc = (o) => {
    live.set(o.handle, o)
    push({
      event: { kind: 'object-allocated', id: o.handle, type: o.type.name },
      changed: level === 'full' ? [view(o)] : [],
      removed: [],
    })
  }
  R.onFree = (o) => {
    live.delete(o.handle)
    push({
      event: { kind: 'object-freed', id: o.handle, type: o.type.name },
      changed: [],
      removed: [o.handle],
    })
  }
  setOutputHook((text, err) =>
    push({
      event: { kind: 'output-written', stream: err ? 'stderr' : 'stdout', text },
      changed: [],
      removed: [],
    }),
  )
}

export function finishTrace(): Trace | null {
  const t = trace
  trace = null
  R.onAlloc = null
  R.onFree = null
  setOutputHook(null)
  live.clear()
  return t
}
