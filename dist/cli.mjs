#!/usr/bin/env node
const COMMANDS = {
  audit: {
    summary: "audit <url>: what a site stores and sends before consent and after Reject all",
    load: () => import('./chunks/command2.mjs')
  },
  receipts: { summary: "receipts: the consent receipts service (serve, purge, export)", load: () => import('./chunks/command.mjs') }
};
const USAGE = [
  "Usage: consent-gate <command> [options]",
  "",
  ...Object.values(COMMANDS).map((c) => "  " + c.summary),
  "",
  "consent-gate <command> --help for its options."
].join("\n");
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(USAGE + "\n");
    return name ? 0 : 2;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command) {
    process.stderr.write(`consent-gate: unknown command ${JSON.stringify(name)}

${USAGE}
`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`consent-gate: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 1;
  }
);
