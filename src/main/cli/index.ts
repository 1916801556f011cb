/**
 * The headless command line: `pymem-lab run prog.py --profile 3.12` runs a program on the simulator
 * and writes what Python would write (stdout to stdout; an uncaught exception's traceback to stderr,
 * exit code 1).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runProgram } from '../sim/index'
import { PROFILES, type ProfileName } from '../../shared/trace'

const USAGE = `usage: pymem-lab <command> [options]

commands:
  run FILE [--profile P]   run FILE on the simulator (P: ${PROFILES.join(', ')}; default 3.12)
  pack validate|check|new  author exercise packs (pymem-lab pack for details)
  help                     show this message
`

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readFile: (path: string) => string
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'run':
      return runCommand(rest, io)
    case 'pack':
      return (await import('./pack')).packCommand(rest, io)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE)
      return command === undefined ? 2 : 0
    default:
      io.stderr(`pymem-lab: unknown command '${command}'\n\n${USAGE}`)
      return 2
  }
}

function runCommand(args: string[], io: CliIo): number {
  let profile: ProfileName = '3.12'
  let file: string | null = null
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--profile' || arg === '-p') {
      const value = args[++i]
      if (!PROFILES.includes(value as ProfileName)) {
        io.stderr(
          `pymem-lab run: --profile must be one of ${PROFILES.join(', ')}, not ${value ?? '(nothing)'}\n`,
        )
        return 2
      }
      profile = value as ProfileName
    } else if (arg.startsWith('--profile=')) {
      const value = arg.slice('--profile='.length)
      if (!PROFILES.includes(value as ProfileName)) {
        io.stderr(`pymem-lab run: --profile must be one of ${PROFILES.join(', ')}, not ${value}\n`)
        return 2
      }
      profile = value as ProfileName
    } else if (arg.startsWith('-')) {
      io.stderr(`pymem-lab run: unknown option ${arg}\n`)
      return 2
    } else if (file === null) file = arg
    else {
      io.stderr('pymem-lab run: give one program file\n')
      return 2
    }
  }
  if (file === null) {
    io.stderr('pymem-lab run: which program? usage: pymem-lab run FILE [--profile P]\n')
    return 2
  }
  let source: string
  try {
    source = io.readFile(file)
  } catch (error) {
    io.stderr(`pymem-lab run: cannot read ${file}: ${(error as Error).message}\n`)
    return 2
  }
  // CPython 3.9+ shows the script's absolute path in tracebacks; 2.7 shows it as typed.
  const filename = profile === '2.7' ? file : resolve(file)
  const result = runProgram(source, { profile, trace: 'off', filename })
  io.stdout(result.stdout)
  io.stderr(result.stderr)
  return result.exitCode
}
