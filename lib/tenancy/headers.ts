/**
 * Headers the proxy sets for the pages behind it (x-plaza-*), or that name a
 * tenant (x-tenant-*) or speak for Next's own middleware (x-middleware-*). A
 * client that sends one is trying to choose a tenant or skip the proxy, so
 * they are dropped on the way in; the tenant comes only from host and path.
 */
const INTERNAL_HEADER = /^(x-tenant-|x-middleware-|x-plaza-)/i;

export const isInternalHeader = (name: string) => INTERNAL_HEADER.test(name);

/**
 * Set only by the HTTP server's front door on a page load it routed itself,
 * which is what lets that request skip proxy.ts (its matcher). The front door
 * drops a client-sent one from every request (lib/http/front-door.ts).
 */
export const ROUTED_HEADER = "x-plaza-routed";

export function stripInternalHeaders(incoming: Headers): Headers {
  const headers = new Headers();
  incoming.forEach((value, key) => {
    if (!INTERNAL_HEADER.test(key)) headers.set(key, value);
  });
  return headers;
}
