// sys.getsizeof and allocation sizes against numbers recorded from CPython (testdata/sizes.P.json,
// written by testdata/regen-sizes.sh running testdata/probe-sizes.py under each profile's interpreter).
import { describe, expect, it } from 'vitest'
import type { ProfileName } from '@shared/trace'
import { ALLOC_CONSTANTS, blockSizeOf, sizeClassOf } from './constants'
import { OBJECT_BLOCK_ITEM } from './freelists'
import * as S from './sizes'
import rec27 from './testdata/sizes.2.7.json'
import rec310 from './testdata/sizes.3.10.json'
import rec312 from './testdata/sizes.3.12.json'
import rec313 from './testdata/sizes.3.13.json'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = Record<string, any>
interface Rec {
  spec: Spec
  getsizeof?: number
  spacing?: number
}
const RECORDS: Record<ProfileName, { version: string; records: Rec[] }> = {
  '2.7': rec27,
  '3.10': rec310,
  '3.12': rec312,
  '3.13': rec313,
}

function listCapacity(p: ProfileName, s: Spec): number {
  const n: number = s.n
  switch (s.build) {
    case 'append':
    case 'comprehension': {
      let cap = 0
      for (let i = 0; i < n; i++) cap = S.listResize(p, cap, i, i + 1)
      return cap
    }
    case 'repeat':
    case 'slice-copy':
      return n
    case 'from-sized':
      return S.listPreallocate(p, n)
    case 'literal':
      // 3.9+ compiles a list display of 3+ constants to BUILD_LIST 0 + LIST_EXTEND of a tuple constant.
      return p !== '2.7' && s.const && n >= 3 ? S.listPreallocate(p, n) : n
    case 'extend': {
      const cap = S.listPreallocate(p, n)
      if (n === 0) return S.listPreallocate(p, s.by)
      return S.listResize(p, cap, n, n + s.by)
    }
    case 'del-slice':
      return S.listResize(p, n, n, s.keep)
    case 'append-pop': {
      let cap = 0
      for (let i = 0; i < n; i++) cap = S.listResize(p, cap, i, i + 1)
      for (let i = n; i > n - s.pop; i--) cap = S.listResize(p, cap, i, i - 1)
      return cap
    }
  }
  throw new Error(`unknown list build ${s.build}`)
}

function dictTable(p: ProfileName, s: Spec): S.DictTable {
  const str = s.keys === 'str'
  const inserted = (n: number): S.DictTable => {
    let t = S.dictNew(p)
    for (let i = 0; i < n; i++) t = S.dictInsert(p, t, str)
    return t
  }
  switch (s.build) {
    case 'insert':
    case 'fromkeys-list':
    case 'call':
    case 'call-kwargs':
      return inserted(s.n)
    case 'copy':
      return S.dictCopy(p, inserted(s.n))
    case 'insert-del-all': {
      let t = inserted(s.n)
      for (let i = 0; i < s.n; i++) t = S.dictDelete(p, t)
      return t
    }
    case 'insert-clear':
      return S.dictClear(p)
    case 'literal':
      return S.dictDisplay(p, new Array<boolean>(s.n).fill(str))
    case 'str-then-int':
      return S.dictInsert(p, inserted(s.n), false)
  }
  throw new Error(`unknown dict build ${s.build}`)
}

function setTable(p: ProfileName, s: Spec): S.SetTable {
  if (s.build === 'literal' && p !== '2.7' && s.n >= 3) return S.setMerge(p, S.setNew(p), s.n)
  let t = S.setNew(p)
  for (let i = 0; i < s.n; i++) t = S.setAdd(p, t)
  return t
}

