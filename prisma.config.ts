// Prisma CLI config. The app itself connects through lib/db.ts; `prisma generate` needs no database,
// so the datasource is only set when DATABASE_URL is. Migrations are applied by our own applier
// (`npm run db:migrate`, lib/database/migrate.ts), which records them exactly as `prisma migrate deploy`.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  ...(url ? { datasource: { url } } : {}),
});
