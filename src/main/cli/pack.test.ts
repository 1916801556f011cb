import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from './index'

function io(): {
  out: string
  err: string
  stdout: (t: string) => void
  stderr: (t: string) => void
  readFile: (p: string) => string
} {
  const o = {
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readFile: (p: string) => readFileSync(p, 'utf8'),
  }
  return o
}

describe('pymem-lab pack', () => {
  it('new writes a starter pack that validate and check accept', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pymem-cli-')), 'my-pack')
    const a = io()
    expect(await main(['pack', 'new', dir], a)).toBe(0)
    const b = io()
    expect(await main(['pack', 'validate', dir], b)).toBe(0)
    expect(b.out).toBe('')
    expect(b.err).toContain('1 of 1 exercises valid, 0 error(s)')
    const c = io()
    expect(await main(['pack', 'check', dir], c)).toBe(0)
    expect(c.err).toContain('2 exercise run(s) on the simulator')
    expect(await main(['pack', 'new', dir], io())).toBe(2)
  })

  it('validate prints every problem as file:line:column: message and exits 1', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pymem-cli-')), 'broken')
    await main(['pack', 'new', dir], io())
    const file = join(dir, 'first-refcount.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('    after: 3', '    after: 0')
        .replace('kind: value', 'kind: valeu'),
    )
    const a = io()
    expect(await main(['pack', 'validate', dir], a)).toBe(1)
    expect(a.out.trim().split('\n')).toEqual([
      'first-refcount.yaml:16:12: line 0 is outside the code (it has 4 lines)',
      "first-refcount.yaml:31:15: unknown question kind 'valeu': kinds are output, refcount, collect, alive, order, garbage, value, choice",
    ])
  })

  it('check reports an expect the simulator disagrees with, at the expect', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pymem-cli-')), 'wrong')
    await main(['pack', 'new', dir], io())
    const file = join(dir, 'first-refcount.yaml')
    // An expect no profile can give: getrefcount never reports 0 for a live object.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '        expression: a\n',
        '        expression: a\n        expect: 0\n',
      ),
    )
    const a = io()
    expect(await main(['pack', 'check', dir], a)).toBe(1)
    expect(a.out).toMatch(
      /^first-refcount\.yaml:21:17: \[3\.12\] expect says 0 but the simulator gives \d+$/m,
    )
    expect(a.out).toMatch(/^first-refcount\.yaml:21:17: \[2\.7\] expect says 0 but the simulator gives \d+$/m)
  })

  it('refuses unknown sub-commands and a --python that is not a lab CPython', async () => {
    expect(await main(['pack', 'frobnicate'], io())).toBe(2)
    const a = io()
    expect(await main(['pack', 'check', 'exercises/core', '--python', '/bin/false'], a)).toBe(2)
    expect(a.err).toContain('is not a CPython of 2.7, 3.10, 3.12, 3.13')
  })

  it('schema prints the JSON Schema of the format', async () => {
    const a = io()
    expect(await main(['pack', 'schema'], a)).toBe(0)
    expect(JSON.parse(a.out).$defs.exercise.required).toEqual(['id', 'title', 'code', 'checkpoints'])
  })
})
