import { th as engine } from "../core/strings/th";

/**
 * Every user-facing Thai string of the Office layer (capability notes, generation outcomes,
 * progress, errors). Engine strings stay in core/strings/th.ts.
 */

const PAGE_SETUP_BY_HAND =
  "ก่อนพิมพ์ให้ตั้งเองที่แท็บ เค้าโครงหน้ากระดาษ (Page Layout) ของแต่ละชีตรายงาน: ขนาดกระดาษ A4, แนวนอน, " +
  "ปรับขนาดให้พอดีความกว้าง 1 หน้า (Fit All Columns on One Page), พิมพ์ชื่อเรื่อง > แถวที่จะทำซ้ำที่ด้านบน เลือกแถวหัวตาราง " +
  "และใส่เลขหน้าที่ท้ายกระดาษ";

export const excelTh = {
  /** The editable catalogue sheet. */
  catalogueSheetName: "รายการข้อคำถาม ITA",
  /** Headers of the two analysis columns written next to the pasted table. */
  analysisHeaders: [engine.report.questionHeader[5], engine.report.questionHeader[6]] as const,

  capabilities: {
    noGenerate:
      "Excel รุ่นนี้เขียนรายงานลงสมุดงานโดยตรงไม่ได้ (ต้องมี ExcelApi 1.4 ขึ้นไป ส่วน Office 2016 แบบซื้อขาดมีเพียง 1.1) " +
      "แต่ยังอ่านตารางคะแนนและวิเคราะห์ได้ แล้วดาวน์โหลดรายงานเป็นไฟล์ Excel (.xlsx) ไปเปิดและพิมพ์ หรือใช้หน้าเว็บของโปรแกรมแทน",
    noPrintSetup:
      "Excel รุ่นนี้ไม่มี ExcelApi 1.9 (เช่น Office 2019 แบบซื้อขาด): เขียนชีตรายงานได้ครบทั้งข้อความ รูปแบบ และความสูงแถว " +
      `แต่ตั้งค่าหน้ากระดาษและตัวแบ่งหน้าให้อัตโนมัติไม่ได้ — ${PAGE_SETUP_BY_HAND}`,
  },

  /** Name of the indicator chart: how a later generation finds its own chart to replace it. */
  chartName: "แผนภูมิคะแนนรายตัวชี้วัด",

  outcome: {
    sheetCreated: (name: string) => `สร้างชีต "${name}" แล้ว`,
    sheetNameTaken: (base: string, name: string) =>
      `มีชีตชื่อ "${base}" อยู่แล้วซึ่งโปรแกรมนี้ไม่ได้สร้างไว้ จึงไม่แตะต้อง และสร้างชีตใหม่ชื่อ "${name}"`,
    sheetReplaced: (name: string) => `เขียนชีต "${name}" ใหม่แทนฉบับที่โปรแกรมสร้างไว้ครั้งก่อน (ยังไม่มีการแก้ไข)`,
    sheetCopied: (old: string, name: string) =>
      `ชีต "${old}" มีการแก้ไขด้วยมือ จึงเก็บไว้ตามเดิม และสร้างชีตใหม่ชื่อ "${name}"`,
    columnsCreated: (sheet: string, columns: string) =>
      `เขียนข้อบกพร่องและข้อแก้ไข/ปรับปรุงไว้ที่คอลัมน์ ${columns} ของชีต "${sheet}" ข้างตารางคะแนน`,
    columnsAfterOccupied: (sheet: string, columns: string) =>
      `คอลัมน์ถัดจากตารางคะแนนในชีต "${sheet}" มีข้อมูลอยู่ จึงเขียนข้อบกพร่องและข้อแก้ไข/ปรับปรุงไว้ที่คอลัมน์ ${columns} แทน`,
    columnsReplaced: (sheet: string, columns: string) =>
      `เขียนข้อบกพร่องและข้อแก้ไข/ปรับปรุงที่คอลัมน์ ${columns} ของชีต "${sheet}" ใหม่แทนของเดิม (ยังไม่มีการแก้ไข)`,
    columnsCopied: (sheet: string, old: string, columns: string) =>
      `คอลัมน์ ${old} ของชีต "${sheet}" มีการแก้ไขด้วยมือ จึงเก็บไว้ตามเดิม และเขียนผลใหม่ที่คอลัมน์ ${columns}`,
    noQuestionRows:
      "ข้อมูลที่วางไม่มีคะแนนรายข้อคำถาม จึงไม่ได้เขียนคอลัมน์ข้อบกพร่องและข้อแก้ไขข้างตาราง (ผลวิเคราะห์อยู่ในชีตรายงาน)",
    noHeaderRow: (sheet: string) =>
      `ตารางคะแนนในชีต "${sheet}" เริ่มที่แถว 1 จึงไม่มีแถวว่างด้านบนสำหรับหัวคอลัมน์ข้อบกพร่องและข้อแก้ไข`,
    fitNotApplied: (sheet: string) =>
      `Excel ไม่รับการตั้งค่า "พอดีความกว้าง 1 หน้า" ของชีต "${sheet}" โปรดตั้งเองที่ เค้าโครงหน้ากระดาษ > ปรับขนาดให้พอดี ก่อนพิมพ์`,
    noChart: (sheet: string) =>
      `Excel รุ่นนี้สร้างแผนภูมิผ่าน add-in ไม่ได้ (ต้องมี ExcelApi 1.7 ขึ้นไป) ชีต "${sheet}" จึงเว้นที่ว่างไว้ใต้ตารางคะแนนรายตัวชี้วัด ` +
      "แทรกแผนภูมิแท่งจากคอลัมน์ตัวชี้วัดและคะแนนเองได้ หรือดาวน์โหลดรายงานเป็นไฟล์ .xlsx ซึ่งมีแผนภูมิอยู่แล้ว",
    fingerprintNotSaved: (reason: string) =>
      `เขียนรายงานเสร็จแล้ว แต่บันทึกข้อมูลสำหรับตรวจการแก้ไขลงสมุดงานไม่สำเร็จ (${reason}) ` +
      "หากปิดแล้วเปิดสมุดงานนี้ใหม่ก่อนสร้างรายงานอีกครั้ง โปรแกรมจะถือว่าชีตที่สร้างไว้เป็นของผู้ใช้ และสร้างชีตใหม่แทนการเขียนทับ",
  },

  progress: {
    reading: "กำลังอ่านรายชื่อชีตในสมุดงาน…",
    checking: "กำลังตรวจว่าชีตที่สร้างไว้ครั้งก่อนมีการแก้ไขหรือไม่…",
    writing: (names: string) => `กำลังเขียน ${names}…`,
    writingPart: (part: number, parts: number) => `กำลังเขียนส่วนที่ ${part} จาก ${parts}…`,
    saving: "กำลังบันทึกข้อมูลการสร้างลงสมุดงาน…",
  },

  errors: {
    sheetMissing: (name: string) => `ไม่พบชีต "${name}" ในสมุดงาน (อาจถูกลบหรือเปลี่ยนชื่อ) โปรดเลือกตารางคะแนนใหม่`,
    settingsNotSaved: (reason: string) => `บันทึกการตั้งค่าลงสมุดงานไม่สำเร็จ: ${reason}`,
    noOffice: "ไม่พบ Office.js: ส่วนนี้ใช้ได้เมื่อเปิดโปรแกรมเสริมใน Excel เท่านั้น",
    multiAreaSelection: (areas: number) =>
      `ช่วงที่เลือกมี ${areas} ส่วนแยกกัน (เลือกโดยกด Ctrl ค้างไว้) โปรดเลือกตารางคะแนนเป็นช่วงเดียวต่อเนื่องกัน แล้วกด "อ่านเฉพาะช่วงที่เลือก" อีกครั้ง`,
    selectionUnreadable: (reason: string) =>
      `อ่านช่วงที่เลือกไม่ได้ อาจเพราะเลือกไว้หลายส่วนแยกกัน (เลือกโดยกด Ctrl ค้างไว้) โปรดเลือกตารางคะแนนเป็นช่วงเดียวต่อเนื่องกัน แล้วลองอีกครั้ง (Excel แจ้งว่า: ${reason})`,
  },
} as const;
