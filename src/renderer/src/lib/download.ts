/** Saving text the service produced (a progress export) as a file, through a Blob link. */

/** Starts a download of `content` named `filename`; returns the object URL it used (already revoked). */
export function downloadText(
  filename: string,
  mimeType: string,
  content: string,
  doc: Document = document,
): string {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }))
  const link = doc.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  doc.body.appendChild(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return url
}
