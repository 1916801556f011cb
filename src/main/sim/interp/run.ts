/**
 * Setting up and running one program: a fresh Runtime (types, singletons, builtins, modules) for the
 * profile, the `__main__` module dict, compilation, and execution of the module body, with uncaught
 * exceptions formatted the way CPython's `PyErr_Print` does ("Traceback (most recent call last):").
 *
 * Simplifications:
 * - Interpreter shutdown does not finalize module globals (CPython clears `__main__` and runs a last GC).
 */
import { PyObject, decref, incref, resetHandles } from '../objects/object'
import { PyError, R, Runtime, setRuntime, StopRun } from '../objects/runtime'
import { bootstrap } from '../objects/bootstrap'
import '../objects/dealloc'
import { lookupType, typeModified } from '../objects/lookup'
import { excStr, getAttrOrNull, repr, setGeneratorHook, dictSetStr, strRepr, truthy } from '../objects/ops'
import { setTruthy, setTrueDivision } from '../objects/number'
import {
  storageMaps,
  type DictEntry,
  type DictKey,
  PyDict,
  PyExc,
  PyInstance,
  PyModule,
  PyNative,
  PyTraceback,
  PyWeakref,
  PyType,
} from '../objects/types'
import type { Module } from '../parse/ast'
import type { Profile } from '../profiles'
import { call, ctl, setGeneratorMaker, setLookupCall, setTypeCaller } from './call'
import { callType, makeClass, resetCtors } from './classes'
import { installBuiltins, superGetAttr, writeOut } from './builtins'
import { installMethods } from './methods'
import { assignCallingConventions, assignTypeCallConventions } from './calling-conventions'
import { installGetsets } from './getsets'
import { installExceptionMethods } from './exc-methods'
import { makeModules, weakrefCall } from './modules'
import { makeGenerator, genNext, installGeneratorMethods } from './gen'
import { compileModule, makeCtx, inlineListComp } from './compile'
import { setClassMaker, setFutureImporter, setImporter } from './compile-stmt'
import { Frame } from './frame'
import { frameAllocated } from './frame-memory'
import { resetExcInfo } from './exc-info-py2'
import { collect } from '../gc/collect'
import { proxyCall, runFinalizersAtExit } from '../gc/weakref'
import { moduleImported } from '../gc/import-garbage'
import { applyStartup } from '../gc/startup'
import { LoggedMap } from '../objects/table-order'
import { finalizeMain } from './shutdown'
import type { CodeInfo } from '../objects/types'
import { budget } from './budget'

export interface Session {
  /** Called once the program's last statement has run, before interpreter shutdown (e.g. to end a trace). */
  beforeShutdown?: () => void
  rt: Runtime
  builtins: PyDict
  globals: PyDict
  modules: Map<string, PyModule>
}

