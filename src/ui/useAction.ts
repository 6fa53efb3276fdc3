import { useCallback, useState } from "react";
import { messageOf } from "./report";

/**
 * The user's actions on a page (pane or browser page), one at a time: which step is acting, its
 * progress message, and its failure as a Thai message shown next to that step.
 */
export function useAction<Step extends string>(first: Step) {
  const [step, setStep] = useState<Step>(first);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  const run = useCallback(async (where: Step, message: string, work: (progress: (m: string) => void) => Promise<void>) => {
    setStep(where);
    setBusy(message);
    setError(undefined);
    try {
      await work(setBusy);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  }, []);

  /** A failure outside run() (a click that selects a cell, say), shown at its step. */
  const fail = useCallback((where: Step, e: unknown) => {
    setStep(where);
    setError(messageOf(e));
  }, []);

  return { step, busy, error, run, fail };
}
