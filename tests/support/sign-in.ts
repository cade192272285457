import type { Page } from 'playwright-core';
import { ApiClient } from './api-client.js';

/** An API client on a running Waymark, signed in with a password (session cookie). */
export async function signedInApi(
  url: string,
  email: string,
  password: string,
): Promise<ApiClient> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return new ApiClient(url, { cookie: response.headers.getSetCookie()[0]!.split(';')[0]! });
}

/**
 * Signs in through the web page: signed out, the app sends the browser to
 * sign-in and back to `path` afterwards.
 */
export async function signInInBrowser(
  page: Page,
  url: string,
  email: string,
  password: string,
  path = '/programs',
): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === path);
}
