/**
 * Posts a message to a Slack slash command's `response_url` (valid for a while
 * after the command; Slack accepts a few messages on it). Called after the
 * database commit, so a slow or failing Slack never holds a transaction or
 * undoes a change; the outcome is returned for the caller to count or log.
 */
export async function postSlackResponse(
  responseUrl: string,
  text: string,
  post: typeof fetch = fetch,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const response = await post(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? { ok: true } : { ok: false, reason: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
