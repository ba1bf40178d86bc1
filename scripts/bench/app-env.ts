// Points the app's modules, loaded into the benchmark's own process, at the bench's database (and, for
// the digest, its SMTP sink and server). lib/env.ts reads the environment once, when first imported, and
// the SQL steps import lib/data before any of these exist, so the parsed values are read again here.
import { env, parseEnv } from "@/lib/env";

export function setAppEnv(values: Record<string, string | undefined>) {
  Object.assign(process.env, values);
  Object.assign(env, parseEnv());
}
