/**
 * The four profiles as declarative objects (see profile.ts for what each member means).
 *
 * Simplifications:
 * - Values were checked against CPython 2.7.18, 3.10.13, 3.12.1 and 3.13.0 on x86-64 Linux.
 */
import type { ProfileName } from '@shared/trace'
import type { Profile } from './profile'
export type { Profile } from './profile'

const py3Messages = {
  zeroDivision: 'division by zero',
  zeroDivisionModulo: 'integer modulo by zero',
  floatZeroDivision: 'float division by zero',
  floatFloorDivZero: 'float floor division by zero',
  floatModuloZero: 'float modulo',
  nameError: (name: string) => `name '${name}' is not defined`,
  recursion: 'maximum recursion depth exceeded',
} as const

export const PY27: Profile = {
  name: '2.7',
  version: [2, 7, 18],
  py2: true,
  argsTransferredToFrame: false,
  boundMethodSelf: 'push-self',
  immortalRefcnt: null,
  internImmortal: false,
  listCompOwnScope: false,
  comprehensionIsCall: false,
  exceptNameCleared: false,
  heapFrames: true,
  recursionLimit: 1000,
  recursionErrorType: 'RuntimeError',
  floatStrDigits: 12,
  gcThresholds: [700, 10, 10],
  gcTrigger: 'alloc',
  tpCallArgsTuple: 'all',
  importGarbage: {},
  startup: {
    gcCount: [449, 8, 0],
    collections: [8, 0, 0],
    collected: [0, 0, 0],
    tracked: [586, 3199, 0],
    frozen: 0,
    // Read with gdb at PyRun_FileExFlags (the same for every program); the compiler's own use of the
    // free lists is replayed from there (gc/compiler/py27.ts).
    freeLists: {
      list: 3,
      dict: 1,
      'tuple:1': 3,
      'tuple:2': 468,
      'tuple:3': 1,
      'tuple:4': 2,
      'tuple:5': 3,
      'tuple:7': 1,
      'tuple:8': 2,
      'tuple:9': 1,
      'tuple:10': 3,
      'tuple:11': 2,
      'tuple:12': 1,
      'tuple:14': 1,
      'tuple:16': 2,
      'tuple:17': 1,
      'tuple:18': 1,
      'tuple:19': 3,
      set: 2,
      method: 5,
      cfunction: 2,
    },
    // __future__ and gc: read with gdb after each import of `from __future__ import print_function;
    // import gc` (a first-statement state with enough dicts and two 4-tuples): __future__ takes 9
    // dicts, 2 lists, a 2-tuple, drains the 1- and 5-tuple lists and leaves 3 4-tuples (made fresh here
    // after taking the 4-tuple list, so 33 = 38 - 3 - 1 - the frame) and a 6-tuple; gc (which imports
    // time) takes 5 dicts, 2 2-tuples, 2 builtin functions and leaves a fresh 5-tuple.
    importAllocations: { __future__: 33, gc: 52, weakref: 190, copy: 77, collections: 581 },
    // weakref (after gc), copy (after weakref) and collections (after __future__ only) likewise, in a
    // program whose compiling left 20 dicts (weakref's and collections' allocations run a collection).
    // A list that ends longer than it was is taken first and made again (fresh) here, which the counts
    // above leave out.
    importFreeListUse: {
      __future__: { list: 2, dict: 9, 'tuple:2': 1, 'tuple:4': 2000 },
      gc: { dict: 5, 'tuple:2': 2, cfunction: 2 },
      weakref: { dict: 4, list: 2, 'tuple:2': 20, 'tuple:4': 1 },
      copy: { dict: 2, list: 1, 'tuple:2': 11, 'tuple:5': 1, 'tuple:6': 1, 'tuple:1': 2000, 'tuple:3': 2000 },
      collections: {
        dict: 10,
        set: 1,
        method: 1,
        cfunction: 2,
        'tuple:2': 73,
        list: 2000,
        'tuple:1': 2000,
        'tuple:3': 2000,
        'tuple:4': 2000,
        'tuple:6': 2000,
      },
    },
    importFreeListsAfter: {
      __future__: { 'tuple:1': 0, 'tuple:4': 3, 'tuple:5': 0, 'tuple:6': 1 },
      gc: { 'tuple:5': 1 },
      weakref: { 'tuple:1': 1, 'tuple:5': 1, cfunction: 1 },
      copy: { 'tuple:1': 3, 'tuple:3': 2 },
      collections: {
        dict: 1,
        list: 4,
        'tuple:1': 7,
        'tuple:3': 10,
        'tuple:4': 5,
        'tuple:5': 0,
        'tuple:6': 5,
      },
    },
  },
  moduleRefs: { sys: 13, gc: 1 },
  importRefs: { collections: { sys: 1 }, copy: { weakref: 1 } },
  legacyFinalizers: true,
  instanceDictAllocated: true,
  namedtupleDictProperty: true,
  initSpecializationWarmup: null,
  messages: {
    zeroDivision: 'integer division or modulo by zero',
    zeroDivisionModulo: 'integer division or modulo by zero',
    floatZeroDivision: 'float division by zero',
    floatFloorDivZero: 'float divmod()',
    floatModuloZero: 'float modulo',
    nameError: (name: string) => `global name '${name}' is not defined`,
    recursion: 'maximum recursion depth exceeded',
  },
}

