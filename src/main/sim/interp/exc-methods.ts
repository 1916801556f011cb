/**
 * Methods of BaseException that programs call through the class: `Exception.__init__(self, msg)`, the
 * Python 2 idiom for a subclass's constructor (Objects/exceptions.c `BaseException_init`, which replaces
 * `self.args` with the arguments).
 */
import { PyObject, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { raise, setExcArgs } from '../objects/errors'
import { PyBuiltin, PyExc } from '../objects/types'

export function installExceptionMethods(): void {
  const t = R.E.BaseException
  const init = new PyBuiltin(
    R.T.builtin_function_or_method,
    '__init__',
    (args, _kw, self) => {
      if (!(self instanceof PyExc))
        raise(
          'TypeError',
          `descriptor '__init__' requires a 'BaseException' object but received a '${(self as PyObject).type.name}'`,
        )
      setExcArgs(self, R.tuple(args.map((x) => incref(x))))
      return incref(R.None)
    },
    null,
  )
  init.refcnt = 1 << 30
  init.isMethod = true
  init.owner = t
  t.dict.map.set('__init__', { key: R.intern('__init__'), value: init })
}
