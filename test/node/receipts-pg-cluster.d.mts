/** A running throwaway PostgreSQL cluster. */
export interface Cluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  dir: string;
  stop(): Promise<void>;
}
export function findPgBin(): string;
export function startCluster(): Promise<Cluster>;
