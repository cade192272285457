import { useEffect, useRef, useState } from 'react';
import type { Forecast } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';

const POLL_MS = 300;

export const getForecast = (id: string) =>
  unwrap(api.GET('/api/forecasts/{id}', { params: { path: { id } } }));

/**
 * A queued forecast polled until it ends (program or portfolio): `running`
 * while it is queued or running, `problem` when it failed; `onFinished` after
 * it ended either way (reload the history, show the run). The callback sits in
 * a ref so that a re-render does not restart the polling.
 */
export function useForecastRun(onFinished: (forecast: Forecast) => void) {
  const [running, setRunning] = useState<Forecast>();
  const [problem, setProblem] = useState<string>();
  const whenDone = useRef(onFinished);
  whenDone.current = onFinished;
  const runningId = running?.id;
  useEffect(() => {
    if (!runningId) return;
    let stopped = false;
    const timer = setInterval(() => {
      getForecast(runningId)
        .then((f) => {
          if (stopped) return;
          setRunning(f);
          if (f.status === 'succeeded' || f.status === 'failed') {
            stopped = true;
            clearInterval(timer);
            setRunning(undefined);
            if (f.status === 'failed') setProblem(f.error ?? 'The forecast failed.');
            whenDone.current(f);
          }
        })
        .catch(() => {});
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runningId]);
  return {
    running,
    problem,
    /** A run was queued: poll it from now on. */
    start(forecast: Forecast) {
      setProblem(undefined);
      setRunning(forecast);
    },
  };
}
