/** Binds the trace's keyboard (see `traceKeyAction`) to the trace store while the component lives. */
import { onBeforeUnmount, onMounted } from 'vue'
import { useTraceStore } from '../stores/trace'
import { traceKeyAction } from '../lib/trace-keys'

export function useTraceKeys(): void {
  const store = useTraceStore()
  function onKey(event: KeyboardEvent): void {
    if (!store.hasTrace) return
    const action = traceKeyAction(event)
    if (!action) return
    event.preventDefault()
    if (action === 'back') store.stepBack()
    else if (action === 'forward') store.stepForward()
    else store.togglePlay()
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
