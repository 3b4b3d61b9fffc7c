import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The layering issue 15 asks for, checked on the source text so a merge that
 * brings a shortcut back fails here rather than in review: app/ reaches
 * tables only through lib/, and the domain (lib/stores, lib/console) does not
 * depend on the server-action edge (lib/actions) for its results.
 */

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Files whose import lines name a module that `forbidden` matches. */
function importing(files: string[], forbidden: RegExp): string[] {
  return files.filter((f) => {
    const text = readFileSync(path.join(root, f), "utf8");
    return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm)].some((m) => forbidden.test(m[1]!));
  });
}

describe("layering", () => {
  it("app/ imports neither drizzle nor the schema: its data comes from lib/", () => {
    expect(importing(sources("app"), /^(drizzle-orm(\/.*)?|@\/lib\/db\/schema(\/.*)?)$/)).toEqual([]);
  });

  it("every access decision goes through lib/access: nothing else resolves a store member, a platform admin or an API key", () => {
    const everything = [...sources("app"), ...sources("lib"), ...sources("components")].filter((f) => !f.startsWith("lib/access/"));
    const deciding = everything.filter((f) => {
      const text = readFileSync(path.join(root, f), "utf8");
      // The deciders (lib/access/) and the reads they decide with (the key's own module, the creator's rights) are allowed to name these.
      if (f === "lib/api/keys.ts" || f === "lib/api/key-authority.ts") return false;
      return /\b(resolveStoreAccess|authenticateApiKey|creatorStillAuthorizes)\(|\buser\?\.isPlatformAdmin\b/.test(text);
    });
    expect(deciding).toEqual([]);
  });

  it("the dashboard's domain takes its result type from lib/result.ts, not from the action layer", () => {
    expect(importing([...sources("lib/stores"), ...sources("lib/console")], /^@\/lib\/actions\//)).toEqual([]);
  });
});
