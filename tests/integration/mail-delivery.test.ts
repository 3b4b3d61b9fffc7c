import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "@/lib/db/schema";
import { deliverPendingMail, messageIdFor } from "@/lib/mail/send";
import { scratchDatabase } from "./support/scratch-database";
import { startSmtpSink } from "./support/smtp-sink";

/*
 * Mail delivery across crashes, retries and give-ups (docs/decisions/0011),
 * against a real SMTP server and a sender in its own process. Each test has a
 * database of its own: a sender drains every due row of the outbox.
 */

const root = path.resolve(import.meta.dirname, "../..");
const LEASE_MS = 1_500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startSender(appUrl: string, smtpUrl: string): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> } {
  // node itself with tsx as a loader: the tsx CLI would run the script in a
  // grandchild that a SIGKILL of the CLI leaves running.
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/loader/server-only.mjs", "tests/integration/support/mail-sender.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_APP_URL: appUrl, SMTP_URL: smtpUrl, BATCH: "50", LEASE_MS: String(LEASE_MS), NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, out })));
  return { child, exited };
}

const messages = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({ storeId: null, toEmail: `r${i}.${tag}@example.test`, subject: `message ${i}`, body: "hello", kind: "test.crash" }));

describe("a sender killed mid-batch", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase("mail_crash");
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("loses no message and sends none twice once restarted", async () => {
    const N = 30;
    const KILL_AT = 12; // the 12th message's DATA has arrived; the sender dies before the server's 250
    await scratch.owner.insert(mailOutbox).values(messages(N, "a"));
    let sender: ReturnType<typeof startSender> | null = null;
    let killed = false;
    const sink = await startSmtpSink({
      beforeAccept: async (_m, acceptedSoFar) => {
        if (killed || acceptedSoFar + 1 < KILL_AT) return { accept: true };
        killed = true;
        sender!.child.kill("SIGKILL");
        await sender!.exited;
        return { accept: false }; // the client is gone: no 250, nothing delivered
      },
    });
    try {
      sender = startSender(scratch.appUrl, sink.url);
      const first = await sender.exited;
      expect(first.signal, first.out).toBe("SIGKILL");
      expect(sink.accepted).toHaveLength(KILL_AT - 1);
      // What the crash left: the accepted ones marked sent, none of the rest.
      const afterCrash = await scratch.owner.select().from(mailOutbox).orderBy(asc(mailOutbox.id));
      expect(afterCrash.filter((r) => r.sentAt).length).toBe(KILL_AT - 1);

      // The dead sender's leases run out; a new sender finishes the batch.
      await sleep(LEASE_MS + 200);
      sender = startSender(scratch.appUrl, sink.url);
      const second = await sender.exited;
      expect(second.code, second.out).toBe(0);

      const rows = await scratch.owner.select().from(mailOutbox).orderBy(asc(mailOutbox.id));
      expect(rows.filter((r) => r.sentAt === null || r.leaseToken !== null), second.out).toEqual([]);
      expect(sink.accepted).toHaveLength(N);
      expect(new Set(sink.accepted.map((m) => m.to[0])).size).toBe(N);
      expect(sink.accepted.map((m) => m.messageId).sort()).toEqual(rows.map(messageIdFor).sort());
      // Only the message in flight at the crash was tried twice.
      expect(rows.map((r) => r.attempts)).toEqual(rows.map((_, i) => (i === KILL_AT - 1 ? 2 : 1)));
    } finally {
      await sink.close();
    }
  });
});

describe("failed sends", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase("mail_retry");
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("are retried with backoff, counted, and given up after the last attempt; a 5xx is given up at once", async () => {
    const [flaky, bounced] = await scratch.owner
      .insert(mailOutbox)
      .values([
        { storeId: null, toEmail: "flaky@example.test", subject: "s", body: "b", kind: "test.retry" },
        { storeId: null, toEmail: "nobody@example.test", subject: "s", body: "b", kind: "test.retry" },
      ])
      .returning();
    const sink = await startSmtpSink({
      beforeAccept: (m) =>
        m.to[0] === "nobody@example.test" ? { accept: false, code: 550, message: "no such mailbox" } : { accept: false, code: 451, message: "try later" },
    });
    const policy = { maxAttempts: 3, baseDelayMs: 60_000 };
    try {
      expect(await deliverPendingMail(scratch.app, sink.url, 20, policy)).toBe(0);
      const row = async (id: number) => (await scratch.owner.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;
      const once = await row(flaky!.id);
      expect(once).toMatchObject({ attempts: 1, sentAt: null, failedAt: null, leaseToken: null });
      expect(once.lastError).toMatch(/try later/);
      // The next try waits a minute: a pass now leaves it alone.
      expect(once.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000);
      expect(await deliverPendingMail(scratch.app, sink.url, 20, policy)).toBe(0);
      expect((await row(flaky!.id)).attempts).toBe(1);
      // The bounce is final after one attempt.
      const bounce = await row(bounced!.id);
      expect(bounce).toMatchObject({ attempts: 1, sentAt: null });
      expect(bounce.failedAt).not.toBeNull();
      expect(bounce.lastError).toMatch(/no such mailbox/);

      // Make the retries due at once: the third failure gives the message up.
      for (let i = 0; i < 2; i++) {
        await scratch.owner.update(mailOutbox).set({ nextAttemptAt: new Date(0) }).where(eq(mailOutbox.id, flaky!.id));
        await deliverPendingMail(scratch.app, sink.url, 20, policy);
      }
      const last = await row(flaky!.id);
      expect(last.attempts).toBe(3);
      expect(last.failedAt).not.toBeNull();
      await scratch.owner.update(mailOutbox).set({ nextAttemptAt: new Date(0) }).where(eq(mailOutbox.id, flaky!.id));
      await deliverPendingMail(scratch.app, sink.url, 20, policy);
      expect((await row(flaky!.id)).attempts).toBe(3);
      expect(sink.accepted).toHaveLength(0);
    } finally {
      await sink.close();
    }
  });
});

describe("two senders", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase("mail_two");
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("a sender whose claim ran out skips the rows another sender took over", async () => {
    await scratch.owner.insert(mailOutbox).values(messages(5, "b"));
    const sink = await startSmtpSink();
    const smtp = (await import("nodemailer")).default.createTransport(sink.url);
    // Sender A stalls on its first message until its lease has run out and B has taken the rest.
    let release!: () => void;
    const stalled = new Promise<void>((r) => (release = r));
    let first = true;
    const slowTransport = {
      sendMail: async (m: Parameters<typeof smtp.sendMail>[0]) => {
        if (first) {
          first = false;
          await stalled;
        }
        return smtp.sendMail(m);
      },
    };
    try {
      const a = deliverPendingMail(scratch.app, slowTransport, 50, { leaseMs: 300 });
      await sleep(500);
      // B claims everything A holds but has not started (and A's stalled one, whose lease is gone too).
      expect(await deliverPendingMail(scratch.app, smtp, 50, { leaseMs: 60_000 })).toBe(5);
      release();
      // A finishes its stalled send (the window decision 0011 bounds by the SMTP timeouts) and sends nothing else.
      expect(await a).toBe(1);
      const perRecipient = new Map<string, number>();
      for (const m of sink.accepted) perRecipient.set(m.to[0]!, (perRecipient.get(m.to[0]!) ?? 0) + 1);
      expect([...perRecipient.values()].sort()).toEqual([1, 1, 1, 1, 2]);
      const rows = await scratch.owner.select().from(mailOutbox);
      expect(rows.every((r) => r.sentAt !== null)).toBe(true);
    } finally {
      smtp.close();
      await sink.close();
    }
  });
});
