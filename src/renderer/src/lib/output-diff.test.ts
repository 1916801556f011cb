import { describe, expect, it } from 'vitest'
import { diffOutputs, differingRows } from './output-diff'

describe('diffOutputs', () => {
  it('marks the lines where profiles disagree', () => {
    const rows = diffOutputs([
      { profile: '2.7', stdout: 'start\n4\nend\n' },
      { profile: '3.10', stdout: 'start\n4\nend\n' },
      { profile: '3.12', stdout: 'start\n3\nend\n' },
      { profile: '3.13', stdout: 'start\n3\nend\n' },
    ])
    expect(rows.map((r) => r.same)).toEqual([true, false, true])
    expect(rows[1].cells.map((c) => c.text)).toEqual(['4', '4', '3', '3'])
    expect(differingRows(rows)).toBe(1)
  })

  it('counts a missing line as a difference', () => {
    const rows = diffOutputs([
      { profile: '3.12', stdout: 'a\nb\n' },
      { profile: '3.13', stdout: 'a\n' },
    ])
    expect(rows[1]).toEqual({
      line: 2,
      cells: [
        { profile: '3.12', text: 'b' },
        { profile: '3.13', text: null },
      ],
      same: false,
    })
  })

  it('gives no rows when nothing was printed, and keeps blank lines', () => {
    expect(diffOutputs([{ profile: '3.12', stdout: '' }])).toEqual([])
    expect(diffOutputs([{ profile: '3.12', stdout: '\n' }])).toHaveLength(1)
  })
})
