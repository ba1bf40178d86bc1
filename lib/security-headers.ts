// The security headers on every response (next.config.ts), pages, route handlers and feeds alike. Fixed
// when the app is built, like everything in next.config.ts headers(), so they cannot depend on runtime
// settings; docs/decisions/003-content-security-policy.md says why the script policy is static and what a
// nonce- or hash-based one would take.

/** The Content-Security-Policy. `dev`: `next dev`'s client needs eval (React's debugging, fast refresh). */
export function contentSecurityPolicy({ dev }: { dev: boolean }) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next.js streams the React Server Components payload in inline <script> tags; without a per-request
    // nonce they can only be allowed as inline script (ADR 003).
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // style attributes (React's `style`, email HTML in the digest web view and dev mailbox frames).
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    // Chromium applies form-action to the redirects after a form post too: the GitHub button posts to a
    // server action that redirects to GitHub's authorize page (when JavaScript has not loaded yet).
    "form-action": ["'self'", "https://github.com"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Every header, for every path, fixed when the app is built. Strict-Transport-Security is not among them:
 * it follows APP_URL, a runtime setting, so `npm start` (scripts/serve.mjs) adds it when APP_URL is https
 * (Vercel sends its own on https deployments); never from `next dev`, which would pin https on localhost.
 */
export function securityHeaders({ dev }: { dev: boolean }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
