/**
 * The desktop window's security settings, in one place so a test can assert them: an isolated,
 * sandboxed renderer with no Node, which may not navigate away, open windows or load remote content.
 */
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  spellcheck: false
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}

/** The only URLs the window may show: the app's own bundle (file:) or the dev server in development. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true
  return url.startsWith('file://')
}

/** Response headers for every response the window receives. */
export function withCsp(headers: Record<string, string[] | string>): Record<string, string[] | string> {
  return { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
}
