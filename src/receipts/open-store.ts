import type { ReceiptStore } from './store';

/**
 * Opens the store a `--db` address names: `sqlite:<file>` (relative to the
 * working directory; `sqlite:./consent-receipts.db`) or `postgres://…` /
 * `postgresql://…` (a libpq connection URI).
 *
 * @example
 * const store = await openStore('sqlite:./consent-receipts.db');
 */
export async function openStore(address: string): Promise<ReceiptStore> {
  if (/^postgres(ql)?:\/\//i.test(address)) {
    const { openPostgresStore } = await import('./postgres');
    return openPostgresStore(address);
  }
  const file = /^sqlite:/i.test(address) ? address.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') : '';
  if (!file) throw new Error(`--db must be sqlite:<file> or postgres://…, got ${JSON.stringify(address)}`);
  const { openSqliteStore } = await import('./sqlite');
  return openSqliteStore(file);
}
