import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  Forecast,
  ForecastAccuracy,
  ForecastAccuracyQuery,
  ForecastCreate,
  ForecastList,
  PortfolioForecastCreate,
} from '../../../contracts/forecast.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['forecasts'];

export async function forecastRoutes(app: App, { services }: Container) {
  app.post('/api/programs/:id/forecasts', {
    schema: {
      operationId: 'runForecast',
      tags,
      summary:
        'Queue a Monte Carlo forecast of the program (runs as a background job; poll GET /api/forecasts/{id} for progress)',
      params: IdParams,
      body: ForecastCreate,
      response: { 202: Forecast, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(202)
        .send(await services.forecasts.request(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/programs/:id/forecasts', {
    schema: {
      operationId: 'listForecasts',
      tags,
      summary: "The program's forecast history, newest first (P50/P80 of each, no full results)",
      params: IdParams,
      response: { 200: ForecastList, ...ErrorResponses },
    },
    handler: (req) => services.forecasts.list(req.params.id),
  });
  app.post('/api/portfolio/forecasts', {
    schema: {
      operationId: 'runPortfolioForecast',
      tags,
      summary:
        'Queue a Monte Carlo forecast of several programs together (default: every active program), with the finish of each',
      body: PortfolioForecastCreate,
      response: { 202: Forecast, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(202).send(await services.forecasts.requestPortfolio(contextOf(req), req.body)),
  });
  app.get('/api/portfolio/forecasts', {
    schema: {
      operationId: 'listPortfolioForecasts',
      tags,
      summary: 'The portfolio forecast history, newest first (P50/P80 of each, no full results)',
      response: { 200: ForecastList, ...ErrorResponses },
    },
    handler: (req) => services.forecasts.listPortfolio(contextOf(req)),
  });
  app.get('/api/forecasts/:id', {
    schema: {
      operationId: 'getForecast',
      tags,
      summary: 'One forecast: status, progress and, once it succeeded, its results',
      params: IdParams,
      response: { 200: Forecast, ...ErrorResponses },
    },
    handler: (req) => services.forecasts.get(contextOf(req), req.params.id),
  });
  app.get('/api/forecast-accuracy', {
    schema: {
      operationId: 'getForecastAccuracy',
      tags,
      summary:
        'Forecasts of finished milestones and programs scored against the day they finished: P50 error, within P80, calibration',
      querystring: ForecastAccuracyQuery,
      response: { 200: ForecastAccuracy, ...ErrorResponses },
    },
    handler: (req) => services.forecasts.accuracy(contextOf(req), req.query.programId),
  });
}
