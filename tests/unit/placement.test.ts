import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKeyring, reEncrypt } from "@/lib/config/crypto";
import { databaseFault, StoreElsewhereError, StoreMaintenanceError } from "@/lib/db/errors";
import { openPlacement, placementLabel, sealPlacement } from "@/lib/db/placement";

const k = () => randomBytes(32).toString("base64");
const urls = { ownerUrl: "postgres://admin:s3cret@db.internal:5433/plaza_acme", appUrl: "postgres://plaza_store_x:pw@db.internal:5433/plaza_acme" };

describe("a dedicated database's connection details", () => {
  it("are sealed with the keyring, never in the clear, and bound to their store", () => {
    const ring = parseKeyring(`k1:${k()}`);
    const store = randomUUID();
    const sealed = sealPlacement(ring, store, urls);
    expect(sealed).not.toContain("s3cret");
    expect(sealed).not.toContain("db.internal");
    expect(openPlacement(ring, store, sealed)).toEqual(urls);
    // Copied onto another store's row, they do not open.
    expect(() => openPlacement(ring, randomUUID(), sealed)).toThrow();
  });

  it("survive a key rotation", () => {
    const old = k();
    const store = randomUUID();
    const sealed = sealPlacement(parseKeyring(`k1:${old}`), store, urls);
    const rotated = parseKeyring(`k2:${k()},k1:${old}`);
    expect(openPlacement(rotated, store, sealed)).toEqual(urls);
    const moved = reEncrypt(rotated, sealed, `store-placement:${store}`);
    expect(moved.startsWith("v1:k2:")).toBe(true);
    expect(openPlacement(rotated, store, moved)).toEqual(urls);
  });

  it("show only host, port and database", () => {
    expect(placementLabel(urls.ownerUrl)).toBe("db.internal:5433/plaza_acme");
    expect(placementLabel("postgres://u:p@host/")).toBe("host/postgres");
    expect(placementLabel("not a url")).toBe("(unreadable database address)");
  });
});

describe("refusals during a move", () => {
  it("are temporary faults, in words, never SQL", () => {
    expect(databaseFault(new StoreMaintenanceError())).toBe("maintenance");
    expect(databaseFault(new StoreElsewhereError())).toBe("maintenance");
    expect(new StoreMaintenanceError().message).toBe("store maintenance, back in a moment");
  });
});
