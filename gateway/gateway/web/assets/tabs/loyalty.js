// Loyalty: points and what expires when, cards, gift cards, memberships, credits, and their actions.
import { api } from "../api.js";
import { badge, h, table } from "../dom.js";
import { CURRENCY_FALLBACK, humanize, money, when } from "../format.js";
import { creditActions, giftCardLookup, issueForms, loyaltyCardButton, membershipActions, pointsForm } from "./loyalty_actions.js";

const day = (value) => when(value, { time: false });

export async function render({ clientId, card: clientCard, reloadCard }) {
  const loyalty = await api(`/clients/${clientId}/loyalty`);
  const currency = clientCard.summary?.total_spent?.currency || clientCard.summary?.balance?.currency || CURRENCY_FALLBACK;
  const card = loyalty.cards.find((item) => item.status === "active") || loyalty.cards[0];
  const status = (item) => badge(humanize(item.status), item.status === "active" ? "ok" : "warn");
  return h("div", {},
    h("dl", { class: "kpis" },
      h("div", { class: "kpi" }, h("dt", {}, "Points"), h("dd", { id: "loyalty-points" }, String(loyalty.points))),
      h("div", { class: "kpi" }, h("dt", {}, "Tier"), h("dd", {}, loyalty.tier || "—"))),
    issueForms({ clientId, currency, reload: reloadCard }),
    h("h2", {}, "Expiring points"),
    table([["Points", (lot) => String(lot.points)], ["Expire", (lot) => day(lot.on)]], loyalty.expiring, "No points expire soon."),
    h("h2", {}, "Cards"),
    table([["Number", (item) => item.number], ["Points", (item) => String(item.points ?? "—")], ["Status", status]],
      loyalty.cards, "No loyalty card."),
    card ? null : loyaltyCardButton(clientId, reloadCard),
    pointsForm(card, reloadCard),
    h("h2", {}, "Gift cards"),
    h("div", { id: "gift-cards" }, table([["Code", (item) => item.code], ["Remaining", (item) => money(item.remaining_value)],
      ["Of", (item) => money(item.initial_value)], ["Expires", (item) => day(item.expires_on)], ["Status", status]],
    loyalty.gift_cards, "No gift card.")),
    giftCardLookup(),
    h("h2", {}, "Memberships"),
    h("div", { id: "memberships" }, table([["Plan", (item) => item.plan], ["Price", (item) => money(item.price)],
      ["Next payment", (item) => day(item.next_payment_on)],
      ["Status", (item) => h("span", {}, status(item), item.freeze?.from ? ` ${day(item.freeze.from)} – ${day(item.freeze.until)}` : "")],
      ["Actions", (item) => membershipActions(item, reloadCard)]], loyalty.memberships, "No membership.")),
    h("h2", {}, "Credits"),
    h("div", { id: "credit-packs" }, table([["Service", (item) => item.service],
      ["Remaining", (item) => h("span", { class: "credits-left" }, `${item.credits_remaining} of ${item.credits_total}`)],
      ["Expires", (item) => day(item.expires_on)], ["Status", status], ["Actions", (item) => creditActions(item, reloadCard)]],
    loyalty.credits, "No service credits.")),
    h("h2", {}, "History"),
    table([["When", (item) => when(item.date)], ["What", (item) => humanize(item.type)],
      ["Points or sessions", (item) => (item.points ?? item.credits ?? "—").toString()],
      ["Amount", (item) => money(item.amount)], ["Reason", (item) => item.reason || "—"]], loyalty.transactions, "No history yet."));
}
