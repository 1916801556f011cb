/**
 * The concrete object layouts: one JS class per CPython struct the lab models (`PyLongObject`,
 * `PyListObject`, `PyDictObject`, `PyFunctionObject`, `PyCellObject`, `PyMethodObject`, ...) plus the type
 * object itself (`PyTypeObject`, with its MRO and `__dict__`). Behaviour lives in ops.ts (generic protocol
 * operations) and dealloc.ts (what each type releases, in what order, when it dies). Each constructor
 * stores the PyObject header fields itself after `super()` (see PyObject's constructor for why).
 *
 * Simplifications:
 * - A dict is a JS Map from a normalised hash key to its entry, which keeps CPython 3's insertion order;
 *   sets and 2.7 dicts iterate in the hash-table slot order objects/table-order.ts and set-order.ts
 *   replay (for keys whose hashes objects/hash.ts models; else insertion order).
 */
import { PyObject, takeHandle } from './object'
import type { DictTable, SetTable, SharedKeys } from '../alloc/sizes'

export type DictKey = string | number | bigint | PyObject | symbol

export class PyType extends PyObject {
  declare name: string
  declare base: PyType | null
  declare dict: PyDict
  declare mro: PyType[]
  declare slotNames: string[] | null
  declare allSlots: string[]
  declare hasDict: boolean
  declare weakrefable: boolean
  declare isGC: boolean
  declare isException: boolean
  /** Builtin types whose instances have one fixed size: the key of alloc/sizes.ts FIXED (else null). */
  declare sizeKey: string | null
  // slotNames: `__slots__` in declaration order (or null); allSlots: including bases, the order instances
  // store them; hasDict/weakrefable: instance capabilities; isGC: PyGC_Head in front of instances;
  // builtin: a C type with native layouts; cache: MRO lookups by name (see lookup.ts).
  declare builtin: boolean
  declare cache: Map<string, PyObject | null>
  /** ht_cached_keys: the keys its instances' __dict__s share (3.x; created on first instance). */
  declare sharedKeys: SharedKeys | null
  /** The lookup generation `cache` is valid for (lookup.ts); -1: never filled. */
  declare cacheGen: number
  /** Heap types: `__mro__` and `__bases__` as the tuples CPython keeps (tp_mro holds the type itself). */
  declare mroTuple: PyObject | null
  declare basesTuple: PyObject | null
  /** How calling it packs its arguments (interp/calling-conventions.ts), set at start-up; 0 for classes. */
  declare callConv: number
  constructor(metatype: PyType | null, name: string, base: PyType | null, dict: PyDict, builtin: boolean) {
    super(metatype as PyType)
    this.type = metatype as PyType
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.name = name
    this.base = base
    this.dict = dict
    this.mro = []
    this.mroTuple = null
    this.basesTuple = null
    this.slotNames = null
    this.allSlots = []
    this.hasDict = true
    this.weakrefable = true
    this.isGC = true
    this.sizeKey = null
    this.isException = false
    this.builtin = builtin
    this.cache = new Map()
    this.sharedKeys = null
    this.cacheGen = -1
    this.callConv = 0
  }
}

export class PyInt extends PyObject {
  declare value: number | bigint

  constructor(type: PyType, value: number | bigint) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.value = value
  }
}

export class PyFloat extends PyObject {
  declare value: number

  constructor(type: PyType, value: number) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.value = value
  }
}

export class PyStr extends PyObject {
  declare value: string
  declare interned: boolean

  constructor(type: PyType, value: string) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.value = value
    this.interned = false
  }
}

export class PyTuple extends PyObject {
  declare items: PyObject[]

  constructor(type: PyType, items: PyObject[]) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.items = items
  }
}

export class PyList extends PyObject {
  declare items: PyObject[]
  declare allocated: number
  declare itemsAddress: number
  // allocated: ob_alloc, the capacity list_resize keeps (objects/storage.ts); itemsAddress: the
  // simulated address of the separately allocated ob_item array, 0 for NULL.
  constructor(type: PyType, items: PyObject[]) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.items = items
    this.allocated = 0
    this.itemsAddress = 0
  }
}

