import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a real CLI entry point (`tsx src/cli/<name>.ts args…`) against the database at `dbUrl`. */
export function runCliProcess(name: string, args: string[], dbUrl: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, 'src/cli', `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DB_URL: dbUrl, TEST_DB_URL: '', LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