export function createSession(profile: Profile, printFunction: boolean, trueDivision: boolean): Session {
  resetHandles()
  resetCtors()
  typeModified()
  const rt = new Runtime(profile)
  setRuntime(rt)
  // 2.7 iterates dicts and sets in table order, which depends on their history of inserts and deletes.
  storageMaps.dict = profile.py2
    ? () => new LoggedMap<DictKey, DictEntry>((e) => e.key, 'table27')
    : () => new Map()
  storageMaps.set = () => new LoggedMap<DictKey, PyObject>((v) => v, profile.py2 ? 'table27' : 'set3')
  bootstrap(rt)
  rt.hooks = {
    call: (c, args) => call(c, args, null, false),
    unraisable: (err, where) => {
      const e = err.exc
      const msg = excStr(e)
      // 2.7's PyErr_WriteUnraisable writes one line and no traceback.
      const native = nativeMessage.get(e)
      if (rt.profile.py2)
        rt.stderr.push(
          `Exception ${e.type.name}: ${native !== undefined ? strRepr(native) : repr(e)} in ${where} ignored\n`,
        )
      else
        rt.stderr.push(
          `Exception ignored in: ${where}\n${formatTraceback(e)}${e.type.name}${msg ? ': ' + msg : ''}\n`,
        )
      decref(e)
    },
    collect: (g) => collect(g),
  }
  setTruthy(truthy)
  setTrueDivision(trueDivision)
  setTypeCaller((t, args, kw, site) => callType(t, args, kw, site))
  setLookupCall((o) => {
    if (o instanceof PyWeakref) {
      if (o.type === R.T.weakcallableproxy) return proxyCallFn
      return o.type === R.T.weakproxy ? null : weakrefCallFn
    }
    return lookupType(o.type, '__call__')
  })
  setGeneratorMaker(makeGenerator)
  setGeneratorHook(genNext)
  setClassMaker((name, bases, ns, f) => makeClass(name, bases, ns, f))
  installMethods()
  installGetsets()
  installGeneratorMethods()
  installExceptionMethods()
  const builtins = new PyDict(R.T.dict)
  builtins.refcnt = 1 << 30
  installBuiltins(builtins, printFunction)
  assignCallingConventions(builtins)
  assignTypeCallConventions()
  const modules = makeModules()
  setImporter((name) => {
    const m = modules.get(name)
    if (m === undefined) raiseImport(name)
    moduleImported(name, (loaded) => {
      // A module loaded for the first time keeps references to modules it imports (Profile.importRefs).
      for (const [target, n] of Object.entries(R.profile.importRefs[loaded] ?? {})) {
        const held = modules.get(target)
        if (held !== undefined) for (let i = 0; i < n; i++) incref(held)
      }
    })
    return incref(m)
  })
  setFutureImporter(() => moduleImported('__future__'))
  // super() objects and weakrefs need attribute/call behaviour beyond the generic protocol
  superHook()
  const weakrefCallFn = (() => {
    const b = new (builtinCtor())(
      R.T.builtin_function_or_method,
      '__call__',
      (a: PyObject[]) => weakrefCall(a[0] as PyWeakref),
      null,
    )
    b.refcnt = 1 << 30
    return b
  })()
  const proxyCallFn = (() => {
    const b = new (builtinCtor())(R.T.builtin_function_or_method, '__call__', proxyCall, null)
    b.refcnt = 1 << 30
    return b
  })()
  // __main__'s dict in CPython's insertion order (PyModule_New / module_init_dict, then initmain): the
  // order fixes 2.7's table layout, which decides the order of shutdown's cleanup.
  const globals = R.dict()
  const mainName = R.intern('__main__')
  dictSetStr(globals, '__name__', mainName)
  decref(mainName)
  dictSetStr(globals, '__doc__', R.None)
  dictSetStr(globals, '__package__', R.None)
  if (!profile.py2) {
    dictSetStr(globals, '__loader__', R.None)
    dictSetStr(globals, '__spec__', R.None)
    const ann = R.dict()
    dictSetStr(globals, '__annotations__', ann)
    decref(ann)
  }
  const bi = new PyModule(R.T.module, 'builtins', builtins)
  bi.refcnt = 1 << 20
  dictSetStr(globals, '__builtins__', bi)
  return { rt, builtins, globals, modules }
}

import { PyBuiltin } from '../objects/types'
function builtinCtor(): typeof PyBuiltin {
  return PyBuiltin
}

import { nativeMessage, raise } from '../objects/errors'
function raiseImport(name: string): never {
  // 3.6+ raises the ImportError subclass ModuleNotFoundError for a module that does not exist.
  if (R.profile.py2) raise('ImportError', `No module named ${name}`)
  raise('ModuleNotFoundError', `No module named '${name}'`)
}

import { setSuperHook } from '../objects/hooks'
function superHook(): void {
  setSuperHook((o, name) =>
    o instanceof PyNative && o.type === R.T.super ? superGetAttr(o, name) : undefined,
  )
}

export function moduleCode(): CodeInfo {
  return {
    name: '<module>',
    firstLine: 1,
    nlocals: 0,
    argcount: 0,
    kwonly: [],
    varargs: false,
    varkw: false,
    paramNames: [],
    cellParamSlots: [],
    ncells: 0,
    nfree: 0,
    cellvars: [],
    freevars: [],
    varnames: [],
    isGenerator: false,
    run: null,
  }
}

export interface RunOutcome {
  exitCode: number
  error: { type: string; message: string; line: number | null } | null
}

