/** An unexpected failure with a stable code; HTTP maps `status`, and shows `message` only when `expose`. */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status = 500,
    public readonly expose = status < 500,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Expected outcomes are values, not exceptions: `{ ok: true, ... }` or `{ ok: false, reason, ... }`. */
export type Result<T extends object, R extends string, E extends object = object> =
  | ({ ok: true } & T)
  | ({ ok: false; reason: R } & E);
