import { createServer } from "node:net";

/**
 * A TCP port free on loopback right now, for a server a test starts itself
 * (an embedded PostgreSQL, an SMTP or S3 server, another Plaza), so parallel
 * suites and other checkouts on the machine never collide on a fixed port.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
