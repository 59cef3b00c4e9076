/**
 * The `consent-gate` command. Each subcommand is loaded only when asked for, so
 * its optional dependencies (playwright-core for `audit`; better-sqlite3 or pg for
 * `receipts`) are needed only by those who use it.
 */
type Command = { run(args: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load(): Promise<Command> }> = {
  audit: {
    summary: 'audit <url>: what a site stores and sends before consent and after Reject all',
    load: () => import('./audit/command'),
  },
  receipts: { summary: 'receipts: the consent receipts service (serve, purge, export)', load: () => import('./receipts/command') },
};

const USAGE = [
  'Usage: consent-gate <command> [options]',
  '',
  ...Object.values(COMMANDS).map((c) => '  ' + c.summary),
  '',
  'consent-gate <command> --help for its options.',
].join('\n');

/** Runs the command line; resolves to the process exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`consent-gate: unknown command ${JSON.stringify(name)}\n\n${USAGE}\n`);
    return 2;
  }
  return (await command.load()).run(rest);
}
