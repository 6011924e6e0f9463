// The client's card: header with KPIs, alerts first, then one tab per section the key may see.
import { api } from "./api.js";
import { avatar } from "./avatar.js";
import { $, badge, h } from "./dom.js";
import { carryOver } from "./drafts.js";
import { fillDuplicates } from "./duplicates.js";
import { act } from "./forms.js";
import { fullName, money, when } from "./format.js";
import { may, staffName } from "./session.js";
import { TABS } from "./tabs/index.js";

const state = { clientId: null, card: null, tab: "overview", shown: 0 };

const visitText = (visit) => (visit ? [when(visit.starts_at), visit.service].filter(Boolean).join(" · ") : "—");

function kpis(summary, restricted) {
  const balance = summary.balance;
  const sign = !balance || balance.amount === 0 ? "zero" : balance.amount > 0 ? "credit" : "owes";
  const cells = [
    ["Visits", summary.visits_count ?? "—", "visits"],
    ["Total spent", money(summary.total_spent), "balance"],
    ["Total paid", money(summary.total_paid), "balance"],
    ["Balance", h("span", { class: `money ${sign}`, id: "kpi-balance" }, money(balance, { signed: true }),
      h("small", {}, sign === "credit" ? " in credit" : sign === "owes" ? " owed" : "")), "balance"],
    ["Points", summary.loyalty_points ?? "—", "loyalty"],
    ["Next visit", visitText(summary.next_visit), "visits"],
    ["Last visit", visitText(summary.last_visit), "visits"],
  ];
  return h("dl", { class: "kpis" }, cells.filter(([, , section]) => !restricted.includes(section))
    .map(([label, value]) => h("div", { class: "kpi" }, h("dt", {}, label), h("dd", {}, value))));
}

function alerts(card) {
  const open = (card.alerts || []).filter((alert) => alert.unacknowledged !== false && !alert.acknowledged_at);
  if (!open.length) return null;
  return h("section", { class: "alerts", "aria-label": "Alerts" }, open.map((alert) => h("div", { class: "alert", role: "alert" },
    h("strong", {}, "⚠ "), h("span", { class: "alert-body" }, alert.body),
    h("span", { class: "muted" }, ` — ${alert.author?.name || "staff"}, ${when(alert.created_at)}`),
    may("clients:write") ? h("button", {
      type: "button", class: "secondary",
      onclick: () => act(() => api(`/notes/${alert.id}/acknowledge`, { method: "POST", body: { staff: staffName() } }),
        `Alert acknowledged by ${staffName()}`).then((done) => done && reloadCard()),
    }, "Acknowledge") : null)));
}

function notices(card) {
  const lines = [];
  if (card.restricted_sections?.length) lines.push(h("p", { class: "notice restricted" }, `Restricted for this key: ${card.restricted_sections.join(", ")}.`));
  if (card.unavailable?.length) lines.push(h("p", { class: "notice unavailable" }, `Temporarily unavailable: ${card.unavailable.join(", ")}. The rest works.`));
  return lines;
}

function headerActions(client) {
  if (!may("clients:write")) return null;
  const archived = client.status === "archived";
  return h("div", { class: "actions" }, h("button", {
    type: "button", class: "secondary",
    onclick: () => act(() => api(`/clients/${client.id}/${archived ? "restore" : "archive"}`, { method: "POST" }),
      archived ? "Client restored" : "Client archived").then((done) => done && reloadCard()),
  }, archived ? "Restore" : "Archive"));
}

function header(card) {
  const client = card.client || {};
  const summary = card.summary || {};
  const canReadFiles = may("files:read") && !(card.restricted_sections || []).includes("files") && !(card.unavailable || []).includes("files");
  return h("header", { class: "card-head" },
    avatar(client, { canReadFiles, reloadCard }),
    h("div", { class: "identity" },
      h("h1", { id: "client-name" }, fullName(client)),
      h("p", { class: "muted" }, [client.phone, client.email, client.card_number && `card ${client.card_number}`].filter(Boolean).join(" · ")),
      h("p", { class: "tags" }, summary.tier ? badge(summary.tier, "tier") : null,
        (client.tags || []).map((tag) => badge(tag)), client.status === "archived" ? badge("archived", "warn") : null,
        client.blocked ? badge("blocked", "danger") : null)),
    headerActions(client));
}

// Switching tabs shows "Loading…"; redrawing the tab on screen keeps it until the new content is
// ready, then carries over the forms staff have open in it (drafts.js).
async function showTab(name) {
  state.tab = name;
  document.querySelectorAll(".tabs [role=tab]").forEach((button) => {
    const selected = button.dataset.tab === name;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
  });
  const panel = $("tab-panel");
  panel.setAttribute("aria-labelledby", `tab-${name}`);
  if (panel.dataset.tab !== name) {
    panel.dataset.tab = name;
    panel.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  }
  const tab = TABS.find((candidate) => candidate.name === name);
  const context = { clientId: state.clientId, card: state.card, reloadCard, reloadTab: () => showTab(name) };
  const ticket = ++state.shown; // a tab chosen meanwhile wins over this slower one
  try {
    const content = await tab.render(context);
    if (ticket !== state.shown) return;
    const refocus = carryOver(panel, content);
    panel.replaceChildren(content);
    refocus();
  } catch (error) {
    if (ticket === state.shown) panel.replaceChildren(h("p", { class: "error" }, error.describe ? error.describe() : error.message));
  }
}

function tabs(card) {
  const visible = TABS.filter((tab) => may(tab.scope) && !(card.restricted_sections || []).includes(tab.section));
  if (!visible.some((tab) => tab.name === state.tab)) state.tab = visible[0]?.name;
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": "Card sections" }, visible.map((tab) => h("button", {
    type: "button", role: "tab", id: `tab-${tab.name}`, "data-tab": tab.name, "aria-controls": "tab-panel",
    onclick: () => showTab(tab.name),
  }, tab.label)));
  list.addEventListener("keydown", (event) => {
    if (!["ArrowLeft", "ArrowRight"].includes(event.key)) return;
    const names = visible.map((tab) => tab.name);
    const next = names[(names.indexOf(state.tab) + (event.key === "ArrowRight" ? 1 : -1) + names.length) % names.length];
    showTab(next).then(() => $(`tab-${next}`).focus());
  });
  return list;
}

// A redraw of the same client's card replaces everything above the tab panel and leaves the panel
// itself in place (with what staff have open and the focus in it) until its new content is ready.
export async function reloadCard() {
  const card = await api(`/clients/${state.clientId}/card`);
  state.card = card;
  const parts = [header(card), alerts(card), notices(card), h("div", { id: "duplicates" }),
    kpis(card.summary || {}, card.restricted_sections || []), tabs(card)].flat().filter(Boolean);
  const shown = $("tab-panel");
  if (shown && shown.dataset.client === state.clientId) {
    while (shown.previousSibling) shown.previousSibling.remove();
    shown.before(...parts);
  } else {
    $("view").replaceChildren(h("article", { class: "card", id: "card" }, parts,
      h("section", { id: "tab-panel", role: "tabpanel", class: "panel", "data-client": state.clientId })));
  }
  if (card.client) fillDuplicates($("duplicates"), card.client, reloadCard);
  if (state.tab) await showTab(state.tab);
}

export async function openClient(clientId) {
  state.clientId = clientId;
  state.tab = "overview";
  $("view").hidden = false;
  try {
    await reloadCard();
    $("client-name").focus?.();
  } catch (error) {
    $("view").replaceChildren(h("p", { class: "error" }, error.describe ? error.describe() : error.message));
  }
}
