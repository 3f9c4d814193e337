export * from './binding';
export * from './owners';
export * from './phone';
export * from './unit-code';
export * from './units';
