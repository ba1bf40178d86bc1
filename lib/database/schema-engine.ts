// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, pinned to the engines
// version of our prisma packages). It turns schema.prisma into the SQL Prisma would write, with no
// binary download: used to author migrations (`npm run db:diff`) and by the schema drift test.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

type Engine = {
  diff(params: object): Promise<{ exitCode: number; stdout: string | null }>;
};

let ready: Promise<void> | undefined;

function loadWasm() {
  // The package's entry imports the .wasm file as an ES module, which Node cannot do; instantiate it by hand.
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require
      .resolve("@prisma/schema-engine-wasm")
      .replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    (bindings as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return ready;
}

/**
 * The SQL that takes the `from` schema (or an empty database) to the `to` schema, as Prisma would
 * write it. The engine insists on a live connection (`databaseUrl`) but changes nothing there.
 */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const container = (content: string) => ({ files: [{ path: "schema.prisma", content }] });
  const SchemaEngine = (bindings as unknown as { SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } })
    .SchemaEngine;
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, adapter);
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", ...container(from) },
    to: { tag: "schemaDatamodel", ...container(to) },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}