export interface DictEntry {
  key: PyObject
  value: PyObject
}

/**
 * How dicts and sets store their entries: plain Maps, or on 2.7 Maps that log their history so the hash
 * table can be replayed (objects/table-order.ts LoggedMap). Set per run (interp/run.ts createSession).
 */
export const storageMaps: {
  dict: () => Map<DictKey, DictEntry>
  set: () => Map<DictKey, PyObject>
} = { dict: () => new Map(), set: () => new Map() }

export class PyDict extends PyObject {
  declare inline: boolean
  declare map: Map<DictKey, DictEntry>
  declare table: DictTable | null
  declare keysAddress: number
  declare shared: SharedKeys | null
  declare embedded: boolean
  // inline: 3.12+ instance values stored inside the instance, not (yet) a dict object of its own.
  // table: the shape of the hash table (objects/storage.ts), null until the dict is born; keysAddress:
  // the separately allocated keys object / table, 0 when none; shared: the class's shared keys when
  // this is an instance __dict__ using a split table (3.x); embedded: 3.13 a materialised __dict__
  // whose values still live inside its instance (`ma_values->embedded`: the instance visits them).
  constructor(type: PyType) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.map = storageMaps.dict()
    this.inline = false
    this.table = null
    this.keysAddress = 0
    this.shared = null
    this.embedded = false
  }
}

export class PySet extends PyObject {
  declare map: Map<DictKey, PyObject>
  declare table: SetTable
  declare tableAddress: number
  // table: the hash table's shape (objects/storage.ts); tableAddress: a table bigger than the inline
  // smalltable, 0 while the smalltable is used.
  constructor(type: PyType) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.map = storageMaps.set()
    this.table = { used: 0, fill: 0, size: 8 }
    this.tableAddress = 0
  }
}

export class PyInstance extends PyObject {
  declare dict: PyDict | null
  declare slots: (PyObject | null)[] | null
  declare weakrefs: PyWeakref[] | null
  // dict: the instance `__dict__` (null with __slots__ only, or not yet materialised); slots: values in
  // `type.allSlots` order; weakrefs: weak references to this object, oldest first.
  constructor(type: PyType) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.dict = null
    this.slots = null
    this.weakrefs = null
  }
}

/** BaseException and subclasses: `args`, `__traceback__`, `__context__`, `__cause__`. */
export class PyExc extends PyInstance {
  declare args: PyTuple | null
  declare traceback: PyTraceback | null
  declare context: PyExc | null
  declare cause: PyObject | null
  declare suppressContext: boolean
  /** 2.7 BaseException.message: the single argument, with a reference of its own (else null: ''). */
  declare message: PyObject | null

  constructor(type: PyType) {
    super(type)
    this.args = null
    this.message = null
    this.traceback = null
    this.context = null
    this.cause = null
    this.suppressContext = false
  }
}

export class PyCell extends PyObject {
  declare ref: PyObject | null

  constructor(type: PyType, ref: PyObject | null) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.ref = ref
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
  /** Finished frames ready for reuse (interp/frame.ts `Frame.make`); created on first return. */
  framePool?: unknown[]
  /** 2.7/3.10 `co_zombieframe`: the block of this code's last dead frame, kept for its next call (0: none). */
  zombieFrame?: number
  /** The docstring (co_consts[0]) as the object `__doc__` returns, or null. */
  doc?: PyObject | null
}

export class PyCode extends PyObject {
  declare info: CodeInfo

  constructor(type: PyType, info: CodeInfo) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.info = info
  }
}

export class PyFunction extends PyObject {
  declare code: PyCode
  declare globals: PyDict
  declare name: PyStr
  declare defaults: PyTuple | null
  declare kwdefaults: PyDict | null
  declare closure: PyTuple | null
  declare dict: PyDict | null
  declare klass: PyType | null
  /** Class whose body defined this function (for zero-argument super()). */
  constructor(
    type: PyType,
    code: PyCode,
    globals: PyDict,
    name: PyStr,
    defaults: PyTuple | null,
    kwdefaults: PyDict | null,
    closure: PyTuple | null,
  ) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.code = code
    this.globals = globals
    this.name = name
    this.defaults = defaults
    this.kwdefaults = kwdefaults
    this.closure = closure
    this.dict = null
    this.klass = null
  }
}

