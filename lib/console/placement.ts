import "server-only";
import journal from "@/drizzle/meta/_journal.json";
import type { Database } from "@/lib/db/connect";
import { MoveError, moveStore, type MoveProgress, type MoveResult, type MoveTarget } from "@/lib/db/move";
import { placementHealth } from "@/lib/db/placement-health";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * The console's view of where a store lives and its Move action
 * (docs/decisions/0019-store-placement.md). The data layer moves; this keeps
 * the progress of a move running in this process, for the store page to poll,
 * and turns the result into words.
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

export type MoveStatus = { running: boolean; step: MoveProgress["step"] | null; table: string | null; rows: number | null };
const g = globalThis as unknown as { plazaMoves?: Map<string, MoveStatus> };
const moves = () => (g.plazaMoves ??= new Map());

/** The move of `storeId` running in this instance, if any (the page polls it while its Move request is open). */
export function moveStatus(storeId: string): MoveStatus {
  return moves().get(storeId) ?? { running: false, step: null, table: null, rows: null };
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

/** Runs the move, keeping its progress for the page; the result in words. */
export async function moveFromConsole(database: Database, store: { id: string; name: string }, target: MoveTarget, actorUserId: string): Promise<MoveOutcome> {
  if (moves().get(store.id)?.running) return { ok: false, error: "A move of this store is already running." };
  moves().set(store.id, { running: true, step: null, table: null, rows: null });
  try {
    const result = await moveStore(database, store.id, target, {
      actorUserId,
      via: "console",
      onProgress: (p) => void moves().set(store.id, { running: true, step: p.step, table: p.table ?? null, rows: p.rows ?? null }),
    });
    if (!result.moved) return { ok: true, message: `${store.name} already is there; nothing was moved.`, result };
    const rows = result.tables.reduce((n, t) => n + t.rows, 0);
    const where = result.placement === "pool" ? "the shared pool" : `its dedicated database (${result.label})`;
    return { ok: true, message: `${store.name} now lives in ${where}: ${rows.toLocaleString("en-US")} rows in ${result.tables.length} tables copied and verified (row counts and checksums).`, result };
  } catch (err) {
    if (err instanceof MoveError) return { ok: false, error: err.message };
    throw err;
  } finally {
    moves().delete(store.id);
  }
}
