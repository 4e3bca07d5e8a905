import { InvalidInputError } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../src/http/answerRequest.js';
import { jsonResponse } from '../../src/http/jsonResponse.js';
import type { HttpRequest } from '../../src/http/Route.js';
import { silentObservability } from '../helpers/silentObservability.js';

const request: HttpRequest = {
  method: 'GET',
  path: '/status',
  params: {},
  query: {},
  headers: {},
  body: '',
  origin: 'https://example.org',
};

describe('answerRequest', () => {
  it('answers with the response made and records no metric', async () => {
    const observability = silentObservability();
    const response = await answerRequest(request, 'api', observability, async () =>
      jsonResponse(200, { ok: true }),
    );
    expect(response.statusCode).toBe(200);
    expect(observability.metrics.hasStoredMetrics()).toBe(false);
  });

  it('turns a refusal into its response and counts it as a rejected request', async () => {
    const observability = silentObservability();
    const response = await answerRequest(request, 'api', observability, async () => {
      throw new InvalidInputError([{ field: 'state', message: 'unknown state' }]);
    });
    expect(response.statusCode).toBe(400);
    expect(observability.metrics.hasStoredMetrics()).toBe(true);
  });

  it('answers an unexpected error with 500 and does not count it as rejected', async () => {
    const observability = silentObservability();
    const response = await answerRequest(request, 'api', observability, async () => {
      throw new Error('table is gone');
    });
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body)).toEqual({ error: 'internal', message: 'internal error' });
    expect(observability.metrics.hasStoredMetrics()).toBe(false);
  });
});
