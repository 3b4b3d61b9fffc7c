import { defineConfig } from "drizzle-kit";

// Only `generate` is used (never `push`): migrations are reviewed SQL files in
// drizzle/, applied by `npm run db:migrate` as the owner role.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/plaza" },
});
