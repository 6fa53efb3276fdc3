import type { Catalogue, CatalogueQuestion } from "../types";
import { ITA_2568 } from "./ita2568";

/**
 * ITA 2569: the "7 ประเด็น" layout with the 2569 OIT numbering (o1–o26; there is no o27/o28).
 *
 * IIT i1–i15 and EIT e1–e9 are as in 2568. The OIT titles are those agencies published for 2569;
 * o2 and o5–o7 were not published anywhere we could reach, so their titles are our best guess
 * from the items around them and are marked `unconfirmed`. o25 is the item the measure document
 * answers, o26 the follow-up report (it reports the previous fiscal year).
 * The split into sub-indicators and ประเด็น is our own (the official manual is not at hand):
 * 9.1 o1–o4, 9.2 o5–o12, 9.3 o13–o15, 9.4 o16–o19, 10.1 o20–o24, 10.2 o25–o26; ประเด็น by topic.
 * Texts the two years share are taken from the 2568 set, so a correction reaches both.
 */

const from2568 = new Map(ITA_2568.questions.map((q) => [q.code, q]));

/** A 2568 item's texts under its 2569 number, ประเด็น and sub-indicator. */
function as2569(code2568: string, item: Omit<CatalogueQuestion, "title" | "weakness" | "action"> & Partial<CatalogueQuestion>): CatalogueQuestion {
  const q = from2568.get(code2568);
  if (!q) throw new Error(`ITA 2568 has no ${code2568}`);
  const { role: _role, unconfirmed: _unconfirmed, ...texts } = q;
  return { ...texts, ...item };
}

const PERCEPTION = ITA_2568.questions.filter((q) => !q.code.startsWith("o"));

