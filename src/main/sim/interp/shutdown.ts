/**
 * Interpreter shutdown (Py_FinalizeEx): what happens to the program's objects after its last statement,
 * so that `__del__` methods and weakref callbacks run then, as they do in CPython.
 *
 *   3.x  Python/pylifecycle.c `Py_FinalizeEx`: a full collection while everything is alive (only if
 *        the collector is enabled; it reorders the generation lists, as every collection does), then
 *        `finalize_modules`: every module leaves sys.modules and full collections
 *        (`_PyGC_CollectNoFail`, three of them) find `__main__`, its globals and everything only they
 *        reach unreachable, run their finalizers (PEP 442) in the collector's order, and clear them.
 *   2.7  Python/pythonrun.c `Py_Finalize`: a full collection, then Python/import.c `PyImport_Cleanup`:
 *        `__main__`'s globals are replaced by None in dict order — first the names that start with one
 *        underscore, then every name but `__builtins__` — so each object dies when its last name goes;
 *        cycles are left alone (with `__del__` they could not be collected anyway).
 *
 * Simplifications:
 * - Only `__main__` is finalized; the modules the program imported keep their state.
 * - Shutdown is not recorded in the trace: the timeline ends at the program's last statement.
 */
import { decref, type PyObject } from '../objects/object'
import { R } from '../objects/runtime'
import { dictSetStr, tableEntries } from '../objects/ops'
import { PyStr, type PyDict } from '../objects/types'

/** Finalize `__main__` (the module's reference to `globals` is given up). */
export function finalizeMain(globals: PyDict): void {
  R.untraced(() => {
    if (R.profile.py2) {
      // Py_Finalize: PyGC_Collect() while everything is alive, then PyImport_Cleanup.
      R.hooks.collect(2)
      clearGlobals27(globals)
    } else {
      // Py_FinalizeEx: _PyGC_CollectIfEnabled(), then finalize_modules: __main__ leaves sys.modules
      // and _PyGC_CollectNoFail() runs three times.
      if (R.gcEnabled) R.hooks.collect(2)
      decref(globals)
      for (let i = 0; i < 3; i++) R.hooks.collect(2)
    }
  })
}

function clearGlobals27(globals: PyDict): void {
  const names = (): string[] =>
    tableEntries<{ key: PyObject; value: PyObject }>(globals)
      .filter((e) => e.key instanceof PyStr && e.value !== R.None)
      .map((e) => (e.key as PyStr).value)
  for (const name of names())
    if (name.length > 1 && name[0] === '_' && name[1] !== '_') dictSetStr(globals, name, R.None)
  for (const name of names()) if (name !== '__builtins__') dictSetStr(globals, name, R.None)
}