/** Format the traceback lines (without the final "Type: message" line). */
export function formatTraceback(e: PyExc): string {
  let out = ''
  const tbs: PyTraceback[] = []
  for (let t = e.traceback; t !== null; t = t.next) tbs.push(t)
  if (tbs.length === 0) return ''
  out += 'Traceback (most recent call last):\n'
  for (const t of tbs) {
    const fr = ((t.frame as PyNative).extra as { frame: Frame }).frame
    out += `  File "${R.filename}", line ${t.line}, in ${fr.code.name}\n`
    // 3.11+ also draw carets under the failing expression, which needs column ranges the simulator does
    // not keep; so only 2.7 and 3.10 quote the source line.
    const text = R.sourceLines?.[t.line - 1]?.trim()
    if (text && (R.profile.py2 || R.profile.version[1] <= 10)) out += `    ${text}\n`
  }
  return out
}

/** Py_FinalizeEx's first step: the atexit callbacks (weakref.finalize's `_exitfunc`). */
function atExit(): void {
  try {
    runFinalizersAtExit()
  } catch (e) {
    if (!(e instanceof PyError)) throw e
    decref(e.exc)
  }
}

/**
 * The rest of Py_FinalizeEx for the program's objects (interp/shutdown.ts). A budget or Cancel that
 * stops a finalizer here ends the run with that error.
 */
function shutdown(sess: Session, outcome: RunOutcome, line: number): RunOutcome {
  try {
    sess.beforeShutdown?.()
    finalizeMain(sess.globals)
  } catch (e) {
    if (e instanceof PyError) decref(e.exc)
    else if (e instanceof StopRun && e.kind !== 'SystemExit')
      return { exitCode: 1, error: { type: e.kind, message: e.message, line } }
    else if (!(e instanceof StopRun)) throw e
  }
  return outcome
}

export function runModule(sess: Session, mod: Module): RunOutcome {
  const ctx = makeCtx(mod.scope as NonNullable<Module['scope']>, sess.builtins, mod.trueDivision)
  ;(ctx as unknown as { inlineComp: typeof inlineListComp }).inlineComp = inlineListComp
  const body = compileModule(mod, ctx)
  const f = new Frame(moduleCode(), sess.globals, null, null)
  ctl.current = f
  budget.current = f
  R.depth = 1
  // PyRun_SimpleFileExFlags: __file__ (and 3.x __cached__) just before the program runs.
  const file = R.str(R.filename)
  dictSetStr(sess.globals, '__file__', file)
  decref(file)
  if (!R.profile.py2) dictSetStr(sess.globals, '__cached__', R.None)
  try {
    applyStartup(mod)
    // 2.7/3.10: PyEval_EvalCode makes the module's frame, a heap object (interp/frame-memory.ts).
    f.block = frameAllocated(f.code)
    body(f)
    // The module's frame returns (2.7 reset_exc_info: an exception it caught stops being current).
    resetExcInfo(f)
    atExit()
    return shutdown(sess, { exitCode: 0, error: null }, f.line)
  } catch (e) {
    if (e instanceof PyError) {
      const exc = e.exc
      resetExcInfo(f)
      if (
        exc.traceback === null ||
        ((exc.traceback.frame as PyNative).extra as { frame: Frame }).frame !== f
      ) {
        const fo = f.object()
        const tb = R.born(new PyTraceback(R.T.traceback, exc.traceback, incref(fo), f.line), 'other', true)
        exc.traceback = tb
      }
      const line = f.line
      const msg = excStr(exc)
      let chain = ''
      if (!R.profile.py2 && exc.context !== null && !exc.suppressContext) {
        const c = exc.context
        const cm = excStr(c)
        chain =
          formatTraceback(c) +
          `${c.type.name}${cm ? ': ' + cm : ''}\n\nDuring handling of the above exception, another exception occurred:\n\n`
      }
      // 2.7 and 3.10 print a user exception class with its module (`__main__.Oops`); 3.12+ does not.
      const tname =
        exc.type.builtin || R.profile.version[1] >= 12 ? exc.type.name : '__main__.' + exc.type.name
      writeOut(chain + formatTraceback(exc) + `${tname}${msg ? ': ' + msg : ''}\n`, true)
      const info = { type: exc.type.name, message: msg, line }
      decref(exc)
      atExit()
      return shutdown(sess, { exitCode: 1, error: info }, f.line)
    }
    if (e instanceof StopRun) {
      if (e.kind === 'SystemExit') {
        atExit()
        return shutdown(sess, { exitCode: e.code, error: null }, f.line)
      }
      return { exitCode: 1, error: { type: e.kind, message: e.message, line: f.line } }
    }
    throw e
  } finally {
    ctl.current = null
  }
}

export { PyInstance, PyType, getAttrOrNull, repr }
