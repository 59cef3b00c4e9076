/**
 * The receipts schema, versioned. The service migrates the database to the
 * newest version on start, in one transaction; a database from a newer
 * consent-gate is refused rather than written with an older layout.
 * Append-only is enforced by the database itself: an UPDATE is refused by a
 * trigger, and a DELETE only passes for rows older than the mark a purge
 * writes in the same transaction.
 */
export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

const columns = (id: string, big: string) => `
  seq ${id},
  consent_id TEXT NOT NULL UNIQUE,
  previous_id TEXT,
  decided_at ${big} NOT NULL,
  received_at ${big} NOT NULL,
  revision TEXT NOT NULL,
  mode TEXT NOT NULL,
  purposes TEXT NOT NULL,
  method TEXT NOT NULL,
  lang TEXT NOT NULL,
  shown_sha256 TEXT,
  origin TEXT NOT NULL,
  path TEXT NOT NULL,
  version TEXT NOT NULL,
  ip TEXT,
  user_agent TEXT`;

/**
 * Every migration, oldest first. A function, not a module-level array: `consent-gate/server`
 * users who only read cookies tree-shake it all away.
 */
export const migrations = (): readonly Migration[] => [
  {
    version: 1,
    sqlite: `
CREATE TABLE receipts (${columns('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER')});
CREATE INDEX receipts_received ON receipts (received_at, seq);
CREATE INDEX receipts_previous ON receipts (previous_id);
CREATE TABLE purge_marks (before_ms INTEGER NOT NULL);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
WHEN OLD.received_at >= COALESCE((SELECT MAX(before_ms) FROM purge_marks), 0)
BEGIN SELECT RAISE(ABORT, 'receipts are append-only: only a purge deletes, by age'); END;`,
    postgres: `
CREATE TABLE receipts (${columns('BIGSERIAL PRIMARY KEY', 'BIGINT')});
CREATE INDEX receipts_received ON receipts (received_at, seq);
CREATE INDEX receipts_previous ON receipts (previous_id);
CREATE TABLE purge_marks (before_ms BIGINT NOT NULL);
CREATE FUNCTION receipts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.received_at < COALESCE((SELECT MAX(before_ms) FROM purge_marks), 0) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'receipts are append-only: only a purge deletes, by age';
END $$;
CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON receipts
FOR EACH ROW EXECUTE FUNCTION receipts_append_only();`,
  },
];

/** The version of the newest migration above (a node test keeps the two equal). */
export const LATEST_VERSION = 1;

/** The table that records which migrations ran. */
export const SCHEMA_TABLE = 'consent_gate_schema';

/** Every receipt linked to one consent id: back to the first decision, then every later one from there. */
export const CHAIN_SQL = (p1: string) => `
WITH RECURSIVE up(id, prev) AS (
  SELECT consent_id, previous_id FROM receipts WHERE consent_id = ${p1}
  UNION SELECT r.consent_id, r.previous_id FROM receipts r JOIN up ON r.consent_id = up.prev
), down(id) AS (
  SELECT id FROM up
  UNION SELECT r.consent_id FROM receipts r JOIN down ON r.previous_id = down.id
)
SELECT * FROM receipts WHERE consent_id IN (SELECT id FROM down) ORDER BY received_at, seq LIMIT 10000`;

/** A refusal to run against a database written by a newer consent-gate. */
export function newerSchema(found: number): Error {
  return new Error(
    `the receipts database has schema version ${found}, newer than this consent-gate knows (${LATEST_VERSION}); upgrade consent-gate`,
  );
}
