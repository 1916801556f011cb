/**
 * Exercise packs as both sides see them: what an instructor writes (a pack, its exercises, their
 * checkpoints and questions), what a learner sends (an answer), what the lab sends back (a verdict)
 * and what it remembers (progress). Everything here is plain JSON.
 *
 * Two families of types:
 * - `Pack`, `Exercise`, `Question` are the parsed YAML, answer material included (`choice` options
 *   marked correct, the instructor's `expect`). They stay in the main process.
 * - `PackView`, `ExerciseView`, `QuestionView` are what the window gets: the same text without
 *   anything that gives an answer away. Answers come back only inside a `Verdict`.
 *
 * Pack text is Markdown. `TextView` carries both the Markdown source and HTML rendered in main with
 * raw HTML disabled, images off and only `http(s):`/`mailto:` links; the window should still pass the
 * HTML through DOMPurify before showing it.
 */
import type { ProfileName } from './trace'

/** Languages a pack can be written in. A pack lists the ones it provides; each text needs all of them. */
export const PACK_LANGUAGES = ['zh', 'en'] as const
export type PackLanguage = (typeof PACK_LANGUAGES)[number]

/** Markdown text per language. */
export type LocalText = Partial<Record<PackLanguage, string>>

/** Text as the window receives it: the Markdown and the sanitised HTML for each language. */
export interface TextView {
  md: LocalText
  html: LocalText
}

export const QUESTION_KINDS = [
  'output',
  'refcount',
  'collect',
  'alive',
  'order',
  'garbage',
  'value',
  'choice',
] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** A point in the program: just before or just after a line runs (its first execution, or its `hit`-th). */
export interface CodePoint {
  line: number
  when: 'before' | 'after'
  /** 1 = the first time execution gets there. */
  hit: number
}

/** An instructor's expectation: one answer for every profile, or one per profile. */
export type Expectation = AnswerValue | Partial<Record<ProfileName, AnswerValue>>

/** What an answer holds, whatever the kind: text, a number, or ids chosen from the options. */
export type AnswerValue = string | number | boolean | string[]

/** One option of an `alive`, `order`, `garbage` or `choice` question. */
export interface QuestionOption {
  id: string
  label: LocalText
  /** `alive`: a Python expression, true while the object lives (e.g. `ref_a() is not None`). */
  probe?: string
  /** `order`: the line the program prints for this item (e.g. `del A`). */
  message?: string
  /** `choice`: whether this option is (one of) the right answer(s). */
  correct?: boolean
}

interface QuestionCommon {
  id: string
  prompt: LocalText
  /** The instructor's explanation, shown with every verdict. */
  explain: LocalText | null
  /** Shown one at a time after wrong answers. */
  hints: LocalText[]
  /** Attempts before the answer is revealed (null: the lab's default, `DEFAULT_MAX_ATTEMPTS`). */
  maxAttempts: number | null
  expect: Expectation | null
}

export type Question =
  /** What the program prints from the checkpoint until `until` (or the end). */
  | (QuestionCommon & { kind: 'output'; until: CodePoint | null })
  /** `sys.getrefcount(expression)` at the checkpoint, or the true count (`measure: refcnt`, one less). */
  | (QuestionCommon & { kind: 'refcount'; expression: string; measure: 'getrefcount' | 'refcnt' })
  /** What `gc.collect(generation)` returns if called at the checkpoint. */
  | (QuestionCommon & { kind: 'collect'; generation: 0 | 1 | 2 | null })
  /** Which options' objects are alive at the checkpoint (each option has a `probe`). */
  | (QuestionCommon & { kind: 'alive'; options: QuestionOption[] })
  /** In which order the options' messages are printed between the checkpoint and `until`. */
  | (QuestionCommon & { kind: 'order'; options: QuestionOption[]; until: CodePoint | null })
  /** Which types (option ids are type names) the objects in `gc.garbage` have at the checkpoint. */
  | (QuestionCommon & { kind: 'garbage'; options: QuestionOption[] })
  /** The repr of any expression at the checkpoint. */
  | (QuestionCommon & { kind: 'value'; expression: string })
  /** A conceptual question with a fixed answer. */
  | (QuestionCommon & { kind: 'choice'; options: QuestionOption[]; multiple: boolean })

export interface Checkpoint extends CodePoint {
  id: string
  /** Shown when the lab pauses here. */
  note: LocalText | null
  questions: Question[]
}

export interface Exercise {
  id: string
  title: LocalText
  intro: LocalText
  code: string
  /** The profiles this exercise is meant for; keys are computed for each. */
  profiles: ProfileName[]
  checkpoints: Checkpoint[]
  /** Shown after every question of the exercise has been answered. */
  summary: LocalText | null
  tags: string[]
}

