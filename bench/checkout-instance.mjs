/*
 * The checkout run's second instance (bench/checkout-load.ts): a worker thread,
 * so its own event loop and its own pool against the same database, placing
 * the buyers it is dealt with the real checkout code and saying how many.
 * Plain JavaScript that loads the rest: a worker does not inherit tsx's
 * loader, so it registers tsx and the server-only hook itself first.
 */
import { register } from "tsx/esm/api";

register();
await import("../scripts/loader/server-only.mjs");
const { parentPort, workerData } = await import("node:worker_threads");
const { connect } = await import("../lib/db/connect.ts");
const { placeAll } = await import("./checkout-load.ts");

const app = connect(workerData.appUrl, { max: 16 });
parentPort.on("message", async (buyers) => parentPort.postMessage(await placeAll(app.db, buyers)));
parentPort.postMessage("ready");
