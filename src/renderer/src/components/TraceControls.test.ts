// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TraceControls from './TraceControls.vue'
import TimelineScrubber from './TimelineScrubber.vue'
import { useTraceStore } from '../stores/trace'
import { makeCycleTrace } from '../fixtures/make-cycle'
import { testPlugins } from './test-setup'

describe('TraceControls', () => {
  it('names every control and disables them without a trace', () => {
    const { i18n, pinia } = testPlugins()
    const wrapper = mount(TraceControls, { global: { plugins: [i18n, pinia] } })
    for (const button of wrapper.findAll('button')) {
      expect(button.attributes('aria-label') ?? button.text(), button.html()).not.toBe('')
      expect(button.attributes('disabled')).toBeDefined()
    }
    expect(wrapper.find('[data-testid="trace-position"]').exists()).toBe(false)
  })

  it('steps, jumps and describes the step', async () => {
    const { i18n, pinia } = testPlugins()
    const store = useTraceStore()
    store.load(makeCycleTrace())
    const wrapper = mount(TraceControls, { global: { plugins: [i18n, pinia] } })
    expect(wrapper.get('[data-testid="trace-position"]').text()).toContain(`Step 1 of ${store.length}`)
    await wrapper.get('button[aria-label="Step forward"]').trigger('click')
    expect(store.cursor).toBe(1)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next deallocation')!
      .trigger('click')
    expect(wrapper.get('[data-testid="step-description"]').text()).toBe('A list object is freed')
    await wrapper.get('button[aria-label="Go to the last step"]').trigger('click')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next collection')!
      .trigger('click')
    expect(wrapper.text()).toContain('Not found after this step.')
  })

  it('the scrubber moves the cursor', async () => {
    const { i18n, pinia } = testPlugins()
    const store = useTraceStore()
    store.load(makeCycleTrace())
    const wrapper = mount(TimelineScrubber, { global: { plugins: [i18n, pinia] } })
    const range = wrapper.get('input[type="range"]')
    expect(range.attributes('aria-label')).toBe('Timeline')
    await range.setValue('7')
    expect(store.cursor).toBe(7)
    expect(wrapper.findAll('.mark-free')).toHaveLength(3)
    expect(wrapper.findAll('.mark-gc')).toHaveLength(1)
  })
})
