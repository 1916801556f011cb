import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { isAppUrl, secureWebPreferences, withCsp } from './window-security'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

describe('window security', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('lets the window show only the app itself', () => {
    expect(isAppUrl('file:///opt/pymem/out/renderer/index.html', undefined)).toBe(true)
    expect(isAppUrl('https://example.com/', undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })

  it('has a strict CSP: own scripts only, no eval, no remote content', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]))
    expect(directives.get('default-src')).toBe("default-src 'none'")
    expect(directives.get('script-src')).toBe("script-src 'self'")
    expect(directives.get('connect-src')).toBe("connect-src 'self'")
    expect(directives.get('object-src')).toBe("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(withCsp({ a: 'b' })['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
  })

  it('puts the same policy in the page itself', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    // frame-ancestors cannot be set from a meta tag; everything else must agree.
    const withoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(withoutFrameAncestors)
  })

  it('wires the window with these settings and blocks navigation and new windows', () => {
    const main = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
    expect(main).toContain('webPreferences: secureWebPreferences(')
    expect(main).toContain("on('will-navigate'")
    expect(main).toContain("action: 'deny'")
    const preload = readFileSync(new URL('../preload/index.ts', import.meta.url), 'utf8')
    expect(preload).toContain("exposeInMainWorld('lab'")
    expect(preload).not.toMatch(/exposeInMainWorld\('(?!lab')/)
  })
})
