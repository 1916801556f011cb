/**
 * Profiles: every behavioural difference between the CPython versions the lab models, in one place.
 *
 * CPython changed how the evaluation loop owns call arguments (3.11 moved frames onto a per-thread data
 * stack and transfers argument references into the new frame instead of copying them), made some
 * objects immortal (PEP 683, 3.12), inlined comprehensions (PEP 709, 3.12), and rewrote many messages.
 * The simulator never asks "which version is this?": it asks the profile about one mechanism at a time,
 * so each difference is visible, named and testable.
 *
 * Simplifications:
 * - Only the four profiles the lab ships are described; 3.11 is not modelled.
 * - Pre-3.12 singletons (None, True, small ints) get an arbitrary large starting refcount, as their real
 *   counts depend on interpreter start-up and are not stable across runs.
 */
import type { ProfileName } from '@shared/trace'

export interface Profile {
  /** Profile name as the UI shows it. */
  readonly name: ProfileName
  /** `sys.version_info[:3]`. */
  readonly version: readonly [number, number, number]
  /** Python 2 semantics: print statement by default, int/long split, `/` on ints floors, no `nonlocal`. */
  readonly py2: boolean
  /**
   * 3.11+: the caller's evaluation-stack references to call arguments are moved into the callee frame.
   * Before 3.11 the caller keeps them for the whole call and the callee takes new references.
   */
  readonly argsTransferredToFrame: boolean
  /**
   * Calling a bound-method object: 'push-self' puts a new reference to `__self__` on the stack (2.7
   * `call_function`, 3.12 CALL); 'borrow-self' lends it without a reference (3.10 `method_vectorcall`).
   */
  readonly boundMethodSelf: 'push-self' | 'borrow-self'
  /**
   * 3.12 makes every interned string immortal (constants, names, sys.intern); 3.13 keeps the strings it
   * interns while running or compiling mortal (Objects/unicodeobject.c `_PyUnicode_InternMortal`).
   */
  readonly internImmortal: boolean
  /** PEP 683: None, bools, small ints, `()` and `''` report this refcount and never change, or null. */
  readonly immortalRefcnt: number | null
  /** 3.x comprehensions are their own scope; 2.7 list comprehensions run in (and leak into) the enclosing one. */
  readonly listCompOwnScope: boolean
  /** 3.10: a comprehension is a nested function call (a frame that counts towards the recursion limit). */
  readonly comprehensionIsCall: boolean
  /** 3.x deletes `except ... as e` names at the end of the handler; 2.7 keeps them (and sys.exc_info until return). */
  readonly exceptNameCleared: boolean
  /**
   * Frames are GC heap objects of their own (2.7, 3.10: Objects/frameobject.c, with a zombie frame per code
   * object and a free list); 3.11+ keeps them in the thread's data stack (interp/frame-memory.ts).
   */
  readonly heapFrames: boolean
  /** Default `sys.getrecursionlimit()`. */
  readonly recursionLimit: number
  /** Exception type raised at the recursion limit. */
  readonly recursionErrorType: 'RuntimeError' | 'RecursionError'
  /** `str(float)` uses repr (shortest round-trip) or the 2.7 `%.12g` form. */
  readonly floatStrDigits: number | null
  /**
   * Where an allocation that pushes generation 0's count over its threshold runs the collection: 'alloc'
   * inside the allocation, before the new object is linked (2.7 `_PyObject_GC_Malloc`, 3.10
   * `_PyObject_GC_Alloc`); 'eval-breaker' at the interpreter's next eval-breaker check (3.12+
   * `_PyObject_GC_Link` -> `_Py_ScheduleGC`, run by `_Py_RunGC` after a call, on a backward jump, at
   * function entry).
   */
  readonly gcTrigger: 'alloc' | 'eval-breaker'
  /**
   * Built-in types (keys of the runtime's type table) whose constructor is called through `tp_call`
   * (`_PyObject_MakeTpCall`), which packs the positional arguments into a new tuple — an allocation that
   * counts towards generation 0 when that size's tuple free list is empty. 'all' on 2.7 (no vectorcall);
   * 3.x types with `tp_vectorcall` (list, tuple, dict, set, float, bool, range, type(x); int and str from
   * 3.13) build no tuple. Measured with gc.get_count() around `T(x)` right after gc.collect(). Keywords
   * travel in a new dict too (3.x `_PyStack_AsDict`; 2.7 `do_call`). Read once at start-up into
   * `PyType.callConv` (interp/calling-conventions.ts).
   */
  readonly tpCallArgsTuple: 'all' | readonly string[]
  /** `gc.get_threshold()` at start-up. */
  readonly gcThresholds: readonly [number, number, number]
  /**
   * Unreachable objects the first import of a module leaves in generation 0 and the first gc.collect()
   * then counts (gc/import-garbage.ts), as measured; empty where an automatic collection during start-up
   * imports frees them.
   */
  readonly importGarbage: Readonly<Record<string, number>>
  /**
   * References the interpreter itself holds to a module before the program binds it (sys.modules, and for
   * `sys` and `gc` the many other modules that import them), measured per profile with
   * `import M, sys; print(sys.getrefcount(M) - 2)` in a fresh program. Modules not listed: 1 (sys.modules).
   */
  readonly moduleRefs: Readonly<Record<string, number>>
  /**
   * References to other modules that the first load of a module adds (its globals keep modules it
   * imports), as measured with `a = sys.getrefcount(T); import M; print(sys.getrefcount(T) - a)`:
   * `importRefs[M][T]`. `types` is loaded by weakref and copy on 3.x (gc/import-garbage.ts).
   */
  readonly importRefs: Readonly<Record<string, Readonly<Record<string, number>>>>
  /**
   * The collector's state when a program starts, as measured on the real interpreter (gc/startup.ts):
   * what interpreter start-up leaves, what compiling the program adds, what first imports add.
   */
  readonly startup: StartupState
  /** Pre-PEP 442 (2.7): objects with `__del__` in a cycle are uncollectable and go to `gc.garbage`. */
  readonly legacyFinalizers: boolean
  /** Instance `__dict__` is a separate dict, made on first use (2.7, 3.10); 3.12+ stores inline values. */
  readonly instanceDictAllocated: boolean
  /**
   * 2.7's namedtuple class template defines `__dict__ = property(_asdict)` (Lib/collections.py 2.7), so
   * its instances answer `hasattr(p, '__dict__')` without having a dict; 3.x's template does not.
   */
  readonly namedtupleDictProperty: boolean
  /**
   * 3.13 specialises `C(args)` for classes with a Python `__init__` (CALL_ALLOC_AND_ENTER_INIT) once the call
   * site has run this many times; the specialised path transfers the arguments into `__init__`'s frame
   * instead of packing them into a tuple. null: never specialised.
   */
  readonly initSpecializationWarmup: number | null
  /** Exception messages that differ between versions. */
  readonly messages: {
    readonly zeroDivision: string
    readonly zeroDivisionModulo: string
    readonly floatZeroDivision: string
    readonly floatFloorDivZero: string
    readonly floatModuloZero: string
    readonly nameError: (name: string) => string
    readonly recursion: string
  }
}

