/** Facts about the machine the service runs on, kept out of the service so tests can pass their own. */
import packageJson from '../../../package.json'

export function systemLanguage(): string {
  const fromEnv = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || ''
  const match = /^([a-z]{2})(?:[_-]([A-Za-z]{2}))?/.exec(fromEnv)
  if (match) return match[2] ? `${match[1]}-${match[2].toUpperCase()}` : match[1]
  return Intl.DateTimeFormat().resolvedOptions().locale || 'en'
}

export function appVersion(): string {
  return packageJson.version
}
