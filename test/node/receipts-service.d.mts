import type { ChildProcess } from 'node:child_process';

/** A running `consent-gate receipts` process. */
export interface Service {
  /** `http://127.0.0.1:<port>` */
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<{ code: number | null; signal: string | null }>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<{ code: number | null; signal: string | null }>;
}
export function startService(options: {
  db: string;
  origin: string;
  tokenFile: string;
  rateLimit?: number;
  extra?: string[];
}): Promise<Service>;
