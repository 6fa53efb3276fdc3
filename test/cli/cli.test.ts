import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "../helpers/fixtures";

const BIN = join(ROOT, "bin", "itas-report");
const SAMPLE = join(ROOT, "samples", "ita-2568-khuansaorang.tsv");
const SAMPLE_2565 = join(ROOT, "samples", "ita-2565-tharnkasem.tsv");
const SAMPLE_2569 = join(ROOT, "samples", "ita-2569-huaysaingam.tsv");

function run(...args: string[]) {
  const r = spawnSync(BIN, args, { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("itas-report (the compiled command line)", () => {
  test("analyze --json prints the analysis with the documented keys", () => {
    const r = run("analyze", SAMPLE, "--json");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.assessmentYear).toBe(2568);
    expect(a.overall).toMatchObject({ score: 94.9, level: "ผ่าน" });
    expect(a.tools[0]).toMatchObject({ tool: "IIT", score: 99.36 });
    expect(a.indicators[0]).toMatchObject({ number: 1, name: "การปฏิบัติหน้าที่", tool: "IIT", score: 99.17, rank: 5 });
    const i1 = a.questions.find((q: { code: string }) => q.code === "i1");
    expect(Object.keys(i1)).toEqual(expect.arrayContaining(["code", "tool", "indicator", "issue", "score", "verdict", "weakness", "action"]));
    expect(i1).toMatchObject({ tool: "IIT", indicator: 1, issue: 1, score: 98.33, verdict: "improve" });
    expect(a.warnings.some((w: { row: number; message: string }) => typeof w.row === "number" && w.message.includes("e7"))).toBe(true);
    // Warnings also go to stderr, so a person running it sees them.
    expect(r.err).toContain("e7");
  });

  test("analyze --json carries the catalogue's id and checked years; a 2570 paste is told it is past them", () => {
    const a = JSON.parse(run("analyze", SAMPLE_2569, "--json").out);
    expect([a.assessmentYear, a.catalogueId, a.catalogueYears]).toEqual([2569, "ita-2569", { from: 2569, to: 2569 }]);
    expect(a.documentItems).toEqual({
      measures: { code: "o25", title: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" },
      followUp: { code: "o26", title: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส" },
    });
    expect(a.questions.map((q: { code: string }) => q.code)).not.toContain("o27");
    const r = run("analyze", SAMPLE_2569, "--json", "--year", "2570");
    const b = JSON.parse(r.out);
    expect([b.catalogueId, b.catalogueYears]).toEqual(["ita-2569", { from: 2569, to: 2569 }]);
    expect(b.warnings.some((w: { message: string }) => w.message.startsWith("ปีที่ประเมิน 2570 อยู่หลังปีที่รายการข้อคำถามตรวจสอบไว้ (ปี 2569)"))).toBe(true);
    expect(r.err).toContain("2570");
    // The newest catalogue is what `catalogue` writes by default, with its checked years.
    const file = join(mkdtempSync(join(tmpdir(), "itas-cat-")), "c.xlsx");
    expect(run("catalogue", "-o", file).err).toContain("ita-2569");
    // A year no catalogue was checked for: written with the nearest one, and the user is told which and for which years.
    const later = run("catalogue", "--year", "2570", "-o", join(dirname(file), "c2570.xlsx"));
    expect(later.code).toBe(0);
    expect(later.err).toContain('คำเตือน: ไม่มีรายการข้อคำถามที่ตรวจสอบไว้สำหรับปี 2570 จึงเขียนรายการชุด "ita-2569" ซึ่งตรวจสอบไว้สำหรับปี 2569');
    const earlier = run("catalogue", "--year", "2560", "-o", join(dirname(file), "c2560.xlsx"));
    expect(earlier.err).toContain('ปี 2560 จึงเขียนรายการชุด "ita-2565" ซึ่งตรวจสอบไว้สำหรับปี 2565–2567');
    // A checked year says nothing of the kind.
    expect(run("catalogue", "--year", "2568", "-o", join(dirname(file), "c2568.xlsx")).err).not.toContain("คำเตือน");
  });

  test("options: --year --agency --target --layout --digits", () => {
    const r = run("analyze", SAMPLE, "--json", "--year", "2569", "--agency", "อบต.ทดสอบ", "--target", "95", "--layout", "tools");
    const a = JSON.parse(r.out);
    expect([a.assessmentYear, a.agency, a.target, a.layout]).toEqual([2569, "อบต.ทดสอบ", 95, "tools"]);
    expect(a.questions.filter((q: { verdict: string }) => q.verdict === "improve").map((q: { code: string }) => q.code)).toEqual(["e1", "e2", "e7", "e8", "e9", "o27"]);
  });

  test("unusable input: exit 2, one Thai line, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-cli-"));
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "ชื่อ,ที่อยู่\nสมชาย,กรุงเทพ\n");
    for (const args of [["analyze", bad], ["analyze", join(dir, "missing.xlsx")], ["build", bad, "-o", join(dir, "x.xlsx")], ["analyze", SAMPLE, "--target", "abc"]]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/[ก-๙]/);
      expect(r.err).not.toMatch(/at .*\.js:\d+/);
    }
  });

  test("build: one workbook per input, a folder for several, progress on stderr, never overwrites", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-cli-"));
    const one = run("build", SAMPLE, "-o", join(dir, "single.xlsx"));
    expect(one.code).toBe(0);
    expect(existsSync(join(dir, "single.xlsx"))).toBe(true);

    const again = run("build", SAMPLE, "-o", join(dir, "single.xlsx"));
    expect(again.code).toBe(0);
    expect(existsSync(join(dir, "single (2).xlsx"))).toBe(true);
    expect(again.err).toContain("ไม่เขียนทับ");

    const bad = join(dir, "empty.tsv");
    writeFileSync(bad, "");
    const batch = run("build", SAMPLE, SAMPLE_2565, bad, "-o", join(dir, "batch"));
    // The usable files are written; the status still tells a script that one was not.
    expect(batch.code).toBe(2);
    expect(batch.err).toContain("[1/3]");
    expect(batch.err).toContain("ข้าม");
    expect(existsSync(join(dir, "batch", "ita-2568-khuansaorang.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "batch", "ita-2565-tharnkasem.xlsx"))).toBe(true);
  });

  test("--previous quotes last year's scores; --pdf prints through LibreOffice", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-cli-"));
    const now = join(dir, "2569.tsv");
    const before = join(dir, "2568.tsv");
    writeFileSync(now, "ผลการประเมิน ITA 2569\nข้อ\tคะแนน\ni1\t100\ni2\t95\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t97.5\n");
    writeFileSync(before, "ผลการประเมิน ITA 2568\nข้อ\tคะแนน\ni1\t98.33\ni2\t99.17\nตัวชี้วัดที่ 1 การปฏิบัติหน้าที่\t99.17\n");
    const a = JSON.parse(run("analyze", now, "--json", "--previous", before).out);
    expect(a.previous.assessmentYear).toBe(2568);
    expect(a.groups[0].changes).toContain("คะแนนข้อ i1 เพิ่มขึ้นจาก 98.33 ในปี 2568 เป็น 100.00 ในปี 2569");
    const built = run("build", now, "-o", join(dir, "r.xlsx"), "--previous", before, "--pdf", "--digits", "arabic");
    expect(built.code).toBe(0);
    expect(existsSync(join(dir, "r.pdf"))).toBe(true);
  });

  test("--pdf never writes over an existing PDF unless --overwrite; the workbook and its PDF stay a pair", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-pdf-"));
    const mine = join(dir, "r.pdf");
    writeFileSync(mine, "the clerk's own signed copy");
    const first = run("build", SAMPLE, "-o", join(dir, "r.xlsx"), "--pdf");
    expect(first.code).toBe(0);
    expect(readFileSync(mine, "utf8")).toBe("the clerk's own signed copy");
    // r.xlsx was free, but r.pdf was not: both take the next name.
    expect(readdirSync(dir).sort()).toEqual(["r (2).pdf", "r (2).xlsx", "r.pdf"]);
    expect(readFileSync(join(dir, "r (2).pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(first.err).toContain("r (2).xlsx");
    // --overwrite replaces the user's files of those names, the PDF too.
    const second = run("build", SAMPLE, "-o", join(dir, "s.xlsx"), "--pdf", "--overwrite");
    expect(second.code).toBe(0);
    writeFileSync(join(dir, "s.pdf"), "kept");
    const third = run("build", SAMPLE, "-o", join(dir, "s.xlsx"), "--pdf", "--overwrite");
    expect(third.code).toBe(0);
    expect(readFileSync(join(dir, "s.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    // Nothing LibreOffice made is left beside the outputs.
    expect(readdirSync(dir).sort()).toEqual(["r (2).pdf", "r (2).xlsx", "r.pdf", "s.pdf", "s.xlsx"]);
  });

  test("document facts: documented in --help; a bad one stops the build with one Thai line naming the option", () => {
    const help = run("build", "--help").out;
    for (const option of ["--district", "--province", "--office", "--doc-number", "--doc-date", "--round", "--preparer", "--signer", "--emblem"]) expect(help).toContain(option);
    const dir = mkdtempSync(join(tmpdir(), "itas-doc-"));
    const out = join(dir, "r.xlsx");
    const bad = run("build", SAMPLE, "-o", out, "--doc-date", "2569/15/3");
    expect([bad.code, bad.err.trim()]).toEqual([2, 'วันที่ของ --doc-date "2569/15/3" ไม่ถูกต้อง: ใส่ วัน/เดือน/ปี พ.ศ. เช่น 15/3/2569 หรือ 2026-03-15']);
    expect(existsSync(out)).toBe(false);
    const good = run("build", SAMPLE, "-o", out, "--doc-date", "15/3/2569", "--round", "12", "--signer", "นายซี|นายกเทศมนตรี", "--preparer", "นางสาวเอ|");
    expect(good.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test("catalogue writes the editable table; --catalogue reads the edits back (bad rows keep the built-in text and warn)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-cat-"));
    const file = join(dir, "catalogue.xlsx");
    const written = run("catalogue", "--year", "2568", "-o", file);
    expect(written.code).toBe(0);
    expect(written.err).toContain("ita-2568");
    // The user edits e1's weakness and spoils e2's code, as a person would in Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    let e2Row = 0;
    wb.worksheets[0].eachRow((row, n) => {
      if (row.getCell(1).value === "e1") row.getCell(6).value = "ข้อความที่แก้เอง: ผู้รับบริการรอนาน";
      if (row.getCell(1).value === "e2") {
        row.getCell(1).value = "x99";
        e2Row = n;
      }
    });
    await wb.xlsx.writeFile(file);
    const paste = join(dir, "scores.tsv");
    writeFileSync(paste, "ผลการประเมิน ITA 2568 เทศบาลตำบลทดสอบ\nข้อ\tคะแนน\ne1\t80\ne2\t90\n");
    const r = run("analyze", paste, "--json", "--catalogue", file);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    const byCode = (code: string) => a.questions.find((q: { code: string }) => q.code === code);
    expect(byCode("e1").weakness).toBe("ข้อความที่แก้เอง: ผู้รับบริการรอนาน");
    expect(byCode("e2").weakness).toBe(JSON.parse(run("analyze", paste, "--json").out).questions[1].weakness);
    expect(r.err).toContain(`แถว ${e2Row}`);
    expect(r.err).toContain("x99");
    // build uses it too.
    const out = join(dir, "report.xlsx");
    expect(run("build", paste, "-o", out, "--catalogue", file).code).toBe(0);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
    const texts: string[] = [];
    report.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("ข้อความที่แก้เอง: ผู้รับบริการรอนาน");
    // Another year's catalogue is not used, and the user is told.
    const old = join(dir, "catalogue-2565.xlsx");
    expect(run("catalogue", "--year", "2565", "-o", old).code).toBe(0);
    expect(run("analyze", paste, "--catalogue", old).err).toContain("เป็นชุด ita-2565 แต่ปีที่ประเมินนี้ใช้ชุด ita-2568");
    // A file that is not a catalogue: exit 2 with a Thai line saying so.
    const bad = run("analyze", paste, "--catalogue", SAMPLE);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("ไม่ใช่รายการข้อคำถาม");
    expect(bad.err).not.toMatch(/\bat \w+ \(/);
  });

  test("large JSON on a pipe arrives whole (the process ends only after stdout is flushed)", () => {
    const r = run("analyze", SAMPLE, "--previous", SAMPLE_2565, "--json");
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.out)).toBeGreaterThan(65536);
    expect(() => JSON.parse(r.out)).not.toThrow();
  });

  test("usage errors, wrong files and unwritable outputs: exit 2 with one Thai line", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-usage-"));
    const cases: [string[], RegExp][] = [
      [["build", SAMPLE], /^ต้องระบุตัวเลือก -o/],
      [["analyze", SAMPLE, "--bogus"], /^ไม่รู้จักตัวเลือก --bogus/],
      [["analyze", SAMPLE, "--layout", "foo"], /^ค่า "foo" ใช้กับตัวเลือก --layout .*ใช้ได้: issues, tools/],
      [["nope"], /^ไม่รู้จักคำสั่ง nope/],
      [["build", SAMPLE, SAMPLE_2565, "-o", join(dir, "one.xlsx")], /^มีไฟล์คะแนนหลายไฟล์ แต่ -o/],
      [["build", SAMPLE, "-o", join(dir, "report.pdf")], /^ไฟล์ผลลัพธ์ ".*report\.pdf" ต้องเป็นไฟล์ \.xlsx/],
      [["build", SAMPLE, "-o", join(SAMPLE, "x.xlsx")], /^สร้างโฟลเดอร์ ".*" สำหรับไฟล์ผลลัพธ์ไม่ได้: มีไฟล์ชื่อเดียวกันขวางอยู่/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err.trim()).toMatch(message);
    }
    // The catalogue file given as the score file: said so, not read as scores.
    const catalogue = join(dir, "catalogue.xlsx");
    expect(run("catalogue", "-o", catalogue).code).toBe(0);
    const mixed = run("build", catalogue, "-o", join(dir, "x.xlsx"));
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain("เป็นรายการข้อคำถาม ไม่ใช่ตารางคะแนน");
    expect(run("--version").out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("--year that differs from the paste's own year is used, with a warning", () => {
    const r = run("analyze", SAMPLE, "--json", "--year", "2566");
    expect(JSON.parse(r.out).assessmentYear).toBe(2566);
    expect(r.err).toContain("ข้อมูลที่วางระบุปีที่ประเมิน 2568 แต่รายงานใช้ปี 2566");
  });

  test("hostile command lines: decimal numbers only, --previous and --catalogue named, no output over an input, no hang", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-hostile-cli-"));
    for (const [flag, value] of [["--target", "0x10"], ["--target", "1e2"], ["--target", ""], ["--year", "0x9F8"], ["--font-size", "0x10"]]) {
      const r = run("analyze", SAMPLE, flag, value);
      expect({ flag, value, code: r.code }).toEqual({ flag, value, code: 2 });
      expect(r.err).toMatch(/ไม่ถูกต้อง/);
    }
    expect(run("analyze", SAMPLE, "--target", "๙๕").code).toBe(0);

    const broken = join(dir, "broken.tsv");
    writeFileSync(broken, "ไม่มีคะแนน\n");
    const previous = run("analyze", SAMPLE, "--previous", broken);
    expect(previous.code).toBe(2);
    expect(previous.err.trim()).toMatch(new RegExp(`^ไฟล์คะแนนปีก่อน \\(--previous\\) "${broken}": ไม่พบคะแนน ITA`));
    const catalogue = run("build", SAMPLE, "-o", join(dir, "r.xlsx"), "--catalogue", broken);
    expect(catalogue.code).toBe(2);
    expect(catalogue.err.trim()).toMatch(new RegExp(`^ไฟล์รายการข้อคำถาม \\(--catalogue\\) "${broken}": `));

    // -o naming the input, with --overwrite: refused, the input untouched.
    const input = join(dir, "scores.tsv");
    writeFileSync(input, readFileSync(SAMPLE));
    const self = run("build", input, "-o", input.replace(/\.tsv$/, ".xlsx"), "--overwrite");
    expect(self.code).toBe(0);
    const same = run("build", input.replace(/\.tsv$/, ".xlsx"), "-o", input.replace(/\.tsv$/, ".xlsx"), "--overwrite");
    expect(same.code).toBe(2);
    expect(same.err).toContain("คือไฟล์นำเข้า");
    const prev = run("build", SAMPLE, "-o", input, "--previous", input, "--overwrite");
    expect(prev.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));

    // An output folder that cannot be made: one Thai line at once, not a spinning mkdir.
    const started = Date.now();
    const proc = spawnSync(BIN, ["build", SAMPLE, "-o", "/proc/x/r.xlsx"], { encoding: "utf8", timeout: 10_000 });
    expect(proc.status).toBe(2);
    expect(proc.stderr.trim()).toMatch(/^สร้างโฟลเดอร์ "\/proc\/x" สำหรับไฟล์ผลลัพธ์ไม่ได้/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(readdirSync(dir).some((f) => f.endsWith(".part"))).toBe(false);
  });

  test("a stray quote and mixed line endings in a paste: every question, the row named on stderr", () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-quote-"));
    const path = join(dir, "paste.tsv");
    const lines = readFileSync(SAMPLE, "utf8").replace("\tรักษาระดับ", '\t"รักษาระดับ').split("\n");
    writeFileSync(path, lines.map((l, i) => l + (i % 10 === 9 ? "\n" : "\r\n")).join(""));
    const r = run("analyze", path, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).questions).toHaveLength(51);
    expect(r.err).toMatch(/คำเตือน \(.*paste\.tsv\): แถว \d+: มีเครื่องหมาย " ที่เปิดแล้วไม่ได้ปิด/);
  });

  test("interrupted (Ctrl+C) in the middle of a batch: every workbook there is whole, no temporary file is left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itas-interrupt-"));
    const inputs = Array.from({ length: 60 }, (_, i) => {
      const path = join(dir, `agency-${i}.tsv`);
      writeFileSync(path, readFileSync(SAMPLE));
      return path;
    });
    const out = join(dir, "out");
    const child = spawn(BIN, ["build", ...inputs, "-o", out]);
    // Stopped once a few workbooks are written, while the others are being built.
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr.on("data", (chunk: Buffer) => {
        seen += (chunk.toString().match(/\[\d+\/60\]/g) ?? []).length;
        if (seen >= 3) resolve();
      });
    });
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.filter((f) => !f.endsWith(".xlsx"))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.length).toBeLessThan(60);
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(out, f)).buffer as ArrayBuffer);
      expect(wb.worksheets).toHaveLength(5);
    }
  });
});
