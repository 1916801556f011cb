/**
 * Preload: exposes exactly the LabApi of shared/api.ts as `window.lab`, one named function per call,
 * and nothing else (no ipcRenderer, no channel parameter).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHOD_NAMES, ipcChannel } from '../shared/api-methods'
import type { LabApi } from '../shared/api'

const lab = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input),
  ]),
) as unknown as LabApi

contextBridge.exposeInMainWorld('lab', Object.freeze(lab))
