/*
 * The object caches and identity rules that sit above the allocator: which values CPython shares
 * instead of allocating, and which objects are immortal. The object model asks these questions before
 * it calls the allocator at all.
 *
 * Where CPython does this:
 *   small ints   2.7 Objects/intobject.c `small_ints` (NSMALLNEGINTS 5, NSMALLPOSINTS 257);
 *                3.10 Objects/longobject.c `get_small_int`; 3.12+ static `_PyRuntime` small ints
 *                (pycore_global_objects.h `_PY_NSMALLPOSINTS`), immortal.
 *   ()           the empty-tuple singleton (tupleobject.c free_list[0] on 2.7/3.10; a static immortal
 *                object on 3.12+).
 *   '' and 1-char latin-1 strings: `characters[]`/`unicode_latin1[]` caches; static immortal on 3.12+.
 *   frozenset()  2.7 setobject.c `emptyfrozenset`; not a singleton on 3.x.
 *   interning    2.7/3.x Objects/codeobject.c `intern_string_constants` / `all_name_chars`: string
 *                constants made only of [A-Za-z0-9_] are interned when the code object is built;
 *                names are always interned; strings built at run time are not (intern()/sys.intern).
 *   immortality  PEP 683 (3.12+): `_Py_IMMORTAL_REFCNT`; sys.getrefcount reports 4294967295.
 * Verified on the four interpreters: shared/reference/cpython-memory.md §2, §2.1, §11 (beh.py, beh3.py).
 *
 * Simplifications:
 * - Only the caches the lab's programs can observe are listed (no bytes 1-char cache, no Ellipsis).
 */

import type { ProfileName } from '@shared/trace'

/** Identity facts for one profile. */
export interface CacheFacts {
  /** Inclusive range of the small-int cache. */
  smallIntMin: number
  smallIntMax: number
  /** True when the cached small ints, None, True, False, (), '' and static strings are immortal. */
  immortals: boolean
  /** What sys.getrefcount reports for an immortal object (null when the profile has none). */
  immortalRefcount: number | null
  /** `frozenset() is frozenset()`. */
  emptyFrozensetSingleton: boolean
  /**
   * `chr(97) is 'a'`: false on 3.12.1 only, where the compile-time constant 'a' is a different interned
   * object from the static latin-1 singleton.
   */
  constantCharIsLatin1Singleton: boolean
}

export const CACHE_FACTS: Readonly<Record<ProfileName, Readonly<CacheFacts>>> = {
  '2.7': {
    smallIntMin: -5,
    smallIntMax: 256,
    immortals: false,
    immortalRefcount: null,
    emptyFrozensetSingleton: true,
    constantCharIsLatin1Singleton: true,
  },
  '3.10': {
    smallIntMin: -5,
    smallIntMax: 256,
    immortals: false,
    immortalRefcount: null,
    emptyFrozensetSingleton: false,
    constantCharIsLatin1Singleton: true,
  },
  '3.12': {
    smallIntMin: -5,
    smallIntMax: 256,
    immortals: true,
    immortalRefcount: 4294967295,
    emptyFrozensetSingleton: false,
    constantCharIsLatin1Singleton: false,
  },
  '3.13': {
    smallIntMin: -5,
    smallIntMax: 256,
    immortals: true,
    immortalRefcount: 4294967295,
    emptyFrozensetSingleton: false,
    constantCharIsLatin1Singleton: true,
  },
}

/** True when an int of this value comes from the small-int cache (never allocated). */
export function isSmallInt(profile: ProfileName, value: bigint | number): boolean {
  const f = CACHE_FACTS[profile]
  const v = typeof value === 'bigint' ? value : BigInt(value)
  return v >= BigInt(f.smallIntMin) && v <= BigInt(f.smallIntMax)
}

/** True when a string constant of the source is interned at compile time (identifier characters only). */
export function isInternedConstant(text: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(text)
}

/** True when a str value is a shared singleton whatever made it: '' and one latin-1 character. */
export function isSingletonStr(codepoints: readonly number[]): boolean {
  return codepoints.length === 0 || (codepoints.length === 1 && codepoints[0] < 256)
}
