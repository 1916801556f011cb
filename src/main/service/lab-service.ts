/**
 * The lab's service: implements every call of `shared/api.ts`. It never imports electron, so the
 * desktop app (over IPC) and web mode (over HTTP on 127.0.0.1) serve the very same object; only the
 * transport differs. Every input is validated here, whatever the transport.
 */
import {
  parseApiInput,
  type ApiMethod,
  type ApiOutputs,
  type ApiParsedInput,
  type AppInfo,
} from '../../shared/api'
import { PROFILES } from '../../shared/trace'
import type { SimulationRunner } from '../runner/runner'

export interface LabServiceOptions {
  transport: AppInfo['transport']
  runner: SimulationRunner
  systemLanguage: string
  version: string
}

type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]> }

export class LabService {
  private readonly handlers: Handlers

  constructor(private readonly options: LabServiceOptions) {
    this.handlers = {
      getAppInfo: async () => ({
        name: 'PyMem Lab',
        version: options.version,
        transport: options.transport,
        profiles: [...PROFILES],
        systemLanguage: options.systemLanguage,
      }),
      runProgram: (input) => options.runner.run(input),
      cancelRun: async (input) => ({ cancelled: options.runner.cancel(input.runId) }),
    }
  }

  /** Validates `rawInput` for `method` and runs the call. Throws ApiInputError on bad input. */
  async call<M extends ApiMethod>(method: M, rawInput: unknown): Promise<ApiOutputs[M]> {
    const input = parseApiInput(method, rawInput)
    const handler = this.handlers[method] as (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]>
    return handler(input)
  }

  dispose(): Promise<void> {
    return this.options.runner.dispose()
  }
}
