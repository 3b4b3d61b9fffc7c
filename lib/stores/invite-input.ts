import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { emailSchema } from "@/lib/auth/policy";

/*
 * What an invitation asks for, one rule for the dashboard's form and the API
 * (POST /api/v1/stores/{slug}/invitations). Pure: the OpenAPI document is
 * generated from it too.
 */
export const inviteInputSchema = z.object({
  email: emailSchema.pipe(z.string().max(254, "Use at most 254 characters.")),
  role: z.enum(ROLES, { error: "Choose a role." }),
});
