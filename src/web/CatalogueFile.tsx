import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../ui/Notice";
import { Section } from "../ui/Section";
import { Status } from "../ui/Status";
import { ui } from "../ui/strings";
import { WarningList } from "../ui/WarningList";
import { FilePicker } from "./FilePicker";
import type { WebModel } from "./useWebApp";

const useStyles = makeStyles({
  done: { margin: 0, fontSize: tokens.fontSizeBase200 },
  button: { alignSelf: "flex-start", maxWidth: "100%" },
});

/**
 * The catalogue for offices without the add-in: download it as a workbook, edit the texts in
 * Excel or LibreOffice, and choose the edited file here; the report then uses the edits.
 */
export function CatalogueFile(props: { web: WebModel }) {
  const s = useStyles();
  const { web } = props;
  const busy = web.busy !== undefined;
  return (
    <Section title={ui.catalogue.heading} help={ui.catalogue.webHelp}>
      <Button className={s.button} disabled={busy} onClick={() => void web.downloadCatalogue()}>
        {ui.catalogue.download}
      </Button>
      {web.catalogueDownloaded ? (
        <p role="status" className={s.done}>
          {ui.catalogue.downloaded(web.catalogueDownloaded)}
        </p>
      ) : null}
      <FilePicker label={ui.catalogue.fileLabel} accept=".xlsx,.csv,.tsv,.txt" disabled={busy} onFile={(file) => void web.openCatalogue(file)} />
      {web.edited ? (
        <Notice intent={web.edited.warnings.length > 0 ? "warning" : "info"}>
          {ui.catalogue.usingFile(web.edited.fileName, web.edited.catalogue.id)}
          <WarningList warnings={web.edited.warnings} />
        </Notice>
      ) : null}
      {web.edited && web.editedUnused ? <Notice intent="warning">{ui.catalogue.notForThisYear(web.edited.catalogue.id, web.editedUnused)}</Notice> : null}
      {web.step === "catalogue" ? <Status busy={web.busy} error={web.error} /> : null}
    </Section>
  );
}
