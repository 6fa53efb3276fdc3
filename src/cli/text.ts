import type { Analysis } from "../core/analysis/types";
import { FONT_SIZE_RANGE } from "../core/plan/settings";
import { formatScore } from "../core/text/numbers";

/** The command line's own Thai messages (the engine's are in core/strings/th.ts). */
export const cliText = {
  /** Headings of the help text (Commander's are English). */
  helpTitles: { "Usage:": "วิธีใช้:", "Options:": "ตัวเลือก:", "Commands:": "คำสั่ง:", "Arguments:": "ข้อมูลที่ต้องใส่:" } as Record<string, string>,
  /** Commander's errors, in Thai: the quoted parts of its English message are kept. */
  usageError(code: string, message: string): string {
    const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    const [a = "", b = ""] = quoted;
    const hint = " — ดูวิธีใช้ด้วย itas-report --help";
    switch (code) {
      case "commander.unknownOption":
        return `ไม่รู้จักตัวเลือก ${a}${hint}`;
      case "commander.unknownCommand":
        return `ไม่รู้จักคำสั่ง ${a} (คำสั่งที่มีคือ analyze, build, catalogue)${hint}`;
      case "commander.missingMandatoryOptionValue":
        return `ต้องระบุตัวเลือก ${a}${hint}`;
      case "commander.optionMissingArgument":
        return `ตัวเลือก ${a} ต้องมีค่าตามหลัง${hint}`;
      case "commander.missingArgument":
        return `ยังไม่ได้ระบุ ${a === "file" || a === "files" ? "ไฟล์คะแนน" : a}${hint}`;
      case "commander.invalidArgument": {
        const allowed = /Allowed choices are (.*)\.$/.exec(message)?.[1];
        return `ค่า "${b}" ใช้กับตัวเลือก ${a} ไม่ได้${allowed ? ` (ใช้ได้: ${allowed})` : ""}${hint}`;
      }
      case "commander.excessArguments":
        return `ใส่ข้อมูลเกินที่คำสั่งนี้รับ${hint}`;
      default:
        return `คำสั่งไม่ถูกต้อง${hint}`;
    }
  },
  help: {
    help: "แสดงวิธีใช้",
    helpCommand: "แสดงวิธีใช้ของคำสั่ง",
    version: "แสดงรุ่นของโปรแกรม",
    program: "สร้างรายงานวิเคราะห์ผล ITA มาตรการส่งเสริมคุณธรรมฯ และรายงานผลการดำเนินการ จากตารางคะแนนที่คัดลอกจากระบบ ITAS",
    analyze: "อ่านไฟล์คะแนนแล้วแสดงผลการวิเคราะห์ (ใช้ --json เพื่อให้ได้ JSON)",
    build: "สร้างไฟล์ Excel (.xlsx) หนึ่งไฟล์ต่อหนึ่งไฟล์คะแนน",
    json: "พิมพ์ผลการวิเคราะห์เป็น JSON",
    output: "ไฟล์ผลลัพธ์ (หนึ่งไฟล์นำเข้า) หรือโฟลเดอร์ (หลายไฟล์)",
    pdf: "พิมพ์เป็น PDF ด้วย LibreOffice ด้วย",
    overwrite: "เขียนทับไฟล์ผลลัพธ์เดิม (ปกติจะตั้งชื่อใหม่แทนการเขียนทับ)",
    year: "ปีที่ประเมิน (พ.ศ.) เช่น 2568",
    agency: "ชื่อหน่วยงาน",
    target: "คะแนนเป้าหมาย ต่ำกว่านี้ต้องปรับปรุง (ค่าเริ่มต้น 100)",
    layout: "รูปแบบรายงาน: issues (7 ประเด็น) หรือ tools (ตามแบบวัด/ตัวชี้วัด)",
    previous: "ไฟล์คะแนนของปีก่อน เพื่อเปรียบเทียบคะแนน",
    digits: "ตัวเลขในข้อความ: thai (เลขไทย) หรือ arabic",
    font: "ชื่อแบบอักษร (ค่าเริ่มต้น TH SarabunPSK)",
    fontSize: "ขนาดอักษร (ค่าเริ่มต้น 16)",
    sheet: "ชื่อชีตที่จะอ่านในไฟล์ .xlsx (ค่าเริ่มต้น ชีตแรก)",
    catalogue: "ไฟล์รายการข้อคำถามและข้อความเริ่มต้นที่แก้ไขแล้ว (สร้างด้วยคำสั่ง catalogue) ข้อที่ตารางคะแนนมีข้อเสนอแนะมาด้วยจะใช้ข้อเสนอแนะนั้นก่อน",
    catalogueCommand: "เขียนรายการข้อคำถาม ข้อบกพร่อง ข้อแก้ไข และมาตรการเริ่มต้นเป็นไฟล์ .xlsx ให้แก้ไขแล้วใช้กับ --catalogue",
    catalogueOutput: "ไฟล์ .xlsx ที่จะเขียน",
    district: "อำเภอ (ปกและบันทึกข้อความ; ไม่ระบุจะพิมพ์เป็นเส้นจุด เช่นเดียวกับตัวเลือกด้านล่าง)",
    province: "จังหวัด",
    office: "ส่วนราชการที่จัดทำ เช่น \"สำนักปลัด เทศบาลตำบลหนองบัว\"",
    docNumber: "เลขที่หนังสือ (ที่ …) เช่น \"นม ๗๑๒๐๑/๑๒๓\"",
    docDate: "วันที่ของเอกสาร: วัน/เดือน/ปี พ.ศ. เช่น 15/3/2569 หรือ yyyy-mm-dd เช่น 2026-03-15",
    round: "รอบการรายงานผล: 6 (รอบ ๖ เดือน) หรือ 12 (รอบ ๑๒ เดือน)",
    preparer: "ผู้จัดทำ \"ชื่อ|ตำแหน่ง\" เช่น \"นางสาวสมใจ ใจดี|นักวิเคราะห์นโยบายและแผน\"",
    signer: "ผู้เสนอและผู้อนุมัติ \"ชื่อ|ตำแหน่ง\" ใส่ซ้ำได้ตามลำดับการเสนอ ผู้บริหารท้องถิ่นคนสุดท้าย (ตำแหน่งที่เว้นว่างใช้ตามประเภทหน่วยงาน)",
    emblem: "รูปตราครุฑของหน่วยงาน (.png หรือ .jpg) สำหรับบันทึกข้อความ",
  },
  badYear: (v: string) => `ปีที่ประเมิน "${v}" ไม่ถูกต้อง: ใส่ปี พ.ศ. เช่น 2568`,
  badTarget: (v: string) => `คะแนนเป้าหมาย "${v}" ไม่ถูกต้อง: ใส่ตัวเลขมากกว่า 0 ถึง 100`,
  badFontSize: (v: string) => `ขนาดอักษร "${v}" ไม่ถูกต้อง: ใส่ตัวเลข ${FONT_SIZE_RANGE.min}–${FONT_SIZE_RANGE.max}`,
  emptyFact: (option: string) => `ตัวเลือก ${option} ว่างอยู่: ใส่ข้อความ หรือไม่ต้องใส่ตัวเลือกนี้ (เอกสารจะพิมพ์เป็นเส้นจุดให้เขียนเอง)`,
  longFact: (option: string, length: number, limit: number) => `ข้อความของ ${option} ยาว ${length} ตัวอักษร เกิน ${limit} ตัวอักษร`,
  badPerson: (option: string, value: string) => `ค่า "${value}" ของ ${option} ไม่ถูกต้อง: ใส่ "ชื่อ|ตำแหน่ง" เช่น "นายสมชาย ใจดี|ปลัดเทศบาล" (เว้นข้างใดข้างหนึ่งได้ เช่น "|ปลัดเทศบาล")`,
  badDate: (v: string) => `วันที่ของ --doc-date "${v}" ไม่ถูกต้อง: ใส่ วัน/เดือน/ปี พ.ศ. เช่น 15/3/2569 หรือ 2026-03-15`,
  badRound: (v: string) => `รอบการรายงาน --round "${v}" ไม่ถูกต้อง: ใส่ 6 (รอบ ๖ เดือน) หรือ 12 (รอบ ๑๒ เดือน)`,
  tooManySigners: (n: number, limit: number) => `ใส่ --signer ${n} คน เกิน ${limit} คน`,
  emblemUnreadable: (file: string, code: string) => `อ่านไฟล์รูปตราครุฑ (--emblem) "${file}" ไม่ได้ (${code === "ENOENT" ? "ไม่พบไฟล์" : code})`,
  emblemNotImage: (file: string) => `ไฟล์รูปตราครุฑ (--emblem) "${file}" ไม่ใช่รูป PNG หรือ JPEG`,
  emblemTooLarge: (file: string, size: string, max: string) => `ไฟล์รูปตราครุฑ (--emblem) "${file}" มีขนาด ${size} ใหญ่เกิน ${max} — ย่อรูปให้เล็กลงก่อน`,
  inFile: (role: "previous" | "catalogue", file: string, message: string) =>
    `${role === "previous" ? "ไฟล์คะแนนปีก่อน (--previous)" : "ไฟล์รายการข้อคำถาม (--catalogue)"} "${file}": ${message}`,
  warningPrefix: (file: string) => `คำเตือน (${file}): `,
  catalogueNotUsed: (file: string, id: string, used: string) =>
    `รายการข้อคำถามใน "${file}" เป็นชุด ${id} แต่ปีที่ประเมินนี้ใช้ชุด ${used} จึงไม่ได้ใช้ข้อความที่แก้ (เขียนชุดของปีนี้ด้วย itas-report catalogue --year)`,
  wrote: (path: string) => `เขียนไฟล์ ${path} แล้ว`,
  wroteCatalogue: (path: string, id: string) => `เขียนรายการข้อคำถามชุด "${id}" ลงไฟล์ ${path} แล้ว — แก้ไขข้อความได้ แล้วใช้กับ --catalogue "${path}"`,
  catalogueOutsideYears: (year: number, id: string, from: number, to: number, outside: "before" | "after") =>
    `คำเตือน: ไม่มีรายการข้อคำถามที่ตรวจสอบไว้สำหรับปี ${year} จึงเขียนรายการชุด "${id}" ซึ่งตรวจสอบไว้สำหรับปี ${from === to ? from : `${from}–${to}`} ` +
    `(${outside === "after" ? "ชุดล่าสุด" : "ชุดแรก"}) — ข้อคำถามของปี ${year} อาจเปลี่ยนเลขข้อหรือหัวข้อ โปรดตรวจสอบกับระบบ ITAS แล้วแก้ไขในไฟล์นี้ก่อนใช้กับ --catalogue`,
  progress: (n: number, total: number, input: string, output: string) => `[${n}/${total}] ${input} → ${output}`,
  keptExisting: (path: string) => `มีไฟล์ชื่อเดิมอยู่แล้ว จึงไม่เขียนทับ และบันทึกเป็น ${path} แทน (ใช้ --overwrite เพื่อเขียนทับ)`,
  skipped: (file: string, message: string) => `ข้าม ${file}: ${message}`,
  batchFailed: (failed: number, total: number) => `สร้างไม่สำเร็จ ${failed} จาก ${total} ไฟล์`,
  noLibreOffice: "ไม่พบ LibreOffice (soffice) ในเครื่องนี้ จึงไม่ได้สร้าง PDF — ไฟล์ .xlsx สร้างเรียบร้อยแล้ว",
  pdfMissing: (workbook: string) => `LibreOffice พิมพ์ ${workbook} เป็น PDF ไม่สำเร็จ — ไฟล์ .xlsx สร้างเรียบร้อยแล้ว ลองเปิดแล้วสั่งพิมพ์เป็น PDF เอง`,
  pdfDone: (n: number) => `พิมพ์เป็น PDF แล้ว ${n} ไฟล์`,
  internalError: (message: string) => `เกิดข้อผิดพลาดภายในโปรแกรม: ${message} (โปรดแจ้งผู้พัฒนาพร้อมไฟล์ที่ใช้)`,
  summary(a: Analysis): string {
    const lines = [
      `ปีที่ประเมิน: ${a.assessmentYear}  หน่วยงาน: ${a.agency ?? "-"}`,
      `คะแนนรวม: ${a.overall.score === null ? "-" : formatScore(a.overall.score)}  ระดับ: ${a.overall.level ?? "-"}`,
      ...a.tools.map((t) => `  ${t.tool}: ${formatScore(t.score)}${t.computed ? " (คำนวณ)" : ""}`),
      "ตัวชี้วัด (อันดับ):",
      ...[...a.indicators].sort((x, y) => x.rank - y.rank).map((i) => `  ${i.rank}. ตัวชี้วัดที่ ${i.number} ${i.name} ${formatScore(i.score)}`),
      `ข้อคำถาม: ${a.questions.length} ข้อ ต้องปรับปรุง ${a.questions.filter((q) => q.verdict === "improve").length} ข้อ`,
    ];
    if (a.summary) lines.push(a.summary);
    return lines.join("\n");
  },
};
