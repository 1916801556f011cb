/**
 * The Content-Security-Policy of the lab's window, the same in Electron (meta tag and response
 * header) and in web mode (response header): only the app's own scripts, styles and calls; no remote
 * content, no inline scripts, no eval, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Vue and CodeMirror set style attributes at run time; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')
