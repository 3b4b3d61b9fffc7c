import { describe, expect, it } from "vitest";
import { dbTimeouts, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgres://owner:secret@db.internal:5432/plaza",
  AUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("fills defaults and derives the app role's URL from the owner's", () => {
    const env = parseEnv(valid);
    expect(env.ROOT_DOMAIN).toBe("localhost:3000");
    expect(env.PORT).toBe(3000);
    expect(env.appDatabaseUrl).toBe("postgres://plaza_app:plaza_app@db.internal:5432/plaza");
  });

  it("bounds every wait on the database by default", () => {
    const env = parseEnv(valid);
    expect(dbTimeouts(env)).toEqual({ connectTimeoutMs: 5_000, statementTimeoutMs: 15_000, lockTimeoutMs: 5_000, idleInTransactionTimeoutMs: 30_000 });
    expect(env.SHUTDOWN_TIMEOUT_MS).toBe(25_000);
    expect(dbTimeouts(parseEnv({ ...valid, DATABASE_LOCK_TIMEOUT_MS: "2500" })).lockTimeoutMs).toBe(2_500);
  });

  it("prefers an explicit DATABASE_APP_URL", () => {
    const env = parseEnv({ ...valid, DATABASE_APP_URL: "postgres://app:pw@h/plaza" });
    expect(env.appDatabaseUrl).toBe("postgres://app:pw@h/plaza");
  });

  it.each([
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ ROOT_DOMAIN: "https://plaza.example/" }, "ROOT_DOMAIN"],
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ DATABASE_APP_ROLE: "Robert'); DROP TABLE--" }, "DATABASE_APP_ROLE"],
    [{ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not a key" }, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
    [{ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") }, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
    [{ STORAGE_DRIVER: "ftp" }, "STORAGE_DRIVER"],
    [{ STORAGE_DRIVER: "s3" }, "S3_BUCKET"],
    [{ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_ENDPOINT: "ftp://x" }, "S3_ENDPOINT"],
    [{ REDIS_URL: "http://cache:6379" }, "REDIS_URL"],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: "soon" }, "DATABASE_STATEMENT_TIMEOUT_MS"],
    [{ DATABASE_LOCK_TIMEOUT_MS: "0" }, "DATABASE_LOCK_TIMEOUT_MS"],
    [{ SHUTDOWN_TIMEOUT_MS: "-1" }, "SHUTDOWN_TIMEOUT_MS"],
  ])("names the variable that is malformed: %j", (override, name) => {
    expect(() => parseEnv({ ...valid, ...override })).toThrow(new RegExp(`- ${name}:`));
  });

  it("names the variables that are missing", () => {
    expect(() => parseEnv({ AUTH_SECRET: valid.AUTH_SECRET })).toThrow(/DATABASE_URL: required/);
    expect(() => parseEnv({ DATABASE_URL: valid.DATABASE_URL })).toThrow(/- AUTH_SECRET:/);
  });

  it("takes the settings several instances share", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const e = parseEnv({ ...valid, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key, STORAGE_DRIVER: "s3", S3_BUCKET: "plaza-files", S3_FORCE_PATH_STYLE: "true", REDIS_URL: "redis://cache:6379" });
    expect(e).toMatchObject({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key, STORAGE_DRIVER: "s3", S3_BUCKET: "plaza-files", S3_FORCE_PATH_STYLE: true, S3_REGION: "us-east-1" });
    expect(parseEnv(valid)).toMatchObject({ STORAGE_DRIVER: "local", S3_FORCE_PATH_STYLE: false });
  });

  it("accepts any root domain, lower-cased", () => {
    expect(parseEnv({ ...valid, ROOT_DOMAIN: "Shops.Example.COM" }).ROOT_DOMAIN).toBe("shops.example.com");
  });
});
