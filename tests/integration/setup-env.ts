import { inject } from "vitest";

// App modules read their configuration through lib/env.ts; point them at the
// suite's database as the app role. Plain assignments, not `??=`: a variable
// exported in the developer's shell (ROOT_DOMAIN, DATABASE_APP_URL, …) must not
// change what the tests run against.
process.env.DATABASE_APP_URL = inject("appUrl");
process.env.AUTH_SECRET = "integration-tests-secret-integration-tests";
process.env.ROOT_DOMAIN = "localhost:3000";
process.env.PUBLIC_PROTOCOL = "http";
process.env.TENANT_CACHE_TTL_MS = "0";
process.env.UPLOAD_DIR = ".data/test/uploads";
delete process.env.DATABASE_URL;
delete process.env.SMTP_URL;
delete process.env.PLAZA_TRUSTED_PROXIES;
delete process.env.CONFIG_ENCRYPTION_KEYS; // tests that need one set their own
