import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { o as openStore, e as exportFormats, c as createReceiptService, t as toNodeListener } from './open-store.mjs';

const USAGE = `Usage:
  consent-gate receipts [serve] --origin https://www.example.com [options]
      --db <address>       sqlite:<file> or postgres://user@host/db   (default sqlite:./consent-receipts.db)
      --origin <origin>    a site origin that sends receipts; repeat or separate with commas (required)
      --token-file <file>  the bearer token that reads receipts; created (random, mode 600) when missing
                           (default ./consent-receipts.token)
      --port <n>           default 8787 (0: any free port)
      --host <address>     default 127.0.0.1 (put a TLS proxy in front for the internet)
      --rate-limit <n>     receipts per minute per client address, 0 for none (default 120)
      --keep-ip            keep the client address, truncated to /24 (IPv4) or /48 (IPv6)
      --keep-user-agent    keep the User-Agent header
  consent-gate receipts purge --db <address> --older-than <days>d
  consent-gate receipts export --db <address> [--from <date>] [--to <date>] [--format ndjson|csv] [--out <file>]
`;
const DEFAULT_DB = "sqlite:./consent-receipts.db";
async function run(args) {
  const [first] = args;
  const sub = first === "serve" || first === "purge" || first === "export" ? first : "serve";
  const rest = sub === first ? args.slice(1) : args;
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      options: {
        db: { type: "string", default: DEFAULT_DB },
        origin: { type: "string", multiple: true },
        "token-file": { type: "string", default: "./consent-receipts.token" },
        port: { type: "string", default: "8787" },
        host: { type: "string", default: "127.0.0.1" },
        "rate-limit": { type: "string", default: "120" },
        "keep-ip": { type: "boolean", default: false },
        "keep-user-agent": { type: "boolean", default: false },
        "older-than": { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string", default: "ndjson" },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const db = String(values.db);
  if (sub === "purge") return purge(db, values["older-than"]);
  if (sub === "export") return exportTo(db, values);
  return serve(db, values);
}
function usage(message) {
  process.stderr.write(`consent-gate receipts: ${message}

${USAGE}`);
  return 2;
}
function wholeNumber(value, min, max) {
  const n = typeof value === "string" && /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  return n >= min && n <= max ? n : null;
}
function readToken(file) {
  if (existsSync(file)) return { token: readFileSync(file, "utf8").trim(), created: false };
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, token + "\n", { mode: 384, flag: "wx" });
  return { token, created: true };
}
async function serve(db, values) {
  const origins = (values.origin ?? []).flatMap((o) => o.split(",")).map((o) => o.trim()).filter(Boolean);
  if (!origins.length) return usage("--origin is required: the site origin(s) whose pages send receipts");
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+\/?$/.test(origin))
      return usage(`--origin ${JSON.stringify(origin)} is not an origin like https://www.example.com`);
  }
  const port = wholeNumber(values.port, 0, 65535);
  if (port === null) return usage("--port must be a number from 0 to 65535");
  const rateLimit = wholeNumber(values["rate-limit"], 0, 1e6);
  if (rateLimit === null) return usage("--rate-limit must be a whole number (0: no limit)");
  const tokenFile = String(values["token-file"]);
  const { token, created } = readToken(tokenFile);
  if (token.length < 16) return usage(`the token in ${tokenFile} is shorter than 16 characters`);
  const store = await openStore(db);
  const handler = createReceiptService({
    store,
    origins,
    token,
    rateLimit,
    keepIp: values["keep-ip"] === true,
    keepUserAgent: values["keep-user-agent"] === true,
    onError: (error) => process.stderr.write(`consent-gate receipts: ${error instanceof Error ? error.message : String(error)}
`)
  });
  const server = createServer(toNodeListener(handler));
  server.keepAliveTimeout = 5e3;
  server.requestTimeout = 1e4;
  try {
    server.listen(port, String(values.host));
    await once(server, "listening");
  } catch (error) {
    await store.close();
    throw error;
  }
  const { address, port: bound } = server.address();
  const host = address.includes(":") ? `[${address}]` : address;
  process.stdout.write(
    `consent-gate receipts: listening on http://${host}:${bound} (${store.kind}, schema ${await store.schemaVersion()}), receipts from ${origins.join(", ")}; token ${created ? "created in" : "read from"} ${tokenFile}
`
  );
  const signal = await new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  await new Promise((done) => {
    server.close(() => done());
    server.closeIdleConnections();
  });
  await store.close();
  process.stdout.write(`consent-gate receipts: stopped (${signal})
`);
  return 0;
}
async function purge(db, olderThan) {
  const days = /^(\d{1,5})d$/.exec(olderThan ?? "");
  if (!days) return usage("purge needs --older-than <days>d, for example --older-than 400d");
  const before = Date.now() - Number(days[1]) * 864e5;
  const store = await openStore(db);
  try {
    const purged = await store.purge(before);
    process.stdout.write(`consent-gate receipts: purged ${purged} receipts received before ${new Date(before).toISOString()}
`);
  } finally {
    await store.close();
  }
  return 0;
}
function readTime(value) {
  if (value === void 0) return void 0;
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
}
async function exportTo(db, values) {
  const format = String(values.format);
  if (!Object.prototype.hasOwnProperty.call(exportFormats, format)) return usage("--format must be ndjson or csv");
  const from = readTime(values.from);
  const to = readTime(values.to);
  if (Number.isNaN(from) || Number.isNaN(to))
    return usage("--from and --to take a date (2026-01-31) or a date-time (2026-01-31T12:00:00Z)");
  const store = await openStore(db);
  const out = values.out ? createWriteStream(String(values.out), { flags: "wx" }) : process.stdout;
  const write = (text) => out.write(text) ? void 0 : once(out, "drain");
  let count = 0;
  try {
    const { head, line } = exportFormats[format];
    if (head) await write(head);
    for await (const receipt of store.export({ from, to })) {
      await write(line(receipt));
      count++;
    }
  } finally {
    await store.close();
    if (out !== process.stdout) await new Promise((done) => out.end(() => done()));
  }
  if (values.out) process.stderr.write(`consent-gate receipts: exported ${count} receipts to ${String(values.out)}
`);
  return 0;
}

export { run };
