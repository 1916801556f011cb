/**
 * The roots of the heap graph: the module's globals (as the frame `<module>`) and every active
 * function frame with its local variable names, outermost first, as `sys._getframe()`'s `f_back`
 * chain read backwards. A frame holds one reference to each local's object (`f_localsplus` in
 * CPython's frame, Include/internal/pycore_frame.h), and for a variable captured by an inner
 * function it holds the *cell* (MAKE_CELL), not the value, so such a name points at its cell.
 *
 * Simplifications:
 * - The module's globals dict is not drawn as an object: its entries are the `<module>` frame's
 *   variables, less the ones the interpreter put there before the program ran (`__name__`,
 *   `__builtins__`, `__doc__`, …).
 * - A class body shows as a frame named after the class whose variables are its namespace.
 * - A resumed generator's frame chain is the one it was created in (the simulator keeps no other).
 */
import type { FrameView } from '@shared/trace'
import type { PyObject } from '../objects/object'
import { PyStr } from '../objects/types'
import type { Frame } from '../interp/frame'

/** One frame variable: a name and the object it refers to. */
export interface FrameVar {
  name: string
  target: PyObject
}

/** Variables of frame `f`: the module's globals, a class body's namespace, or a function's locals and cells. */
export function frameVars(f: Frame, skipGlobals: ReadonlySet<string>): FrameVar[] {
  const vars: FrameVar[] = []
  if (f.ns !== null) {
    for (const e of f.ns.map.values())
      if (e.key instanceof PyStr && e.key.value !== '__module__' && e.key.value !== '__qualname__')
        vars.push({ name: e.key.value, target: e.value })
    return vars
  }
  if (f.func === null) {
    for (const e of f.globals.map.values())
      if (e.key instanceof PyStr && !skipGlobals.has(e.key.value))
        vars.push({ name: e.key.value, target: e.value })
    return vars
  }
  const code = f.code
  const byName = new Map<string, PyObject>()
  for (let i = 0; i < f.locals.length; i++) {
    const v = f.locals[i]
    if (v !== null) byName.set(code.varnames[i] ?? `#${i}`, v)
  }
  // Cells after locals: a parameter captured by an inner function lives in its cell (MAKE_CELL).
  for (let i = 0; i < f.cells.length; i++) {
    const name = i < code.ncells ? code.cellvars[i] : code.freevars[i - code.ncells]
    byName.set(name ?? `#cell${i}`, f.cells[i])
  }
  for (const [name, target] of byName) vars.push({ name, target })
  return vars
}

/** The active frames from the outermost (`<module>`) to `top`; finished frames are skipped. */
export function frameChain(top: Frame | null): Frame[] {
  const chain: Frame[] = []
  for (let f = top; f !== null; f = f.back) if (!f.finished) chain.push(f)
  return chain.reverse()
}

/** Name of a frame as the graph shows it. */
export function frameName(f: Frame): string {
  return f.func === null && f.ns === null ? '<module>' : f.code.name
}

/** Frame views from the chain and each frame's variables (already computed, same order). */
export function frameViews(chain: readonly Frame[], vars: readonly FrameVar[][]): FrameView[] {
  return chain.map((f, i) => ({
    name: frameName(f),
    line: f.line,
    vars: vars[i].map((v) => ({ name: v.name, target: v.target.handle })),
  }))
}
