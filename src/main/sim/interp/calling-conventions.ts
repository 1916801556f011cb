/**
 * How a call reaches a C function, per profile: the hidden GC allocations of calling a builtin.
 *
 * CPython declares each builtin function and method with a calling convention (its PyMethodDef flags:
 * Python/bltinmodule.c `builtin_methods`, Objects/listobject.c `list_methods`, dictobject.c `mapp_methods`,
 * setobject.c `set_methods`, unicodeobject.c `unicode_methods`, 2.7 stringobject.c `string_methods`,
 * tupleobject.c `tuple_methods`; Argument Clinic's `clinic/*.c.h` files spell out METH_O / METH_FASTCALL):
 *
 *   METH_VARARGS            the positional arguments travel in a new tuple (3.x `_PyObject_MakeTpCall` /
 *                           `method_vectorcall_VARARGS`; 2.7 `call_function` -> `load_args`); none for no
 *                           arguments (the shared empty tuple)
 *   METH_VARARGS|KEYWORDS   3.x: keywords also travel in a new dict (`_PyStack_AsDict`)
 *   METH_O, METH_NOARGS, METH_FASTCALL, vectorcall    nothing
 *
 * 2.7 has no vectorcall: a call with keywords to anything but a Python function goes through `do_call`,
 * which builds the keyword dict (`update_keyword_args`) and the argument tuple whatever the flags. A method
 * taken from its type and called (`str.upper(s)`) goes through `do_call` too, then `methoddescr_call` slices
 * the arguments after self into another tuple and binds a builtin method object for the call.
 *
 * Each builtin gets its convention once, at start-up (`PyBuiltin.conv`); a call tests that field only. The
 * tuple and dict are real objects of the simulator (free lists, generation-0 count, addresses), released
 * right after the call: 3.x frees the tuple first, 2.7 the tuple then the dict (made in the other order).
 *
 * Simplifications:
 * - Builtins not in the table (modules' functions, weak containers' methods) build nothing; the gc module
 *   models its own (gc/module.ts).
 * - 2.7's C callers build their own argument tuples (`callFromC`); only sorted/list.sort/min/max's key,
 *   filter's predicate and map use it. Special methods called from C (slot_tp_*) do not.
 */
import { PyObject, decref, incref } from '../objects/object'
import { R } from '../objects/runtime'
import { dictSetStr } from '../objects/ops'
import { PyBuiltin, PyDict, PyType } from '../objects/types'
import { call } from './call'

/** `PyBuiltin.conv` bits. */
export const ARGS_TUPLE = 1
export const KWARGS_DICT = 2

/**
 * Per builtin, its convention on 2.7, 3.10, 3.12 and 3.13: `-` nothing (METH_O, METH_NOARGS, METH_FASTCALL),
 * `V` METH_VARARGS, `K` METH_VARARGS|METH_KEYWORDS. Keys: a builtins-module function's name, or
 * `type.method`. Builtins not listed build nothing.
 */
const TABLE: Record<string, string> = {
  // Python/bltinmodule.c (3.x: Argument Clinic METH_O / METH_FASTCALL except where marked)
  chr: 'V---',
  cmp: 'V---',
  delattr: 'V---',
  divmod: 'V---',
  format: 'V---',
  getattr: 'V---',
  hasattr: 'V---',
  intern: 'V---',
  isinstance: 'V---',
  issubclass: 'V---',
  iter: 'V---',
  max: 'KKK-',
  min: 'KKK-',
  next: 'V---',
  pow: 'V---',
  print: 'K---',
  round: 'K---',
  setattr: 'V---',
  sorted: 'K---',
  sum: 'V---',
  vars: 'V---',
  // Objects/listobject.c
  'list.insert': 'V---',
  'list.pop': 'V---',
  'list.index': 'V---',
  'list.sort': 'K---',
  // Objects/tupleobject.c
  'tuple.index': 'V---',
  // Objects/dictobject.c
  'dict.get': 'V---',
  'dict.setdefault': 'V---',
  'dict.pop': 'V---',
  'dict.update': 'KKKK',
  'dict.fromkeys': 'V---',
  // Objects/setobject.c
  'set.update': 'VVVV',
  'set.difference_update': 'VVVV',
  'set.intersection_update': 'VVVV',
  'set.union': 'VVVV',
  'set.intersection': 'VVVV',
  'set.difference': 'VVVV',
  'frozenset.union': 'VVVV',
  'frozenset.intersection': 'VVVV',
  'frozenset.difference': 'VVVV',
  // Objects/unicodeobject.c (2.7: also Objects/stringobject.c)
  'str.format': 'KKKK',
  'str.strip': 'V---',
  'str.lstrip': 'V---',
  'str.rstrip': 'V---',
  'str.split': 'V---',
  'str.rsplit': 'V---',
  'str.splitlines': 'V---',
  'str.replace': 'V---',
  'str.startswith': 'VVV-',
  'str.endswith': 'VVV-',
  'str.find': 'VVV-',
  'str.rfind': 'VVV-',
  'str.index': 'VVV-',
  'str.rindex': 'VVV-',
  'str.count': 'VVV-',
  'str.zfill': 'V---',
  'str.center': 'V---',
  'str.ljust': 'V---',
  'str.rjust': 'V---',
  'str.encode': 'K---',
  'str.decode': 'K---',
  'str.expandtabs': 'V---',
}

