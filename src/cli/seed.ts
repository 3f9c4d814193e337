/**
 * Demo data (CONTRACTS §6):  npm run --silent seed -- --demo
 * Fills the database with a small estate and lists what to try with it. A second run changes nothing
 * and says so; staff passwords are printed only by the run that creates the accounts.
 */
import { seedDemo } from '../seed/seed-demo';
import { runCli, UsageError } from './bootstrap';

void runCli<void>({
  usage: 'usage: npm run --silent seed -- --demo',
  parse(args) {
    if (args.length !== 1 || args[0] !== '--demo') throw new UsageError(args.length ? `unknown arguments: ${args.join(' ')}` : '');
  },
  async main(cli) {
    const report = await seedDemo(cli.deps);
    const c = report.created;
    if (report.changed) {
      cli.print(
        `demo estate seeded: ${c.units} units, ${c.owners} owners, ${c.bills} bills, ${c.payments} payments, ` +
          `${c.rooms} meeting rooms, ${c.staff} staff accounts, ${c.senders} bound senders`,
      );
    } else {
      cli.print('demo estate already present: nothing changed');
    }
    cli.print('');
    cli.print('staff accounts:');
    for (const s of report.staff) {
      const secret = s.password ? `password ${s.password}  (shown once)` : 'password not shown (account existed before this run)';
      cli.print(`  ${s.username.padEnd(12)} ${s.role.padEnd(11)} ${secret}`);
    }
    cli.print('');
    cli.print('web-chat senders already bound (POST /api/chat/messages with "from"):');
    for (const s of report.senders) cli.print(`  ${s.senderId.padEnd(14)} ${s.unitCode.padEnd(9)} ${s.ownerName}  phone ends ${s.phoneLast4}`);
    cli.print('');
    cli.print(`units with unpaid bills: ${report.unitsInArrears.join(', ')}`);
    cli.print('to bind another sender, send e.g. "绑定 3-2-501 5678"');
  },
});
