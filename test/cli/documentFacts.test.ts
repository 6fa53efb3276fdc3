import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportOptions } from "../../src/core/pipeline";
import { ROOT } from "../helpers/fixtures";

// The report options each workbook is made with, as the command line passes them to the engine.
const seen: ReportOptions[] = [];
jest.mock("../../src/core/pipeline", () => {
  const actual = jest.requireActual<typeof import("../../src/core/pipeline")>("../../src/core/pipeline");
  return {
    ...actual,
    makeReport: (...args: Parameters<typeof actual.makeReport>) => {
      seen.push(args[1] ?? {});
      return actual.makeReport(...args);
    },
  };
});

import { main } from "../../src/cli/main";

const SAMPLE = join(ROOT, "samples", "ita-2568-khuansaorang.tsv");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const write = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    process.exitCode = undefined;
    return { code, err };
  } finally {
    write.mockRestore();
  }
}

describe("itas-report build: the document facts", () => {
  test("every option reaches the report, in chain order; the Thai date is kept as ISO", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-facts-"));
    const emblem = join(dir, "ครุฑ.png");
    writeFileSync(emblem, PNG);
    seen.length = 0;
    const r = await run(
      "build", SAMPLE, "-o", join(dir, "r.xlsx"),
      "--district", "ควนขนุน", "--province", "พัทลุง", "--office", "สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง",
      "--doc-number", "พท ๕๑๐๐๑/๑๒๓", "--doc-date", "๑๕ มี.ค. ๒๕๖๙", "--round", "๖",
      "--preparer", "นางสาวสมใจ  ใจดี|นักวิเคราะห์นโยบายและแผน",
      "--signer", "|หัวหน้าสำนักปลัดเทศบาล", "--signer", "นายบี ปลัด|ปลัดเทศบาล", "--signer", "นายซี นายก",
      "--emblem", emblem,
    );
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0].settings?.document).toEqual({
      district: "ควนขนุน",
      province: "พัทลุง",
      office: "สำนักปลัดเทศบาล เทศบาลตำบลควนเสารัง",
      number: "พท ๕๑๐๐๑/๑๒๓",
      date: "2026-03-15",
      round: 6,
      preparer: { name: "นางสาวสมใจ ใจดี", position: "นักวิเคราะห์นโยบายและแผน" },
      chain: [{ position: "หัวหน้าสำนักปลัดเทศบาล" }, { name: "นายบี ปลัด", position: "ปลัดเทศบาล" }, { name: "นายซี นายก" }],
      emblem: { base64: Buffer.from(PNG).toString("base64"), extension: "png" },
    });
    // The other settings are still there.
    expect(seen[0].settings?.font).toBeUndefined();
  });

  test("without them the report has no document facts (the documents print dotted lines)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-facts-"));
    seen.length = 0;
    expect((await run("build", SAMPLE, "-o", join(dir, "r.xlsx"))).code).toBe(0);
    expect(seen[0].settings?.document).toBeUndefined();
  });

  test("a bad value is refused before anything is written, in Thai, naming its option", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-facts-"));
    const big = join(dir, "big.jpg");
    const jpeg = new Uint8Array(400_000).fill(0xff);
    jpeg[1] = 0xd8; // a JPEG's signature, FF D8 FF
    writeFileSync(big, jpeg);
    const cases: [string[], string][] = [
      [["--doc-date", "31/2/2569"], '--doc-date "31/2/2569" ไม่ถูกต้อง'],
      [["--doc-date", "พรุ่งนี้"], "--doc-date"],
      [["--round", "9"], '--round "9" ไม่ถูกต้อง'],
      [["--preparer", " | "], "--preparer ไม่ถูกต้อง"],
      [["--signer", "ก|ข|ค"], "--signer ไม่ถูกต้อง"],
      [["--district", "   "], "ตัวเลือก --district ว่างอยู่"],
      [["--office", "ก".repeat(201)], "ข้อความของ --office ยาว 201 ตัวอักษร"],
      [["--emblem", SAMPLE], "(--emblem)"],
      [["--emblem", big], "ใหญ่เกิน"],
      [["--emblem", join(dir, "ไม่มี.png")], "ไม่พบไฟล์"],
      [[..."--signer a ".repeat(7).trim().split(" ")], "ใส่ --signer 7 คน เกิน 6 คน"],
    ];
    for (const [args, message] of cases) {
      seen.length = 0;
      const r = await run("build", SAMPLE, "-o", join(dir, "r.xlsx"), ...args);
      expect([r.code, r.err.includes(message) ? message : r.err, r.err.split("\n").filter(Boolean).length]).toEqual([2, message, 1]);
      expect(seen).toHaveLength(0);
    }
  });
});
