import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../../features/transfer';

/** Where a long job is: rows done out of total, and what it is doing. */
export interface JobProgress {
  label: string;
  done: number;
  total: number;
  phase: string;
  /** Shown only when the job has run for over a second, so quick jobs do not flash a bar. */
  visible: boolean;
}

/** Runs one long job at a time and tracks its progress for a `<progress>` bar. */
export function useJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const running = progress !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setProgress((p) => (p ? { ...p, visible: true } : p)), 1_000);
    return () => clearTimeout(timer);
  }, [running]);
  const run = useCallback(async <T>(label: string, job: (onProgress: Progress) => Promise<T>): Promise<T> => {
    setProgress({ label, done: 0, total: 0, phase: '', visible: false });
    try {
      return await job((done, total, phase) => setProgress((p) => (p ? { ...p, done, total, phase } : p)));
    } finally {
      setProgress(null);
    }
  }, []);
  return { progress, running, run };
}
