import { describe, expect, it } from 'vitest'
import recorded from './testdata/is-literal.json'
import calls from './testdata/call-literal.json'
import { runProgram } from '../index'

const source = recorded.source

// The expected stderr was recorded by running testdata/is-literal.py on each CPython (testdata/README.md).
describe('SyntaxWarning for `is` with a literal', () => {
  it.each(['3.10', '3.12', '3.13'] as const)('matches CPython %s', (profile) => {
    // CPython names the script by its absolute path; the simulator is given the bare name.
    const expected = recorded.stderr[profile].replace(/^\S*is-literal\.py:/gm, 'is-literal.py:')
    const result = runProgram(source, { profile, filename: 'is-literal.py' })
    expect(result.stderr).toBe(expected)
  })

  it('is not written on 2.7, which has no such warning', () => {
    expect(runProgram(source, { profile: '2.7', filename: 'is-literal.py' }).stderr).toBe('')
  })
})

describe('SyntaxWarning for calling a literal (a missing comma)', () => {
  it.each(['3.10', '3.12', '3.13'] as const)('matches CPython %s', (profile) => {
    const expected = calls.stderr[profile].replace(/^\S*call-literal\.py:/gm, 'call-literal.py:')
    expect(runProgram(calls.source, { profile, filename: 'call-literal.py' }).stderr).toBe(expected)
  })
})
