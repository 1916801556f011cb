import { describe, expect, it } from 'vitest'
import { LabService } from './lab-service'
import { InProcessRunner } from '../runner/in-process-runner'
import { ApiInputError } from '../../shared/api'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { starterPack } from '../packs/starter'
import { computeKeys } from '../packs/keys'
import { loadPack } from '../packs/load'

function service(): LabService {
  return new LabService({
    transport: 'web-http',
    runner: new InProcessRunner(),
    systemLanguage: 'zh-CN',
    version: '9.9.9',
  })
}

describe('LabService', () => {
  it('answers getAppInfo with the four profiles', async () => {
    const info = await service().call('getAppInfo', {})
    expect(info).toEqual({
      name: 'PyMem Lab',
      version: '9.9.9',
      transport: 'web-http',
      profiles: ['2.7', '3.10', '3.12', '3.13'],
      systemLanguage: 'zh-CN',
    })
  })

  it('runs a program on the simulator', async () => {
    const outcome = await service().call('runProgram', {
      runId: 'r1',
      source: 'print("hi")\n',
      profile: '2.7',
    })
    expect(outcome.stdout).toBe('hi\n')
    expect(outcome.runId).toBe('r1')
    expect(outcome.profile).toBe('2.7')
  })

  it.each([
    ['an unknown profile', { runId: 'r', source: '', profile: '3.9' }, 'profile'],
    ['a missing run id', { source: '', profile: '3.12' }, 'runId'],
    ['a source that is not text', { runId: 'r', source: 42, profile: '3.12' }, 'source'],
    ['an unknown field', { runId: 'r', source: '', profile: '3.12', shell: 'rm -rf /' }, 'shell'],
    ['a negative step budget', { runId: 'r', source: '', profile: '3.12', maxSteps: -1 }, 'maxSteps'],
  ])('rejects %s before it reaches the simulator', async (_name, input, field) => {
    const call = service().call('runProgram', input)
    await expect(call).rejects.toBeInstanceOf(ApiInputError)
    await expect(call).rejects.toThrow(field)
  })

  it('says false when cancelling a run that does not exist', async () => {
    expect(await service().call('cancelRun', { runId: 'nope' })).toEqual({ cancelled: false })
  })
})