const COLUMN: Record<string, number> = { '2.7': 0, '3.10': 1, '3.12': 2, '3.13': 3 }

function convOf(key: string, col: number, py2: boolean): number {
  const row = TABLE[key]
  const c = row === undefined ? '-' : row[col]
  let conv = c === 'V' ? ARGS_TUPLE : c === 'K' ? ARGS_TUPLE | KWARGS_DICT : 0
  // 2.7 do_call: any C callable called with keywords gets them in a dict.
  if (py2) conv |= KWARGS_DICT
  return conv
}

/** Give every builtin function and every method of the builtin types its calling convention. */
export function assignCallingConventions(builtins: PyDict): void {
  const col = COLUMN[R.profile.name]
  const py2 = R.profile.py2
  for (const e of builtins.map.values()) {
    if (e.value instanceof PyBuiltin) e.value.conv = convOf(e.value.name, col, py2)
  }
  for (const t of Object.values(R.T) as PyType[]) {
    if (!(t instanceof PyType)) continue
    // 2.7's unicode methods share the str table (unicodeobject.c declares them like stringobject.c).
    const owner = t === R.T.unicode ? 'str' : t.name
    for (const e of t.dict.map.values()) {
      const b = e.value
      if (b instanceof PyBuiltin && b.isMethod && b.owner === t)
        b.conv = convOf(`${owner}.${b.name}`, col, py2)
    }
  }
}

/** What `callAllocations` made, for `releaseCallAllocations`. */
export interface CallAllocs {
  tuple: PyObject | null
  dict: PyObject | null
}

/**
 * Make the argument tuple / keyword dict a call with convention `conv` builds: `args[from..]` are the
 * positional arguments (after self), `kwNames`/`kwValues` the keywords. Null when it builds none.
 */
export function callAllocations(
  conv: number,
  args: PyObject[],
  from: number,
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): CallAllocs | null {
  const tupled = (conv & ARGS_TUPLE) !== 0 && args.length > from
  const dicted = (conv & KWARGS_DICT) !== 0 && kwNames !== null && kwNames.length > 0
  if (!tupled && !dicted) return null
  let tuple: PyObject | null = null
  let dict: PyDict | null = null
  const makeTuple = (): void => {
    const items = args.slice(from)
    for (let i = 0; i < items.length; i++) incref(items[i])
    tuple = R.tuple(items)
  }
  const makeDict = (): void => {
    dict = R.dict()
    for (let i = 0; i < kwNames!.length; i++) dictSetStr(dict, kwNames![i], kwValues![i])
  }
  // 2.7 do_call: update_keyword_args, then load_args; 3.x: _PyTuple_FromArray, then _PyStack_AsDict.
  if (R.profile.py2) {
    if (dicted) makeDict()
    if (tupled) makeTuple()
  } else {
    if (tupled) makeTuple()
    if (dicted) makeDict()
  }
  return { tuple, dict }
}

/** Release what `callAllocations` made (after the call): the tuple, then the dict. */
export function releaseCallAllocations(a: CallAllocs | null): void {
  if (a === null) return
  if (a.tuple !== null) decref(a.tuple)
  if (a.dict !== null) decref(a.dict)
}

/**
 * 2.7 calling a method taken from its type (`str.join(s, x)`): `do_call` packs all the arguments, self
 * included, then `methoddescr_call` slices off self into a second tuple and binds a builtin method object
 * (PyCFunction_New) for the call. Returns what to release after the call.
 */
export function unboundCallAllocations27(
  args: PyObject[],
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
): { outer: CallAllocs | null; sliced: CallAllocs | null; bound: number } {
  const outer = callAllocations(ARGS_TUPLE | KWARGS_DICT, args, 0, kwNames, kwValues)
  const bound = R.transientBorn('cfunction')
  const sliced = callAllocations(ARGS_TUPLE, args, 1, null, null)
  return { outer, sliced, bound }
}

