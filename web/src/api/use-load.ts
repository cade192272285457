import { useCallback, useEffect, useRef, useState } from 'react';
import { asProblem, type ApiProblem } from './waymark-api';

export interface Loaded<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  /** Fetch again, keeping what is shown until the answer arrives. */
  reload(): void;
}

/**
 * Runs `load` when `key` changes and keeps its answer. An answer that arrives after a
 * newer request was started is dropped, so quick filter changes never show stale rows.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    loadRef
      .current()
      .then((value) => {
        if (request !== latest.current) return;
        setData(value);
        setProblem(undefined);
      })
      .catch((error: unknown) => {
        if (request === latest.current) setProblem(asProblem(error));
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, problem, loading, reload };
}
