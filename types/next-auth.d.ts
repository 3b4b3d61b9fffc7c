import "next-auth";
import "next-auth/jwt";

// What Plaza keeps in the session token: who, and on which host the session
// was made (a token copied to another host is not valid there).
declare module "next-auth" {
  interface Session {
    userId?: string;
    host?: string;
  }
  interface User {
    host?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    host?: string;
  }
}
