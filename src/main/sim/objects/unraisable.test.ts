import { describe, expect, it } from 'vitest'
import { runProgram } from '../index'

// The first stderr line CPython writes when __del__ raises (recorded from 2.7.18 and 3.12.1 with the
// program below; addresses normalised).
const PROGRAM =
  'class Bad(object):\n    def __del__(self):\n        raise RuntimeError("boom")\nb = Bad()\ndel b\n'
const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x?')

describe('an exception in __del__ is reported as unraisable', () => {
  it('on 2.7, as one line naming the bound method', () => {
    const r = runProgram(PROGRAM, { profile: '2.7' })
    expect(norm(r.stderr)).toBe(
      "Exception RuntimeError: RuntimeError('boom',) in <bound method Bad.__del__ of <__main__.Bad object at 0x?>> ignored\n",
    )
    expect(r.exitCode).toBe(0)
  })

  it('on 3.x, naming the function, then the traceback', () => {
    const r = runProgram(PROGRAM, { profile: '3.12' })
    const lines = norm(r.stderr).split('\n')
    expect(lines[0]).toBe('Exception ignored in: <function Bad.__del__ at 0x?>')
    expect(lines[1]).toBe('Traceback (most recent call last):')
    expect(lines.at(-2)).toBe('RuntimeError: boom')
    expect(r.exitCode).toBe(0)
  })
})
