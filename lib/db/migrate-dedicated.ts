import "server-only";
import pg from "pg";
import type { Keyring } from "@/lib/config/crypto";
import { migrateDatabase } from "./migrate";
import { openPlacement } from "./placement";
import { adaptDedicated, checkDedicated, dedicatedRoleName } from "./provision";

/*
 * `npm run db:migrate` after the control database: every dedicated database
 * the registry names, one after another, each reported as it goes. A failure
 * is reported and the next database is migrated anyway; the caller exits
 * non-zero when any failed, and readiness stays false while one is behind
 * (lib/health/readiness.ts).
 */

export type DedicatedMigration = { store: string; label: string; ok: boolean; message: string };

export async function migrateDedicatedDatabases(controlOwnerUrl: string, keyring: Keyring, log: (line: string) => void = () => {}): Promise<DedicatedMigration[]> {
  const control = new pg.Client({ connectionString: controlOwnerUrl });
  control.on("error", () => {});
  await control.connect();
  let rows: { id: string; slug: string; placement_sealed: string; placement_label: string | null }[];
  try {
    ({ rows } = await control.query("select id, slug, placement_sealed, placement_label from stores where placement = 'dedicated' order by slug"));
  } finally {
    await control.end();
  }
  const results: DedicatedMigration[] = [];
  for (const [i, row] of rows.entries()) {
    const label = row.placement_label ?? "(dedicated database)";
    log(`[migrate] ${i + 1}/${rows.length} ${row.slug} (${label}): migrating…`);
    try {
      const urls = openPlacement(keyring, row.id, row.placement_sealed);
      const password = decodeURIComponent(new URL(urls.appUrl).password);
      await migrateDatabase(urls.ownerUrl, { name: dedicatedRoleName(row.id), password }, { jobs: false });
      await adaptDedicated(urls.ownerUrl);
      const check = await checkDedicated(urls.appUrl);
      const problems = [...check.problems, ...check.migrationsBehind.map((m) => `${m} not applied`)];
      if (problems.length) throw new Error(problems.join("; "));
      results.push({ store: row.slug, label, ok: true, message: "up to date" });
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).replace(/postgres(ql)?:\/\/\S+/g, "(database address)");
      results.push({ store: row.slug, label, ok: false, message });
    }
    const r = results.at(-1)!;
    log(`[migrate] ${i + 1}/${rows.length} ${r.store} (${r.label}): ${r.ok ? "up to date" : `FAILED: ${r.message}`}`);
  }
  return results;
}
