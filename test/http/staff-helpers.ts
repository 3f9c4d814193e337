import type request from 'supertest';
import type { StaffRole } from '../../entities';
import { inTransaction } from '../../src/db/transaction';
import { createStaff } from '../../src/domain/staff';
import type { TestDesk } from '../helpers/desk';

export interface SignedIn {
  id: number;
  username: string;
  password: string;
  token: string;
}

/** Creates a staff account with `role` and signs it in over HTTP. */
export async function signIn(t: TestDesk, username: string, role: StaffRole, displayName = ''): Promise<SignedIn> {
  const created = await inTransaction(t.desk.deps, { type: 'system', id: 'test' }, (ctx) => createStaff(ctx, username, role, { displayName }));
  if (!created.ok) throw new Error(`createStaff ${username}: ${created.reason}`);
  const res = await t.http.post('/api/staff/login').send({ username, password: created.password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: created.staff.id, username, password: created.password, token: res.body.token };
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A staff API call as the holder of `token` (none: anonymous). */
export function call(t: TestDesk, token: string | null, method: Method, path: string, body?: object): request.Test {
  const req = t.http[method](path);
  if (token) req.set('Authorization', `Bearer ${token}`);
  return body ? req.send(body) : req;
}
