import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { EnteredStatement, type StoreEntry } from "./entered";

/*
 * Every parameterised statement runs as a prepared statement named after its
 * text, so each connection parses and plans it once instead of on every call
 * (issue 12: a catalog read's backend CPU fell to less than half; decision
 * 0032). Plans stay correct for every store: the tenant is never in the text,
 * and row-level security reads it at execution through a STABLE function,
 * which a cached plan evaluates afresh each time.
 *
 * Only statements pg already sends with the extended protocol (they have
 * parameters) are named; a statement without parameters may hold several
 * commands (a migration's file, a multi-statement script) and goes as before.
 * Cursors and streams name their own statements and are left alone.
 */

/** Statements one connection keeps prepared; after that, new texts run unnamed (plans are server memory). */
export const PREPARED_PER_CONNECTION = 200;
/** Texts the process keeps a name for: a query built with its values inlined must not grow this without end. */
const NAMES_PER_PROCESS = 5_000;
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < NAMES_PER_PROCESS) {
    // Identifiers are at most 63 bytes; 120 bits of the text's hash never collide in practice.
    name = `plaza_${createHash("sha256").update(text).digest("base64url").slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

type QueryConfig = { text?: unknown; name?: unknown; values?: unknown; submit?: unknown };

/** pg's Client, naming what it prepares (lib/db/connect.ts gives it to every pool), and entering a store per statement while a read runs. */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  /** The pool's `prepare` option (lib/db/connect.ts): false names no statement. */
  private readonly naming: boolean;
  private entry: StoreEntry | undefined;
  /** Entered statements sent and not yet answered. */
  private readonly unanswered = new Set<Promise<unknown>>();

  constructor(config?: pg.ClientConfig & { prepare?: boolean }) {
    super(config);
    this.naming = config?.prepare !== false;
  }

  private named(text: string): string | undefined {
    if (!this.naming) return undefined;
    const name = nameFor(text);
    if (name === undefined) return undefined;
    if (!this.prepared.has(name)) {
      if (this.prepared.size >= PREPARED_PER_CONNECTION) return undefined;
      this.prepared.add(name);
    }
    return name;
  }

  /**
   * From now until leave(), every statement on this connection goes behind
   * the store's entry (lib/db/entered.ts): the read of one store that
   * connect.ts's tenantTransaction runs here.
   */
  enter(storeId: string, checkHere: boolean): StoreEntry {
    this.entry = { storeId, checkHere, elsewhere: false };
    return this.entry;
  }

  /**
   * Statements from now on go as they are, once every entered statement sent
   * is answered: pg routes answers in pipeline mode only, so a connection
   * handed back with two still on their way (a read whose Promise.all failed
   * on the first) would give their rows to the next user's query.
   */
  async leave(): Promise<void> {
    this.entry = undefined;
    while (this.unanswered.size > 0) await Promise.allSettled([...this.unanswered]);
  }

  // pg's query() has many overloads; this only adds a name (and, in a read, the store's entry) and passes everything on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const named = this.withName(config, values);
    if (!this.entry || (named && typeof named === "object" && typeof (named as QueryConfig).submit === "function")) {
      return (pg.Client.prototype.query as (...args: unknown[]) => unknown).call(this, named, values, callback);
    }
    const given = typeof named === "string" ? { text: named } : (named as object);
    const params = Array.isArray(values) ? values : (given as QueryConfig).values;
    const done = typeof values === "function" ? values : callback;
    const statement = new EnteredStatement({ ...given, values: params ?? [] }, this.entry);
    const answer = new Promise((resolve, reject) => {
      statement.callback = (err, res) => (err ? reject(err) : resolve(res));
    });
    this.unanswered.add(answer);
    const answered = () => this.unanswered.delete(answer);
    answer.then(answered, answered);
    (pg.Client.prototype.query as (...args: unknown[]) => unknown).call(this, statement);
    if (typeof done === "function") {
      answer.then((res) => done(null, res), (err) => done(err));
      return undefined;
    }
    return answer;
  }

  /** The config with its statement's name, when it has parameters (see the top of this file). */
  private withName(config: unknown, values: unknown): unknown {
    const params = Array.isArray(values) ? values : undefined;
    if (typeof config === "string") {
      const name = params && params.length > 0 ? this.named(config) : undefined;
      if (name) return { text: config, name };
    } else if (config && typeof config === "object") {
      const c = config as QueryConfig;
      const given = Array.isArray(c.values) ? c.values : params;
      if (typeof c.submit !== "function" && typeof c.text === "string" && c.name === undefined && given && given.length > 0) {
        const name = this.named(c.text);
        // A copy: drizzle hands the same config object to every execution.
        if (name) return { ...c, name };
      }
    }
    return config;
  }
}

// The entry's ParseComplete comes first in its exchange, but pg credits every
// ParseComplete to the active query's own statement: count it for the entry.
const parseComplete = (pg.Client.prototype as unknown as { _handleParseComplete: () => void })._handleParseComplete;
(PreparingClient.prototype as unknown as { _handleParseComplete: () => void })._handleParseComplete = function (this: pg.Client) {
  const client = this as unknown as { _getActiveQuery(): unknown; connection: Parameters<EnteredStatement["entryParsed"]>[0] };
  const active = client._getActiveQuery();
  if (active instanceof EnteredStatement && active.entryParsing) active.entryParsed(client.connection);
  else parseComplete.call(this);
};
