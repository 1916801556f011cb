/**
 * Pack check: every pack in exercises/ loads without problems, every exercise runs on the simulator
 * on each of its profiles, every answer key can be computed, and every instructor `expect` (taken
 * from runs of real CPython) agrees with the simulator. So a key cannot drift from what the
 * simulator does, and the simulator cannot drift from CPython on what the course teaches.
 *
 * Where the simulator cannot compute a key yet, this test fails on purpose: it is not skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../shared/pack'
import { computeKeys, expectProblems } from './keys'
import { allProblems, loadPack, loadPackFiles } from './load'

const root = resolve(__dirname, '../../../exercises')
const packs = readdirSync(root).filter((name) => existsSync(join(root, name, 'pack.yaml')))

describe.each(packs)('exercise pack %s', (name) => {
  const pack = loadPack(join(root, name))

  it('validates with no problems at all', () => {
    expect(allProblems(pack).map(formatProblem)).toEqual([])
  })

  it('has at least 15 exercises with at least 2 questions each, in zh and en', () => {
    if (name !== 'core') return
    expect(pack.manifest?.languages).toEqual(['zh', 'en'])
    const exercises = pack.exercises.map((e) => e.exercise!)
    expect(exercises.length).toBeGreaterThanOrEqual(15)
    for (const exercise of exercises) {
      const questions = exercise.checkpoints.flatMap((c) => c.questions)
      expect(questions.length, exercise.id).toBeGreaterThanOrEqual(2)
    }
  })

  const cases = pack.exercises.flatMap((loaded) =>
    (loaded.exercise?.profiles ?? []).map((profile) => [loaded.id, profile, loaded] as const),
  )
  it.each(cases)('%s on %s: every key is computed and every expect holds', (_id, profile, loaded) => {
    const keys = computeKeys(loaded.exercise!, profile)
    const problems = expectProblems(loaded.exercise!, keys, loaded.yaml, loaded.file).map(formatProblem)
    expect(problems).toEqual([])
  })
})

describe('the worked example in exercises/README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const [manifest, exercise] = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1])
  const pack = loadPackFiles(
    'README',
    new Map([
      ['pack.yaml', manifest],
      ['two-nodes.yaml', exercise],
    ]),
  )

  it('is a valid pack', () => {
    expect(allProblems(pack).map(formatProblem)).toEqual([])
  })

  it.each(pack.exercises[0].exercise?.profiles ?? [])('agrees with its expects on %s', (profile) => {
    const loaded = pack.exercises[0]
    const keys = computeKeys(loaded.exercise!, profile)
    expect(expectProblems(loaded.exercise!, keys, loaded.yaml, loaded.file).map(formatProblem)).toEqual([])
  })
})
