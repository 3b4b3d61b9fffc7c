import "server-only";
import journal from "@/drizzle/meta/_journal.json";
import type { Database } from "@/lib/db/connect";
import { and, eq, gte, sql } from "drizzle-orm";
import { MOVE_STALE_SECONDS, MoveError, moveStore, type MoveProgress, type MoveResult, type MoveTarget } from "@/lib/db/move";
import { storeMoves } from "@/lib/db/schema";
import { placementHealth } from "@/lib/db/placement-health";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * The console's view of where a store lives and its Move action
 * (docs/decisions/0019-store-placement.md). The data layer moves and keeps
 * the move's progress in the control database; this reads it for the store
 * page (whichever instance serves it, whoever started the move) and turns the
 * result into words.
 */

export type PlacementView = {
  placement: "pool" | "dedicated";
  /** Host, port and database name; never the user or the password. */
  label: string | null;
  /** Set when the dedicated database is failing now (unreachable, behind on migrations). */
  problem: string | null;
  planOffersDedicated: boolean;
};

export async function placementView(database: Database, store: { id: string; plan: PlanId; placement: "pool" | "dedicated"; placementLabel: string | null }): Promise<PlacementView> {
  let problem: string | null = null;
  if (store.placement === "dedicated") {
    const health = await placementHealth(database, journal).catch(() => []);
    problem = health.find((h) => h.storeId === store.id)?.problem ?? null;
  }
  return { placement: store.placement, label: store.placementLabel, problem, planOffersDedicated: PLANS[store.plan].features.dedicatedDatabase };
}

export type MoveStatus = {
  running: boolean;
  step: MoveProgress["step"] | "starting" | null;
  table: string | null;
  rows: number | null;
  /** Where it was started: "console" or "cli". */
  via: string | null;
  /** "pool" or the target database's label. */
  target: string | null;
  startedAt: string | null;
};
const IDLE: MoveStatus = { running: false, step: null, table: null, rows: null, via: null, target: null, startedAt: null };

/**
 * The move of `storeId` running anywhere (any instance's console, the CLI):
 * read from the progress row the moving process keeps in the control
 * database (lib/db/move.ts), so every instance shows the same. A row without
 * a recent heartbeat is a killed move's: not running.
 */
export async function moveStatus(database: Database, storeId: string): Promise<MoveStatus> {
  const [row] = await database
    .select()
    .from(storeMoves)
    .where(and(eq(storeMoves.storeId, storeId), gte(storeMoves.updatedAt, sql`now() - make_interval(secs => ${MOVE_STALE_SECONDS})`)))
    .limit(1);
  if (!row) return IDLE;
  return {
    running: true,
    step: row.step as MoveStatus["step"],
    table: row.tableName,
    rows: row.rows,
    via: row.via,
    target: row.target,
    startedAt: row.startedAt.toISOString(),
  };
}

export type MoveOutcome = { ok: true; message: string; result: MoveResult } | { ok: false; error: string };

const STEP_WORDS: Record<MoveProgress["step"], string> = {
  provisioning: "Preparing the database",
  locking: "Pausing the store's writes",
  copying: "Copying",
  verifying: "Verifying the copy",
  switching: "Switching",
  cleaning: "Removing the old copy",
  done: "Done",
};
export const stepWords = (s: MoveProgress["step"]) => STEP_WORDS[s];

/** Runs the move (its progress is kept by the data layer, for every instance's store page); the result in words. */
export async function moveFromConsole(database: Database, store: { id: string; name: string }, target: MoveTarget, actorUserId: string): Promise<MoveOutcome> {
  try {
    const result = await moveStore(database, store.id, target, { actorUserId, via: "console" });
    if (!result.moved) return { ok: true, message: `${store.name} already is there; nothing was moved.`, result };
    const rows = result.tables.reduce((n, t) => n + t.rows, 0);
    const where = result.placement === "pool" ? "the shared pool" : `its dedicated database (${result.label})`;
    return { ok: true, message: `${store.name} now lives in ${where}: ${rows.toLocaleString("en-US")} rows in ${result.tables.length} tables copied and verified (row counts and checksums).`, result };
  } catch (err) {
    if (err instanceof MoveError) return { ok: false, error: err.message };
    throw err;
  }
}
