/** Small display helpers shared by panels. */

/** Bytes as B / KiB / MiB with one decimal where useful. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}

/** A simulated address in hex, as CPython's repr shows addresses. */
export function formatAddress(address: number): string {
  return `0x${address.toString(16).padStart(12, '0')}`
}

/** A stable colour for a pymalloc size class (hue spread by the golden angle). */
export function sizeClassColor(index: number): string {
  return `hsl(${Math.round((index * 137.508) % 360)}, 62%, 58%)`
}

/** A ratio in [0, 1], 0 when the whole is 0. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0
}
