/**
 * Reaching any point of a trace: the heap after step `index` is the nearest keyframe at or before it
 * plus the steps recorded since, replayed in order. A keyframe is taken every `KEYFRAME_INTERVAL`
 * steps, so at most `KEYFRAME_INTERVAL - 1` steps are replayed; moving anywhere costs the same.
 *
 * Replaying a step means: every object in `changed` replaces (or adds) the object with its id, every
 * id in `removed` (freed) or `hidden` (no longer referred to) leaves the heap, and frames, gc state and the allocator summary are taken whole
 * from the step. The block-level allocator view is kept from the last step that gave one.
 *
 * Objects come out sorted by id (allocation order), whatever order the keyframe listed them in.
 *
 * Pure and read-only: the trace is never mutated, and the snapshot returned is a fresh object (its
 * `ObjectView`s are shared with the trace, so treat them as read-only too).
 */
import { KEYFRAME_INTERVAL, type HeapSnapshot, type ObjectView, type Trace } from './trace'

const EMPTY_GC: HeapSnapshot['gc'] = { counts: [0, 0, 0], thresholds: [700, 10, 10], enabled: true }
const EMPTY_ALLOCATOR: HeapSnapshot['allocator'] = { arenas: 0, poolsInUse: 0, bytesFromOs: 0, bytesInUse: 0 }

/** The heap before the first step: nothing allocated, nothing running. */
export function emptySnapshot(): HeapSnapshot {
  return { objects: [], frames: [], gc: EMPTY_GC, allocator: EMPTY_ALLOCATOR }
}

/**
 * The heap after step `index` (0-based, clamped to the trace). A trace with no steps gives the empty
 * heap. When the keyframe for `index` is missing (a short or damaged trace), the nearest earlier one
 * is used, or the empty heap and every step from the first.
 */
export function snapshotAt(trace: Readonly<Trace>, index: number): HeapSnapshot {
  const steps = trace.steps
  if (steps.length === 0) return emptySnapshot()
  const target = Math.max(0, Math.min(Math.floor(index), steps.length - 1))

  let k = Math.min(Math.floor(target / KEYFRAME_INTERVAL), trace.keyframes.length - 1)
  while (k >= 0 && !trace.keyframes[k]) k -= 1
  const base = k >= 0 ? trace.keyframes[k] : emptySnapshot()
  // keyframes[k] is the heap after step k * KEYFRAME_INTERVAL; without one, replay from step 0.
  const first = k >= 0 ? k * KEYFRAME_INTERVAL + 1 : 0

  const objects = new Map<number, ObjectView>()
  for (const object of base.objects) objects.set(object.id, object)
  let { frames, gc, allocator, allocatorDetail } = base

  for (let i = first; i <= target; i += 1) {
    const step = steps[i]
    for (const object of step.changed) objects.set(object.id, object)
    for (const id of step.removed) objects.delete(id)
    if (step.hidden) for (const id of step.hidden) objects.delete(id)
    frames = step.frames
    gc = step.gc
    allocator = step.allocator
    if (step.allocatorDetail) allocatorDetail = step.allocatorDetail
  }

  const snapshot: HeapSnapshot = {
    objects: [...objects.values()].sort((a, b) => a.id - b.id),
    frames,
    gc,
    allocator,
  }
  if (allocatorDetail) snapshot.allocatorDetail = allocatorDetail
  return snapshot
}