export interface PackManifest {
  id: string
  version: string
  title: LocalText
  description: LocalText
  authors: string[]
  languages: PackLanguage[]
  /** The profile an exercise uses when it names none. */
  profile: ProfileName
  /** Exercise ids in the order the course takes them (file `<id>.yaml` each). */
  exercises: string[]
}

/** One problem found in a pack, at a place in one of its files. */
export interface PackProblem {
  /** Relative to the pack folder (`pack.yaml`, `refcount-basics.yaml`). */
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  message: string
  severity: 'error' | 'warning'
}

/** `file:line:column: message`, the form the CLI prints. */
export function formatProblem(problem: PackProblem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : ''
  return `${problem.file}:${problem.line}:${problem.column}: ${tag}${problem.message}`
}

/** A pack is named by a ref: `builtin:<folder name>` or `folder:<absolute path>`. */
export type PackRef = string

// ---------------------------------------------------------------------------------------------
// What the window sees

export type QuestionOptionView = { id: string; label: TextView }

export interface QuestionView {
  id: string
  kind: QuestionKind
  prompt: TextView
  hintCount: number
  maxAttempts: number | null
  /** `refcount`: the expression; `value`: the expression. */
  expression?: string
  measure?: 'getrefcount' | 'refcnt'
  generation?: 0 | 1 | 2 | null
  until?: CodePoint | null
  /** `alive`, `order`, `garbage`, `choice`: the options to pick from (order shuffled by the window). */
  options?: QuestionOptionView[]
  multiple?: boolean
}

export interface CheckpointView extends CodePoint {
  id: string
  note: TextView | null
  questions: QuestionView[]
}

export interface ExerciseView {
  id: string
  /** Empty when the exercise file could not be read at all. */
  title: TextView
  intro: TextView
  code: string
  profiles: ProfileName[]
  checkpoints: CheckpointView[]
  summary: TextView | null
  tags: string[]
  /** False when the exercise has errors: the window shows `problems` instead of the exercise. */
  valid: boolean
  problems: PackProblem[]
}

export interface PackSummary {
  ref: PackRef
  id: string
  title: TextView
  version: string
  source: 'builtin' | 'folder'
  /** Folder on disk. */
  path: string
  exerciseCount: number
  errorCount: number
  revision: string
}

export interface PackView extends PackSummary {
  description: TextView
  authors: string[]
  languages: PackLanguage[]
  profile: ProfileName
  exercises: ExerciseView[]
  /** Problems of `pack.yaml` and of the pack as a whole (each exercise also lists its own). */
  problems: PackProblem[]
}

// ---------------------------------------------------------------------------------------------
// Answers and verdicts

/** A learner's answer, shaped by the question's kind. */
export type Answer =
  | { kind: 'output'; text: string }
  | { kind: 'refcount'; value: number }
  | { kind: 'collect'; value: number }
  | { kind: 'alive'; ids: string[] }
  | { kind: 'order'; ids: string[] }
  | { kind: 'garbage'; ids: string[] }
  | { kind: 'value'; text: string }
  | { kind: 'choice'; ids: string[] }

/** Attempts a question allows when its pack does not say. */
export const DEFAULT_MAX_ATTEMPTS = 3

/** A fact that explains an answer, in every language the lab speaks. */
export interface Fact {
  /** Stable id of the kind of fact (`referrers`, `args-borrowed`, `pep442`, …) for the window to style. */
  id: string
  text: LocalText
}

export interface Verdict {
  questionId: string
  profile: ProfileName
  /** 0..1; sets and orders earn partial credit. */
  score: number
  correct: boolean
  given: Answer
  /**
   * The right answer, its facts and the instructor's explanation: given once the answer is right,
   * the attempts are used up, or the learner asked to see it (`reveal`). Until then, null and empty.
   */
  right: Answer | null
  facts: Fact[]
  explanation: TextView | null
  /** The next hint after a wrong answer, if any remain. */
  hint: TextView | null
  /** This was attempt number … for this question and profile. */
  attempt: number
  attemptsLeft: number
}

// ---------------------------------------------------------------------------------------------
// Progress

export interface QuestionProgress {
  packId: string
  exerciseId: string
  questionId: string
  profile: ProfileName
  attempts: number
  /** The last attempt was right. */
  correct: boolean
  bestScore: number
  lastScore: number
  /** ISO times. */
  firstAttemptAt: string
  lastAttemptAt: string
  /** Time the learner reported spending on this question, summed over attempts. */
  timeSpentMs: number
}

export interface ProgressReport {
  learner: string
  records: QuestionProgress[]
  /** Problems met while reading the saved progress (a corrupted file moved aside, …). */
  warnings: string[]
}
