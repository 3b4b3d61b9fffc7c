import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "./openapi";

/*
 * The TypeScript types of /api/v1/openapi.json (openapi-typescript), which
 * the API tests' client (openapi-fetch) is typed with. Written to
 * tests/support/api-schema.ts by `npm run api:types`; a unit test fails when
 * that file is not what the document generates now.
 */
export const API_TYPES_FILE = "tests/support/api-schema.ts";

export async function generateApiTypes(): Promise<string> {
  // A property with a default may be left out of a request: not required (v7 treats it as required by default).
  const ast = await openapiTS(structuredClone(openApiDocument()) as never, { defaultNonNullable: false });
  return `/* Generated from /api/v1/openapi.json by \`npm run api:types\` (lib/api/openapi-types.ts). Do not edit. */\n\n${astToString(ast)}`;
}
