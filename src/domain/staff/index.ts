export * from './accounts';
export * from './password';
export * from './tokens';
