/**
 * THE CONTRACT between the lab's window and its service: every call the renderer can make, with its
 * input schema (validated before it reaches the service) and its output type.
 *
 * Electron exposes these calls through the preload script (`window.lab`, IPC channels `lab:<name>`);
 * web mode exposes the same calls over `POST /rpc/<name>` on 127.0.0.1. Payloads are plain JSON.
 */
import { z } from 'zod'
import { PROFILES, type ProfileName, type Trace } from './trace'
import { API_METHOD_NAMES, type ApiMethodName } from './api-methods'
import type { PackSummary, PackView, ProgressReport, Verdict } from './pack'

export { API_METHOD_NAMES, ipcChannel } from './api-methods'

export const profileSchema = z.enum(PROFILES)

/** `builtin:<name>` or `folder:<absolute path>`, as `listPacks` returns them. */
const packRefSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^(builtin|folder):/, 'a pack ref from listPacks')
const packItemId = z.string().min(1).max(64)
/** A learner on this machine; one person per name. */
const learnerSchema = z.string().trim().min(1).max(64).default('default')
const optionIds = z.array(z.string().min(1).max(64)).max(64)

/** A learner's prediction, shaped by the question's kind (see shared/pack.ts `Answer`). */
export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('output'), text: z.string().max(20_000) }),
  z.strictObject({
    kind: z.literal('refcount'),
    value: z
      .number()
      .int()
      .min(-1)
      .max(2 ** 53),
  }),
  z.strictObject({
    kind: z.literal('collect'),
    value: z
      .number()
      .int()
      .min(0)
      .max(2 ** 53),
  }),
  z.strictObject({ kind: z.literal('alive'), ids: optionIds }),
  z.strictObject({ kind: z.literal('order'), ids: optionIds }),
  z.strictObject({ kind: z.literal('garbage'), ids: optionIds }),
  z.strictObject({ kind: z.literal('value'), text: z.string().max(2_000) }),
  z.strictObject({ kind: z.literal('choice'), ids: optionIds }),
])

/** Inputs of every call, validated with zod on the service side. */
export const apiInputSchemas = {
  getAppInfo: z.object({}).strict(),
  runProgram: z
    .object({
      /** Chosen by the caller so that `cancelRun` can name the run while it is under way. */
      runId: z.string().min(1).max(64),
      source: z.string().max(200_000),
      profile: profileSchema,
      trace: z.enum(['off', 'summary', 'full']).default('off'),
      /** Optional tighter budgets; the service also has its own caps. */
      maxSteps: z.number().int().positive().max(50_000_000).optional(),
      timeLimitMs: z.number().int().positive().max(600_000).optional(),
      maxBytes: z
        .number()
        .int()
        .positive()
        .max(4 * 1024 ** 3)
        .optional(),
    })
    .strict(),
  cancelRun: z.object({ runId: z.string().min(1).max(64) }).strict(),
  listPacks: z.strictObject({}),
  loadPack: z.strictObject({ pack: packRefSchema }),
  /** Electron asks with a folder dialog and takes no path; web mode takes the path the learner typed. */
  openPackFolder: z.strictObject({ path: z.string().min(1).max(4096).optional() }),
  getPackRevision: z.strictObject({ pack: packRefSchema }),
  checkAnswer: z.strictObject({
    pack: packRefSchema,
    exerciseId: packItemId,
    questionId: packItemId,
    profile: profileSchema,
    answer: answerSchema,
    learner: learnerSchema,
    /** Time the learner spent on this attempt, as the window measured it. */
    timeSpentMs: z
      .number()
      .min(0)
      .max(24 * 3600 * 1000)
      .default(0),
    /** Show the right answer even if attempts remain (the learner gives up). */
    reveal: z.boolean().default(false),
  }),
  getProgress: z.strictObject({ learner: learnerSchema }),
  exportProgress: z.strictObject({
    format: z.enum(['csv', 'json']),
    /** One learner, or everyone when omitted. */
    learner: z.string().trim().min(1).max(64).optional(),
  }),
  /** `confirm` must be true: the window asks the learner first. */
  resetProgress: z.strictObject({ learner: learnerSchema, confirm: z.literal(true) }),
} as const satisfies Record<ApiMethodName, z.ZodType>

export type ApiMethod = ApiMethodName
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputSchemas)[M]>
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputSchemas)[M]>

export interface AppInfo {
  name: string
  version: string
  /** How the window talks to the service. */
  transport: 'electron-ipc' | 'web-http'
  profiles: ProfileName[]
  /** The operating system's preferred language (e.g. `zh-CN`), for the first start. */
  systemLanguage: string
}

export interface RunError {
  /** Python's exception type, or `SyntaxError`, `NotSupportedError`, `StepBudgetExceeded`,
   *  `TimeBudgetExceeded`, `MemoryBudgetExceeded`, `Cancelled`. */
  type: string
  message: string
  line: number | null
  column: number | null
}

export interface RunOutcome {
  runId: string
  profile: ProfileName
  stdout: string
  stderr: string
  exitCode: number
  error: RunError | null
  steps: number
  /** Wall time of the simulation in the service, in milliseconds. */
  elapsedMs: number
  trace: Trace | null
}

/** Output type of every call. */
export interface ApiOutputs {
  getAppInfo: AppInfo
  runProgram: RunOutcome
  cancelRun: { cancelled: boolean }
  listPacks: { packs: PackSummary[] }
  loadPack: PackView
  /** `pack` is null when the learner cancelled the dialog. */
  openPackFolder: { pack: PackSummary | null }
  getPackRevision: { revision: string }
  checkAnswer: Verdict
  getProgress: ProgressReport
  exportProgress: { filename: string; mimeType: string; content: string }
  resetProgress: { removed: number }
}

/** What the renderer sees as `window.lab`: one async function per call. */
export type LabApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]> }

export const API_METHODS: readonly ApiMethod[] = API_METHOD_NAMES

/** Error thrown to callers when an input does not match its schema. */
export class ApiInputError extends Error {
  constructor(
    readonly method: string,
    readonly issues: string[],
  ) {
    super(`invalid input for ${method}: ${issues.join('; ')}`)
    this.name = 'ApiInputError'
  }
}

/** Validates an untrusted input for `method`; throws ApiInputError with readable issues. */
export function parseApiInput<M extends ApiMethod>(method: M, input: unknown): ApiParsedInput<M> {
  const schema = apiInputSchemas[method]
  if (!schema) throw new ApiInputError(String(method), ['unknown method'])
  const result = schema.safeParse(input ?? {})
  if (!result.success) {
    throw new ApiInputError(
      method,
      result.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`),
    )
  }
  return result.data as ApiParsedInput<M>
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputSchemas, name)
}
