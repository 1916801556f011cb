/** What the learner chose in the heap graph: the selected object and the containers they expanded. */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export type PanelTab = 'details' | 'objects' | 'gc' | 'alloc'

export const useHeapViewStore = defineStore('heap-view', () => {
  const selectedId = ref<number | null>(null)
  const expanded = ref<Set<number>>(new Set())
  const tab = ref<PanelTab>('details')

  function select(id: number | null): void {
    selectedId.value = id
    if (id !== null) tab.value = 'details'
  }

  function toggleExpanded(id: number): void {
    const next = new Set(expanded.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    expanded.value = next
  }

  function reset(): void {
    selectedId.value = null
    expanded.value = new Set()
  }

  return { selectedId, expanded, tab, select, toggleExpanded, reset }
})
