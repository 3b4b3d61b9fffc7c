// `npm run stores:place -- <slug> --database <postgres-url>` moves a store to a
// dedicated database (created and migrated if needed); `-- <slug> --pool`
// moves it back into the shared pool. Runs against DATABASE_URL's server (or
// DATABASE_APP_URL), or else the embedded server `npm run dev` / `npm start`
// are running (EMBEDDED_PG_PORT, default 54329). The running app keeps
// serving: the store's writes pause while it is copied
// (docs/decisions/0019-store-placement.md).
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { connect } from "@/lib/db/connect";
import { embeddedOwnerUrl } from "@/lib/db/embedded";
import { MoveError, moveStore, type MoveTarget } from "@/lib/db/move";
import { closeDedicatedPools } from "@/lib/db/placement";
import { stores } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { configKeys } from "./bootstrap";

const USAGE = "usage: npm run stores:place -- <store-slug> --database <postgres://…> | --pool";

const args = z
  .union([
    z.tuple([z.string().regex(/^[a-z0-9-]{1,63}$/), z.literal("--pool")]).transform(([slug]) => ({ slug, target: { pool: true } as MoveTarget })),
    z
      .tuple([z.string().regex(/^[a-z0-9-]{1,63}$/), z.literal("--database"), z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")])
      .transform(([slug, , databaseUrl]) => ({ slug, target: { databaseUrl } as MoveTarget })),
  ])
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(USAGE);
  process.exit(2);
}

if (!process.env.DATABASE_URL && !process.env.DATABASE_APP_URL) {
  process.env.DATABASE_URL = embeddedOwnerUrl(Number(process.env.EMBEDDED_PG_PORT ?? 54329));
}
// The sealed connection details use the same keyring as the running app (.data/config-keys when unset).
process.env.CONFIG_ENCRYPTION_KEYS ??= configKeys();
// Nothing is signed here, but lib/env.ts validates the whole environment.
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
const env = parseEnv(process.env);
process.env.DATABASE_APP_URL ??= env.appDatabaseUrl;

const { db, close } = connect(env.appDatabaseUrl, { max: 3 });
try {
  const [store] = await db.select({ id: stores.id, slug: stores.slug }).from(stores).where(eq(stores.slug, args.data.slug)).limit(1);
  if (!store) {
    console.error(`No store "${args.data.slug}".`);
    process.exitCode = 1;
  } else {
    let last = "";
    const result = await moveStore(db, store.id, args.data.target, {
      actorUserId: null,
      via: "cli",
      onProgress: (p) => {
        const line = p.table ? `${p.step} ${p.table}` : p.step;
        if (line !== last) console.log(`[place] ${store.slug}: ${line}`);
        last = line;
      },
    });
    if (!result.moved) console.log(`${store.slug} already is there (${result.placement}${result.label ? ` ${result.label}` : ""}); nothing to do.`);
    else {
      for (const t of result.tables) console.log(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(8)} rows  checksum ${t.checksum.slice(0, 12) || "-"}`);
      console.log(`${store.slug} now lives in ${result.placement === "pool" ? "the shared pool" : `a dedicated database (${result.label})`}.`);
    }
  }
} catch (err) {
  console.error(err instanceof MoveError ? err.message : `The move failed: ${err instanceof Error ? err.message.replace(/postgres(ql)?:\/\/\S+/g, "(database address)") : String(err)}`);
  process.exitCode = 1;
} finally {
  await closeDedicatedPools();
  await close();
}
