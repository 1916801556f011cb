/**
 * sys.stdout and sys.stderr: the text streams `print` writes to (3.x Modules/_io/textio.c
 * `_io.TextIOWrapper`; 2.7 Objects/fileobject.c `file`), with the methods programs call on them
 * directly: `write` and `flush`.
 *
 * Simplifications:
 * - Output goes to the run's captured stdout/stderr; there is no buffering, encoding or `fileno`.
 * - The streams are objects of the interpreter's start-up: their memory is not simulated.
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise } from '../objects/errors'
import { PyInstance, PyStr, type PyType } from '../objects/types'
import { writeOut } from './builtins'
import { defineMethod } from './methods'

/** The two streams, with `write`/`flush` defined on their type. */
export function makeStreams(): { stdout: PyObject; stderr: PyObject } {
  const t = R.T.textio
  defineMethod(t, 'write', (a, _k, self) => {
    if (a.length !== 1) raise('TypeError', `write() takes exactly one argument (${a.length} given)`)
    const s = a[0]
    if (!(s instanceof PyStr) || s.type === R.T.bytes)
      raise(
        'TypeError',
        R.profile.py2
          ? 'expected a string or other character buffer object'
          : `write() argument must be str, not ${s.type.name}`,
      )
    writeOut(s.value, self === streams.stderr)
    // 3.x returns the number of characters written; 2.7's file.write returns None.
    return R.profile.py2 ? incref(R.None) : R.int([...s.value].length)
  })
  defineMethod(t, 'flush', () => incref(R.None))
  const streams = { stdout: stream(t), stderr: stream(t) }
  return streams
}

function stream(t: PyType): PyObject {
  const o = new PyInstance(t)
  o.refcnt = 1 << 20
  return o
}
