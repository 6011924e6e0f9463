// How money, dates and people read on the page.
export const CURRENCY_FALLBACK = "GBP";

export function money(value, { signed = false } = {}) {
  if (!value || value.amount === undefined || value.amount === null) return "—";
  const text = new Intl.NumberFormat(undefined, { style: "currency", currency: value.currency || CURRENCY_FALLBACK })
    .format(Math.abs(value.amount) / 100);
  if (value.amount < 0) return `−${text}`;
  return signed && value.amount > 0 ? `+${text}` : text;
}

// "12.50" -> 1250 minor units; null when it is no amount
export function toMinor(text) {
  const cleaned = String(text).trim().replace(",", ".");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(parseFloat(cleaned) * 100);
}

export function when(value, { time = true } = {}) {
  if (!value) return "—";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return time ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
    : date.toLocaleDateString(undefined, { dateStyle: "medium" });
}

export const fullName = (client) => [client.first_name, client.last_name].filter(Boolean).join(" ") || "Unnamed client";
export const person = (who) => (who && (who.name || who.id)) || "—";
export const humanize = (text) => (text ? String(text).replaceAll("_", " ") : "—");
