/**
 * Where the outputs of one program differ between profiles, line by line: row i holds line i of each
 * profile's stdout (null past its end) and whether they all agree.
 */
import type { ProfileName } from '@shared/trace'

export interface ProfileOutput {
  profile: ProfileName
  stdout: string
}

export interface DiffRow {
  /** 1-based output line. */
  line: number
  cells: { profile: ProfileName; text: string | null }[]
  same: boolean
}

function lines(text: string): string[] {
  if (text === '') return []
  const parts = text.split('\n')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}

export function diffOutputs(outputs: readonly ProfileOutput[]): DiffRow[] {
  const split = outputs.map((o) => ({ profile: o.profile, lines: lines(o.stdout) }))
  const count = Math.max(0, ...split.map((s) => s.lines.length))
  const rows: DiffRow[] = []
  for (let i = 0; i < count; i += 1) {
    const cells = split.map((s) => ({ profile: s.profile, text: i < s.lines.length ? s.lines[i] : null }))
    rows.push({ line: i + 1, cells, same: cells.every((c) => c.text === cells[0].text) })
  }
  return rows
}

/** Number of rows that differ. */
export const differingRows = (rows: readonly DiffRow[]): number => rows.filter((r) => !r.same).length
