import { describe, expect, it } from 'vitest'
import { formatAddress, formatBytes, ratio, sizeClassColor } from './format'

describe('format helpers', () => {
  it('formats bytes', () => {
    expect(formatBytes(56)).toBe('56 B')
    expect(formatBytes(262_144)).toBe('256 KiB')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB')
  })
  it('formats addresses, ratios and size-class colours', () => {
    expect(formatAddress(0x7f10)).toBe('0x000000007f10')
    expect(ratio(3, 0)).toBe(0)
    expect(ratio(5, 4)).toBe(1)
    expect(sizeClassColor(1)).not.toBe(sizeClassColor(2))
  })
})
