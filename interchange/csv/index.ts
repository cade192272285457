export {
  readCsvPlan,
  CSV_PLAN_COLUMNS,
  type CsvColumn,
  type CsvPlanError,
  type CsvPlanRow,
  type ReadCsvPlanOptions,
  type ReadCsvPlanResult,
} from './csv-plan.js';
export { writeCsvPlan, type WriteCsvPlanOptions } from './write-csv-plan.js';
export {
  parseCsv,
  formatCsv,
  formatCsvField,
  guessDelimiter,
  type CsvDelimiter,
  type CsvRecord,
  type CsvParseResult,
  type CsvSyntaxError,
} from './rfc4180.js';
