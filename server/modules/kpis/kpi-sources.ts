import type { KpiId } from '../../../contracts/kpi.schema.js';
import { calibrationSource, changeRequestSource, completionSource } from './kpi-delivery.source.js';
import { cycleTimeSource, slaSource, throughputSource } from './kpi-intake.source.js';
import { capacitySource, satisfactionSource } from './kpi-people.source.js';
import type { KpiSource } from './kpi-scope.js';

/** Where each KPI's rows come from. */
export const KPI_SOURCES: Record<KpiId, KpiSource> = {
  completion_on_time_on_budget: completionSource,
  stakeholder_satisfaction: satisfactionSource,
  intake_sla_attainment: slaSource,
  forecast_calibration: calibrationSource,
  request_throughput: throughputSource,
  request_cycle_time: cycleTimeSource,
  tpm_capacity_utilisation: capacitySource,
  change_requests_approved: changeRequestSource,
};
