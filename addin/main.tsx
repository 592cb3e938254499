/** Task-pane entry: waits for Office, then renders the pane over the Office.js adapter. */
import { createRoot } from "react-dom/client";
import { wordBuilder } from "./logic/documents";
import { createExcelAdapter } from "./office/excelAdapter";
import { App } from "./ui/App";
import { workerChecker } from "./worker/workerChecker";

function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

void Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <App
      port={createExcelAdapter()}
      displayLanguage={Office.context?.displayLanguage}
      buildDocument={wordBuilder}
      saveFile={saveFile}
      checker={workerChecker()}
    />,
  );
});
