/**
 * The receipts service as a site owner runs it: the built `consent-gate
 * receipts` command (dist/cli.mjs) in its own process, for the HTTP, load and
 * crash tests and the bench.
 *
 * @example
 * const service = await startService({ db: 'sqlite:/tmp/r.db', origin: 'https://www.example.com', tokenFile: '/tmp/token' });
 * await fetch(service.url + '/health');
 * await service.stop();
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

/** Starts the command on a free port; resolves once it prints where it listens. */
export function startService({ db, origin, tokenFile, rateLimit = 0, extra = [] }) {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'receipts',
      '--db',
      db,
      '--origin',
      origin,
      '--token-file',
      tokenFile,
      '--port',
      '0',
      '--rate-limit',
      String(rateLimit),
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the receipts service did not start:\n' + output)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', read);
      resolve({
        url: match[1],
        child,
        output: () => output,
        exited,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
        async kill() {
          child.kill('SIGKILL');
          return exited;
        },
      });
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error('the receipts service exited:\n' + output));
    });
  });
}
