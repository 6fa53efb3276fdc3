import { Button, Link } from "@fluentui/react-components";
import { Notice } from "../ui/Notice";
import { Section } from "../ui/Section";
import { ui } from "../ui/strings";
import { WarningList } from "../ui/WarningList";
import { StepStatus } from "./StepStatus";
import type { PaneModel } from "./usePane";

/** Writes the year's catalogue to a sheet the user can edit; the next generation uses the edits. */
export function CatalogueStep(props: { pane: PaneModel }) {
  const { pane } = props;
  return (
    <Section title={ui.catalogue.heading} help={ui.catalogue.help}>
      {pane.custom ? (
        <Notice intent="info">
          {ui.catalogue.using(pane.custom.catalogue.id)}
          <WarningList warnings={pane.custom.warnings} />
        </Notice>
      ) : null}
      <Button disabled={!pane.engine || !pane.caps.generate || pane.busy !== undefined} onClick={() => void pane.writeCatalogue()}>
        {ui.catalogue.button}
      </Button>
      <StepStatus pane={pane} step="catalogue" />
      {pane.catalogueSheet ? (
        <Notice intent="success">
          {ui.catalogue.written(pane.catalogueSheet)}{" "}
          <Link as="button" onClick={() => pane.activate(pane.catalogueSheet as string)}>
            {ui.generate.goTo(pane.catalogueSheet)}
          </Link>
        </Notice>
      ) : null}
    </Section>
  );
}
