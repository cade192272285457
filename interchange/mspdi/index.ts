export {
  readMspdi,
  type ExpectedTaskDates,
  type MspdiAssignment,
  type MspdiDiagnostic,
  type MspdiProjectSettings,
  type MspdiReadResult,
  type MspdiResource,
  type MspdiSkipped,
  type MspdiSkipReason,
  type ReadMspdiOptions,
} from './read-mspdi.js';
export { writeMspdi, type WriteMspdiOptions } from './write-mspdi.js';
export { formatIsoDuration, parseIsoDuration } from './codes.js';
export { xmlSyntaxProblem, type XmlSyntaxProblem } from './mspdi-xml.js';
export { percentComplete } from './mspdi-progress.js';
export type { MspdiBaselineRow } from './mspdi-baseline.js';
export { SPLIT_MESSAGE } from './read-mspdi-dropped.js';
