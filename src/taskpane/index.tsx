/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { loadEngine } from "../ui/engine";
import { Connecting, NotInExcel, StartFailed } from "./HostScreens";
import { PaneApp } from "./PaneApp";

/** The browser page of the same site (dist/index.html), for hosts that cannot do everything. */
const WEB_PAGE_URL = "index.html";

type HostKind = "excel" | "notExcel" | "noOfficeJs";

function officeHost(): Promise<HostKind> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office) return Promise.resolve("noOfficeJs");
  return office.onReady().then((info) => (String(info.host) === "Excel" ? "excel" : "notExcel"));
}

/** Set by taskpane.html's inline check: the notice it shows for a webview the pane cannot run in. */
interface PageFlags {
  __itasNotice?: string;
  __itasPaneStarted?: boolean;
}

async function start(container: HTMLElement): Promise<void> {
  const flags = window as unknown as PageFlags;
  if (flags.__itasNotice) return;
  const root = createRoot(container);
  root.render(<Connecting />);
  // From here the pane reports its own failures (StartFailed); the page's notice stands down.
  flags.__itasPaneStarted = true;
  try {
    const host = await officeHost();
    if (host !== "excel") {
      root.render(<NotInExcel reason={host} webPageUrl={WEB_PAGE_URL} />);
      return;
    }
    // The Office layer and the engine are chunks of their own, fetched after the first paint.
    void loadEngine().catch(() => undefined); // warm up; PaneApp reports a failure itself
    const { createExcelActions } = await import(/* webpackChunkName: "excel" */ "../excel/excelActions");
    root.render(<PaneApp actions={createExcelActions()} loadEngine={loadEngine} webPageUrl={WEB_PAGE_URL} />);
  } catch (e) {
    root.render(<StartFailed detail={e instanceof Error ? e.message : String(e)} />);
  }
}

const container = document.getElementById("container");
if (container) void start(container);
