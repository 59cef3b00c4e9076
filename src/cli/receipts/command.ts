/** `consent-gate receipts`: not built yet. */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('consent-gate receipts: not available in this version\n');
  return 2;
}
