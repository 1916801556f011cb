/**
 * CPython's hash functions (`tp_hash`) for the values whose hash does not depend on the run, per
 * profile. 3.x (Python/pyhash.c, Objects/longobject.c, floatobject.c, tupleobject.c, setobject.c,
 * object.c):
 *   int        long_hash: |v| mod 2**61-1 (the sign kept), -1 -> -2
 *   float      _Py_HashDouble: the value as a rational reduced mod 2**61-1; inf -> 314159
 *   tuple      tuplehash (3.8+): xxHash-like over the items' hashes
 *   frozenset  frozenset_hash: xor of the shuffled entry hashes, mixed with the size
 *   None       none_hash (3.12+): the constant 0xFCA86420; before, the object's address
 * 2.7 (Objects/intobject.c, longobject.c, object.c _Py_HashDouble, tupleobject.c, setobject.c,
 * stringobject.c):
 *   int/long   the value when it fits a C long, else long_hash: |v| folded mod 2**64-1 in 30-bit digits
 *   float      the int's hash when integral, else frexp's mantissa halves plus the exponent << 15
 *   tuple      tuplehash: the multiplier algorithm (x ^ y) * mult
 *   frozenset  frozenset_hash: 1927868237 * (size + 1) xor the shuffled entry hashes
 *   str        string_hash (hash randomisation off, 2.7's default), ASCII only
 * An instance whose class defines `__hash__` hashes to what slot_tp_hash makes of the method's result
 * (recorded when the simulator calls it, see `recordCustomHash`). Everything else (3.x str, hashed with
 * a per-run key; instances and, before 3.12, None, hashed by address; NaN) gives null.
 */
import { PyFloat, PyInt, PySet, PyStr, PyTuple } from './types'
import type { PyObject } from './object'
import { R } from './runtime'

const M61 = (1n << 61n) - 1n
const asLong = (x: bigint): bigint => BigInt.asIntN(64, x)
const asULong = (x: bigint): bigint => BigInt.asUintN(64, x)
const fixMinusOne = (h: bigint): bigint => (h === -1n ? -2n : h)

/** The hash `__hash__` last returned for an instance, as slot_tp_hash reduced it. */
const customHashes = new WeakMap<PyObject, bigint>()
/** Hashes of immutable containers (CPython caches a frozenset's; a tuple's is recomputed, same value). */
const cached = new WeakMap<PyObject, bigint | null>()

/**
 * slot_tp_hash: the int `__hash__` returned, as a Py_hash_t. 3.x keeps a value that fits a Py_ssize_t
 * and hashes a bigger one as an int; 2.7 hashes a long as a long (the same for values fitting a C long).
 */
export function slotHash(v: number | bigint): bigint {
  const b = BigInt(v)
  if (R.profile.py2) return longHash27(b)
  return fixMinusOne(b === asLong(b) ? b : longHash3(b))
}

export function recordCustomHash(o: PyObject, h: bigint): void {
  customHashes.set(o, h)
}

/** CPython's hash of `o` on the current profile, or null when it depends on the run. */
export function pyHash(o: PyObject): bigint | null {
  const py2 = R.profile.py2
  if (o instanceof PyInt) return py2 ? longHash27(BigInt(o.value)) : longHash3(BigInt(o.value))
  if (o instanceof PyFloat) return py2 ? doubleHash27(o.value) : doubleHash3(o.value)
  if (o instanceof PyStr) return py2 && o.type !== R.T.bytes ? stringHash27(o.value) : null
  if (o instanceof PyTuple) {
    let h = cached.get(o)
    if (h === undefined) {
      h = py2 ? tupleHash27(o.items) : tupleHash3(o.items)
      cached.set(o, h)
    }
    return h
  }
  if (o instanceof PySet && o.type === R.T.frozenset) {
    let h = cached.get(o)
    if (h === undefined) {
      h = frozensetHash([...o.map.values()] as PyObject[], py2)
      cached.set(o, h)
    }
    return h
  }
  if (o === R.None) return R.profile.version[1] >= 12 && !py2 ? 0xfca86420n : null
  return customHashes.get(o) ?? null
}

/** _Py_HashPointer: the address rotated right by 4 bits (objects are 16-byte aligned). */
export function pointerHash(address: number): bigint {
  const y = BigInt(address)
  return fixMinusOne(asLong((y >> 4n) | (y << 60n)))
}

// ---- ints

/** 3.x long_hash: |v| mod 2**61 - 1, with v's sign. */
function longHash3(v: bigint): bigint {
  const x = (v < 0n ? -v : v) % M61
  return fixMinusOne(v < 0n ? -x : x)
}

/** 2.7 long_hash over 30-bit digits (int_hash gives the same for values fitting a C long). */
function longHash27(v: bigint): bigint {
  if (v === asLong(v)) return fixMinusOne(v)
  const abs = v < 0n ? -v : v
  const digits: bigint[] = []
  for (let r = abs; r > 0n; r >>= 30n) digits.push(r & 0x3fffffffn)
  let x = 0n
  for (let i = digits.length - 1; i >= 0; i--) {
    x = asULong((x >> 34n) | (x << 30n))
    x = asULong(x + digits[i])
    if (x < digits[i]) x++
  }
  if (v < 0n) x = asULong(-x)
  return fixMinusOne(asLong(x))
}

// ---- floats

