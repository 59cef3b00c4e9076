import { a as COLUMNS, t as toRow, C as CHAIN_SQL, E as EXPORT_PAGE, f as fromRow, S as SCHEMA_TABLE, L as LATEST_VERSION, n as newerSchema, m as migrations } from './store.mjs';

async function openSqliteStore(file, { synchronous = "FULL" } = {}) {
  let Driver;
  try {
    Driver = (await import('better-sqlite3')).default;
  } catch (error) {
    throw new Error(
      "the SQLite store needs the optional dependency better-sqlite3 (npm install better-sqlite3@12), which could not be loaded: " + (error instanceof Error ? error.message : String(error))
    );
  }
  const db = new Driver(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma("busy_timeout = 5000");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const insert = db.prepare(
    `INSERT INTO receipts (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")}) ON CONFLICT (consent_id) DO NOTHING`
  );
  const appendAll = db.transaction((rows) => {
    let added = 0;
    for (const r of rows) added += insert.run(toRow(r)).changes;
    return added;
  });
  const chain = db.prepare(CHAIN_SQL("?"));
  const page = db.prepare(
    `SELECT * FROM receipts WHERE received_at >= ? AND received_at < ? AND (received_at > ? OR (received_at = ? AND seq > ?))
     ORDER BY received_at, seq LIMIT ${EXPORT_PAGE}`
  );
  const purge = db.transaction((before) => {
    db.prepare("INSERT INTO purge_marks (before_ms) VALUES (?)").run(before);
    const { changes } = db.prepare("DELETE FROM receipts WHERE received_at < ?").run(before);
    db.prepare("DELETE FROM purge_marks").run();
    return changes;
  });
  return {
    kind: "sqlite",
    append: async (rows) => appendAll(rows),
    chain: async (id) => chain.all(id).map((row) => fromRow(row)),
    async *export({ from = 0, to = Number.MAX_SAFE_INTEGER }) {
      let after = { at: -1, seq: -1 };
      for (; ; ) {
        const rows = page.all(from, to, after.at, after.at, after.seq);
        for (const row of rows) yield fromRow(row);
        if (rows.length < EXPORT_PAGE) return;
        const last = rows[rows.length - 1];
        after = { at: Number(last.received_at), seq: Number(last.seq) };
      }
    },
    purge: async (before) => purge(before),
    count: async () => db.prepare("SELECT COUNT(*) AS n FROM receipts").get().n,
    schemaVersion: async () => currentVersion(db),
    close: async () => {
      db.close();
    }
  };
}
function currentVersion(db) {
  return db.prepare(`SELECT COALESCE(MAX(version), 0) AS v FROM ${SCHEMA_TABLE}`).get().v;
}
function migrate(db) {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS ${SCHEMA_TABLE} (version INTEGER NOT NULL PRIMARY KEY, applied_at INTEGER NOT NULL)`);
    const found = currentVersion(db);
    if (found > LATEST_VERSION) throw newerSchema(found);
    for (const m of migrations()) {
      if (m.version <= found) continue;
      db.exec(m.sqlite);
      db.prepare(`INSERT INTO ${SCHEMA_TABLE} (version, applied_at) VALUES (?, ?)`).run(m.version, Date.now());
    }
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}

export { openSqliteStore };
