/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { makeReport, readScores } from "../../src/core/pipeline";
import { layoutSheet } from "../../src/core/plan/layout";
import { PreviewButton } from "../../src/ui/PreviewButton";
import { sampleGrid } from "../helpers/fixtures";

test("the preview button opens every document in a tab, its pages in a frame that runs no script, and closes", async () => {
  const plan = makeReport(readScores(sampleGrid("ita-2565-tharnkasem.tsv"))).plan;
  const pages = plan.sheets.map((s) => layoutSheet(s, plan).pages);
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewButton plan={plan} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "ดูตัวอย่างเอกสาร" }));
  const dialog = await screen.findByRole("dialog");
  plan.sheets.forEach((s, i) => expect(screen.getByRole("tab", { name: `${s.name} (${pages[i]} หน้า)` })).toBeTruthy());
  const frame = () => dialog.querySelector("iframe") as HTMLIFrameElement;
  expect(frame().getAttribute("sandbox")).toBe("");
  expect(frame().title).toBe(`ตัวอย่างเอกสาร ${plan.sheets[0].name}`);
  expect((frame().getAttribute("srcdoc") ?? "").split('<section class="page').length - 1).toBe(pages[0]);
  fireEvent.click(screen.getByRole("tab", { name: `${plan.sheets[2].name} (${pages[2]} หน้า)` }));
  expect(frame().title).toBe(`ตัวอย่างเอกสาร ${plan.sheets[2].name}`);
  fireEvent.click(screen.getByRole("button", { name: "ปิด" }));
  expect(screen.queryByRole("dialog")).toBeNull();
});

test("without a plan (nothing read yet) the button is disabled", () => {
  render(<PreviewButton plan={undefined} />);
  expect((screen.getByRole("button", { name: "ดูตัวอย่างเอกสาร" }) as HTMLButtonElement).disabled).toBe(true);
});
