import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { connect } from "@/lib/db/connect";
import { stores } from "@/lib/db/schema";

/**
 * Connections for a test file: `app` is the app role (row-level security
 * applies), `owner` is the table owner for arranging fixtures and for
 * checking what really is in a table. Closed after the file.
 */
export function testDatabases() {
  const app = connect(inject("appUrl"), { max: 20 });
  const owner = connect(inject("ownerUrl"), { max: 5 });
  afterAll(async () => {
    await Promise.all([app.close(), owner.close()]);
  });
  return { app: app.db, appPool: app.pool, owner: owner.db, ownerPool: owner.pool };
}

/** A fresh active store with a unique slug, so tests never share fixtures. */
export async function createTestStore(owner: ReturnType<typeof testDatabases>["owner"], prefix = "t") {
  const slug = `${prefix}-${randomUUID().slice(0, 8)}`;
  const [store] = await owner.insert(stores).values({ slug, name: `Store ${slug}`, status: "active" }).returning();
  return store!;
}

/** The database's own message for a failed query (drizzle wraps it in `cause`). */
export async function dbError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    const e = err as { message?: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message ?? String(err);
  }
  throw new Error("expected the query to fail, but it succeeded");
}
