/**
 * Electron main process: one secure window and the app's lifecycle. The lab's service lives in
 * service/ and is shared with web mode; this file only wires it to IPC.
 */
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LabService } from './service/lab-service'
import { WorkerRunner } from './runner/worker-runner'
import { registerIpc } from './ipc'
import { isAppUrl, secureWebPreferences, withCsp } from './window-security'
import { appVersion } from './service/environment'

const here = dirname(fileURLToPath(import.meta.url))
const devServerUrl = process.env.ELECTRON_RENDERER_URL

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'PyMem Lab',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  })
  window.once('ready-to-show', () => window.show())

  // No navigation away from the app, and no new windows; external links open in the browser.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })

  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(join(here, '../renderer/index.html'))
  return window
}

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders ?? {}) })
  })
  // No remote content at all: the app only loads its own files.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:')
    callback({ cancel: !allowed })
  })
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))

  const service = new LabService({
    transport: 'electron-ipc',
    runner: new WorkerRunner(join(here, 'sim-worker.js')),
    systemLanguage: app.getLocale(),
    version: appVersion(),
    dataDir: app.getPath('userData'),
    builtinPacksDir: join(here, '../../exercises'),
    pickFolder: async () => {
      const result = await dialog.showOpenDialog({ properties: ['openDirectory'], title: 'Open pack folder' })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  })
  registerIpc(service)
  createWindow()

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  app.on('will-quit', () => void service.dispose())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
