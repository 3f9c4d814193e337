export * from './canned-replies';