export function releaseUnboundCallAllocations27(a: ReturnType<typeof unboundCallAllocations27>): void {
  releaseCallAllocations(a.sliced)
  R.transientFreed('cfunction', a.bound)
  releaseCallAllocations(a.outer)
}

/** `PyType.callConv` bits beyond ARGS_TUPLE / KWARGS_DICT. */
const KW_FALLBACK = 4
const SPECIALIZED_1ARG = 8

/**
 * Types whose vectorcall hands a call with keywords to `tp_call` (`_PyObject_MakeTpCall`: tuple and dict):
 * 3.13 `long_vectorcall`, `unicode_vectorcall`; `type_vectorcall` for all but `type(x)`.
 */
const KW_FALLBACK_TYPES: Record<string, readonly string[]> = {
  '3.13': ['int', 'str'],
}

/** 3.12's specialised CALL_NO_KW_STR_1 calls PyObject_Str directly once the site is warm: no tuple. */
const SPECIALIZED_1ARG_TYPES: Record<string, readonly string[]> = {
  '3.12': ['str'],
}

/** Give every builtin type its calling convention (Profile.tpCallArgsTuple, KW_FALLBACK_TYPES). */
export function assignTypeCallConventions(): void {
  const p = R.profile
  const tc = p.tpCallArgsTuple
  for (const [name, t] of Object.entries(R.T) as [string, PyType][]) {
    if (!(t instanceof PyType) || !t.builtin) continue
    let c = 0
    if (tc === 'all' || tc.includes(name)) c |= ARGS_TUPLE | KWARGS_DICT
    if (p.py2) c |= KWARGS_DICT
    if (KW_FALLBACK_TYPES[p.name]?.includes(name)) c |= KW_FALLBACK
    if (SPECIALIZED_1ARG_TYPES[p.name]?.includes(name)) c |= SPECIALIZED_1ARG
    t.callConv = c
  }
}

/**
 * The argument tuple / keyword dict calling builtin type `t` builds (`type_call` through
 * `_PyObject_MakeTpCall`, or 2.7 `do_call`). `site` counts a bytecode call site's executions (null from C).
 */
export function typeCallAllocations(
  t: PyType,
  args: PyObject[],
  kwNames: readonly string[] | null,
  kwValues: readonly PyObject[] | null,
  site: { n: number } | null,
): CallAllocs | null {
  let c = t.callConv
  const hasKw = kwNames !== null && kwNames.length > 0
  if ((c & KW_FALLBACK) !== 0 && hasKw) c |= ARGS_TUPLE | KWARGS_DICT
  if ((c & SPECIALIZED_1ARG) !== 0 && args.length === 1 && !hasKw && site !== null && site.n++ >= 1)
    return null
  return callAllocations(c & (ARGS_TUPLE | KWARGS_DICT), args, 0, kwNames, kwValues)
}

/** Set while a 2.7 C caller hands its own argument tuple to a builtin or type (no second tuple). */
let packedByC = false

/** Read and clear the flag `callFromC` sets (call.ts / classes.ts, on entering a builtin or type call). */
export function takePackedByC(): boolean {
  const p = packedByC
  packedByC = false
  return p
}

/**
 * A C function calling `callable` with positional arguments (sorted's and min's key, filter's predicate,
 * 2.7 map): 2.7 packs them in a new tuple (`PyObject_CallFunctionObjArgs`, `PyTuple_Pack`), which a builtin
 * or type receives as its argument tuple; 3.x vectorcall packs nothing. Consumes `args`.
 */
export function callFromC(callable: PyObject, args: PyObject[]): PyObject {
  // A class's own call path already models type_call's argument tuple (classes.ts).
  if (!R.profile.py2 || args.length === 0 || (callable instanceof PyType && !callable.builtin))
    return call(callable, args, null, false)
  const items = args.slice()
  for (let i = 0; i < items.length; i++) incref(items[i])
  return callPacked27(callable, args, R.tuple(items))
}

/** 2.7: call `callable` with `args` (consumed) already packed by the caller in `tuple` (released after). */
export function callPacked27(callable: PyObject, args: PyObject[], tuple: PyObject): PyObject {
  packedByC =
    callable instanceof PyBuiltin || (callable instanceof PyType && callable.builtin && !callable.isException)
  try {
    return call(callable, args, null, false)
  } finally {
    packedByC = false
    decref(tuple)
  }
}
