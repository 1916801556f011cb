import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { isAllowedHost, isLoopbackAddress, startWebServer } from './server'
import { LabService } from '../service/lab-service'
import { InProcessRunner } from '../runner/in-process-runner'

describe('address checks', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.4.5.6', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.2', false],
    ['192.168.1.4', false],
    ['::ffff:10.0.0.2', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected)
  })

  it('accepts only this server as Host', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true)
    expect(isAllowedHost('localhost:5000', 5000)).toBe(true)
    expect(isAllowedHost('127.0.0.1:5001', 5000)).toBe(false)
    expect(isAllowedHost('evil.example:5000', 5000)).toBe(false)
    expect(isAllowedHost(undefined, 5000)).toBe(false)
  })
})

describe('web server', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-renderer-'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>lab</title>')
    const service = new LabService({
      transport: 'web-http',
      runner: new InProcessRunner(),
      systemLanguage: 'en',
      version: '1',
    })
    ;({ server, url } = await startWebServer({ service, rendererDir: dir, port: 0 }))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('binds to 127.0.0.1 only', () => {
    const address = server.address()
    expect(address && typeof address === 'object' ? address.address : null).toBe('127.0.0.1')
  })

  it('serves the renderer with the CSP header', async () => {
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(new URL('/..%2F..%2Fetc%2Fpasswd', url))
    expect([403, 404]).toContain(response.status)
  })

  it('round-trips a call and reports bad input as 400', async () => {
    const ok = await fetch(new URL('/rpc/runProgram', url), {
      method: 'POST',
      body: JSON.stringify({ runId: 'a', source: 'print("x")\n', profile: '3.13' }),
    })
    expect(((await ok.json()) as { result: { stdout: string } }).result.stdout).toBe('x\n')
    const bad = await fetch(new URL('/rpc/runProgram', url), { method: 'POST', body: '{"runId":"a"}' })
    expect(bad.status).toBe(400)
    const unknown = await fetch(new URL('/rpc/deleteEverything', url), { method: 'POST', body: '{}' })
    expect(unknown.status).toBe(404)
    const notJson = await fetch(new URL('/rpc/getAppInfo', url), { method: 'POST', body: '{' })
    expect(notJson.status).toBe(400)
  })
})
