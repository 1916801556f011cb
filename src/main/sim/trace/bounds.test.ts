import { describe, expect, it } from 'vitest'
import { runProgram } from '../index'
import { MAX_VIEW_BYTES } from './recorder'

describe('trace bounds', () => {
  it('stops recording a program whose every step touches every object, and says so', () => {
    // l[:] increfs every list in l, so each step changes all of them: views would grow quadratically.
    const result = runProgram('l = []\nwhile True:\n    l.append(l[:])\n', {
      profile: '3.12',
      trace: 'full',
      maxBytes: 16 * 1024 * 1024,
    })
    expect(result.error?.type).toBe('MemoryBudgetExceeded')
    expect(result.trace?.truncated).toBe(true)
    expect(JSON.stringify(result.trace).length).toBeLessThan(1.5 * MAX_VIEW_BYTES)
  })
})
