/** `consent-gate audit`: not built yet. */
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('consent-gate audit: not available in this version\n');
  return 2;
}
