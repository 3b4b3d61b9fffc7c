import { openApiDocument } from "@/lib/api/openapi";

/** The API's OpenAPI document, public: it describes, it grants nothing. */
export function GET() {
  return Response.json(openApiDocument());
}
