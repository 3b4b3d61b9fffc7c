import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/*
 * A real SMTP server (the `smtp-server` library) on a free port, recording
 * what it accepted. A message counts as delivered only when the sink answers
 * "250 accepted": like a real MTA, a message whose client vanished before that
 * answer is discarded.
 */

export type Received = { messageId: string; to: string[]; subject: string };
/** What to do with a message whose DATA has fully arrived: accept it (the default), drop it (no 250), or refuse it with an SMTP code. */
export type Verdict = { accept: true } | { accept: false; code?: number; message?: string };
export type Hook = (message: Received, acceptedSoFar: number) => Promise<Verdict | void> | Verdict | void;

export async function startSmtpSink(options: { beforeAccept?: Hook; afterAccept?: Hook } = {}) {
  const accepted: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const headers = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
        const message: Received = {
          messageId: /^message-id:\s*(\S+)/im.exec(headers)?.[1] ?? "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? "",
        };
        const verdict = (await options.beforeAccept?.(message, accepted.length)) ?? { accept: true };
        if (!verdict.accept) {
          const err = Object.assign(new Error(verdict.message ?? "not accepted"), { responseCode: verdict.code ?? 451 });
          return callback(err);
        }
        accepted.push(message);
        callback(null, "accepted");
        await options.afterAccept?.(message, accepted.length);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
