/**
 * The validator on broken packs: each case starts from the starter pack (which is valid), breaks
 * one thing, and checks the problem is reported at the right file:line:column with a clear message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../shared/pack'
import { allProblems, loadPack, loadPackFiles } from './load'
import { starterPack } from './starter'

const EX = 'first-refcount.yaml'

function pack(edit: (files: Record<string, string>) => void): string[] {
  const files = starterPack('demo')
  edit(files)
  const loaded = loadPackFiles('/virtual/demo', new Map(Object.entries(files)))
  return allProblems(loaded).map(formatProblem)
}

/** Replaces one exact piece of text (and fails loudly if the piece is not there). */
function replace(files: Record<string, string>, file: string, from: string, to: string): void {
  expect(files[file]).toContain(from)
  files[file] = files[file].replace(from, to)
}

describe('the starter pack', () => {
  it('is valid', () => {
    expect(pack(() => {})).toEqual([])
  })
})

describe('pack validate reports', () => {
  it.each<[string, (f: Record<string, string>) => void, string]>([
    [
      'an unknown field, with a suggestion',
      (f) => replace(f, EX, '        expression: a\n', '        expresion: a\n'),
      `${EX}:20:9: unknown field 'expresion' (did you mean 'expression'?)`,
    ],
    [
      'a field of the wrong type',
      (f) => replace(f, EX, '    after: 3', '    after: three'),
      `${EX}:16:12: 'after' should be a number, not the text 'three'`,
    ],
    [
      'a line number outside the code',
      (f) => replace(f, EX, '    after: 3', '    after: 12'),
      `${EX}:16:12: line 12 is outside the code (it has 4 lines)`,
    ],
    [
      'a checkpoint on a line with no code',
      (f) => {
        replace(f, EX, '  b = a\n', '  b = a\n\n')
        replace(f, EX, '    after: 3', '    after: 4')
      },
      `${EX}:17:12: line 4 holds no code (blank or a comment): execution never stops there`,
    ],
    [
      'a probe expression that does not parse',
      (f) => replace(f, EX, '        expression: a is b', '        expression: a is (b'),
      `${EX}:32:28: 'a is (b' does not parse as a Python expression`,
    ],
    [
      'a statement where an expression belongs',
      (f) => replace(f, EX, '        expression: a is b', '        expression: c = a'),
      `${EX}:32:21: 'c = a' is a statement, not an expression`,
    ],
    [
      'code that does not parse, at its place in the block',
      (f) => replace(f, EX, '  b = a\n', '  b = = a\n'),
      `${EX}:12:7: the code does not parse as Python`,
    ],
    [
      'a duplicate question id',
      (f) => replace(f, EX, '      - id: same\n', '      - id: count\n'),
      `${EX}:30:13: question id 'count' is used twice in this exercise`,
    ],
    [
      'a missing translation',
      (f) => replace(f, EX, '  en: A first reference count\n', ''),
      `${EX}:3:3: missing English (en) translation of 'title'`,
    ],
    [
      'an unknown question kind',
      (f) => replace(f, EX, '        kind: value', '        kind: guess'),
      `${EX}:31:15: unknown question kind 'guess': kinds are output, refcount, collect, alive, order, garbage, value, choice`,
    ],
    [
      'an exercise listed in the order but missing',
      (f) => replace(f, 'pack.yaml', '  - first-refcount\n', '  - first-refcount\n  - second\n'),
      `pack.yaml:15:5: exercise 'second' is listed but second.yaml is missing`,
    ],
    [
      'a file that is not YAML',
      (f) => (f[EX] = 'id: first-refcount\ncode: [unclosed\n  checkpoints: {\n'),
      `${EX}:2:8: not valid YAML: Implicit keys of flow sequence pairs need to be on a single line`,
    ],
    [
      'a bad profile name',
      (f) => replace(f, EX, "profiles: ['3.12', '2.7']", "profiles: ['3.12', '3.9']"),
      `${EX}:8:20: unknown profile the text '3.9': profiles are 2.7, 3.10, 3.12, 3.13`,
    ],
    [
      'a profile YAML reads as a number',
      (f) => replace(f, 'pack.yaml', "profile: '3.12'", 'profile: 3.10'),
      `pack.yaml:12:10: profile 3.1 is a number to YAML: write the profile in quotes`,
    ],
    [
      'raw HTML in pack text',
      (f) =>
        replace(
          f,
          EX,
          '  en: Predict, then run, then see why.',
          '  en: Predict <img src=x onerror=alert(1)>',
        ),
      `${EX}:7:7: HTML is not allowed in pack text`,
    ],
    [
      'a script link in pack text',
      (f) => replace(f, EX, '  en: Predict, then run, then see why.', '  en: "[run](javascript:alert(1))"'),
      `${EX}:7:7: link target 'javascript:…' is not allowed`,
    ],
    [
      'a duplicate YAML key',
      (f) => replace(f, EX, 'id: first-refcount\n', 'id: first-refcount\nid: again\n'),
      `${EX}:2:1: duplicate field`,
    ],
    [
      'an exercise id that does not match its file',
      (f) => replace(f, EX, 'id: first-refcount', 'id: first'),
      `${EX}:1:5: exercise id 'first' does not match its file name 'first-refcount.yaml'`,
    ],
    [
      'a refcount question whose code does not import sys',
      (f) => {
        replace(
          f,
          EX,
          '  import sys\n  a = []\n  b = a\n  print(sys.getrefcount(a))\n',
          '  a = []\n  b = a\n  print(a)\n',
        )
      },
      `${EX}:18:15: the code must 'import sys': the answer is computed with sys.getrefcount`,
    ],
    [
      'an expect of the wrong kind',
      (f) => replace(f, EX, '        expression: a\n', "        expression: a\n        expect: 'two'\n"),
      `${EX}:21:17: a refcount answer is a whole number, not the text 'two'`,
    ],
    [
      'an expect for a profile the exercise does not run on',
      (f) =>
        replace(f, EX, '        expression: a\n', "        expression: a\n        expect: { '3.13': 3 }\n"),
      `${EX}:21:19: this exercise does not run on profile 3.13`,
    ],
    [
      'a choice question with no correct option',
      (f) => replace(f, EX, '            correct: true\n', ''),
      `${EX}:42:11: a choice question needs at least one option with correct: true`,
    ],
  ])('%s', (_name, edit, expected) => {
    const problems = pack(edit)
    expect(
      problems.some((p) => p.startsWith(expected) || p.includes(expected)),
      problems.join('\n'),
    ).toBe(true)
  })

  it('every problem of a file at once, and keeps the other exercises working', () => {
    const files = starterPack('demo')
    files['pack.yaml'] = files['pack.yaml'].replace(
      '  - first-refcount\n',
      '  - first-refcount\n  - broken\n',
    )
    files['broken.yaml'] = files[EX].replace('id: first-refcount', 'id: broken')
      .replace('    after: 3', '    after: 30')
      .replace('        kind: value', '        kind: guess')
      .replace('        expression: a\n', '        expresion: a\n')
    const loaded = loadPackFiles('/virtual/demo', new Map(Object.entries(files)))
    const broken = loaded.exercises.find((e) => e.id === 'broken')!
    expect(broken.exercise).toBeNull()
    expect(broken.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('line 30 is outside the code'),
        expect.stringContaining("unknown question kind 'guess'"),
        expect.stringContaining("unknown field 'expresion'"),
      ]),
    )
    expect(loaded.exercises.find((e) => e.id === 'first-refcount')!.exercise).not.toBeNull()
  })

  it('a file present but not listed, as a warning', () => {
    const problems = pack((f) => (f['extra.yaml'] = 'id: extra\n'))
    expect(problems).toContain(
      "extra.yaml:1:1: warning: extra.yaml is not listed in pack.yaml's exercises, so it is not loaded",
    )
  })
})

describe('loading from disk', () => {
  it('reads a folder and a .zip of it alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-pack-'))
    const files = starterPack('zipped')
    files[EX] = files[EX].replace('    after: 3', '    after: 99')
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    const zip = join(dir, '..', `${dir.split('/').pop()}.zip`)
    writeFileSync(
      zip,
      zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [`zipped/${n}`, strToU8(t)]))),
    )
    const fromDir = allProblems(loadPack(dir)).map(formatProblem)
    const fromZip = allProblems(loadPack(zip)).map(formatProblem)
    expect(fromDir).toEqual([`${EX}:16:12: line 99 is outside the code (it has 4 lines)`])
    expect(fromZip).toEqual(fromDir)
  })

  it('says when pack.yaml is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-pack-'))
    expect(allProblems(loadPack(dir)).map((p) => p.message)).toEqual([
      'pack.yaml is missing: a pack folder needs pack.yaml and one YAML file per exercise',
    ])
  })
})
