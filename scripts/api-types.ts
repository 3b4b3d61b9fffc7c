import { writeFile } from "node:fs/promises";
import { API_TYPES_FILE, generateApiTypes } from "@/lib/api/openapi-types";

/* npm run api:types — regenerates the API client's types from the OpenAPI document. */
await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${API_TYPES_FILE}`);
