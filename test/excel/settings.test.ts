import { setup } from "./helpers";

describe("settings stored in the workbook", () => {
  test("none yet → undefined; saved → read back; persisted in the document", async () => {
    const s = setup();
    expect(await s.actions.loadSettings()).toBeUndefined();
    await s.actions.saveSettings({ agency: "เทศบาลตำบลควนเสารัง", year: 2568, target: 95, fontName: "TH Sarabun New", units: { 2: ["กองคลัง"] } });
    expect(await s.actions.loadSettings()).toEqual({ agency: "เทศบาลตำบลควนเสารัง", year: 2568, target: 95, fontName: "TH Sarabun New", units: { 2: ["กองคลัง"] } });
    expect(s.double.state.savedSettings["itasReport.settings"]).toMatchObject({ agency: "เทศบาลตำบลควนเสารัง", year: 2568 });
  });

  test("a hand-edited or older copy loads defensively", async () => {
    const s = setup({ settings: { "itasReport.settings": JSON.stringify({ year: 1999, target: 90, layout: "tools", digits: "roman" }) } });
    expect(await s.actions.loadSettings()).toEqual({ target: 90, layout: "tools" });
  });

  test("a failed save is reported in Thai, with Office's reason", async () => {
    const s = setup();
    s.double.settings.failNextSave = "Settings exceed the 2 MB limit.";
    await expect(s.actions.saveSettings({ year: 2568 })).rejects.toThrow("บันทึกการตั้งค่าลงสมุดงานไม่สำเร็จ: Settings exceed the 2 MB limit.");
  });
});
