const columns = (id, big) => `
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
const migrations = () => [
  {
    version: 1,
    sqlite: `
CREATE TABLE receipts (${columns("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER")});
CREATE INDEX receipts_received ON receipts (received_at, seq);
CREATE INDEX receipts_previous ON receipts (previous_id);
CREATE TABLE purge_marks (before_ms INTEGER NOT NULL);
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
WHEN OLD.received_at >= COALESCE((SELECT MAX(before_ms) FROM purge_marks), 0)
BEGIN SELECT RAISE(ABORT, 'receipts are append-only: only a purge deletes, by age'); END;`,
    postgres: `
CREATE TABLE receipts (${columns("BIGSERIAL PRIMARY KEY", "BIGINT")});
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
FOR EACH ROW EXECUTE FUNCTION receipts_append_only();`
  }
];
const LATEST_VERSION = 1;
const SCHEMA_TABLE = "consent_gate_schema";
const CHAIN_SQL = (p1) => `
WITH RECURSIVE up(id, prev) AS (
  SELECT consent_id, previous_id FROM receipts WHERE consent_id = ${p1}
  UNION SELECT r.consent_id, r.previous_id FROM receipts r JOIN up ON r.consent_id = up.prev
), down(id) AS (
  SELECT id FROM up
  UNION SELECT r.consent_id FROM receipts r JOIN down ON r.previous_id = down.id
)
SELECT * FROM receipts WHERE consent_id IN (SELECT id FROM down) ORDER BY received_at, seq LIMIT 10000`;
function newerSchema(found) {
  return new Error(
    `the receipts database has schema version ${found}, newer than this consent-gate knows (${LATEST_VERSION}); upgrade consent-gate`
  );
}

const COLUMNS = [
  "consent_id",
  "previous_id",
  "decided_at",
  "received_at",
  "revision",
  "mode",
  "purposes",
  "method",
  "lang",
  "shown_sha256",
  "origin",
  "path",
  "version",
  "ip",
  "user_agent"
];
function toRow(r) {
  return [
    r.consentId,
    r.previousId,
    r.decidedAt,
    r.receivedAt,
    r.revision,
    r.mode,
    JSON.stringify(r.purposes),
    r.method,
    r.lang,
    r.shown,
    r.origin,
    r.path,
    r.version,
    r.ip,
    r.userAgent
  ];
}
function fromRow(row) {
  return {
    consentId: String(row.consent_id),
    previousId: row.previous_id == null ? null : String(row.previous_id),
    decidedAt: Number(row.decided_at),
    receivedAt: Number(row.received_at),
    revision: String(row.revision),
    mode: row.mode,
    purposes: JSON.parse(String(row.purposes)),
    method: row.method,
    lang: String(row.lang),
    shown: row.shown_sha256 == null ? null : String(row.shown_sha256),
    origin: String(row.origin),
    path: String(row.path),
    version: String(row.version),
    ip: row.ip == null ? null : String(row.ip),
    userAgent: row.user_agent == null ? null : String(row.user_agent)
  };
}
const EXPORT_PAGE = 1e3;

export { CHAIN_SQL as C, EXPORT_PAGE as E, LATEST_VERSION as L, SCHEMA_TABLE as S, COLUMNS as a, fromRow as f, migrations as m, newerSchema as n, toRow as t };
