import type { Forecast } from '../../../contracts/forecast.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { printJson, renderTable } from '../../output.js';

export interface ServerForecastOptions {
  /** One program, or with `portfolio` several together (programIds, default every active one). */
  program?: string;
  portfolio?: boolean;
  programIds?: string[];
  iterations: number;
  seed?: number;
  /** YYYY-MM-DD. */
  targetDate?: string;
  distribution: 'triangular' | 'pert';
  rankCorrelation?: number;
  json?: boolean;
  /** Between polls of the job; tests shorten it. */
  pollMs?: number;
}

/**
 * `waymark forecast --program ID` / `--portfolio`: the same forecast run on the
 * server, on the live plan (POST /api/programs/:id/forecasts or
 * /api/portfolio/forecasts, a background job), polled until it ends with its
 * progress on stderr; prints the stored forecast (a portfolio's per program).
 */
export async function runServerForecast(io: CliIo, options: ServerForecastOptions): Promise<void> {
  const { url, client } = await connect(io);
  const body = {
    iterations: options.iterations,
    distribution: options.distribution,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.targetDate === undefined ? {} : { targetDate: options.targetDate }),
    ...(options.rankCorrelation === undefined ? {} : { rankCorrelation: options.rankCorrelation }),
  };
  let forecast: Forecast = await call(
    url,
    options.portfolio
      ? client.POST('/api/portfolio/forecasts', {
          body: { ...body, ...(options.programIds ? { programIds: options.programIds } : {}) },
        })
      : client.POST('/api/programs/{id}/forecasts', {
          params: { path: { id: options.program! } },
          body,
        }),
  );
  let shown = -1;
  while (forecast.status === 'queued' || forecast.status === 'running') {
    const percent = Math.floor(forecast.progress * 100);
    if (percent !== shown) io.err(`forecast ${forecast.id}: ${forecast.status} ${percent}%\n`);
    shown = percent;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
    forecast = await call(
      url,
      client.GET('/api/forecasts/{id}', { params: { path: { id: forecast.id } } }),
    );
  }
  if (forecast.status === 'failed')
    throw CliError.failure(
      `forecast ${forecast.id} failed: ${forecast.error ?? 'no reason given'}`,
    );
  if (options.json) return printJson(io, forecast);
  const result = forecast.result!;
  const at = (p: number) => result.finish.percentiles.find((x) => x.p === p)?.finish ?? '—';
  const lines = [
    `${forecast.scope === 'portfolio' ? 'Portfolio forecast' : 'Forecast'} ${forecast.id}: ${result.iterations} iterations, seed ${forecast.seed}` +
      (forecast.rankCorrelation > 0 ? `, rank correlation ${forecast.rankCorrelation}` : ''),
    `Likely (CPM) finish: ${result.deterministicFinish}`,
    `P50 ${at(50)}  P80 ${at(80)}  P95 ${at(95)}`,
  ];
  if (forecast.targetDate && result.probabilityOfTarget !== null)
    lines.push(
      `Probability of finishing by ${forecast.targetDate}: ${(100 * result.probabilityOfTarget).toFixed(1)}%`,
    );
  if (result.cost) {
    const cost = (p: number) => result.cost?.percentiles.find((x) => x.p === p)?.cost ?? '—';
    lines.push(`Cost P50 ${cost(50)}  P80 ${cost(80)}  P95 ${cost(95)}`);
  }
  for (const t of result.tornado)
    lines.push(`Risk ${t.name}: P80 later by ${t.effectMinutes} working minutes`);
  io.out(`${lines.join('\n')}\n`);
  if (result.programs)
    io.out(
      renderTable(
        [
          { header: 'PROGRAM', value: (p) => p.name, maxWidth: 40 },
          { header: 'P50', value: (p) => p.p50 },
          { header: 'P80', value: (p) => p.p80 },
          { header: 'P95', value: (p) => p.p95 },
          ...(forecast.targetDate
            ? [
                {
                  header: `BY ${forecast.targetDate}`,
                  value: (p: (typeof result.programs)[number]) =>
                    p.probabilityOfTarget === undefined
                      ? '—'
                      : `${(100 * p.probabilityOfTarget).toFixed(1)}%`,
                },
              ]
            : []),
        ],
        result.programs,
      ),
    );
}
