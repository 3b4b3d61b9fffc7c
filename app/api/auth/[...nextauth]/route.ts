import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// /api/* passes the proxy on every host, so each host signs in on its own.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
