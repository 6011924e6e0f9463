// Invoices: issued, total, paid and due; take a payment (cash, card, balance, gift card); issue one.
import { api, query } from "../api.js";
import { badge, h, table } from "../dom.js";
import { keptSlot } from "../drafts.js";
import { apiForm } from "../forms.js";
import { humanize, money, toMinor, when } from "../format.js";
import { locationName, may, me, staffName } from "../session.js";

const METHODS = [["cash", "Cash"], ["card", "Card"], ["account_balance", "Client's balance"], ["gift_card", "Gift card"]];

function payForm(invoice, reloadCard) {
  return apiForm({
    title: `Pay invoice of ${when(invoice.issued_at, { time: false })}`,
    submitLabel: "Take payment",
    className: "pay-form",
    fields: [
      { name: "amount", label: `Amount (${invoice.due.currency})`, value: (invoice.due.amount / 100).toFixed(2), inputmode: "decimal", required: true },
      { name: "method", label: "Method", type: "select", options: METHODS },
      { name: "gift_card_code", label: "Gift card code (gift card only)" },
    ],
    async submit(values) {
      const body = { amount: { amount: toMinor(values.amount) ?? values.amount, currency: invoice.due.currency }, method: values.method };
      if (values.gift_card_code) body.gift_card_code = values.gift_card_code;
      await api(`/invoices/${invoice.id}/payments`, { method: "POST", body });
      await reloadCard();
    },
  });
}

export async function render({ clientId, card, reloadCard }) {
  const page = await api(`/clients/${clientId}/invoices${query({ limit: 50 })}`);
  const slot = keptSlot("pay", { class: "pay-slot" });
  const pay = (invoice) => (invoice.due.amount > 0 && may("billing:write") && invoice.status !== "void"
    ? h("button", { type: "button", class: "secondary", onclick: () => { slot.replaceChildren(payForm(invoice, reloadCard)); slot.querySelector("input").focus(); } }, "Pay")
    : null);
  const list = table([
    ["Issued", (invoice) => when(invoice.issued_at)], ["Location", (invoice) => locationName(invoice.location_id)],
    ["Items", (invoice) => invoice.lines.map((line) => line.description).join(", ")],
    ["Total", (invoice) => money(invoice.total)], ["Paid", (invoice) => money(invoice.paid)],
    ["Due", (invoice) => h("strong", { class: invoice.due.amount > 0 ? "money owes" : "" }, money(invoice.due))],
    ["Status", (invoice) => badge(humanize(invoice.status))], ["Payment", pay],
  ], page.items, "No invoice yet.");
  const currency = card.balance?.balance?.currency || page.items[0]?.total.currency || "GBP";
  const create = may("billing:write") ? apiForm({
    title: "New invoice",
    submitLabel: "Issue invoice",
    fieldFor: { lines: "description" },
    fields: [
      { name: "description", label: "Description", required: true },
      { name: "kind", label: "Kind", type: "select", options: [["service", "Service"], ["product", "Product"]] },
      { name: "price", label: `Unit price (${currency})`, inputmode: "decimal", required: true },
      { name: "quantity", label: "Quantity", type: "number", value: "1" },
      { name: "location_id", label: "Location", type: "select", options: [["", "—"], ...me.locations] },
    ],
    async submit(values) {
      const line = { description: values.description, kind: values.kind, quantity: Number(values.quantity || 1), staff: staffName(),
        unit_price: { amount: toMinor(values.price) ?? values.price, currency } };
      await api(`/clients/${clientId}/invoices`, { method: "POST", body: { lines: [line], location_id: values.location_id || null } });
      await reloadCard();
    },
  }) : null;
  return h("div", {}, h("h2", {}, "Invoices"), list, slot, create);
}
