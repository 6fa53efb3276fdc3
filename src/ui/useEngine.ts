import { useEffect, useState } from "react";
import type { Engine } from "./engine";
import { ui } from "./strings";

/** Starts loading the engine chunk after the first render; the screens show a spinner meanwhile. */
export function useEngine(loadEngine: () => Promise<Engine>): { engine?: Engine; error?: string } {
  const [state, setState] = useState<{ engine?: Engine; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => live && setState({ engine }),
      (e: unknown) => live && setState({ error: ui.engineFailed(e instanceof Error ? e.message : String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [loadEngine]);
  return state;
}
