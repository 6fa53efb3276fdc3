/**
 * ITAS writes a recommendation as "<what went wrong> ดังนั้น <what to do>". Split it so the
 * weakness and the corrective action columns each get their part. A text without "ดังนั้น" is
 * an action only when it says what to do ("…ควร…", or it starts "ให้…"/"ขอให้…"); otherwise it
 * states a finding (what respondents saw, what is missing) and is the weakness, and the
 * catalogue gives the action. Markers such as "รักษาระดับ" or "-" are not recommendations.
 */
export function splitRecommendation(text: string): { weakness?: string; action?: string } | undefined {
  const t = text.replace(/\s+/g, " ").trim().replace(/^ประเด็น\s*[:：]?\s*/, "");
  if (t === "" || /^(รักษาระดับ|-+|–|—|ไม่มี|n\/?a|\.+)$/i.test(t)) return undefined;
  const i = t.indexOf("ดังนั้น");
  if (i < 0) return saysWhatToDo(t) ? { action: t } : { weakness: t };
  const weakness = t.slice(0, i).trim().replace(/[,;]$/, "").trim();
  const action = t.slice(i + "ดังนั้น".length).replace(/^\s*[,:]?\s*/, "").trim();
  if (action === "") return saysWhatToDo(weakness) ? { action: weakness } : { weakness };
  return weakness ? { weakness, action } : { action };
}

/**
 * "ควร" as advice (หน่วยงานควร…, ควรจัดทำ…) or an instruction at the start (ให้…, ขอให้…).
 * "เท่าที่ควร" and "ควรรับทราบ"/"ควรทราบ" describe a finding, not what to do.
 */
function saysWhatToDo(t: string): boolean {
  const advice = t.replace(/เท่าที่ควร|ควร(?:รับ)?ทราบ/g, "");
  return advice.includes("ควร") || /^(?:ขอ)?ให้(?!บริการ)/.test(t);
}
