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

export { API_METHOD_NAMES, ipcChannel } from './api-methods'

export const profileSchema = z.enum(PROFILES)

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
