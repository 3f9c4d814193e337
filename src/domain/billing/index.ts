export * from './arrears';
export * from './bills';
export * from './money';