const OIT_2569: CatalogueQuestion[] = [
  // ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน
  as2569("o1", { code: "o1", indicator: 9, subIndicator: "9.1", issue: 3 }),
  as2569("o2", { code: "o2", indicator: 9, subIndicator: "9.1", issue: 3, unconfirmed: true }),
  as2569("o3", { code: "o3", indicator: 9, subIndicator: "9.1", issue: 3 }),
  as2569("o4", { code: "o4", indicator: 9, subIndicator: "9.1", issue: 3 }),
  // ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ
  {
    code: "o5",
    indicator: 9,
    subIndicator: "9.2",
    issue: 5,
    unconfirmed: true,
    title: "แผนดำเนินงานและการใช้งบประมาณประจำปี",
    weakness: "แผนดำเนินงานและการใช้งบประมาณประจำปียังไม่ได้เผยแพร่ หรือไม่แสดงโครงการ งบประมาณ และระยะเวลาดำเนินการให้ครบถ้วน",
    action: "ให้สำนักปลัดร่วมกับกองคลังจัดทำแผนดำเนินงานและการใช้งบประมาณประจำปีตามข้อบัญญัติงบประมาณ ระบุโครงการ งบประมาณ และระยะเวลาให้ครบถ้วน เสนอผู้บริหารลงนามประกาศภายในไตรมาสแรก และเผยแพร่บนเว็บไซต์",
  },
  {
    code: "o6",
    indicator: 9,
    subIndicator: "9.2",
    issue: 5,
    unconfirmed: true,
    title: "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
    weakness: "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณรอบหกเดือนยังไม่ได้จัดทำ หรือไม่แสดงความก้าวหน้าของโครงการและการเบิกจ่ายเทียบกับแผน",
    action: "ให้ทุกส่วนราชการรายงานความก้าวหน้าของโครงการและการเบิกจ่ายงบประมาณครึ่งปีแรกต่อสำนักปลัดและกองคลัง สรุปเป็นรายงานเสนอผู้บริหาร และเผยแพร่บนเว็บไซต์ภายในเดือนเมษายน",
  },
  {
    code: "o7",
    indicator: 9,
    subIndicator: "9.2",
    issue: 5,
    unconfirmed: true,
    title: "รายงานผลการดำเนินงานและการใช้งบประมาณประจำปี",
    weakness: "รายงานผลการดำเนินงานและการใช้งบประมาณของปีงบประมาณที่ผ่านมายังไม่ได้เผยแพร่ หรือไม่สรุปผลสำเร็จ ปัญหาอุปสรรค และข้อเสนอแนะ",
    action: "สรุปผลการดำเนินงานตามแผนและผลการเบิกจ่ายงบประมาณทั้งปี ระบุผลสำเร็จ ปัญหาอุปสรรค และข้อเสนอแนะสำหรับปีถัดไป เสนอผู้บริหาร และเผยแพร่บนเว็บไซต์ภายในไตรมาสแรกของปีงบประมาณถัดไป",
  },
  as2569("o8", { code: "o8", indicator: 9, subIndicator: "9.2", issue: 1 }),
  as2569("o9", { code: "o9", indicator: 9, subIndicator: "9.2", issue: 1 }),
  as2569("o10", { code: "o10", indicator: 9, subIndicator: "9.2", issue: 2 }),
  as2569("o11", { code: "o11", indicator: 9, subIndicator: "9.2", issue: 5 }),
  as2569("o12", { code: "o12", indicator: 9, subIndicator: "9.2", issue: 5 }),
  // ตัวชี้วัดย่อยที่ 9.3 การบริหารและพัฒนาทรัพยากรบุคคล
  as2569("o18", { code: "o13", indicator: 9, subIndicator: "9.3", issue: 6 }),
  as2569("o19", { code: "o14", indicator: 9, subIndicator: "9.3", issue: 6 }),
  as2569("o25", { code: "o15", indicator: 9, subIndicator: "9.3", issue: 7 }),
  // ตัวชี้วัดย่อยที่ 9.4 การส่งเสริมความโปร่งใส
  {
    code: "o16",
    indicator: 9,
    subIndicator: "9.4",
    issue: 6,
    title: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
    weakness: "แนวปฏิบัติหรือคู่มือการจัดการเรื่องร้องเรียนการทุจริตยังไม่ได้เผยแพร่ หรือไม่ระบุขั้นตอน ผู้รับผิดชอบ และระยะเวลาการดำเนินการให้ชัดเจน",
    action: "จัดทำคู่มือการจัดการเรื่องร้องเรียนการทุจริตที่ระบุขั้นตอนตั้งแต่รับเรื่อง ตรวจสอบข้อเท็จจริง จนถึงแจ้งผล พร้อมผู้รับผิดชอบและระยะเวลา เสนอผู้บริหารลงนาม และเผยแพร่บนเว็บไซต์",
  },
  {
    code: "o17",
    indicator: 9,
    subIndicator: "9.4",
    issue: 6,
    title: "ช่องทางแจ้งเรื่องร้องเรียน",
    weakness: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตยังมีไม่ครบ หรือยังไม่มีช่องทางออนไลน์ที่ผู้ร้องเรียนใช้ได้จริงโดยไม่ต้องเปิดเผยตัว",
    action: "เปิดช่องทางแจ้งเรื่องร้องเรียนการทุจริตทั้งแบบฟอร์มออนไลน์ โทรศัพท์ ไปรษณีย์ และกล่องรับเรื่อง ณ สำนักงาน กำหนดผู้รับผิดชอบตรวจสอบทุกวันทำการ และแสดงช่องทางไว้ในหน้าแรกของเว็บไซต์",
  },
  as2569("o21", { code: "o18", indicator: 9, subIndicator: "9.4", issue: 6, title: "ข้อมูลสถิติเรื่องร้องเรียน" }),
  {
    code: "o19",
    indicator: 9,
    subIndicator: "9.4",
    issue: 2,
    title: "ผลการเปิดโอกาสให้มีส่วนร่วม",
    weakness: "หน่วยงานยังไม่ได้เผยแพร่ผลการเปิดโอกาสให้ประชาชนหรือผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน หรือไม่แสดงว่าความเห็นที่ได้รับนำไปใช้อย่างไร",
    action: "จัดให้ประชาชนมีส่วนร่วมในการวางแผน ดำเนินการ หรือติดตามโครงการอย่างน้อยหนึ่งกิจกรรมต่อปี เช่น เวทีประชาคม สรุปจำนวนผู้เข้าร่วมและข้อเสนอที่ได้นำไปปรับปรุง และเผยแพร่บนเว็บไซต์",
  },
  // ตัวชี้วัดย่อยที่ 10.1 การป้องกันการทุจริต
  {
    code: "o20",
    indicator: 10,
    subIndicator: "10.1",
    issue: 7,
    title: "No Gift Policy",
    weakness: "หน่วยงานยังไม่ได้ประกาศนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) หรือยังไม่ได้ชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดตามมาตรา 128 ให้บุคลากรทราบ",
    action: "ผู้บริหารลงนามประกาศ No Gift Policy ตั้งแต่ต้นปีงบประมาณ ชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 จัดกิจกรรมสร้างการรับรู้ และรายงานผลการปฏิบัติตามนโยบายบนเว็บไซต์",
  },
  {
    code: "o21",
    indicator: 10,
    subIndicator: "10.1",
    issue: 7,
    title: "การประเมินความเสี่ยงการทุจริต",
    weakness: "การประเมินความเสี่ยงการทุจริตยังไม่ครอบคลุมภารกิจที่มีความเสี่ยงสูง เช่น การอนุมัติอนุญาต การจัดซื้อจัดจ้าง และการใช้งบประมาณ หรือยังไม่ได้กำหนดมาตรการควบคุมความเสี่ยง",
    action: "แต่งตั้งคณะทำงานประเมินความเสี่ยงการทุจริตในภารกิจด้านการอนุมัติอนุญาต การจัดซื้อจัดจ้าง และการใช้งบประมาณ จัดลำดับความเสี่ยง กำหนดมาตรการควบคุม เสนอผู้บริหาร และเผยแพร่บนเว็บไซต์ภายในไตรมาสแรก",
  },
  {
    code: "o22",
    indicator: 10,
    subIndicator: "10.1",
    issue: 7,
    title: "รายงานผลการจัดการความเสี่ยง",
    weakness: "รายงานผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตยังไม่ได้จัดทำ หรือไม่แสดงว่าความเสี่ยงแต่ละเรื่องลดลงหรือยังคงอยู่",
    action: "ให้ผู้รับผิดชอบแต่ละความเสี่ยงรายงานผลการดำเนินการตามมาตรการควบคุม สรุปเป็นรายงานผลการจัดการความเสี่ยงการทุจริตเสนอผู้บริหารภายในสิ้นปีงบประมาณ และเผยแพร่บนเว็บไซต์",
  },
  as2569("o23", { code: "o23", indicator: 10, subIndicator: "10.1", issue: 7 }),
  as2569("o24", { code: "o24", indicator: 10, subIndicator: "10.1", issue: 7 }),
  // ตัวชี้วัดย่อยที่ 10.2 การส่งเสริมคุณธรรมและความโปร่งใส
  as2569("o27", { code: "o25", indicator: 10, subIndicator: "10.2", issue: 7, role: "measures" }),
  as2569("o28", { code: "o26", indicator: 10, subIndicator: "10.2", issue: 7, role: "followUp" }),
];

export const ITA_2569: Catalogue = {
  ...ITA_2568,
  id: "ita-2569",
  fromYear: 2569,
  toYear: 2569,
  subIndicators: [
    { id: "9.1", indicator: 9, name: "ข้อมูลพื้นฐาน" },
    { id: "9.2", indicator: 9, name: "การบริหารงานและการใช้จ่ายงบประมาณ" },
    { id: "9.3", indicator: 9, name: "การบริหารและพัฒนาทรัพยากรบุคคล" },
    { id: "9.4", indicator: 9, name: "การส่งเสริมความโปร่งใส" },
    { id: "10.1", indicator: 10, name: "การป้องกันการทุจริต" },
    { id: "10.2", indicator: 10, name: "การส่งเสริมคุณธรรมและความโปร่งใส" },
  ],
  questions: [...PERCEPTION, ...OIT_2569],
};