export const PY310: Profile = {
  name: '3.10',
  version: [3, 10, 13],
  py2: false,
  argsTransferredToFrame: false,
  boundMethodSelf: 'borrow-self',
  immortalRefcnt: null,
  internImmortal: false,
  listCompOwnScope: true,
  comprehensionIsCall: true,
  exceptNameCleared: true,
  heapFrames: true,
  recursionLimit: 1000,
  recursionErrorType: 'RecursionError',
  floatStrDigits: null,
  gcThresholds: [700, 10, 10],
  gcTrigger: 'alloc',
  tpCallArgsTuple: [
    'int',
    'str',
    'bytes',
    'weakref',
    'enumerate',
    'zip',
    'property',
    'staticmethod',
    'classmethod',
    'slice',
  ],
  importGarbage: { types: 7, collections: 74 },
  startup: {
    gcCount: [18, 10, 0],
    collections: [10, 0, 0],
    collected: [0, 0, 0],
    tracked: [68, 4720, 0],
    frozen: 0,
    // Read with gdb at pyrun_file (the same for every program); the compiler's use of the free lists is
    // replayed from there (gc/compiler/py3.ts).
    freeLists: {
      list: 6,
      dict: 8,
      'tuple:1': 4,
      'tuple:2': 5,
      'tuple:3': 2,
      'tuple:4': 1,
      'tuple:5': 4,
      'tuple:6': 2,
      'tuple:7': 8,
      'tuple:8': 2,
      'tuple:9': 3,
      'tuple:10': 7,
      'tuple:11': 1,
      'tuple:12': 1,
      'tuple:14': 1,
      'tuple:15': 2,
      'tuple:17': 1,
      'tuple:18': 2,
      'tuple:19': 3,
    },
    // __future__ then gc, read with gdb from the first statement's state (exact since the compiler is
    // emulated) to the next `def` of `from __future__ import print_function; import gc`, less the
    // module's frame (a GC object on 3.10, allocated by the simulator itself).
    importAllocations: { __future__: 44, gc: 21, types: 111, weakref: 641, copy: 105, collections: 1337 },
    importFreeListUse: { __future__: { list: 3, dict: 10, 'tuple:1': 3, 'tuple:2': 7, 'tuple:4': 1 } },
    importFreeListsAfter: {
      weakref: { list: 1, dict: 4, 'tuple:1': 2, 'tuple:2': 29, 'tuple:3': 3 },
      copy: { list: 1, dict: 11, 'tuple:1': 7, 'tuple:2': 23, 'tuple:3': 4 },
      collections: { list: 1, dict: 6, 'tuple:1': 41, 'tuple:2': 77, 'tuple:3': 4 },
    },
  },
  moduleRefs: { sys: 52, gc: 19 },
  importRefs: { types: { sys: 1 }, collections: { sys: 1 } },
  legacyFinalizers: false,
  instanceDictAllocated: true,
  namedtupleDictProperty: false,
  initSpecializationWarmup: null,
  messages: { ...py3Messages, zeroDivisionModulo: 'integer division or modulo by zero' },
}

