/**
 * Finding a checkpoint in a trace. A program point "before line L" is the step where line L starts
 * (its `hit`-th start); "after line L" is the next step where a line starts in the same frame or in
 * a caller, i.e. once L and everything it called have finished. Output written before that step is
 * the output "by" the point; the heap there is the nearest keyframe plus the steps since.
 */
import type { CodePoint } from '../../shared/pack'
import type { HeapSnapshot, ObjectView, StepEvent, Trace } from '../../shared/trace'
import { KEYFRAME_INTERVAL } from '../../shared/trace'

/** Index of the first step at or after the point; `steps.length` when the program ended first; null when never reached. */
export function stepIndexOf(trace: Trace, point: CodePoint): number | null {
  const { steps } = trace
  let seen = 0
  for (let i = 0; i < steps.length; i++) {
    const event = steps[i].event
    if (event.kind !== 'line-started' || event.line !== point.line) continue
    if (++seen < point.hit) continue
    if (point.when === 'before') return i
    const depth = steps[i].frames.length
    for (let j = i + 1; j < steps.length; j++) {
      const later = steps[j].event
      if (later.kind === 'line-started' && steps[j].frames.length <= depth) return j
    }
    return steps.length
  }
  return null
}

/** Text written to stdout by the steps in [from, to). */
export function stdoutBetween(trace: Trace, from: number, to: number): string {
  let text = ''
  for (let i = from; i < to && i < trace.steps.length; i++) {
    const event: StepEvent = trace.steps[i].event
    if (event.kind === 'output-written' && event.stream === 'stdout') text += event.text
  }
  return text
}

/** The heap as it was just before step `index` ran (after step index - 1). */
export function heapBefore(trace: Trace, index: number): HeapSnapshot | null {
  const last = index - 1
  if (last < 0 || trace.keyframes.length === 0) return null
  const k = Math.min(Math.floor(last / KEYFRAME_INTERVAL), trace.keyframes.length - 1)
  const base = trace.keyframes[k]
  const objects = new Map<number, ObjectView>(base.objects.map((o) => [o.id, o]))
  let frames = base.frames
  let gc = base.gc
  let allocator = base.allocator
  for (let s = k * KEYFRAME_INTERVAL + 1; s <= last && s < trace.steps.length; s++) {
    const step = trace.steps[s]
    for (const o of step.changed) objects.set(o.id, o)
    for (const id of step.removed) objects.delete(id)
    frames = step.frames
    gc = step.gc
    allocator = step.allocator
  }
  return { objects: [...objects.values()], frames, gc, allocator }
}

/** Type names of objects by handle, from the allocation events of a trace. */
export function typesById(trace: Trace): Map<number, string> {
  const types = new Map<number, string>()
  for (const step of trace.steps)
    if (step.event.kind === 'object-allocated') types.set(step.event.id, step.event.type)
  return types
}
