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
import { PackService, type PackServiceOptions } from '../packs/service'

export interface LabServiceOptions {
  transport: AppInfo['transport']
  runner: SimulationRunner
  systemLanguage: string
  version: string
  /** The app's data folder (Electron: `app.getPath('userData')`; web mode: see web/main.ts). */
  dataDir?: string
  /** Folder of the built-in packs (`exercises/`). */
  builtinPacksDir?: string
  /** Electron's folder dialog for `openPackFolder`; without it the call takes a typed path. */
  pickFolder?: PackServiceOptions['pickFolder']
  /** Computes answer keys (tests may pass their own); the simulator by default. */
  simulate?: PackServiceOptions['simulate']
}

type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]> }

export class LabService {
  private readonly handlers: Handlers

  constructor(private readonly options: LabServiceOptions) {
    const packs = new PackService({
      builtinPacksDir: options.builtinPacksDir ?? null,
      dataDir: options.dataDir ?? null,
      pickFolder: options.pickFolder,
      simulate: options.simulate,
    })
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
      listPacks: () => packs.listPacks(),
      loadPack: (input) => packs.loadPack(input),
      openPackFolder: (input) => packs.openPackFolder(input),
      getPackRevision: (input) => packs.getPackRevision(input),
      checkAnswer: (input) => packs.checkAnswer(input),
      getProgress: (input) => packs.getProgress(input),
      exportProgress: (input) => packs.exportProgress(input),
      resetProgress: (input) => packs.resetProgress(input),
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
