export * from './identity';
export * from './records';
export * from './records-import';
export * from './records-summary';
export * from './help';
export * from './applications';
export * from './card';
export * from './notifications';
