/**
 * Imports an estate ledger (CONTRACTS §3):
 *   npm run --silent import -- owners FILE
 *   npm run --silent import -- bills FILE
 * Bad rows go to stderr as `line N: reason`; stdout ends with `imported N, updated N, rejected N`.
 * Exits 1 only when nothing could be read (missing file, unreadable format, missing headers).
 */
import path from 'node:path';
import { importLedger, type LedgerKind } from '../import';
import { EXIT, runCli, UsageError } from './bootstrap';

void runCli<{ kind: LedgerKind; file: string }>({
  usage: 'usage: npm run --silent import -- owners|bills FILE   (FILE: .csv UTF-8 or .xlsx)',
  parse(args) {
    const [kind, file, ...rest] = args;
    if (kind !== 'owners' && kind !== 'bills') throw new UsageError(kind ? `unknown ledger "${kind}"` : '');
    if (!file || rest.length) throw new UsageError(file ? 'too many arguments' : 'FILE is missing');
    // `npm run` moves to the package root; a relative FILE means the caller's directory (INIT_CWD).
    return { kind, file: path.resolve(process.env.INIT_CWD ?? process.cwd(), file) };
  },
  async main(cli, { kind, file }) {
    const result = await importLedger(cli.deps, kind, file);
    if (!result.ok) {
      process.stderr.write(`import failed: ${result.message}\n`);
      return EXIT.FAILED;
    }
    for (const e of result.errors) process.stderr.write(`line ${e.line}: ${e.reason}\n`);
    cli.print(`imported ${result.imported}, updated ${result.updated}, rejected ${result.rejected}`);
  },
});
