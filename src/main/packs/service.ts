/**
 * The pack, answer and progress calls of the lab's service (shared/api.ts), kept apart from
 * lab-service.ts so that file stays a table of calls. No electron here either: the folder dialog is
 * injected by the Electron main process (`pickFolder`); web mode passes none and takes a typed path.
 */
import type { ApiOutputs, ApiParsedInput } from '../../shared/api'
import type { Answer, Question } from '../../shared/pack'
import { grade } from '../grading'
import { ProgressStore } from '../progress/store'
import type { Simulate } from './keys'
import { PackError, PackLibrary } from './library'
import { toPackSummary, toPackView } from './view'

export interface PackServiceOptions {
  /** Folder of the built-in packs (`exercises/`), or null. */
  builtinPacksDir: string | null
  /** The app's data folder (progress lives here), or null: progress calls then fail. */
  dataDir: string | null
  /** Electron: shows a folder dialog; resolves null when the learner cancels. */
  pickFolder?: () => Promise<string | null>
  /** Computes answer keys; the simulator by default. */
  simulate?: Simulate
}

function checkAnswerShape(question: Question, answer: Answer): void {
  if (answer.kind !== question.kind) {
    throw new PackError(`question '${question.id}' is a ${question.kind} question, not ${answer.kind}`)
  }
  if ('ids' in answer && 'options' in question) {
    const known = new Set(question.options.map((o) => o.id))
    const unknown = answer.ids.filter((id) => !known.has(id))
    if (unknown.length > 0) throw new PackError(`not options of '${question.id}': ${unknown.join(', ')}`)
    if (new Set(answer.ids).size !== answer.ids.length) throw new PackError('an option is given twice')
  }
}

export class PackService {
  readonly library: PackLibrary
  private progressStore: ProgressStore | null = null

  constructor(private readonly options: PackServiceOptions) {
    this.library = new PackLibrary(options.builtinPacksDir, options.simulate)
  }

  private progress(): ProgressStore {
    if (!this.options.dataDir) throw new PackError('this lab has no data folder: progress cannot be kept')
    this.progressStore ??= new ProgressStore({ dir: this.options.dataDir })
    return this.progressStore
  }

  private summary(ref: string): ApiOutputs['listPacks']['packs'][number] {
    const entry = this.library.get(ref)
    return toPackSummary(entry.loaded, ref, entry.source, ref.split(/[:/\\]/).pop() ?? ref)
  }

  async listPacks(): Promise<ApiOutputs['listPacks']> {
    return { packs: this.library.refs().map((ref) => this.summary(ref)) }
  }

  async loadPack(input: ApiParsedInput<'loadPack'>): Promise<ApiOutputs['loadPack']> {
    const entry = this.library.get(input.pack)
    return toPackView(entry.loaded, input.pack, entry.source, input.pack.split(/[:/\\]/).pop() ?? input.pack)
  }

  async openPackFolder(input: ApiParsedInput<'openPackFolder'>): Promise<ApiOutputs['openPackFolder']> {
    let path: string | null
    if (this.options.pickFolder) {
      if (input.path !== undefined) throw new PackError('choose the folder in the dialog')
      path = await this.options.pickFolder()
    } else {
      if (input.path === undefined) throw new PackError('type the full path of the pack folder')
      path = input.path
    }
    if (path === null) return { pack: null }
    return { pack: this.summary(this.library.open(path)) }
  }

  async getPackRevision(input: ApiParsedInput<'getPackRevision'>): Promise<ApiOutputs['getPackRevision']> {
    return { revision: this.library.revision(input.pack) }
  }

  async checkAnswer(input: ApiParsedInput<'checkAnswer'>): Promise<ApiOutputs['checkAnswer']> {
    const { entry, exercise } = this.library.exercise(input.pack, input.exerciseId)
    const question = this.library.question(exercise, input.questionId)
    if (!exercise.profiles.includes(input.profile)) {
      throw new PackError(
        `exercise '${exercise.id}' runs on ${exercise.profiles.join(', ')}, not ${input.profile}`,
      )
    }
    checkAnswerShape(question, input.answer)
    const key = this.library.keysFor(entry, exercise, input.profile).keys[question.id]
    if (!key || key.answer === null) {
      throw new PackError(`the answer to '${question.id}' could not be computed: ${key?.error ?? 'no key'}`)
    }
    const packId = entry.loaded.manifest?.id ?? input.pack
    const where = { packId, exerciseId: exercise.id, questionId: question.id, profile: input.profile }
    const store = this.progress()
    const attempt = (store.find(input.learner, where)?.attempts ?? 0) + 1
    const verdict = grade({
      question,
      profile: input.profile,
      given: input.answer,
      right: key.answer,
      facts: key.facts,
      attempt,
      reveal: input.reveal,
    })
    store.record(input.learner, {
      ...where,
      score: verdict.score,
      correct: verdict.correct,
      timeSpentMs: input.timeSpentMs,
    })
    return verdict
  }

  async getProgress(input: ApiParsedInput<'getProgress'>): Promise<ApiOutputs['getProgress']> {
    return this.progress().report(input.learner)
  }

  async exportProgress(input: ApiParsedInput<'exportProgress'>): Promise<ApiOutputs['exportProgress']> {
    const learner = input.learner ?? null
    const stem = `pymem-lab-progress${learner ? '-' + learner.replace(/[^\w-]+/g, '_') : ''}`
    return input.format === 'csv'
      ? { filename: `${stem}.csv`, mimeType: 'text/csv', content: this.progress().exportCsv(learner) }
      : {
          filename: `${stem}.json`,
          mimeType: 'application/json',
          content: this.progress().exportJson(learner),
        }
  }

  async resetProgress(input: ApiParsedInput<'resetProgress'>): Promise<ApiOutputs['resetProgress']> {
    return { removed: this.progress().reset(input.learner) }
  }
}