/** What our model says sys.getsizeof is for a recorded case. */
function modelGetsizeof(p: ProfileName, s: Spec): number {
  switch (s.kind) {
    case 'int':
      return S.intSize(p, BigInt(s.value)).getsizeof
    case 'bool':
      return S.boolSize(p, s.value).getsizeof
    case 'float':
      return S.floatSize(p).getsizeof
    case 'none':
    case 'object':
      return S.bareObjectSize(p).getsizeof
    case 'str':
      return S.strSize(p, s.codepoints, { singleton: s.singleton === true }).getsizeof
    case 'unicode':
      return S.unicodeSize27(s.codepoints).getsizeof
    case 'bytes':
      return S.bytesSize(p, s.length).getsizeof
    case 'list':
      return S.listSize(p, listCapacity(p, s)).getsizeof
    case 'tuple':
    case 'namedtuple':
      return S.tupleSize(p, s.n).getsizeof
    case 'dict':
      return S.dictSize(p, dictTable(p, s)).getsizeof
    case 'set':
    case 'frozenset':
      return S.setSize(p, setTable(p, s)).getsizeof
    case 'instance':
      return S.instanceSize(p, { slots: 0, hasDict: true, hasWeakref: true }).getsizeof
    case 'instance-dict': {
      if (p === '2.7') {
        let t = S.dictNew(p)
        for (let i = 0; i < s.attrs; i++) t = S.dictInsert(p, t, true)
        return S.dictSize(p, t).getsizeof
      }
      // The probe makes `instancesCreated` instances, each given `attrs` attributes in turn.
      const keys = new S.SharedKeys(p)
      for (let k = 0; k < s.instancesCreated; k++) {
        keys.onInstanceCreated()
        if (k === 0) for (let i = 0; i < s.attrs; i++) keys.onNewKey()
      }
      return keys.dictGetsizeof()
    }
    case 'slots':
      return S.instanceSize(p, { slots: s.n, hasDict: false, hasWeakref: s.weakref === true }).getsizeof
    case 'function':
    case 'cell':
    case 'method':
    case 'generator':
    case 'weakref':
    case 'weakproxy':
    case 'class':
    case 'range':
      return S.fixedSize(p, s.kind).getsizeof
  }
  throw new Error(`unknown kind ${s.kind}`)
}

/** The block our model allocates for a spacing case (a steady stream of such objects). */
function modelSpacing(p: ProfileName, of: string): number | null {
  const block = (n: number): number =>
    blockSizeOf(ALLOC_CONSTANTS[p], sizeClassOf(ALLOC_CONSTANTS[p], n) as number)
  switch (of) {
    case 'float':
      return p === '2.7' ? OBJECT_BLOCK_ITEM : block(S.floatSize(p).alloc)
    case 'int-big':
      return p === '2.7' ? OBJECT_BLOCK_ITEM : block(S.intAddResultSize(p, 2n ** 40n, 1n).alloc)
    case 'tuple:3':
      return block(S.tupleSize(p, 3).alloc)
    case 'list':
      return block(S.listSize(p, 1).alloc)
    case 'dict':
      return block(S.dictSize(p, S.dictNew(p)).alloc)
    case 'instance': {
      // After many instances the 3.12+ shared keys' usable count has dropped to 1.
      return block(S.instanceSize(p, { slots: 0, hasDict: true, hasWeakref: true }, 1).alloc)
    }
    case 'slots:2':
      return block(S.instanceSize(p, { slots: 2, hasDict: false, hasWeakref: false }).alloc)
    case 'set':
      return block(S.setSize(p, S.setNew(p)).alloc)
    case 'str:10':
      // 2.7 makes a unicode object and its buffer in the same size class, interleaved: not comparable.
      return p === '2.7' ? null : block(S.strSize(p, new Array<number>(10).fill(48)).alloc)
    case 'cell':
      return block(S.fixedSize(p, 'cell').alloc)
  }
  throw new Error(`unknown spacing case ${of}`)
}

describe.each(Object.keys(RECORDS) as ProfileName[])('sizes on %s', (p) => {
  const { records } = RECORDS[p]
  const sized = records.filter((r) => r.getsizeof !== undefined)
  it('has recorded cases', () => {
    expect(sized.length).toBeGreaterThan(300)
  })
  it.each(sized.map((r) => [JSON.stringify(r.spec), r] as const))('getsizeof %s', (_name, r) => {
    expect(modelGetsizeof(p, r.spec)).toBe(r.getsizeof)
  })
  const spaced = records.filter((r) => r.spacing !== undefined)
  it.each(spaced.map((r) => [r.spec.of as string, r] as const))('block spacing of %s', (of, r) => {
    const model = modelSpacing(p, of)
    if (model !== null) expect(model).toBe(r.spacing)
  })
})
