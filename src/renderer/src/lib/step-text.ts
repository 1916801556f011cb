/** What a trace step did, as a message key and its parameters (the component translates). */
import type { StepEvent } from '@shared/trace'

export function stepMessage(event: StepEvent): {
  key: string
  params: Record<string, unknown>
  phaseKey?: string
} {
  const key = `trace.event.${event.kind}`
  switch (event.kind) {
    case 'line-started':
      return { key, params: { line: event.line } }
    case 'object-allocated':
    case 'object-freed':
      return { key, params: { type: event.type } }
    case 'gc-phase-entered':
      return { key, params: { generation: event.generation }, phaseKey: `trace.phase.${event.phase}` }
    case 'gc-collected':
      return { key, params: { generation: event.generation, unreachable: event.unreachable } }
    case 'output-written':
      return { key, params: { stream: event.stream } }
    default:
      return { key, params: {} }
  }
}
