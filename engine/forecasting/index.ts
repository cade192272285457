export { prepareForecast, type ForecastModel, type PreparedForecast } from './forecast-model.js';
export { runForecast, blockPlan, type ForecastProgress } from './run-forecast.js';
export {
  inProcessExecutor,
  type BlockExecutor,
  type SensitivityRequest,
} from './block-executor.js';
export {
  simulateBlock,
  sensitivityBlock,
  type BlockRequest,
  type BlockResult,
} from './simulate-block.js';
export type * from './forecast-input.js';
export { BLOCK_ITERATIONS, DEFAULT_PERCENTILES } from './forecast-input.js';
export type * from './forecast-result.js';
export { forecastPlan, type ForecastOutcome } from './forecast-plan.js';
