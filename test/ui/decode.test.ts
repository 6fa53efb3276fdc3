import { decodeText, isZip } from "../../src/core/text/decode";
import { safeFileName } from "../../src/web/host";

describe("decodeText (browser page files)", () => {
  const thai = "ข้อ i1\t๙๘.๓๓";
  test("UTF-8 with and without BOM", () => {
    expect(decodeText(new TextEncoder().encode(thai)).text).toBe(thai);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(thai)])).text.replace(/^\ufeff/, "")).toBe(thai);
  });
  test("UTF-16LE from Excel's Unicode Text", () => {
    const body = Buffer.from(thai, "utf16le");
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body])).text).toBe(thai);
  });
  test("Windows-874 Thai CSV", () => {
    // "ข้อ" in TIS-620 / Windows-874: ข = 0xA2, ้ = 0xE9, อ = 0xCD.
    expect(decodeText(new Uint8Array([0xa2, 0xe9, 0xcd, 0x2c, 0x39, 0x30])).text).toBe("ข้อ,90");
  });
  test("a zip (.xlsx) is recognised by its first bytes", () => {
    expect(isZip(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe(true);
    expect(isZip(new TextEncoder().encode("PK"))).toBe(false);
  });
  test("download names: characters Windows refuses are replaced", () => {
    expect(safeFileName('รายงาน ITA 2568 อบต./ทดสอบ:"ใหม่".xlsx')).toBe("รายงาน ITA 2568 อบต. ทดสอบ ใหม่ .xlsx");
  });
});
