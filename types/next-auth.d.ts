import "next-auth";
import "next-auth/jwt";

// What Plaza keeps in the session token: who, and on which host the session
// was made (a token copied to another host is not valid there).
declare module "next-auth" {
  interface Session {
    userId?: string;
    host?: string;
    /** The account's session version when it signed in: a password reset raises it, ending this session. */
    sessionVersion?: number;
  }
  interface User {
    host?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    host?: string;
    sv?: number;
  }
}
