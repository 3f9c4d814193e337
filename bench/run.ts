// Benchmarks, never part of `npm test`:  npm run bench -- nlu [options]
// Each benchmark is one module exporting `main(args)`; this file only dispatches.
const BENCHES: Record<string, () => Promise<{ main(args: string[]): Promise<void> }>> = {
  nlu: () => import('./nlu'),
};

async function run(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const load = name ? BENCHES[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]\n`);
    process.exitCode = 2;
    return;
  }
  await (await load()).main(args);
}

run().catch((e) => { process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
