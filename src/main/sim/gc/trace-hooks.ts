/**
 * The seam between the cycle collector and the trace recorder. gcmodule.c has no such thing (it has
 * DEBUG_STATS and `gc.callbacks`); the lab needs every phase of `collect` as an event carrying each
 * object's `gc_refs` and reachability so it can animate update_refs → subtract_refs → move_unreachable →
 * ... The collector calls `recordGcPhase` / `recordGcCollected`; the recorder (trace/) installs a sink
 * with `setGcTraceSink` when a trace is being recorded. With no sink installed the collector does not
 * even build the object lists, so benches pay one null check per phase.
 *
 * Simplifications:
 * - Objects are reported by their trace handle; the recorder owns turning them into StepEvents.
 */
import type { GcObjectState, GcPhase } from '@shared/trace'

/** Receives the collector's phases (installed by the trace recorder). */
export interface GcTraceSink {
  phase(generation: number, phase: GcPhase, objects: GcObjectState[]): void
  collected(generation: number, unreachable: number, uncollectable: number): void
}

let sink: GcTraceSink | null = null

/** Install (or remove, with null) the recorder's sink. */
export function setGcTraceSink(s: GcTraceSink | null): void {
  sink = s
}

/** True when a sink wants phase events (callers skip building object lists otherwise). */
export function gcTracing(): boolean {
  return sink !== null
}

/** Report that the collector entered `phase` with these object states. */
export function recordGcPhase(generation: number, phase: GcPhase, objects: () => GcObjectState[]): void {
  if (sink !== null) sink.phase(generation, phase, objects())
}

/** Report the end of a collection. */
export function recordGcCollected(generation: number, unreachable: number, uncollectable: number): void {
  if (sink !== null) sink.collected(generation, unreachable, uncollectable)
}
