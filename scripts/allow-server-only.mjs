// `node --import ./scripts/allow-server-only.mjs`: lets command-line scripts (the digest worker, `npm run
// digest`) import app modules marked `import "server-only"`. That package throws outside React Server
// Components to keep server code out of browser bundles; a Node script is no browser, so here it resolves
// to an empty module, as it does in Vitest (vitest.config.ts).
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}

// Loaded with --import, this file registers itself as a resolve hook; the hooks thread then loads it
// again, where only `resolve` matters.
if (isMainThread) register(import.meta.url);
