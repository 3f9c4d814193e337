/**
 * Staff accounts (CONTRACTS §5):
 *   npm run --silent staff -- add <username> <role>     role: agent | supervisor | engineer | admin
 * Prints the one-time password on stdout; it is stored only as a hash and shown this once.
 */
import { inTransaction } from '../db/transaction';
import { createStaff, STAFF_ROLES } from '../domain/staff/accounts';
import { EXIT, runCli, UsageError } from './bootstrap';

const REFUSED = {
  BAD_USERNAME: (u: string) => `invalid username "${u}": use 2–64 letters, digits, ".", "_" or "-"`,
  BAD_ROLE: () => `invalid role: use one of ${STAFF_ROLES.join(', ')}`,
  USERNAME_TAKEN: (u: string) => `staff account "${u}" already exists`,
};

void runCli<{ username: string; role: string }>({
  usage: `usage: npm run --silent staff -- add <username> <role>   (role: ${STAFF_ROLES.join('|')})`,
  parse(args) {
    const [command, username, role, ...rest] = args;
    if (command !== 'add') throw new UsageError(command ? `unknown command "${command}"` : '');
    if (!username || !role || rest.length) throw new UsageError('add needs exactly <username> <role>');
    if (!(STAFF_ROLES as readonly string[]).includes(role)) throw new UsageError(REFUSED.BAD_ROLE());
    return { username, role };
  },
  async main(cli, { username, role }) {
    const result = await inTransaction(cli.deps, { type: 'system', id: 'cli:staff' }, (ctx) => createStaff(ctx, username, role));
    if (!result.ok) {
      process.stderr.write(`${REFUSED[result.reason](username)}\n`);
      return EXIT.FAILED;
    }
    cli.print(`created ${result.staff.role} account "${result.staff.username}"`);
    cli.print(`one-time password: ${result.password}`);
  },
});
