// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { useTraceStore } from '../stores/trace'
import { useHeapViewStore } from '../stores/heap-view'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { testPlugins } from './test-setup'
import type { GraphElements } from '../lib/graph-elements'
import type { Ref } from 'vue'

// Cytoscape needs a real canvas: record what the component hands to the composable instead.
const seen: { elements?: Ref<GraphElements>; onSelect?: (id: number | null) => void } = {}
vi.mock('../composables/useCytoscape', () => ({
  useCytoscape: (_host: unknown, elements: Ref<GraphElements>, onSelect: (id: number | null) => void) => {
    seen.elements = elements
    seen.onSelect = onSelect
    return { reset: () => {}, fit: () => {} }
  },
}))

const { default: HeapGraph } = await import('./HeapGraph.vue')

describe('HeapGraph', () => {
  it('feeds the graph from the cursor and writes its text alternative', async () => {
    const { i18n, pinia } = testPlugins()
    const store = useTraceStore()
    store.load(makeCycleTrace())
    const wrapper = mount(HeapGraph, { global: { plugins: [i18n, pinia] } })
    store.toLine(5)
    store.stepForward()
    await wrapper.vm.$nextTick()
    const items = wrapper
      .get('[data-testid="graph-nodes"]')
      .findAll('li')
      .map((li) => li.text())
    expect(items).toContain('list [[...]] · refcnt 2 · gen 0')
    expect(items).toContain('module globals')
    expect(seen.elements!.value.edges.some((e) => e.label === '[0]')).toBe(true)
  })

  it('selects the object tapped in the graph', () => {
    const { i18n, pinia } = testPlugins()
    mount(HeapGraph, { global: { plugins: [i18n, pinia] } })
    seen.onSelect!(3)
    expect(useHeapViewStore().selectedId).toBe(3)
  })
})
