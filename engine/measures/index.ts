export * from './kpi-aggregate.js';
export * from './kpi-catalogue.js';
export * from './kpi-period.js';
export * from './kpi-rag.js';
export * from './on-time-finish.js';
