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

  test("document facts are kept; an emblem the workbook refuses is left out, the rest saved, and said so", async () => {
    const s = setup();
    const document = { district: "ตะโหมด", date: "2026-03-15", round: 12 as const, chain: [{}, { name: "นายซี", position: "นายกเทศมนตรี" }] };
    const emblem = { base64: "iVBORw0KGgo=", extension: "png" as const };
    expect(await s.actions.saveSettings({ year: 2568, document: { ...document, emblem } })).toEqual({ kept: "all" });
    expect(await s.actions.loadSettings()).toEqual({ year: 2568, document: { ...document, emblem } });
    s.double.settings.failNextSave = "Settings exceed the 2 MB limit.";
    expect(await s.actions.saveSettings({ year: 2569, document: { ...document, emblem } })).toEqual({ kept: "withoutEmblem", reason: "Settings exceed the 2 MB limit." });
    expect(s.double.state.savedSettings["itasReport.settings"]).toEqual({ year: 2569, document });
    // An emblem alone: nothing else of the document is left, so no empty document either.
    s.double.settings.failNextSave = "Settings exceed the 2 MB limit.";
    expect(await s.actions.saveSettings({ year: 2570, document: { emblem } })).toEqual({ kept: "withoutEmblem", reason: "Settings exceed the 2 MB limit." });
    expect(s.double.state.savedSettings["itasReport.settings"]).toEqual({ year: 2570 });
  });

  test("a real 2 MB overflow: the largest emblem with other add-in data too big → the rest is still saved", async () => {
    const s = setup({ settings: { other: "x".repeat(1_800_000) } });
    const emblem = { base64: "A".repeat(399_996), extension: "png" as const };
    expect(await s.actions.saveSettings({ agency: "อบต.ทดสอบ", document: { province: "พัทลุง", emblem } })).toMatchObject({ kept: "withoutEmblem" });
    expect(s.double.state.savedSettings["itasReport.settings"]).toEqual({ agency: "อบต.ทดสอบ", document: { province: "พัทลุง" } });
  });
});
