import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { main, type CliIo } from './index'

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: (path: string) => {
      if (!(path in files)) throw new Error('ENOENT: no such file')
      return files[path]
    },
  }
  return io
}

describe('pymem-lab run', () => {
  it('writes the program output to stdout', async () => {
    const io = fakeIo({ 'hello.py': 'print("hello")\n' })
    expect(await main(['run', 'hello.py', '--profile', '3.12'], io)).toBe(0)
    expect(io.out).toBe('hello\n')
    expect(io.err).toBe('')
  })

  it('writes an uncaught exception as a traceback naming the file, and exits 1', async () => {
    const io = fakeIo({ 'boom.py': 'print("before")\nx = 1 / 0\n' })
    expect(await main(['run', 'boom.py', '--profile', '3.12'], io)).toBe(1)
    expect(io.out).toBe('before\n')
    expect(io.err).toContain(`File "${resolve('boom.py')}", line 2, in <module>`)
    expect(io.err.trimEnd().split('\n').at(-1)).toBe('ZeroDivisionError: division by zero')
    const py2 = fakeIo({ 'boom.py': 'x = 1 / 0\n' })
    expect(await main(['run', 'boom.py', '--profile', '2.7'], py2)).toBe(1)
    expect(py2.err).toContain('File "boom.py", line 1, in <module>')
    expect(py2.err.trimEnd().split('\n').at(-1)).toBe('ZeroDivisionError: integer division or modulo by zero')
  })

  it('quotes the source line under each frame on 3.10, as CPython does for a script', async () => {
    const io = fakeIo({ 'boom.py': 'def f():\n    return 1 / 0\nf()\n' })
    expect(await main(['run', 'boom.py', '--profile', '3.10'], io)).toBe(1)
    expect(io.err).toBe(
      [
        'Traceback (most recent call last):',
        `  File "${resolve('boom.py')}", line 3, in <module>`,
        '    f()',
        `  File "${resolve('boom.py')}", line 2, in f`,
        '    return 1 / 0',
        'ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    )
  })

  it('says NotSupportedError for a construct outside the subset', async () => {
    const io = fakeIo({ 'async.py': 'async def f():\n    pass\n' })
    expect(await main(['run', 'async.py'], io)).toBe(1)
    expect(io.err).toMatch(/^NotSupportedError: .+ \(line 1\)/m)
  })

  it('refuses an old-style class on 2.7 rather than running it as a new-style one', async () => {
    const io = fakeIo({ 'old.py': 'class A:\n    pass\n' })
    expect(await main(['run', 'old.py', '--profile', '2.7'], io)).toBe(1)
    expect(io.err).toContain(
      "NotSupportedError: old-style class 'A' on 2.7 (write class A(object):) (line 1)",
    )
    const py3 = fakeIo({ 'old.py': 'class A:\n    pass\nprint(type(A()).__name__)\n' })
    expect(await main(['run', 'old.py', '--profile', '3.12'], py3)).toBe(0)
    expect(py3.out).toBe('A\n')
  })

  it('refuses an unknown profile', async () => {
    const io = fakeIo({ 'hello.py': 'print("hello")\n' })
    expect(await main(['run', 'hello.py', '--profile', '3.9'], io)).toBe(2)
    expect(io.err).toContain('--profile must be one of 2.7, 3.10, 3.12, 3.13')
  })

  it('says when the file cannot be read', async () => {
    const io = fakeIo({})
    expect(await main(['run', 'missing.py'], io)).toBe(2)
    expect(io.err).toContain('cannot read missing.py')
  })

  it('rejects unknown commands with usage', async () => {
    const io = fakeIo({})
    expect(await main(['frobnicate'], io)).toBe(2)
    expect(io.err).toContain("unknown command 'frobnicate'")
  })
})
