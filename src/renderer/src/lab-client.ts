/**
 * Gives the page its `window.lab`. In Electron the preload script has already exposed it over IPC; in
 * web mode this adapter installs the same API over `POST /rpc/<method>` to the local server.
 */
import { API_METHOD_NAMES } from '@shared/api-methods'
import type { LabApi } from '@shared/api'

export class LabCallError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message)
    this.name = type
  }
}

export function createHttpLab(baseUrl = ''): LabApi {
  const entries = API_METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const response = await fetch(`${baseUrl}/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      })
      const payload = (await response.json()) as {
        result?: unknown
        error?: { type: string; message: string }
      }
      if (!response.ok || payload.error) {
        throw new LabCallError(
          payload.error?.type ?? 'HttpError',
          payload.error?.message ?? response.statusText,
        )
      }
      return payload.result
    },
  ])
  return Object.freeze(Object.fromEntries(entries)) as unknown as LabApi
}

/** The lab API of this page: Electron's preload API, or the HTTP adapter in web mode. */
export function installLab(): LabApi {
  if (!window.lab) {
    Object.defineProperty(window, 'lab', { value: createHttpLab(), writable: false, configurable: false })
  }
  return window.lab
}
