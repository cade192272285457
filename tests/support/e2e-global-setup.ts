import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { makeDataDir, startWaymarkProcess, stopWaymarkProcess } from './waymark-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A Waymark started from dist/ with the embedded database and the demo organization. */
    waymarkUrl: string;
    demoAdminEmail: string;
    demoAdminPassword: string;
  }
}

export const E2E_DEMO_PASSWORD = 'e2e-demo-password-42';

export default async function setup(project: TestProject) {
  const dataDir = makeDataDir();
  const waymark = await startWaymarkProcess({
    WAYMARK_DATA_DIR: dataDir,
    WAYMARK_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
  });
  project.provide('waymarkUrl', waymark.url);
  project.provide('demoAdminEmail', 'admin@waymark.test');
  project.provide('demoAdminPassword', E2E_DEMO_PASSWORD);
  return async () => {
    await stopWaymarkProcess(waymark);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
