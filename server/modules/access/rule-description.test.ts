import { describe, expect, it } from 'vitest';
import { describeRule } from './rule-description.js';
import { ROUTE_PERMISSIONS } from './route-permissions.js';

describe('describeRule', () => {
  it('gives every route of the table a sentence for the OpenAPI document', () => {
    for (const [key, rule] of Object.entries(ROUTE_PERMISSIONS)) {
      const text = describeRule(rule, key.split(' ')[0]!);
      expect(text, key).toMatch(/^[A-Z].*\.$/);
      expect(text, key).not.toMatch(/undefined/);
    }
  });

  it('says when a stakeholder cannot write, and who owns a program', () => {
    expect(describeRule(ROUTE_PERMISSIONS['DELETE /api/programs/:id']!, 'DELETE')).toBe(
      'The program’s owners (TPMs), TPM managers and admins. Stakeholders read only.',
    );
    expect(describeRule(ROUTE_PERMISSIONS['GET /api/audit']!, 'GET')).toBe(
      'Admins; or the program’s owners.',
    );
    expect(describeRule(ROUTE_PERMISSIONS['POST /api/auth/sign-in']!, 'POST')).toMatch(
      /^Needs no account/,
    );
  });
});
