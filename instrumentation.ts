// Parse the environment when the server boots, so a missing or malformed
// variable stops start-up with its name instead of failing a later request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
    // Hear other instances' store and domain changes (lib/changes); not while building.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startChangeListener } = await import("./lib/changes/listener");
      await startChangeListener();
    }
  }
}
