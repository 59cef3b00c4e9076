import type { Server } from 'node:http';

/** A running demo server. */
export interface Demo {
  server: Server;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  /** The receipts service's SQLite file, or why the service is off in this run. */
  receipts: { file: string | null; error: string | null };
  close(): Promise<void>;
}

/** Starts the demo site; `port: 0` picks a free port. */
export function startDemo(options?: { port?: number; host?: string }): Promise<Demo>;
