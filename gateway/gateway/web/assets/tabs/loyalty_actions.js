// What staff do from the Loyalty tab: sell a gift card, look one up by code, run a membership
// (freeze, renew, cancel), sell and use credit packs, adjust points. Each action shows only when
// the key holds the scope the API asks for it (granting credits and accruing points: loyalty:adjust).
import { api } from "../api.js";
import { h } from "../dom.js";
import { keptSlot } from "../drafts.js";
import { act, apiForm } from "../forms.js";
import { money, toMinor, when } from "../format.js";
import { may } from "../session.js";

const amountOf = (text, currency) => ({ amount: toMinor(text) ?? text, currency });
const today = () => new Date().toISOString().slice(0, 10);
const post = (path, body) => api(path, { method: "POST", body, headers: { "Idempotency-Key": crypto.randomUUID() } });

// a small inline form that opens under a row's button and closes on success
function inlineForm(container, options) {
  const form = apiForm({ ...options, className: "inline" });
  container.replaceChildren(form);
  form.querySelector("input, select")?.focus();
}

export function issueForms({ clientId, currency, reload }) {
  if (!may("loyalty:write")) return null;
  const issue = (body) => post(`/clients/${clientId}/loyalty-cards`, body).then(reload);
  return h("details", { class: "issue", id: "loyalty-issue" }, h("summary", {}, "Sell or issue a card"),
    h("div", { class: "forms" },
      apiForm({
        title: "Gift card", submitLabel: "Issue gift card",
        fields: [
          { name: "initial_value", label: `Value (${currency})`, inputmode: "decimal", required: true },
          { name: "code", label: "Code (generated when empty)" },
          { name: "expires_on", label: "Expires", type: "date" },
        ],
        submit: (values) => issue({ type: "gift_card", initial_value: amountOf(values.initial_value, currency),
          code: values.code || null, expires_on: values.expires_on || null }),
      }),
      apiForm({
        title: "Membership", submitLabel: "Start membership",
        fields: [
          { name: "plan", label: "Plan", required: true },
          { name: "price", label: `Price (${currency})`, inputmode: "decimal", required: true },
          { name: "period_months", label: "Every (months)", type: "number", value: "1" },
          { name: "next_payment_on", label: "Next payment", type: "date", required: true },
        ],
        submit: (values) => issue({ type: "membership", plan: values.plan, price: amountOf(values.price, currency),
          period_months: Number(values.period_months) || 1, next_payment_on: values.next_payment_on || null }),
      }),
      apiForm({
        title: "Credit pack", submitLabel: "Issue credit pack",
        fields: [
          { name: "service", label: "Service", required: true },
          { name: "credits", label: "Sessions", type: "number", required: true },
          { name: "expires_on", label: "Expires", type: "date" },
        ],
        submit: (values) => issue({ type: "credit_pack", service: values.service, credits: Number(values.credits) || values.credits,
          expires_on: values.expires_on || null }),
      })));
}

export function giftCardLookup() {
  const result = h("p", { id: "gift-card-result", "aria-live": "polite" });
  const form = apiForm({
    title: "Check a gift card", submitLabel: "Check",
    fields: [{ name: "code", label: "Gift card code", required: true }],
    async submit(values) {
      const card = await api(`/gift-cards/${encodeURIComponent(values.code)}`);
      result.textContent = `${card.code}: ${money(card.remaining_value)} left of ${money(card.initial_value)}, `
        + `${card.status}${card.expires_on ? `, expires ${when(card.expires_on, { time: false })}` : ""}`;
    },
  });
  return h("div", {}, form, result);
}

export function membershipActions(card, reload) {
  if (!may("loyalty:write") || card.status === "cancelled") return null;
  const slot = keptSlot(`membership-${card.id}`, { class: "row-form" });
  const frozen = card.status === "frozen" || Boolean(card.freeze?.from);
  const freeze = () => inlineForm(slot, {
    title: `Freeze ${card.plan}`, submitLabel: "Freeze",
    fields: [{ name: "from", label: "From", type: "date", value: today(), required: true },
      { name: "until", label: "Until", type: "date", required: true }],
    submit: (values) => post(`/loyalty-cards/${card.id}/freeze`, values).then(reload),
  });
  const simple = (path, done) => () => act(() => post(`/loyalty-cards/${card.id}/${path}`, {}), done).then((ok) => ok && reload());
  return h("div", { class: "row-actions" },
    frozen ? h("button", { type: "button", class: "link", onclick: simple("unfreeze", "Membership unfrozen") }, "Unfreeze")
      : h("button", { type: "button", class: "link", onclick: freeze }, "Freeze"),
    h("button", { type: "button", class: "link", onclick: simple("renewals", "Membership renewed") }, "Renew"),
    h("button", { type: "button", class: "link danger", onclick: simple("cancel", "Membership cancelled") }, "Cancel membership"),
    slot);
}

export function creditActions(card, reload) {
  if (!may("loyalty:write") || card.status !== "active") return null;
  const slot = keptSlot(`credits-${card.id}`, { class: "row-form" });
  const adjust = (credits, reason) => post(`/loyalty-cards/${card.id}/credit-adjustments`, { credits, reason }).then(reload);
  const grant = () => inlineForm(slot, {
    title: `Grant ${card.service} sessions`, submitLabel: "Grant",
    fields: [{ name: "credits", label: "Sessions to add", type: "number", required: true },
      { name: "reason", label: "Reason", required: true }],
    submit: (values) => adjust(Number(values.credits) || values.credits, values.reason),
  });
  return h("div", { class: "row-actions" },
    h("button", { type: "button", class: "link", disabled: card.credits_remaining < 1,
      onclick: () => act(() => adjust(-1, "Session used"), `One ${card.service} session used`) }, "Use one session"),
    may("loyalty:adjust") ? h("button", { type: "button", class: "link", onclick: grant }, "Grant sessions") : null,
    slot);
}

// points: accrual and write-off need loyalty:adjust; a redemption at the desk needs loyalty:write
export function pointsForm(card, reload) {
  if (!card || !may("loyalty:write")) return null;
  const adjusting = may("loyalty:adjust");
  return apiForm({
    title: adjusting ? `Adjust points on card ${card.number}` : `Redeem points on card ${card.number}`,
    submitLabel: adjusting ? "Adjust points" : "Redeem points",
    fields: [
      adjusting ? { name: "points", label: "Points (negative takes away)", type: "number", required: true }
        : { name: "points", label: "Points to redeem", type: "number", required: true },
      { name: "reason", label: "Reason", required: true },
      adjusting ? { name: "type", label: "Kind", type: "select", options: [["adjustment", "Adjustment"], ["redemption", "Redemption (reward)"]] } : null,
    ].filter(Boolean),
    async submit(values) {
      const redemption = !adjusting || values.type === "redemption";
      const points = Number(values.points);
      const body = { points: redemption ? -Math.abs(points) : points, reason: values.reason, type: redemption ? "redemption" : "adjustment" };
      await post(`/loyalty-cards/${card.id}/adjustments`, Number.isNaN(points) ? { ...body, points: values.points } : body);
      await reload();
    },
  });
}

export function loyaltyCardButton(clientId, reload) {
  if (!may("loyalty:write")) return null;
  return h("button", { type: "button", class: "secondary",
    onclick: () => act(() => post(`/clients/${clientId}/loyalty-cards`, { type: "loyalty" }), "Loyalty card issued").then((ok) => ok && reload()) },
  "Issue a loyalty card");
}
