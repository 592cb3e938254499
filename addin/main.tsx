/** Task-pane entry: waits for Office, then renders the pane over the Office.js adapter, the pane's worker and the host's saver. */
import { createRoot } from "react-dom/client";
import { createExcelAdapter } from "./office/excelAdapter";
import { officeHost, workbookFileName } from "./office/host";
import { saverFor } from "./office/save";
import { App } from "./ui/App";
import { workerEngine } from "./worker/engine";

void Office.onReady(() => {
  const host = officeHost();
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <App
      port={createExcelAdapter(undefined, host)}
      engine={workerEngine()}
      saveFile={saverFor(host.platform)}
      displayLanguage={Office.context?.displayLanguage}
      workbookName={workbookFileName(Office.context?.document?.url)}
    />,
  );
});