describe('LabService: packs, answers and progress', () => {
  const root = join(__dirname, '../../..')

  function packService(extra: Partial<ConstructorParameters<typeof LabService>[0]> = {}): {
    lab: LabService
    dataDir: string
    packDir: string
  } {
    const dataDir = mkdtempSync(join(tmpdir(), 'pymem-data-'))
    const packDir = mkdtempSync(join(tmpdir(), 'pymem-pack-'))
    for (const [name, text] of Object.entries(starterPack('starter')))
      writeFileSync(join(packDir, name), text)
    const lab = new LabService({
      transport: 'web-http',
      runner: new InProcessRunner(),
      systemLanguage: 'en',
      version: '9.9.9',
      dataDir,
      builtinPacksDir: join(root, 'exercises'),
      ...extra,
    })
    return { lab, dataDir, packDir }
  }

  it('lists the built-in pack and loads it without giving answers away', async () => {
    const { lab } = packService()
    const { packs } = await lab.call('listPacks', {})
    expect(packs.map((p) => p.ref)).toContain('builtin:core')
    const core = await lab.call('loadPack', { pack: 'builtin:core' })
    expect(core.id).toBe('core')
    expect(core.exercises.length).toBeGreaterThanOrEqual(15)
    const text = JSON.stringify(core)
    expect(text).not.toContain('"correct"')
    expect(text).not.toContain('"expect"')
    expect(text).not.toContain('"probe"')
  })

  it('opens a folder by path in web mode, checks answers against simulator keys and keeps progress', async () => {
    const { lab, dataDir, packDir } = packService()
    const opened = await lab.call('openPackFolder', { path: packDir })
    const pack = opened.pack!.ref
    expect(pack).toBe(`folder:${packDir}`)
    const view = await lab.call('loadPack', { pack })
    expect(view.exercises[0].valid).toBe(true)

    // The key, as the simulator computes it: the service must agree with it.
    const loaded = loadPack(packDir).exercises[0].exercise!
    const key = computeKeys(loaded, '3.12').keys.count.answer as { kind: 'refcount'; value: number }
    const ask = {
      pack,
      exerciseId: 'first-refcount',
      questionId: 'count',
      profile: '3.12' as const,
      learner: 'ana',
    }
    const wrong = await lab.call('checkAnswer', {
      ...ask,
      answer: { kind: 'refcount', value: key.value + 1 },
      timeSpentMs: 1200,
    })
    expect(wrong).toMatchObject({ correct: false, score: 0, right: null, attempt: 1, attemptsLeft: 2 })
    expect(wrong.hint?.md.en).toContain('Count the names')
    const right = await lab.call('checkAnswer', { ...ask, answer: key, timeSpentMs: 800 })
    expect(right).toMatchObject({ correct: true, score: 1, right: key, attempt: 2 })
    expect(right.explanation?.md.en).toContain('hold one reference each')
    expect(right.facts.map((f) => f.id)).toContain('getrefcount-argument')

    // Progress survives a new service on the same data folder (a restart).
    const again = new LabService({
      transport: 'web-http',
      runner: new InProcessRunner(),
      systemLanguage: 'en',
      version: '1',
      dataDir,
    })
    const progress = await again.call('getProgress', { learner: 'ana' })
    expect(progress.records).toEqual([
      expect.objectContaining({
        packId: 'starter',
        questionId: 'count',
        attempts: 2,
        correct: true,
        timeSpentMs: 2000,
      }),
    ])
    const csv = await again.call('exportProgress', { format: 'csv', learner: 'ana' })
    expect(csv).toMatchObject({ filename: 'pymem-lab-progress-ana.csv', mimeType: 'text/csv' })
    expect(csv.content).toContain('ana,starter,first-refcount,count,3.12,2,true,1,1,')
    await expect(again.call('resetProgress', { learner: 'ana' })).rejects.toBeInstanceOf(ApiInputError)
    expect(await again.call('resetProgress', { learner: 'ana', confirm: true })).toEqual({ removed: 1 })
    expect((await again.call('getProgress', { learner: 'ana' })).records).toEqual([])
  })

  it('reloads a pack when its files change, and shows a broken exercise with its errors', async () => {
    const { lab, packDir } = packService()
    const { pack } = await lab.call('openPackFolder', { path: packDir })
    const before = await lab.call('getPackRevision', { pack: pack!.ref })
    const file = join(packDir, 'first-refcount.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('    after: 3', '    after: 40'))
    const after = await lab.call('getPackRevision', { pack: pack!.ref })
    expect(after.revision).not.toBe(before.revision)
    const view = await lab.call('loadPack', { pack: pack!.ref })
    expect(view.revision).toBe(after.revision)
    expect(view.exercises[0]).toMatchObject({ valid: false })
    expect(view.exercises[0].problems[0]).toMatchObject({
      file: 'first-refcount.yaml',
      line: 16,
      message: expect.stringContaining('outside the code'),
    })
    await expect(
      lab.call('checkAnswer', {
        pack: pack!.ref,
        exerciseId: 'first-refcount',
        questionId: 'copy',
        profile: '3.12',
        answer: { kind: 'choice', ids: ['alias'] },
      }),
    ).rejects.toThrow('has errors')
  })

  it('uses the injected folder dialog in Electron, and refuses a typed path there', async () => {
    let asked = 0
    const { lab, packDir } = packService({ pickFolder: async () => (asked++ === 0 ? packDir : null) })
    expect((await lab.call('openPackFolder', {})).pack?.ref).toBe(`folder:${packDir}`)
    expect((await lab.call('openPackFolder', {})).pack).toBeNull()
    await expect(lab.call('openPackFolder', { path: packDir })).rejects.toThrow('dialog')
  })

  it.each([
    ['a relative path', 'openPackFolder', { path: 'exercises/core' }, 'full path'],
    ['a folder that is not a pack', 'openPackFolder', { path: '/' }, 'pack.yaml'],
    ['a pack that was never opened', 'loadPack', { pack: 'folder:/etc' }, 'open its folder first'],
    ['a built-in pack outside exercises/', 'loadPack', { pack: 'builtin:../src' }, 'no built-in pack'],
    ['a ref of no known form', 'loadPack', { pack: '/etc/passwd' }, 'pack'],
    [
      'an answer of the wrong kind',
      'checkAnswer',
      {
        pack: 'builtin:core',
        exerciseId: 'refcount-basics',
        questionId: 'raises',
        profile: '3.12',
        answer: { kind: 'refcount', value: 1 },
      },
      'choice question',
    ],
    [
      'an unknown option',
      'checkAnswer',
      {
        pack: 'builtin:core',
        exerciseId: 'refcount-basics',
        questionId: 'raises',
        profile: '3.12',
        answer: { kind: 'choice', ids: ['nope'] },
      },
      'not options',
    ],
    [
      'a profile the exercise does not run on',
      'checkAnswer',
      {
        pack: 'builtin:core',
        exerciseId: 'refcount-basics',
        questionId: 'raises',
        profile: '3.13',
        answer: { kind: 'choice', ids: ['bind'] },
      },
      'runs on',
    ],
    [
      'an unknown answer field',
      'checkAnswer',
      {
        pack: 'builtin:core',
        exerciseId: 'refcount-basics',
        questionId: 'raises',
        profile: '3.12',
        answer: { kind: 'choice', ids: [], extra: 1 },
      },
      'extra',
    ],
    ['an export format', 'exportProgress', { format: 'xlsx' }, 'format'],
  ] as const)('rejects %s', async (_name, method, input, message) => {
    const { lab } = packService()
    await expect(lab.call(method, input)).rejects.toThrow(message)
  })

  it('grades a built-in choice question (fixed answer, no simulator needed) with partial credit', async () => {
    const { lab } = packService()
    const ask = {
      pack: 'builtin:core',
      exerciseId: 'refcount-basics',
      questionId: 'raises',
      profile: '3.12' as const,
    }
    const half = await lab.call('checkAnswer', { ...ask, answer: { kind: 'choice', ids: ['bind'] } })
    expect(half.score).toBe(0.5)
    const full = await lab.call('checkAnswer', { ...ask, answer: { kind: 'choice', ids: ['store', 'bind'] } })
    expect(full).toMatchObject({ correct: true, right: { kind: 'choice', ids: ['bind', 'store'] } })
  })
})
