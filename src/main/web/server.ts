/**
 * Web mode: serves the built renderer and the lab's service on 127.0.0.1 only. The page gets the same
 * `window.lab` API as in Electron, through a small adapter that POSTs to `/rpc/<method>`.
 *
 * It refuses requests from other hosts (the socket must be loopback) and requests whose Host header
 * is not this server (a guard against DNS rebinding), and it sends the same Content-Security-Policy
 * as the desktop window.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { ApiInputError, isApiMethod } from '../../shared/api'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import type { LabService } from '../service/lab-service'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

const MAX_BODY_BYTES = 1024 * 1024

export interface WebServerOptions {
  service: LabService
  rendererDir: string
  port: number
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

export function startWebServer(options: WebServerOptions): Promise<{ server: Server; url: string }> {
  const rendererRoot = resolve(options.rendererDir)
  let boundPort = options.port

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, { error: { type: 'InternalError', message: String(error) } })
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackAddress(request.socket.remoteAddress)) {
      response.writeHead(403).end('PyMem Lab serves this machine only.')
      request.socket.destroy()
      return
    }
    if (!isAllowedHost(request.headers.host, boundPort)) {
      response.writeHead(421).end('Misdirected request.')
      return
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${boundPort}`)
    if (url.pathname.startsWith('/rpc/')) {
      await handleRpc(url.pathname.slice('/rpc/'.length), request, response)
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    await serveFile(url.pathname, response)
  }

  async function handleRpc(
    method: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405).end()
      return
    }
    // Only the page itself may call: a cross-site form or script would carry another Origin.
    const origin = request.headers.origin
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${boundPort}` &&
      origin !== `http://localhost:${boundPort}`
    ) {
      sendJson(response, 403, { error: { type: 'Forbidden', message: 'cross-origin call refused' } })
      return
    }
    if (!isApiMethod(method)) {
      sendJson(response, 404, { error: { type: 'UnknownMethod', message: `no such call: ${method}` } })
      return
    }
    let body: unknown
    try {
      body = JSON.parse(await readBody(request))
    } catch (error) {
      sendJson(response, 400, { error: { type: 'BadRequest', message: String(error) } })
      return
    }
    try {
      const result = await options.service.call(method, body)
      sendJson(response, 200, { result })
    } catch (error) {
      if (error instanceof ApiInputError) {
        sendJson(response, 400, { error: { type: 'ApiInputError', message: error.message } })
      } else {
        sendJson(response, 500, { error: { type: 'InternalError', message: String(error) } })
      }
    }
  }

  async function serveFile(pathname: string, response: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    const path = normalize(join(rendererRoot, relative))
    if (path !== rendererRoot && !path.startsWith(rendererRoot + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      const info = await stat(path)
      if (!info.isFile()) throw new Error('not a file')
      const content = await readFile(path)
      response.writeHead(200, {
        'Content-Type': MIME[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
      response.end(content)
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    }
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address()
      if (address && typeof address === 'object') boundPort = address.port
      resolvePromise({ server, url: `http://127.0.0.1:${boundPort}/` })
    })
  })
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8') || '{}'))
    request.on('error', reject)
  })
}

function sendJson(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(JSON.stringify(payload))
}
