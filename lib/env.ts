// The one reader of process.env. Every variable Paperboy understands is declared and validated here;
// README.md and .env.example list the same set.
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })),
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "APP_URL must be an http(s) URL" })),
});

function parseEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  const { APP_URL, PORT, ...rest } = parsed.data;
  return { ...rest, PORT, APP_URL: (APP_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "") };
}

export const env = parseEnv();

export function requireDatabaseUrl() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Paperboy with `npm run dev` or `npm start`, which provide one.");
  }
  return env.DATABASE_URL;
}
