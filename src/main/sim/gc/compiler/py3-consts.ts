/**
 * CPython 3.x compiler constants and the compiler's constant cache (`c_const_cache`), as far as they
 * allocate GC objects: `_PyCode_ConstantKey` (Objects/codeobject.c) makes a key tuple for every constant
 * that is not a str, int, None, Ellipsis or code object (`(type, value)` for bool/bytes/float/complex,
 * `(item keys, tuple)` for a tuple, `(frozenset of keys, frozenset)` for a frozenset), and the cache keeps
 * the first key of each value; a later equal key is freed at once. `merge_consts_recursive`
 * (Python/compile.c, used by `compiler_add_const`) also merges the items of a new tuple;
 * `_PyCompile_ConstCacheMergeOne` (used for folded tuples, co_names, co_consts, localsplusnames and the
 * code's bytes) does not on 3.10-3.12 and does on 3.13.
 *
 * Values are modelled by a canonical string (equal strings = equal keys). Simplifications: a code
 * object is never equal to another one; frozenset constants are rebuilt without modelling
 * `intern_string_constants`.
 */
import type { CompileOp } from '../compiler-allocations'

export type CVal =
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: number }
  | { t: 'complex'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'tuple'; items: CVal[] }
  | { t: 'frozenset'; items: CVal[] }
  | { t: 'code'; id: number }
  /** A code unit's bytes (exception table, line table, bytecode), identified by a signature. */
  | { t: 'raw'; v: string }

/** The GC allocations and frees in order. */
export class Ops {
  readonly list: CompileOp[] = []
  /** Developer notes interleaved with the operations (PYMEM_COMPILE_OPS=units). */
  readonly notes = new Map<number, string[]>()
  note(text: string): void {
    const at = this.list.length
    this.notes.set(at, [...(this.notes.get(at) ?? []), text])
  }
  alloc(kind: string, tracked = true): void {
    this.list.push({ free: false, kind, tracked })
  }
  free(kind: string, tracked = true): void {
    this.list.push({ free: true, kind, tracked })
  }
  /** A tuple of `n` items (the empty tuple is a singleton: nothing happens). */
  tuple(n: number): void {
    if (n > 0) this.alloc(`tuple:${n}`)
  }
  tupleFree(n: number): void {
    if (n > 0) this.free(`tuple:${n}`)
  }
  /** `PyFrozenSet_New(tuple)`: the set, and the tuple iterator set_update_internal makes and drops. */
  frozenset(): void {
    this.alloc('other')
    this.alloc('other')
    this.free('other')
  }
}

export function canon(v: CVal): string {
  switch (v.t) {
    case 'none':
      return 'N'
    case 'ellipsis':
      return 'E'
    case 'bool':
      return v.v ? 'T' : 'F'
    case 'int':
      return `i${v.v}`
    case 'float':
      return Object.is(v.v, -0) ? 'f-0' : `f${v.v}`
    case 'complex':
      return `j${v.v}`
    case 'str':
      return `s${JSON.stringify(v.v)}`
    case 'bytes':
      return `b${JSON.stringify(v.v)}`
    case 'tuple':
      return `(${v.items.map(canon).join(',')})`
    case 'frozenset':
      return `{${v.items.map(canon).sort().join(',')}}`
    case 'code':
      return `c${v.id}`
    case 'raw':
      return `r${v.v}`
  }
}

/** A key object made by `_PyCode_ConstantKey`: what to free when it dies. */
interface Key {
  tuples: number[]
  others: number
}

export class ConstCache {
  private readonly keys = new Set<string>()
  constructor(
    private readonly ops: Ops,
    /** 3.13: `_PyCompile_ConstCacheMergeOne` merges a new tuple's items too. */
    private readonly mergeOneRecursive: boolean,
  ) {}

  /** `_PyCode_ConstantKey(v)`: the allocations, in CPython's order; null when the key is `v` itself. */
  private constantKey(v: CVal): Key | null {
    const ops = this.ops
    switch (v.t) {
      case 'none':
      case 'ellipsis':
      case 'int':
      case 'str':
      case 'code':
        return null
      case 'bool':
      case 'bytes':
      case 'raw':
      case 'complex':
        ops.tuple(2)
        return { tuples: [2], others: 0 }
      case 'float': {
        const n = Object.is(v.v, -0) ? 3 : 2
        ops.tuple(n)
        return { tuples: [n], others: 0 }
      }
      case 'tuple': {
        const k: Key = { tuples: [], others: 0 }
        ops.tuple(v.items.length)
        if (v.items.length > 0) k.tuples.push(v.items.length)
        for (const it of v.items) addKey(k, this.constantKey(it))
        ops.tuple(2)
        k.tuples.push(2)
        return k
      }
      case 'frozenset': {
        const k: Key = { tuples: [], others: 0 }
        const n = v.items.length
        ops.tuple(n)
        for (const it of v.items) addKey(k, this.constantKey(it))
        ops.frozenset()
        k.others++
        ops.tupleFree(n)
        ops.tuple(2)
        k.tuples.push(2)
        return k
      }
    }
  }

  private freeKey(k: Key): void {
    for (const n of k.tuples) this.ops.tupleFree(n)
    for (let i = 0; i < k.others; i++) this.ops.free('other')
  }

  /** `merge_consts_recursive(v)` (compiler_add_const). */
  merge(v: CVal): void {
    if (v.t === 'none' || v.t === 'ellipsis') return
    const k = this.constantKey(v)
    const c = canon(v)
    if (this.keys.has(c)) {
      if (k !== null) this.freeKey(k)
      return
    }
    this.keys.add(c)
    if (k !== null) this.held.push(k)
    if (v.t === 'tuple') for (const it of v.items) this.merge(it)
    else if (v.t === 'frozenset' && v.items.length > 0) {
      this.ops.tuple(v.items.length)
      for (const it of v.items) this.merge(it)
      this.ops.frozenset()
      // The key now holds the rebuilt frozenset (it ends up in co_consts); the original one lives on in
      // the AST's arena.
      this.ops.tupleFree(v.items.length)
    }
  }

  /**
   * `_PyCompile_ConstCacheMergeOne(&obj)`: `fresh` objects (a tuple just built) die when an equal one is
   * already cached. Returns whether `v` was new.
   */
  mergeOne(v: CVal, fresh: boolean): boolean {
    if (this.mergeOneRecursive) {
      const had = this.keys.has(canon(v))
      this.merge(v)
      if (had && fresh && v.t === 'tuple') this.ops.tupleFree(v.items.length)
      return !had
    }
    const k = this.constantKey(v)
    const c = canon(v)
    if (this.keys.has(c)) {
      if (k !== null) this.freeKey(k)
      if (fresh && v.t === 'tuple') this.ops.tupleFree(v.items.length)
      return false
    }
    this.keys.add(c)
    if (k !== null) this.held.push(k)
    return true
  }

  /** Keys the cache holds (freed with it by `compiler_free`). */
  readonly held: Key[] = []

  /** `Py_XDECREF(c->c_const_cache)`: the dict and every key it holds. */
  freeAll(): void {
    this.ops.free('dict', false)
    for (const k of this.held) this.freeKey(k)
  }
}

function addKey(into: Key, k: Key | null): void {
  if (k === null) return
  into.tuples.push(...k.tuples)
  into.others += k.others
}
