/** Entry of the `consent-gate` bin (dist/cli.mjs). */
import { main } from './main';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`consent-gate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
