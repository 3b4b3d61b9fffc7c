// `npm run db:migrate` / `npm run db:seed`: against DATABASE_URL when set,
// otherwise against the embedded server under .data/ (started and stopped here).
import { prepareDatabase } from "./bootstrap";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx scripts/db.ts migrate|seed");
  process.exit(2);
}

try {
  const { embedded, seeded } = await prepareDatabase({ seed: command === "seed" });
  console.log(command === "seed" ? (seeded ? "Seeded the demo data." : "Database already has stores; seed skipped.") : "Migrations applied.");
  await embedded?.stop();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
