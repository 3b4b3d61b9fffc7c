import { authRoute } from "@/lib/auth/route";

// /api/* passes the proxy on every host, so each host signs in on its own;
// lib/auth/route.ts fixes next-auth's origin to the routed host.
export { authRoute as GET, authRoute as POST };
