// Balance: what the client holds or owes, the ledger's entries, a top-up and an adjustment.
import { api, query } from "../api.js";
import { h, table } from "../dom.js";
import { apiForm } from "../forms.js";
import { humanize, money, toMinor, when } from "../format.js";
import { may } from "../session.js";

const amountOf = (text, currency) => ({ amount: toMinor(text) ?? text, currency });

export async function render({ clientId, reloadCard }) {
  const ledger = await api(`/clients/${clientId}/balance${query({ limit: 50 })}`);
  const currency = ledger.currency;
  const sign = ledger.balance.amount > 0 ? "credit" : ledger.balance.amount < 0 ? "owes" : "zero";
  const figures = h("dl", { class: "kpis" },
    h("div", { class: "kpi" }, h("dt", {}, "Balance"), h("dd", { class: `money ${sign}`, id: "ledger-balance" }, money(ledger.balance, { signed: true }))),
    h("div", { class: "kpi" }, h("dt", {}, "Prepaid credit"), h("dd", {}, money(ledger.credit))),
    h("div", { class: "kpi" }, h("dt", {}, "Outstanding"), h("dd", {}, money(ledger.outstanding))));
  const entries = table([
    ["When", (entry) => when(entry.created_at)], ["What", (entry) => humanize(entry.kind)],
    ["Account", (entry) => humanize(entry.account)],
    ["Amount", (entry) => h("span", { class: `money ${entry.amount.amount < 0 ? "owes" : "credit"}` }, money(entry.amount, { signed: true }))],
    ["Reason", (entry) => entry.reason || "—"],
  ], ledger.entries, "No movement yet.");
  const topUp = may("billing:write") ? apiForm({
    title: "Top up",
    submitLabel: "Top up",
    fields: [
      { name: "amount", label: `Amount (${currency})`, inputmode: "decimal", required: true },
      { name: "method", label: "Paid by", type: "select", options: [["cash", "Cash"], ["card", "Card"], ["bank_transfer", "Bank transfer"]] },
      { name: "reason", label: "Reason" },
    ],
    async submit(values) {
      await api(`/clients/${clientId}/balance/top-ups`, {
        method: "POST", body: { amount: amountOf(values.amount, currency), method: values.method, reason: values.reason || null },
      });
      await reloadCard();
    },
  }) : null;
  const adjust = may("billing:adjust") ? apiForm({
    title: "Adjust (signed: negative takes credit)",
    submitLabel: "Adjust",
    fields: [
      { name: "amount", label: `Amount (${currency})`, inputmode: "decimal", required: true },
      { name: "reason", label: "Reason", required: true },
    ],
    async submit(values) {
      await api(`/clients/${clientId}/balance/adjustments`, { method: "POST", body: { amount: amountOf(values.amount, currency), reason: values.reason } });
      await reloadCard();
    },
  }) : null;
  return h("div", {}, figures, h("div", { class: "forms" }, topUp, adjust), h("h2", {}, "Entries"), entries);
}
