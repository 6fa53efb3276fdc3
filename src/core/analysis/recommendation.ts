/**
 * ITAS writes a recommendation as "<what went wrong> ดังนั้น <what to do>". Split it so the
 * weakness and the corrective action columns each get their part; a text without "ดังนั้น"
 * is taken as the action. Markers such as "รักษาระดับ" or "-" are not recommendations.
 */
export function splitRecommendation(text: string): { weakness?: string; action: string } | undefined {
  const t = text.replace(/\s+/g, " ").trim().replace(/^ประเด็น\s*[:：]?\s*/, "");
  if (t === "" || /^(รักษาระดับ|-+|–|—|ไม่มี|n\/?a|\.+)$/i.test(t)) return undefined;
  const i = t.indexOf("ดังนั้น");
  if (i <= 0) return { action: t };
  const weakness = t.slice(0, i).trim().replace(/[,;]$/, "").trim();
  const action = t.slice(i + "ดังนั้น".length).replace(/^\s*[,:]?\s*/, "").trim();
  if (action === "") return { action: weakness };
  return weakness ? { weakness, action } : { action };
}
