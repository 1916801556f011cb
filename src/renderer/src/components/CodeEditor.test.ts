// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CodeEditor from './CodeEditor.vue'

const source = 'x = 1\ny = (\nprint(x)\n'

describe('CodeEditor', () => {
  it('is an editable, labelled Python editor that marks the current line and an error line', async () => {
    const wrapper = mount(CodeEditor, {
      props: { modelValue: source, label: 'Program', currentLine: 3, error: { line: 2, column: 5 } },
      attachTo: document.body,
    })
    const content = wrapper.get('.cm-content')
    expect(content.attributes('aria-label')).toBe('Program')
    expect(content.attributes('contenteditable')).toBe('true')
    // Python highlighting: the parser tagged `print` and the number.
    expect(wrapper.findAll('.cm-line span').length).toBeGreaterThan(0)
    await wrapper.setProps({ currentLine: 1 })
    expect(wrapper.get('[data-mark="current"]').text()).toBe('x = 1')
    expect(wrapper.get('[data-mark="error"]').text()).toBe('y = (')
    wrapper.unmount()
  })

  it('can be read-only, and follows the text it is given', async () => {
    const wrapper = mount(CodeEditor, {
      props: { modelValue: source, label: 'Program', readOnly: true },
      attachTo: document.body,
    })
    expect(wrapper.get('.cm-content').attributes('contenteditable')).toBe('false')
    await wrapper.setProps({ modelValue: 'print("hi")\n' })
    expect(wrapper.get('.cm-content').text()).toContain('print("hi")')
    expect(wrapper.find('.read-only').exists()).toBe(true)
    wrapper.unmount()
  })
})
