/**
 * `npm run web`: the lab as a local web app on 127.0.0.1 (the same renderer and the same service as
 * the desktop app; only the transport differs). Usage: node out/main/web.js [--port N]
 */
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LabService } from '../service/lab-service'
import { WorkerRunner } from '../runner/worker-runner'
import { startWebServer } from './server'
import { systemLanguage, appVersion } from '../service/environment'

const here = dirname(fileURLToPath(import.meta.url))

function parsePort(argv: string[]): number {
  const index = argv.indexOf('--port')
  const raw = index >= 0 ? argv[index + 1] : process.env.PYMEM_LAB_PORT
  if (raw === undefined) return 5178
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`pymem-lab web: --port must be a number from 0 to 65535, not ${raw}`)
    process.exit(2)
  }
  return port
}

const service = new LabService({
  transport: 'web-http',
  runner: new WorkerRunner(join(here, 'sim-worker.js')),
  systemLanguage: systemLanguage(),
  version: appVersion(),
  dataDir: process.env.PYMEM_LAB_DATA_DIR || join(homedir(), '.local/share/pymem-lab'),
  builtinPacksDir: join(here, '../../exercises'),
})

const requestedPort = parsePort(process.argv.slice(2))
const rendererDir = join(here, '../renderer')
let started: Awaited<ReturnType<typeof startWebServer>>
try {
  started = await startWebServer({ service, rendererDir, port: requestedPort })
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
  console.log(`Port ${requestedPort} is already in use; serving on a free port instead.`)
  started = await startWebServer({ service, rendererDir, port: 0 })
}
const { server, url } = started
console.log(`PyMem Lab is serving on ${url}  (this machine only; press Ctrl+C to stop)`)

const stop = (): void => {
  void service.dispose()
  server.close(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
