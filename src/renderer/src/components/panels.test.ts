// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import GcPanel from './GcPanel.vue'
import AllocatorPanel from './AllocatorPanel.vue'
import ObjectDetails from './ObjectDetails.vue'
import { useTraceStore } from '../stores/trace'
import { useHeapViewStore } from '../stores/heap-view'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { testPlugins } from './test-setup'

function setup() {
  const plugins = testPlugins()
  const store = useTraceStore()
  store.load(makeCycleTrace())
  return { global: { plugins: [plugins.i18n, plugins.pinia] }, store }
}

describe('GcPanel', () => {
  it('shows each generation against its threshold, the phase, and the log of collections', async () => {
    const { global, store } = setup()
    const wrapper = mount(GcPanel, { global })
    store.toNextCollection()
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="gc-gen-0"]').text()).toContain('5 / 2000')
    expect(wrapper.get('[data-testid="gc-phase"]').text()).toBe('Now: copy refcounts into gc_refs')
    expect(wrapper.text()).toContain('No collection has run yet.')
    store.toEnd()
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="gc-log"]').text()).toMatch(
      /generation 2, 3 unreachable, 0 uncollectable/,
    )
    expect(wrapper.find('[data-testid="gc-phase"]').exists()).toBe(false)
  })
})

describe('AllocatorPanel', () => {
  it('draws pools coloured by state with their blocks in use, and the size-class table', async () => {
    const { global, store } = setup()
    const wrapper = mount(AllocatorPanel, { global })
    store.toNextCollection()
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="pool-0-1"]').attributes('aria-label')).toBe(
      'Pool 1: size class 6 (56-byte blocks), partly used, 3 of 290 blocks in use',
    )
    await wrapper.get('[data-testid="pool-0-1"]').trigger('click')
    expect(wrapper.findAll('.alloc-block')).toHaveLength(290)
    expect(wrapper.findAll('.alloc-block[style]')).toHaveLength(3)
    expect(wrapper.get('[data-testid="size-classes"]').text()).toContain('56 B')
    store.toEnd()
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="pool-0-1"]').classes()).toContain('pool-empty')
    expect(wrapper.findAll('.alloc-block[style]')).toHaveLength(0)
  })

  it('says when the trace has no block-level view', () => {
    testPlugins()
    const wrapper = mount(AllocatorPanel, { global: { plugins: [testPlugins().i18n] } })
    expect(wrapper.text()).toContain('no block-level view')
  })
})

describe('ObjectDetails', () => {
  it('lists the referrers, size, plainly simulated address, size class and generation', async () => {
    const { global, store } = setup()
    store.toLine(5)
    store.stepForward()
    const list = store.heapAtCursor.objects.find((o) => o.type === 'list')!
    useHeapViewStore().select(list.id)
    const wrapper = mount(ObjectDetails, { global })
    expect(wrapper.get('[data-testid="detail-refcnt"]').text()).toBe('2')
    expect(
      wrapper
        .get('[data-testid="referrers"]')
        .findAll('li')
        .map((li) => li.text()),
    ).toEqual(['name l in make_cycle', 'list [[...]] via [0]'])
    expect(wrapper.text()).toContain('Simulated address')
    expect(wrapper.text()).toContain('model-only')
    expect(wrapper.text()).toContain('class 6 (56-byte blocks)')
    store.toEnd()
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('no longer exists')
  })
})