/**
 * Measured start-up state of the collector and the free lists (see gc/startup.ts for how each number was
 * taken and how the simulator uses it). Kinds of free lists are alloc/freelists.ts's.
 */
export interface StartupState {
  /** The generation counts when CPython starts compiling the program (read with gdb). */
  readonly gcCount: readonly [number, number, number]
  /** `gc.get_stats()` then: collections and objects collected per generation. */
  readonly collections: readonly [number, number, number]
  readonly collected: readonly [number, number, number]
  /** Tracked objects per generation at a program's first statement (`len(gc.get_objects(g))`, 2.7: DEBUG_STATS). */
  readonly tracked: readonly [number, number, number]
  /** `gc.get_freeze_count()` at that point (3.12 freezes some start-up objects). */
  readonly frozen: number
  /** Free-list lengths at that point. */
  readonly freeLists: Readonly<Record<string, number>>
  /** Generation-0 count the first import of a module adds (its own code, not the modules it loads). */
  readonly importAllocations: Readonly<Record<string, number>>
  /** Free-list entries the first import of a small module takes (`__future__`). */
  readonly importFreeListUse: Readonly<Record<string, Readonly<Record<string, number>>>>
  /**
   * Free-list lengths the first import of a large module leaves, whatever they were before (it makes
   * and frees hundreds of objects of each kind).
   */
  readonly importFreeListsAfter: Readonly<Record<string, Readonly<Record<string, number>>>>
}
