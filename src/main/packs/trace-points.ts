/**
 * Finding a checkpoint in a trace. A program point "before line L" is the step where line L starts
 * (its `hit`-th start); "after line L" is the next step where a line starts in the same frame or in
 * a caller, i.e. once L and everything it called have finished. Output written before that step is
 * the output "by" the point; the heap there is `snapshotAt(trace, index)` (shared/trace-replay.ts).
 */
import type { CodePoint } from '../../shared/pack'
import type { StepEvent, Trace } from '../../shared/trace'

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

/** Type names of objects by handle, from the allocation events of a trace. */
export function typesById(trace: Trace): Map<number, string> {
  const types = new Map<number, string>()
  for (const step of trace.steps)
    if (step.event.kind === 'object-allocated') types.set(step.event.id, step.event.type)
  return types
}
