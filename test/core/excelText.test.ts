import { excelWouldConvert, textSafeFormat } from "../../src/core/text/excelText";

describe("excelWouldConvert: strings Excel would not keep as typed in a General cell", () => {
  test.each([
    // formulas
    ["=SUM(A1:A9)"], ["+1 ดังนั้น"], ["-"], ["-ควรเผยแพร่ข้อมูล"], ["@ทุกส่วนราชการ"], ["=cmd|' /C calc'!A0"],
    // numbers, percentages, currency, fractions, scientific, accounting negatives
    ["12"], ["98.33"], [" 98.33 "], ["1,234.5"], [".5"], ["79.05%"], ["1E5"], ["(5)"], ["฿100"], ["$5"], ["1 1/2"],
    // Thai digits
    ["๙๘.๓๓"], ["๑/๑๐/๒๕๖๘"],
    // dates and times
    ["1/10/2568"], ["2025-10-01"], ["30/9/69"], ["8:30"], ["1 ต.ค. 2568"], ["1 ตุลาคม 2568"], ["ตุลาคม 2568"], ["1-Oct-25"], ["Oct 1, 2025"], ["oct"],
    // booleans, error values, the quote prefix
    ["TRUE"], ["false"], ["#N/A"], ["#REF!"], ["'0123"], ["'=ไม่ใช่สูตร"],
  ])("%j is protected", (text) => {
    expect(excelWouldConvert(text)).toBe(true);
    expect(textSafeFormat(text)).toBe("@");
  });

  test.each([
    [""], ["   "], ["ข้อบกพร่อง"], ["รักษาระดับ"], ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"], ["ข้อ i1 คะแนน 98.33"], ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"],
    ["IIT 30%"], ["หน้า 1 จาก 3"], ["1 ตุลาคม 2568 – 30 กันยายน 2569"], ["ITA 2568"], ["e1"], ["O01"], ["กองคลัง, สำนักปลัด"], ["Maintain"], ["#1 ในจังหวัด"],
  ])("%j keeps General", (text) => {
    expect(excelWouldConvert(text)).toBe(false);
    expect(textSafeFormat(text)).toBe("General");
  });

  test("numbers and other values are not strings: they keep the format given", () => {
    expect(textSafeFormat(98.33, "0.00")).toBe("0.00");
    expect(textSafeFormat(null)).toBe("General");
  });
});
