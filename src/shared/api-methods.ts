/**
 * The names of the lab's calls, with no dependencies, so the sandboxed preload can expose them
 * without bundling the schemas. `api.ts` checks at compile time that it has a schema for each name.
 */
export const API_METHOD_NAMES = [
  'getAppInfo',
  'runProgram',
  'cancelRun',
  'listPacks',
  'loadPack',
  'openPackFolder',
  'getPackRevision',
  'checkAnswer',
  'getProgress',
  'exportProgress',
  'resetProgress',
] as const

export type ApiMethodName = (typeof API_METHOD_NAMES)[number]

/** IPC channel of a call in the Electron build. */
export const ipcChannel = (method: ApiMethodName): string => `lab:${method}`
