import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "@/lib/db/schema";
import { deliverPendingMail } from "@/lib/mail/send";
import { listStoreApplications } from "@/lib/stores/applications";
import { testDatabases } from "./db";

const { app, owner } = testDatabases();

describe("outbox delivery", () => {
  it("without SMTP nothing is sent; with a transport every unsent message is sent once", async () => {
    expect(await deliverPendingMail(app, undefined)).toBe(0);
    // Other test files write mail concurrently: follow only this test's own messages.
    const kind = `test.${randomUUID()}`;
    await owner.insert(mailOutbox).values([1, 2, 3].map((n) => ({ storeId: null, toEmail: `m${n}@example.test`, subject: "s", body: "b", kind })));
    const sentTo: string[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const spy = { sendMail: async (m: { to: string }) => (sentTo.push(m.to), transport.sendMail(m)) } as unknown as typeof transport;
    while ((await deliverPendingMail(app, spy, 500)) > 0);
    const mine = await owner.select().from(mailOutbox).where(eq(mailOutbox.kind, kind));
    expect(mine.every((m) => m.sentAt !== null)).toBe(true);
    expect(sentTo.filter((t) => /^m\d@example\.test$/.test(t)).sort()).toEqual(["m1@example.test", "m2@example.test", "m3@example.test"]);
  });
});

describe("the console queue", () => {
  it("lists pending applications with the applicant and their note", async () => {
    const { rows } = await listStoreApplications(app, { status: "pending", page: 1, pageSize: 50 });
    const initech = rows.find((r) => r.slug === "initech");
    expect(initech).toMatchObject({ ownerEmail: "founder@initech.test", note: "TPS report covers and staplers." });
  });
});
