/**
 * The concrete object layouts: one JS class per CPython struct the lab models (`PyLongObject`,
 * `PyListObject`, `PyDictObject`, `PyFunctionObject`, `PyCellObject`, `PyMethodObject`, ...) plus the type
 * object itself (`PyTypeObject`, with its MRO and `__dict__`). Behaviour lives in ops.ts (generic protocol
 * operations) and dealloc.ts (what each type releases, in what order, when it dies).
 *
 * Simplifications:
 * - A dict is a JS Map from a normalised hash key to its entry, which keeps CPython 3's insertion order;
 *   2.7's hash-table order is not modelled (the corpus avoids depending on it).
 * - Sets iterate in insertion order (CPython: hash-table order; equal for small ints added in order).
 */
import { PyObject } from './object'

export type DictKey = string | number | bigint | PyObject | symbol

export class PyType extends PyObject {
  mro: PyType[] = []
  /** Names of `__slots__`, in declaration order, or null. */
  slotNames: string[] | null = null
  /** All slot names including bases (instances store slots in this order). */
  allSlots: string[] = []
  /** Instances have a `__dict__`. */
  hasDict = true
  /** Instances support weak references. */
  weakrefable = true
  /** Type is collected by the cyclic GC (PyGC_Head in front of instances). */
  isGC = true
  /** Built-in (C) type: instances are native layouts. */
  builtin: boolean
  /** Exception class (BaseException or a subclass). */
  isException = false
  /** Cache of MRO lookups by name; cleared when any class attribute changes. */
  cache = new Map<string, PyObject | null>()
  /** Function that made this class (for zero-argument super()), set at class creation. */
  constructor(
    metatype: PyType | null,
    public name: string,
    public base: PyType | null,
    public dict: PyDict,
    builtin: boolean,
  ) {
    super(metatype as PyType)
    this.builtin = builtin
  }
}

export class PyInt extends PyObject {
  constructor(
    type: PyType,
    public value: number | bigint,
  ) {
    super(type)
  }
}

export class PyFloat extends PyObject {
  constructor(
    type: PyType,
    public value: number,
  ) {
    super(type)
  }
}

export class PyStr extends PyObject {
  interned = false
  constructor(
    type: PyType,
    public value: string,
  ) {
    super(type)
  }
}

export class PyTuple extends PyObject {
  constructor(
    type: PyType,
    public items: PyObject[],
  ) {
    super(type)
  }
}

export class PyList extends PyObject {
  /** ob_alloc: capacity, grown as list_resize does (for sizes). */
  allocated = 0
  constructor(
    type: PyType,
    public items: PyObject[],
  ) {
    super(type)
  }
}

export interface DictEntry {
  key: PyObject
  value: PyObject
}

export class PyDict extends PyObject {
  map = new Map<DictKey, DictEntry>()
  /** 3.12+ inline instance values: storage inside the instance, not (yet) a dict object of its own. */
  inline = false
  constructor(type: PyType) {
    super(type)
  }
}

export class PySet extends PyObject {
  map = new Map<DictKey, PyObject>()
  constructor(type: PyType) {
    super(type)
  }
}

export class PyInstance extends PyObject {
  /** Instance `__dict__` (null when the class uses __slots__ without __dict__, or not yet materialised). */
  dict: PyDict | null = null
  /** Slot values in `type.allSlots` order. */
  slots: (PyObject | null)[] | null = null
  /** Weak references to this object, oldest first. */
  weakrefs: PyWeakref[] | null = null
}

/** BaseException and subclasses: `args`, `__traceback__`, `__context__`, `__cause__`. */
export class PyExc extends PyInstance {
  args: PyTuple | null = null
  traceback: PyTraceback | null = null
  context: PyExc | null = null
  cause: PyObject | null = null
  suppressContext = false
}

export class PyCell extends PyObject {
  constructor(
    type: PyType,
    public ref: PyObject | null,
  ) {
    super(type)
  }
}

/** What the compiler produces for one function body (a code object). */
export interface CodeInfo {
  name: string
  firstLine: number
  nlocals: number
  argcount: number
  kwonly: string[]
  varargs: boolean
  varkw: boolean
  paramNames: string[]
  /** Slot of each cellvar that is also a parameter (-1 otherwise). */
  cellParamSlots: number[]
  ncells: number
  nfree: number
  cellvars: string[]
  freevars: string[]
  varnames: string[]
  isGenerator: boolean
  /** The compiled body; returns the function's result (new reference). */
  run: unknown
}

export class PyCode extends PyObject {
  constructor(
    type: PyType,
    public info: CodeInfo,
  ) {
    super(type)
  }
}

export class PyFunction extends PyObject {
  dict: PyDict | null = null
  /** Class whose body defined this function (for zero-argument super()). */
  klass: PyType | null = null
  constructor(
    type: PyType,
    public code: PyCode,
    public globals: PyDict,
    public name: PyStr,
    public defaults: PyTuple | null,
    public kwdefaults: PyDict | null,
    public closure: PyTuple | null,
  ) {
    super(type)
  }
}

export class PyMethod extends PyObject {
  constructor(
    type: PyType,
    public func: PyObject,
    public self: PyObject,
  ) {
    super(type)
  }
}

export type NativeFn = (args: PyObject[], kw: Map<string, PyObject> | null, self: PyObject | null) => PyObject

export class PyBuiltin extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public fn: NativeFn,
    public self: PyObject | null,
  ) {
    super(type)
  }
}

export class PyModule extends PyObject {
  constructor(
    type: PyType,
    public name: string,
    public dict: PyDict,
  ) {
    super(type)
  }
}

/** Built-in iterators and other helper objects: hold `held` strongly, produce items with `step`. */
export class PyNative extends PyObject {
  constructor(
    type: PyType,
    public held: (PyObject | null)[],
    public step: ((self: PyNative) => PyObject | null) | null,
    public index = 0,
    public extra: unknown = null,
  ) {
    super(type)
  }
}

export class PyTraceback extends PyObject {
  constructor(
    type: PyType,
    public next: PyTraceback | null,
    public frame: PyObject,
    public line: number,
  ) {
    super(type)
  }
}

export class PyWeakref extends PyObject {
  constructor(
    type: PyType,
    public target: PyObject | null,
    public callback: PyObject | null,
  ) {
    super(type)
  }
}

export class PyDescriptor extends PyObject {
  /** property: fget/fset/fdel; staticmethod/classmethod: callable in fget. */
  constructor(
    type: PyType,
    public fget: PyObject | null,
    public fset: PyObject | null = null,
    public fdel: PyObject | null = null,
  ) {
    super(type)
  }
}