export const PY312: Profile = {
  ...PY310,
  moduleRefs: { sys: 58, gc: 19 },
  name: '3.12',
  // CALL_NO_KW_STR_1 skips str's tp_call at a warmed-up site (interp/calling-conventions.ts).
  tpCallArgsTuple: [
    'int',
    'str',
    'bytes',
    'weakref',
    'zip',
    'property',
    'staticmethod',
    'classmethod',
    'slice',
  ],
  importGarbage: { types: 7, collections: 76 },
  startup: {
    gcCount: [666, 4, 0],
    collections: [4, 0, 0],
    collected: [24, 0, 0],
    tracked: [667, 4337, 0],
    frozen: 375,
    // Read with gdb at pyrun_file (the same for every program); the compiler's use of the free lists is
    // replayed from there (gc/compiler/py3.ts).
    freeLists: {
      list: 10,
      dict: 14,
      'tuple:1': 5,
      'tuple:2': 3,
      'tuple:3': 3,
      'tuple:4': 1,
      'tuple:5': 1,
      'tuple:6': 1,
      'tuple:9': 2,
      'tuple:11': 1,
      'tuple:13': 1,
      'tuple:14': 1,
      'tuple:17': 1,
      'tuple:18': 2,
    },
    importAllocations: { __future__: 37, gc: 23, types: 114, weakref: 655, copy: 85, collections: 1365 },
    importFreeListUse: { __future__: { list: 4, dict: 2, 'tuple:1': 3, 'tuple:2': 4, 'tuple:3': 1 } },
    importFreeListsAfter: {
      weakref: { list: 2, dict: 3, 'tuple:1': 2, 'tuple:2': 29, 'tuple:3': 3 },
      copy: { list: 1, dict: 2, 'tuple:1': 3, 'tuple:2': 24, 'tuple:3': 4 },
      collections: { list: 2, dict: 5, 'tuple:1': 54, 'tuple:2': 77, 'tuple:3': 9 },
    },
  },
  version: [3, 12, 1],
  argsTransferredToFrame: true,
  boundMethodSelf: 'push-self',
  immortalRefcnt: 4294967295,
  internImmortal: true,
  gcTrigger: 'eval-breaker',
  heapFrames: false,
  comprehensionIsCall: false,
  instanceDictAllocated: false,
  messages: py3Messages,
}

export const PY313: Profile = {
  ...PY312,
  name: '3.13',
  version: [3, 13, 0],
  gcThresholds: [2000, 10, 10],
  tpCallArgsTuple: ['bytes', 'weakref', 'zip', 'property', 'staticmethod', 'classmethod', 'slice'],
  // Lib/types.py's `_C` class cycle (7 objects; loaded by weakref and copy) and collections' garbage.
  importGarbage: { types: 7, collections: 80 },
  startup: {
    gcCount: [3, 3, 0],
    collections: [3, 0, 0],
    collected: [24, 0, 0],
    tracked: [55, 5084, 0],
    frozen: 0,
    // Read with gdb at pyrun_file (the same for every program); the compiler's use of the free lists is
    // replayed from there (gc/compiler/py3.ts).
    freeLists: {
      list: 11,
      dict: 12,
      'tuple:1': 5,
      'tuple:2': 3,
      'tuple:3': 4,
      'tuple:4': 1,
      'tuple:6': 2,
      'tuple:7': 5,
      'tuple:8': 2,
      'tuple:9': 3,
      'tuple:10': 5,
      'tuple:11': 2,
      'tuple:12': 8,
      'tuple:13': 2,
      'tuple:14': 1,
      'tuple:15': 1,
      'tuple:16': 2,
      'tuple:17': 2,
      'tuple:18': 2,
      'tuple:19': 1,
    },
    // __future__ then gc, read with gdb from the first statement's state (exact since the compiler is
    // emulated) to the next `def` of `from __future__ import print_function; import gc`.
    importAllocations: { __future__: 44, gc: 20, types: 111, weakref: 658, copy: 88, collections: 1365 },
    importFreeListUse: {
      __future__: { list: 4, dict: 2, 'tuple:1': 3, 'tuple:2': 7, 'tuple:3': 1, 'tuple:4': 1 },
      gc: { list: 1, dict: 1, 'tuple:3': 1, 'tuple:4': 1 },
    },
    importFreeListsAfter: {
      weakref: { list: 2, dict: 3, 'tuple:1': 2, 'tuple:2': 31, 'tuple:3': 2 },
      copy: { list: 1, dict: 2, 'tuple:1': 3, 'tuple:2': 24, 'tuple:3': 2 },
      collections: { list: 2, dict: 5, 'tuple:1': 45, 'tuple:2': 79, 'tuple:3': 3 },
    },
  },
  moduleRefs: { sys: 63, gc: 19 },
  initSpecializationWarmup: 1,
  internImmortal: false,
  messages: { ...py3Messages, floatModuloZero: 'float modulo by zero' },
}

export const PROFILE_TABLE: Record<ProfileName, Profile> = {
  '2.7': PY27,
  '3.10': PY310,
  '3.12': PY312,
  '3.13': PY313,
}
