import { S as SCHEMA_TABLE, E as EXPORT_PAGE, f as fromRow, C as CHAIN_SQL, L as LATEST_VERSION, n as newerSchema, m as migrations, t as toRow, a as COLUMNS } from './store.mjs';

const MIGRATION_LOCK = 7264551015;
async function openPostgresStore(connectionString, { max = 4 } = {}) {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch (error) {
    throw new Error(
      "the PostgreSQL store needs the optional dependency pg (npm install pg), which could not be loaded: " + (error instanceof Error ? error.message : String(error))
    );
  }
  const pool = new pg.Pool({ connectionString, max });
  pool.on("error", () => {
  });
  try {
    await transaction(pool, migrate);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const insert = (count) => {
    const values = [];
    for (let i = 0; i < count; i++) values.push("(" + COLUMNS.map((_, c) => "$" + (i * COLUMNS.length + c + 1)).join(", ") + ")");
    return `INSERT INTO receipts (${COLUMNS.join(", ")}) VALUES ${values.join(", ")} ON CONFLICT (consent_id) DO NOTHING`;
  };
  return {
    kind: "postgres",
    async append(rows) {
      if (!rows.length) return 0;
      let added = 0;
      await transaction(pool, async (client) => {
        for (let i = 0; i < rows.length; i += 1e3) {
          const part = rows.slice(i, i + 1e3);
          added += (await client.query(insert(part.length), part.flatMap(toRow))).rowCount ?? 0;
        }
      });
      return added;
    },
    async chain(id) {
      return (await pool.query(CHAIN_SQL("$1"), [id])).rows.map(fromRow);
    },
    async *export({ from = 0, to = Number.MAX_SAFE_INTEGER }) {
      let after = { at: -1, seq: -1 };
      for (; ; ) {
        const { rows } = await pool.query(
          `SELECT * FROM receipts WHERE received_at >= $1 AND received_at < $2 AND (received_at, seq) > ($3, $4)
           ORDER BY received_at, seq LIMIT ${EXPORT_PAGE}`,
          [from, to, after.at, after.seq]
        );
        for (const row of rows) yield fromRow(row);
        if (rows.length < EXPORT_PAGE) return;
        const last = rows[rows.length - 1];
        after = { at: Number(last.received_at), seq: Number(last.seq) };
      }
    },
    async purge(before) {
      return transaction(pool, async (client) => {
        await client.query("INSERT INTO purge_marks (before_ms) VALUES ($1)", [before]);
        const { rowCount } = await client.query("DELETE FROM receipts WHERE received_at < $1", [before]);
        await client.query("DELETE FROM purge_marks");
        return rowCount ?? 0;
      });
    },
    async count() {
      return Number((await pool.query("SELECT COUNT(*) AS n FROM receipts")).rows[0].n);
    },
    async schemaVersion() {
      return Number((await pool.query(`SELECT COALESCE(MAX(version), 0) AS v FROM ${SCHEMA_TABLE}`)).rows[0].v);
    },
    close: () => pool.end()
  };
}
async function transaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
    });
    throw error;
  } finally {
    client.release();
  }
}
async function migrate(client) {
  await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
  await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA_TABLE} (version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT NOT NULL)`);
  const found = Number((await client.query(`SELECT COALESCE(MAX(version), 0) AS v FROM ${SCHEMA_TABLE}`)).rows[0].v);
  if (found > LATEST_VERSION) throw newerSchema(found);
  for (const m of migrations()) {
    if (m.version <= found) continue;
    await client.query(m.postgres);
    await client.query(`INSERT INTO ${SCHEMA_TABLE} (version, applied_at) VALUES ($1, $2)`, [m.version, Date.now()]);
  }
}

export { openPostgresStore };
