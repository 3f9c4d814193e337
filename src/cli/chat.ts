/**
 * `npm run chat`: talk to the front desk from the terminal as a demo owner, through the same engine
 * and database as the web channel. Staff replies and reminders pushed to this owner are shown too.
 *   npm run chat                    as demo-owner-1 (bound to 3-2-501 by `npm run seed -- --demo`)
 *   npm run chat -- --as someone    as any web-chat sender id
 */
import readline from 'node:readline';
import { MoreThan } from 'typeorm';
import { Conversation, Message } from '../../entities';
import { createPropDesk } from '../bootstrap';
import { WEB_CHANNEL } from '../channels/web';
import { DEMO_SENDERS } from '../seed/demo-estate';
import { runCli, UsageError } from './bootstrap';

const POLL_MS = 2000;

runCli<{ as: string }>({
  usage: 'usage: npm run chat [-- --as SENDER_ID]',
  parse(args) {
    const i = args.indexOf('--as');
    if (i >= 0 && !args[i + 1]) throw new UsageError('--as needs a sender id');
    const extra = args.filter((a, j) => a !== '--as' && j !== i + 1);
    if (extra.length) throw new UsageError(`unknown argument: ${extra[0]}`);
    return { as: i >= 0 ? args[i + 1] : DEMO_SENDERS[0].senderId };
  },
  async main(cli, { as }) {
    const desk = await createPropDesk(cli.config, { logger: cli.logger, dataSource: cli.dataSource });
    cli.print(`PropDesk 物业前台 — 以 ${as} 的身份聊天（Ctrl+D 退出）。试试：你好 / 我家欠多少物业费 / 厨房水龙头漏水 / 订会议室`);
    let cursor = 0;
    const showPushed = async () => {
      const conv = await cli.dataSource.getRepository(Conversation).findOneBy({ channel: WEB_CHANNEL, senderId: as });
      if (!conv) return;
      const pushed = await cli.dataSource.getRepository(Message).find({
        where: { conversationId: conv.id, direction: 'out', pushed: true, private: false, id: MoreThan(cursor) },
        order: { id: 'ASC' },
      });
      for (const m of pushed) {
        cursor = m.id;
        cli.print(`\n前台(${m.author === 'staff' ? '客服' : '通知'})：${m.text}`);
      }
    };
    await showPushed();
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '业主：' });
    const timer = setInterval(() => void showPushed(), POLL_MS);
    rl.prompt();
    for await (const line of rl) {
      const text = line.trim();
      if (text) {
        if (text.length > cli.config.chat.maxTextLength) {
          cli.print(`前台：${desk.engine.deps.replies.t('system.too_long')}`);
        } else {
          const result = await desk.engine.handle({ channel: WEB_CHANNEL, senderId: as, text, at: new Date() });
          for (const r of result.replies) cli.print(`前台：${r.text}`);
        }
      }
      rl.prompt();
    }
    clearInterval(timer);
    cli.print('');
  },
});
