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
  listCompOwnScope: false,
  comprehensionIsCall: false,
  exceptNameCleared: false,
  recursionLimit: 1000,
  recursionErrorType: 'RuntimeError',
  floatStrDigits: 12,
  gcThresholds: [700, 10, 10],
  gcTrigger: 'alloc',
  tpCallArgsTuple: 'all',
  importGarbage: {},
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
  listCompOwnScope: true,
  comprehensionIsCall: true,
  exceptNameCleared: true,
  recursionLimit: 1000,
  recursionErrorType: 'RecursionError',
  floatStrDigits: null,
  gcThresholds: [700, 10, 10],
  gcTrigger: 'alloc',
  tpCallArgsTuple: ['int', 'str', 'weakref'],
  importGarbage: {},
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
  version: [3, 12, 1],
  argsTransferredToFrame: true,
  boundMethodSelf: 'push-self',
  immortalRefcnt: 4294967295,
  gcTrigger: 'eval-breaker',
  comprehensionIsCall: false,
  instanceDictAllocated: false,
  messages: py3Messages,
}

export const PY313: Profile = {
  ...PY312,
  name: '3.13',
  version: [3, 13, 0],
  gcThresholds: [2000, 10, 10],
  tpCallArgsTuple: ['weakref'],
  // Lib/types.py's `_C` class cycle (7 objects; loaded by weakref and copy) and collections' garbage.
  importGarbage: { types: 7, collections: 80 },
  moduleRefs: { sys: 63, gc: 19 },
  initSpecializationWarmup: 1,
  messages: { ...py3Messages, floatModuloZero: 'float modulo by zero' },
}

export const PROFILE_TABLE: Record<ProfileName, Profile> = {
  '2.7': PY27,
  '3.10': PY310,
  '3.12': PY312,
  '3.13': PY313,
}
