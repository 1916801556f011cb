/**
 * Implements shared/api.ts over Electron IPC: one `ipcMain.handle` per call, each validated by the
 * service. Errors cross as plain messages.
 */
import { ipcMain } from 'electron'
import { API_METHODS, ipcChannel } from '../shared/api'
import type { LabService } from './service/lab-service'

export function registerIpc(service: LabService): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      // Only our own window's main frame may call.
      if (event.senderFrame && event.senderFrame !== event.sender.mainFrame) {
        throw new Error('PyMem Lab: calls from sub-frames are refused')
      }
      return service.call(method, input)
    })
  }
}
