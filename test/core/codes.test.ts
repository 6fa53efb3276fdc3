import { compareCodes, parseQuestionCode } from "../../src/core/codes";

describe("parseQuestionCode", () => {
  test.each([
    ["i1", "i1"],
    ["I1", "i1"],
    ["ข้อ i๑", "i1"],
    ["ข้อ i ๑๐", "i10"],
    ["IIT 1", "i1"],
    ["IIT-12", "i12"],
    ["EIT1", "e1"],
    ["e9", "e9"],
    ["O01", "o1"],
    ["o-25", "o25"],
    ["o.7", "o7"],
    ["ข้อที่ e๓", "e3"],
    ["OIT 28", "o28"],
  ])("%s → %s", (text, code) => {
    expect(parseQuestionCode(text)?.code).toBe(code);
  });

  test("digit-only codes take the tool from the label above them", () => {
    expect(parseQuestionCode("0๑๑", "OIT")?.code).toBe("o11");
    expect(parseQuestionCode("ข้อ ๐๑๑", "OIT")?.code).toBe("o11");
    expect(parseQuestionCode("ข้อ ๐๗", "OIT")?.code).toBe("o7");
    expect(parseQuestionCode("ข้อ 5", "IIT")?.code).toBe("i5");
    expect(parseQuestionCode("0๑๑")).toBeUndefined();
    expect(parseQuestionCode("ข้อ 5")).toBeUndefined();
  });

  test("question wording after the code is kept", () => {
    const parsed = parseQuestionCode("e๖ การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ");
    expect(parsed?.code).toBe("e6");
    expect(parsed?.rest).toBe("การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ");
  });

  test.each(["IIT", "E-Service", "98.33", "7", "๑.", "IIT 99.36", "ประเด็นที่ 1", "", "i", "item 4", "e1x", "o0"])("not a code: %s", (text) => {
    expect(parseQuestionCode(text)).toBeUndefined();
  });

  test("codes sort i, e, o then by number", () => {
    expect(["o2", "e10", "i3", "e2", "i12"].sort(compareCodes)).toEqual(["i3", "i12", "e2", "e10", "o2"]);
  });
});