/** frexp: [m, e] with v == m * 2**e, 0.5 <= |m| < 1 (v finite, non-zero). */
function frexp(v: number): [number, number] {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, v)
  let bits = view.getUint16(0)
  const e = ((bits >> 4) & 0x7ff) - 1022
  if (((bits >> 4) & 0x7ff) === 0) {
    // subnormal: scale up first
    const [m, e2] = frexp(v * 2 ** 64)
    return [m, e2 - 64]
  }
  bits = (bits & 0x800f) | (1022 << 4)
  view.setUint16(0, bits)
  return [view.getFloat64(0), e]
}

/** v as mantissa * 2**exponent with an integer mantissa. */
function exactParts(v: number): [bigint, number] {
  const [m, e] = frexp(v)
  return [BigInt(m * 2 ** 53), e - 53]
}

/** 3.x _Py_HashDouble: the rational value mod 2**61 - 1 (2**61 == 1, so 2**e == 2**(e mod 61)). */
function doubleHash3(v: number): bigint | null {
  if (Number.isNaN(v)) return null
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n
  if (v === 0) return 0n
  const [mant, e] = exactParts(v)
  const abs = mant < 0n ? -mant : mant
  const shift = BigInt(((e % 61) + 61) % 61)
  const x = ((abs % M61) << shift) % M61
  return fixMinusOne(mant < 0n ? -x : x)
}

/** 2.7 _Py_HashDouble. */
function doubleHash27(v: number): bigint | null {
  if (Number.isNaN(v)) return null
  if (!Number.isFinite(v)) return longHash27(v > 0 ? 314159n : -271828n)
  if (Number.isInteger(v)) {
    const half = 2 ** 62 // LONG_MAX / 2 as a double
    if (v > half || -v > half) return longHash27(BigInt(v))
    return fixMinusOne(BigInt(v))
  }
  const [m, expo] = frexp(v)
  let w = m * 2147483648.0
  const hipart = Math.trunc(w)
  w = (w - hipart) * 2147483648.0
  const x = asLong(BigInt(hipart) + BigInt(Math.trunc(w)) + BigInt((expo << 15) | 0))
  return fixMinusOne(x)
}

// ---- strings (2.7)

const strHashes = new Map<string, bigint | null>()

/** 2.7 string_hash (hash randomisation off, its default): FNV-like over the bytes, 64-bit. */
export function stringHash27(s: string): bigint | null {
  const hit = strHashes.get(s)
  if (hit !== undefined) return hit
  let h: bigint | null
  if (s.length === 0) h = 0n
  else if (!isAscii(s)) h = null
  else {
    let x = BigInt(s.charCodeAt(0)) << 7n
    for (let i = 0; i < s.length; i++) x = asLong((1000003n * x) ^ BigInt(s.charCodeAt(i)))
    x ^= BigInt(s.length)
    h = fixMinusOne(x)
  }
  if (strHashes.size > 10000) strHashes.clear()
  strHashes.set(s, h)
  return h
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}

// ---- tuples

/** 2.7 tuplehash. */
function tupleHash27(items: readonly PyObject[]): bigint | null {
  let x = 0x345678n
  let mult = 1000003n
  let len = items.length
  for (const item of items) {
    const y = pyHash(item)
    if (y === null) return null
    len--
    x = asLong((x ^ y) * mult)
    mult = asLong(mult + 82520n + BigInt(len) + BigInt(len))
  }
  return fixMinusOne(asLong(x + 97531n))
}

const XXPRIME_1 = 11400714785074694791n
const XXPRIME_2 = 14029467366897019727n
const XXPRIME_5 = 2870177450012600261n

/** 3.8+ tuplehash (xxHash's round over the items' hashes). */
function tupleHash3(items: readonly PyObject[]): bigint | null {
  let acc = XXPRIME_5
  for (const item of items) {
    const lane = pyHash(item)
    if (lane === null) return null
    acc = asULong(acc + asULong(lane) * XXPRIME_2)
    acc = asULong((acc << 31n) | (acc >> 33n))
    acc = asULong(acc * XXPRIME_1)
  }
  acc = asULong(acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n)))
  if (acc === asULong(-1n)) return 1546275796n
  return asLong(acc)
}

// ---- frozensets

function frozensetHash(items: readonly PyObject[], py2: boolean): bigint | null {
  const hashes: bigint[] = []
  for (const item of items) {
    const h = pyHash(item)
    if (h === null) return null
    hashes.push(h)
  }
  if (py2) {
    let hash = asLong(1927868237n * BigInt(items.length + 1))
    for (const h of hashes) hash = asLong(hash ^ ((h ^ asLong(h << 16n) ^ 89869747n) * 3644798167n))
    hash = asLong(hash * 69069n + 907133923n)
    return hash === -1n ? 590923713n : hash
  }
  // The table's NULL and dummy entries cancel out (frozenset_hash removes their effect).
  const shuffle = (h: bigint): bigint => asULong((h ^ 89869747n ^ (h << 16n)) * 3644798167n)
  let hash = 0n
  for (const h of hashes) hash ^= shuffle(asULong(h))
  hash ^= asULong((BigInt(items.length) + 1n) * 1927868237n)
  hash ^= (hash >> 11n) ^ (hash >> 25n)
  hash = asULong(hash * 69069n + 907133923n)
  return hash === asULong(-1n) ? 590923713n : asLong(hash)
}