export class PyMethod extends PyObject {
  declare func: PyObject
  declare self: PyObject

  constructor(type: PyType, func: PyObject, self: PyObject) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.func = func
    this.self = self
  }
}

export type NativeFn = (args: PyObject[], kw: Map<string, PyObject> | null, self: PyObject | null) => PyObject

export class PyBuiltin extends PyObject {
  declare name: string
  declare fn: NativeFn
  declare self: PyObject | null
  /** A method of a builtin type taken from the type (a method descriptor): its first argument is self. */
  declare isMethod?: boolean
  /** A class method of a builtin type (`dict.fromkeys`): it binds the type, not an instance. */
  declare classMethod?: boolean
  /** The builtin type defining the method, for its repr (`<method 'lower' of 'str' objects>`). */
  declare owner?: PyType
  /** Its calling convention's hidden allocations (interp/calling-conventions.ts), set at start-up. */
  declare conv: number

  constructor(type: PyType, name: string, fn: NativeFn, self: PyObject | null) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.name = name
    this.fn = fn
    this.self = self
    this.conv = 0
  }
}

export class PyModule extends PyObject {
  declare name: string
  declare dict: PyDict

  constructor(type: PyType, name: string, dict: PyDict) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.name = name
    this.dict = dict
  }
}

/** Built-in iterators and other helper objects: hold `held` strongly, produce items with `step`. */
export class PyNative extends PyObject {
  declare held: (PyObject | null)[]
  declare step: ((self: PyNative) => PyObject | null) | null
  declare extra: unknown
  declare index: number

  constructor(
    type: PyType,
    held: (PyObject | null)[],
    step: ((self: PyNative) => PyObject | null) | null,
    index = 0,
    extra: unknown = null,
  ) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.held = held
    this.step = step
    this.index = index
    this.extra = extra
  }
}

export class PyTraceback extends PyObject {
  declare next: PyTraceback | null
  declare frame: PyObject
  declare line: number

  constructor(type: PyType, next: PyTraceback | null, frame: PyObject, line: number) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.next = next
    this.frame = frame
    this.line = line
  }
}

export class PyWeakref extends PyObject {
  declare target: PyObject | null
  declare callback: PyObject | null
  declare key: PyObject | null
  declare hash: DictKey | null
  // key: weakref.KeyedRef's `key` slot (a strong reference), else null; hash: the referent's hash,
  // cached the first time the weakref is hashed (weakref_hash keeps `wr->hash`), so a dead weakref can
  // still be found in the dict or set it keys (WeakKeyDictionary, WeakSet).
  constructor(type: PyType, target: PyObject | null, callback: PyObject | null) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.target = target
    this.callback = callback
    this.key = null
    this.hash = null
  }
}

export class PyDescriptor extends PyObject {
  declare fget: PyObject | null
  declare fset: PyObject | null
  declare fdel: PyObject | null
  /** getset/member descriptors: the class they belong to (d_type), which they keep alive. */
  declare objclass: PyType | null
  /** property: fget/fset/fdel; staticmethod/classmethod: callable in fget. */
  constructor(
    type: PyType,
    fget: PyObject | null,
    fset: PyObject | null = null,
    fdel: PyObject | null = null,
  ) {
    super(type)
    this.type = type
    this.refcnt = 1
    this.address = 0
    this.size = 0
    this.gcGen = -1
    this.gcPrev = null
    this.gcNext = null
    this.finalized = false
    this.immortal = false
    this.gcRefs = 0
    ;(this as { handle: number }).handle = takeHandle()
    this.fget = fget
    this.fset = fset
    this.fdel = fdel
    this.objclass = null
  }
}
