import { parseDocumentFacts, parseUserSettings, reportOptionsFrom } from "../../src/core/userSettings";

describe("document facts in stored settings", () => {
  it("keeps what is usable and drops the rest without throwing", () => {
    const facts = parseDocumentFacts({
      district: "  เมือง ",
      province: 42,
      number: "",
      date: "2026-13-40",
      round: 9,
      preparer: { name: "นางสาวสมใจ ใจดี" },
      chain: [{}, { position: "ปลัดเทศบาล" }, "x"],
      emblem: { base64: "not base64!", extension: "png" },
    });
    expect(facts).toEqual({ district: "เมือง", preparer: { name: "นางสาวสมใจ ใจดี" }, chain: [{}, { position: "ปลัดเทศบาล" }, {}] });
  });

  it("is undefined when nothing is there, and cuts long texts and chains", () => {
    expect(parseDocumentFacts({ district: " " })).toBeUndefined();
    expect(parseDocumentFacts(null)).toBeUndefined();
    const long = parseDocumentFacts({ office: "ก".repeat(500), chain: Array.from({ length: 10 }, () => ({ name: "ก" })), round: 12, date: "2026-12-03" });
    expect(long?.office).toHaveLength(200);
    expect(long?.chain).toHaveLength(6);
    expect(long?.round).toBe(12);
    expect(long?.date).toBe("2026-12-03");
  });

  it("reaches the report settings", () => {
    const s = parseUserSettings({ document: { province: "นครราชสีมา", emblem: { base64: "iVBORw0KGgo=", extension: "png" } } });
    expect(reportOptionsFrom(s).settings?.document).toEqual({ province: "นครราชสีมา", emblem: { base64: "iVBORw0KGgo=", extension: "png" } });
  });
});
