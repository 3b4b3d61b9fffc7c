import { inject } from "vitest";

// App modules read their configuration through lib/env.ts; point them at the
// suite's database as the app role.
process.env.DATABASE_APP_URL = inject("appUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests";
process.env.ROOT_DOMAIN ??= "localhost:3000";
process.env.TENANT_CACHE_TTL_MS ??= "0";
process.env.UPLOAD_DIR ??= ".data/test/uploads";
