export * from './operation.ts';
export * from './registry.ts';
export * from './catalogue.ts';
export * from './export.ts';
