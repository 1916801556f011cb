import { describe, expect, it } from 'vitest'
import { runProgram } from '../index'
import { PROFILES } from '@shared/trace'

const CAP = 16 * 1024 * 1024

// Programs that would exhaust the real machine if the simulated-memory cap were only polled between
// statements: each must stop with MemoryBudgetExceeded, and quickly.
const RUNAWAYS: Record<string, string> = {
  'a list holding copies of itself': 'l = []\nwhile True:\n    l.append(l[:])\n',
  'one huge repetition': 'x = [0] * 10**9\n',
  'one huge list from an iterable': 'x = list(range(10**9))\n',
  'one huge string': 'x = "a" * 10**10\n',
}

describe('the simulated-memory cap', () => {
  for (const profile of PROFILES) {
    for (const [name, source] of Object.entries(RUNAWAYS)) {
      it(`stops ${name} (${profile})`, () => {
        const result = runProgram(source, { profile, maxBytes: CAP, maxSteps: 50_000_000 })
        expect(result.error?.type).toBe('MemoryBudgetExceeded')
        expect(result.exitCode).toBe(1)
        expect(result.stderr).toContain('MemoryBudgetExceeded')
      })
    }
    it(`lets a program under the cap run (${profile})`, () => {
      const result = runProgram('x = [0] * 100000\nprint(len(x))\n', { profile, maxBytes: CAP })
      expect(result.error).toBeNull()
      expect(result.stdout).toBe('100000\n')
    })
  }
})
