/**
 * Raising exceptions from native code (`PyErr_SetString`, `PyErr_Format` in Python/errors.c): make an
 * instance of the built-in exception type with `args == (message,)` and throw it as a PyError.
 *
 * Simplifications:
 * - Only the message is stored; CPython's extra attributes (KeyError's key is its single arg) follow args.
 */
import { decref, incref, type PyObject } from './object'
import { PyError, R } from './runtime'
import type { PyExc, PyTuple, PyType } from './types'

/** Make an exception instance of `t` with the given args (owned references). */
export function newExc(t: PyType, args: PyObject[]): PyExc {
  const e = R.instance(t) as PyExc
  setExcArgs(e, R.tuple(args))
  return e
}

/**
 * BaseException_init: `args` (owned) replaces the exception's args; on 2.7 a single argument also
 * becomes `message`, which holds a reference of its own.
 */
export function setExcArgs(e: PyExc, args: PyTuple): void {
  const old = e.args
  e.args = args
  if (old !== null) decref(old)
  if (R.profile.py2 && args.items.length === 1) {
    const m = e.message
    e.message = incref(args.items[0])
    if (m !== null) decref(m)
  }
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
