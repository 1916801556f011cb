// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import OutputConsole from './OutputConsole.vue'
import en from '../i18n/en'
import type { RunOutcome } from '@shared/api'

const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })

function outcome(partial: Partial<RunOutcome>): RunOutcome {
  return {
    runId: 'r',
    profile: '3.12',
    stdout: '',
    stderr: '',
    exitCode: 0,
    error: null,
    steps: 10,
    elapsedMs: 3.4,
    trace: null,
    ...partial,
  }
}

describe('OutputConsole', () => {
  it('shows stdout and stderr apart', () => {
    const wrapper = mount(OutputConsole, {
      props: {
        outcome: outcome({ stdout: 'out\n', stderr: 'ZeroDivisionError: division by zero\n', exitCode: 1 }),
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('[data-testid="stdout"]').text()).toBe('out')
    expect(wrapper.get('[data-testid="stderr"]').text()).toBe('ZeroDivisionError: division by zero')
    expect(wrapper.text()).toContain('exit code 1')
  })

  it('says why a run was stopped', () => {
    const wrapper = mount(OutputConsole, {
      props: {
        outcome: outcome({
          error: { type: 'StepBudgetExceeded', message: 'too many steps', line: 1, column: 1 },
        }),
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.text()).toContain('Stopped: StepBudgetExceeded')
    expect(wrapper.get('[data-testid="stop-message"]').text()).toContain('step budget')
    expect(wrapper.find('[data-testid="run-error"]').exists()).toBe(false)
  })

  it('shows a Python error with its line and column', () => {
    const wrapper = mount(OutputConsole, {
      props: {
        outcome: outcome({
          exitCode: 1,
          error: { type: 'SyntaxError', message: 'invalid syntax', line: 2, column: 7 },
        }),
      },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('[data-testid="run-error"]').text()).toBe(
      'SyntaxError at line 2, column 7: invalid syntax',
    )
  })
})
