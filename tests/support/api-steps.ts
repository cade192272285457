import { expect } from 'vitest';
import type { ApiClient } from './api-client.js';

/** POSTs and expects 201; the created resource. */
export async function created(client: ApiClient, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Polls a forecast until it succeeded or failed (bounded); its last read. */
export async function forecastFinished(client: ApiClient, id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get(`/api/forecasts/${id}`);
    expect(r.status).toBe(200);
    if (r.body.status === 'succeeded' || r.body.status === 'failed') return r.body;
    if (Date.now() > deadline) throw new Error(`forecast ${id} still ${r.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
