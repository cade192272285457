/**
 * Secrets of the integrations, read from the environment at each request so an
 * operator can rotate them with a restart and tests can set them per file.
 * An empty secret refuses every request of that integration.
 */
export function readIntegrationSecrets(env: NodeJS.ProcessEnv = process.env) {
  return {
    slackSigningSecret: env.WAYMARK_SLACK_SIGNING_SECRET ?? '',
    gitlabToken: env.WAYMARK_GITLAB_WEBHOOK_TOKEN ?? '',
    gitlabSigningToken: env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN ?? '',
  };
}
