import { createRoot } from "react-dom/client";
import { loadEngine } from "../ui/engine";
import { browserHost } from "./host";
import { WebApp } from "./WebApp";

// No office.js here: this page must work in any browser, outside Office, offline after load.
const container = document.getElementById("container");
if (container) createRoot(container).render(<WebApp host={browserHost()} loadEngine={loadEngine} />);
