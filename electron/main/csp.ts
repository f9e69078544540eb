// The Content-Security-Policy of the app: the same string in renderer/index.html's meta tag, in the
// main process's response header (security.ts) and in the browser host's header (scripts/web-host.ts).
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
