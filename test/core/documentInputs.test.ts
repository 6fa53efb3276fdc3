import { agencyTerms, chainPositions } from "../../src/core/agency";
import { EMBLEM_MAX_BYTES, emblemFromBytes, imageKind, toBase64 } from "../../src/core/emblem";
import { parseDocumentFacts } from "../../src/core/userSettings";
import { longThaiDate, parseThaiDate, shortThaiDate, todayIso } from "../../src/core/text/thaiDate";

describe("dates as a Thai clerk types them", () => {
  test.each([
    ["15/3/2569", "2026-03-15"],
    ["15/03/2569", "2026-03-15"],
    ["15-3-2569", "2026-03-15"],
    ["15.3.69", "2026-03-15"],
    ["๑๕/๓/๒๕๖๙", "2026-03-15"],
    ["15 มีนาคม 2569", "2026-03-15"],
    ["15 มี.ค. 2569", "2026-03-15"],
    ["15 มีค 69", "2026-03-15"],
    ["วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๙", "2026-03-15"],
    ["1 ต.ค. 2568", "2025-10-01"],
    ["2026-03-15", "2026-03-15"],
    ["2569-03-15", "2026-03-15"],
    ["29/2/2567", "2024-02-29"],
    ["15/3/2026", "2026-03-15"],
  ])("%s → %s", (typed, iso) => {
    expect(parseThaiDate(typed)).toBe(iso);
  });

  test.each(["", "พรุ่งนี้", "31/2/2569", "29/2/2569", "15/13/2569", "0/3/2569", "15/3/25690", "15 มีนาค 2569", "15/3/1900", "3/15/2569"])("refused: %p", (typed) => {
    expect(parseThaiDate(typed)).toBeUndefined();
  });

  test("ISO back to what the field shows and what it means", () => {
    expect(shortThaiDate("2026-03-15")).toBe("15/3/2569");
    expect(longThaiDate("2025-10-01")).toBe("1 ตุลาคม 2568");
    expect(parseThaiDate(shortThaiDate("2024-12-31"))).toBe("2024-12-31");
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});

describe("the emblem image", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  test("PNG and JPEG by their bytes; base64 as Buffer writes it; a stored emblem parses back", () => {
    expect(imageKind(png)).toBe("png");
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(imageKind(new TextEncoder().encode("GIF89a"))).toBeUndefined();
    for (const n of [0, 1, 2, 3, 4, 5, 100]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
    const result = emblemFromBytes(png);
    expect(result).toEqual({ ok: true, emblem: { base64: Buffer.from(png).toString("base64"), extension: "png" } });
    if (result.ok) expect(parseDocumentFacts({ emblem: result.emblem })?.emblem).toEqual(result.emblem);
  });

  test("empty, not an image, too large: refused with the reason; the largest allowed still parses back", () => {
    expect(emblemFromBytes(new Uint8Array())).toMatchObject({ ok: false, reason: "empty" });
    expect(emblemFromBytes(new TextEncoder().encode("%PDF-1.7"))).toMatchObject({ ok: false, reason: "notImage" });
    const largest = new Uint8Array(EMBLEM_MAX_BYTES);
    largest.set(png);
    const ok = emblemFromBytes(largest);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(parseDocumentFacts({ emblem: ok.emblem })?.emblem).toEqual(ok.emblem);
    const over = new Uint8Array(EMBLEM_MAX_BYTES + 1);
    over.set(png);
    expect(emblemFromBytes(over)).toEqual({ ok: false, reason: "tooLarge", bytes: EMBLEM_MAX_BYTES + 1 });
  });
});

describe("the approval chain's positions by agency kind", () => {
  test("three steps: หัวหน้าสำนักปลัด → ปลัด → นายก, in the agency's words", () => {
    expect(chainPositions(agencyTerms("เทศบาลตำบลควนเสารัง"), 3)).toEqual(["หัวหน้าสำนักปลัดเทศบาล", "ปลัดเทศบาล", "นายกเทศมนตรี"]);
    expect(chainPositions(agencyTerms("อบต.สิงห์"), 3)).toEqual(["หัวหน้าสำนักปลัด", "ปลัดองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนตำบล"]);
  });

  test("fewer or more steps: the head always last", () => {
    const t = agencyTerms("เทศบาลเมืองพัทลุง");
    expect(chainPositions(t, 1)).toEqual(["นายกเทศมนตรี"]);
    expect(chainPositions(t, 2)).toEqual(["ปลัดเทศบาล", "นายกเทศมนตรี"]);
    expect(chainPositions(t, 4)).toEqual(["หัวหน้าสำนักปลัดเทศบาล", "รองปลัดเทศบาล", "ปลัดเทศบาล", "นายกเทศมนตรี"]);
    expect(chainPositions(t, 5)).toEqual(["หัวหน้าสำนักปลัดเทศบาล", "รองปลัดเทศบาล", "ปลัดเทศบาล", "รองนายกเทศมนตรี", "นายกเทศมนตรี"]);
    expect(chainPositions(t, 6)).toEqual(["", "หัวหน้าสำนักปลัดเทศบาล", "รองปลัดเทศบาล", "ปลัดเทศบาล", "รองนายกเทศมนตรี", "นายกเทศมนตรี"]);
    expect(chainPositions(t, 0)).toEqual([]);
  });
});
