// Hosts of the e2e server (playwright.config.ts): the root domain and a store's subdomain.
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const root = (path = "/") => `http://localhost:${PORT}${path}`;
export const storeHost = (slug: string, path = "/") => `http://${slug}.localhost:${PORT}${path}`;
export const consoleHost = (path = "/") => `http://admin.localhost:${PORT}${path}`;

/**
 * For API requests from Node (Playwright's `request`), which does not resolve
 * *.localhost: send to loopback and name the host in the Host header.
 */
export const loopback = (path = "/") => `http://127.0.0.1:${PORT}${path}`;
export const hostHeader = (slug?: string) => ({ host: slug ? `${slug}.localhost:${PORT}` : `localhost:${PORT}` });
