// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CompareTable from './CompareTable.vue'
import { diffOutputs } from '../lib/output-diff'
import { testPlugins } from './test-setup'
import type { RunOutcome } from '@shared/api'

const outcome = (profile: RunOutcome['profile'], stdout: string): RunOutcome => ({
  runId: profile,
  profile,
  stdout,
  stderr: '',
  exitCode: 0,
  error: null,
  steps: 1,
  elapsedMs: 1,
  trace: null,
})

describe('CompareTable', () => {
  it('highlights the lines where profiles differ', () => {
    const outcomes = [
      outcome('2.7', 'a\n4\n'),
      outcome('3.10', 'a\n4\n'),
      outcome('3.12', 'a\n3\n'),
      outcome('3.13', 'a\n3\n'),
    ]
    const wrapper = mount(CompareTable, {
      props: { outcomes, rows: diffOutputs(outcomes) },
      global: { plugins: [testPlugins().i18n] },
    })
    expect(wrapper.get('[data-testid="compare-summary"]').text()).toBe('1 line differs between profiles.')
    const differing = wrapper.findAll('tr.differs')
    expect(differing).toHaveLength(1)
    expect(differing[0].findAll('td').map((td) => td.text())).toEqual(['4', '4', '3', '3'])
  })
})
