/**
 * Attribute lookup along the MRO (`_PyType_Lookup` in Objects/typeobject.c, with its method cache).
 *
 * Compiled attribute sites keep one more level of cache (`LookupSite`, like the inline caches of 3.11+'s
 * specialising interpreter): the last type seen there and what the lookup found, valid while no class
 * attribute changed anywhere.
 *
 * Simplifications:
 * - The cache is per type and dropped whenever a class attribute is assigned anywhere.
 */
import type { PyObject } from './object'
import type { PyType } from './types'

let generation = 0

/** Invalidate every type's cache (PyType_Modified). */
export function typeModified(): void {
  generation++
}

/** Borrowed reference to `name` found on `t` or its bases, or null. */
export function lookupType(t: PyType, name: string): PyObject | null {
  // The generation each type's cache is valid for lives on the type (a field, not a WeakMap: this runs
  // on every attribute access and call).
  if (t.cacheGen !== generation) {
    t.cache.clear()
    t.cacheGen = generation
  }
  const c = t.cache.get(name)
  if (c !== undefined) return c
  let found: PyObject | null = null
  for (const b of t.mro) {
    const e = b.dict.map.get(name)
    if (e !== undefined) {
      found = e.value
      break
    }
  }
  t.cache.set(name, found)
  return found
}

/** One compiled site's memo of `lookupType(type, name)` for a fixed name. */
export interface LookupSite {
  type: PyType | null
  /** The lookup generation `found` is valid for; -1: never filled. */
  gen: number
  found: PyObject | null
}

export function newLookupSite(): LookupSite {
  return { type: null, gen: -1, found: null }
}

/** `lookupType(t, name)` through the site's memo (same answer: both are valid for one generation). */
export function lookupAt(site: LookupSite, t: PyType, name: string): PyObject | null {
  if (site.type === t && site.gen === generation) return site.found
  const found = lookupType(t, name)
  site.type = t
  site.gen = generation
  site.found = found
  return found
}
