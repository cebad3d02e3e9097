export * from './domain/application';
export * from './domain/id-number';
export * from './domain/insurance';
export * from './domain/mask';
export * from './domain/password';
export * from './domain/period';
export * from './schemas';
