// `npm run db:migrate` / `npm run db:seed`: against DATABASE_URL when set,
// otherwise against the embedded server under .data/ (started and stopped here).
// `migrate` then migrates every store's dedicated database (lib/db/migrate-dedicated.ts):
// progress per database, no stop at the first failure, exit 1 if any failed.
import { parseKeyring } from "@/lib/config/crypto";
import { migrateDedicatedDatabases } from "@/lib/db/migrate-dedicated";
import { configKeys, prepareDatabase } from "./bootstrap";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}

try {
  const { embedded, seeded, ownerUrl } = await prepareDatabase({ seed: command === "seed" });
  try {
    console.log(command === "seed" ? (seeded ? "Seeded the demo data." : "Database already has stores; seed skipped.") : "Migrations applied (control database).");
    if (command === "migrate") {
      const results = await migrateDedicatedDatabases(ownerUrl, parseKeyring(configKeys()), console.log);
      const failed = results.filter((r) => !r.ok);
      if (results.length) console.log(`Dedicated databases: ${results.length - failed.length} of ${results.length} up to date.`);
      if (failed.length) {
        console.error(`Not migrated: ${failed.map((f) => `${f.store} (${f.label}): ${f.message}`).join("; ")}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await embedded?.stop();
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
