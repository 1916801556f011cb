/**
 * Raising exceptions from native code (`PyErr_SetString`, `PyErr_Format` in Python/errors.c): make an
 * instance of the built-in exception type with `args == (message,)` and throw it as a PyError.
 *
 * Simplifications:
 * - Only the message is stored; CPython's extra attributes (KeyError's key is its single arg) follow args.
 */
import type { PyObject } from './object'
import { PyError, R } from './runtime'
import type { PyExc, PyType } from './types'

/** Make an exception instance of `t` with the given args (owned references). */
export function newExc(t: PyType, args: PyObject[]): PyExc {
  const e = R.instance(t) as PyExc
  e.args = R.tuple(args)
  return e
}

/**
 * Exceptions raised by native code with a message (PyErr_SetString). 2.7 keeps such an exception
 * unnormalised — type and message string, no instance yet — so PyErr_WriteUnraisable prints the
 * message's repr where a Python-raised exception prints the instance's.
 */
export const nativeMessage = new WeakMap<PyExc, string>()

/** Raise `typeName(message)`. */
export function raise(typeName: string, message: string | null): never {
  const t = R.E[typeName]
  if (t === undefined) throw new Error('unknown exception type ' + typeName)
  const e = newExc(t, message === null ? [] : [R.str(message)])
  if (message !== null) nativeMessage.set(e, message)
  throw new PyError(e)
}

/** Raise `typeName(obj)` with an object argument (KeyError(key), StopIteration(value)); steals `arg`. */
export function raiseWith(typeName: string, arg: PyObject): never {
  throw new PyError(newExc(R.E[typeName], [arg]))
}
