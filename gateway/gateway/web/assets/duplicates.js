// Likely duplicates on the card, merging one into this client with a preview where staff choose
// whose value each field keeps, and undoing the merge (the API allows it for 30 days).
import { api } from "./api.js";
import { h, toast } from "./dom.js";
import { act } from "./forms.js";
import { fullName, humanize, when } from "./format.js";
import { may } from "./session.js";

const REASONS = { phone: "same phone", email: "same email", name: "similar name" };
const shown = (value) => {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "object") return Object.entries(value).map(([key, item]) => `${key}: ${item}`).join(", ") || "—";
  return String(value);
};

// fields whose raw value means nothing to staff: the photo is an id of a file
const LABELS = { photo_file_id: "Photo" };
const label = (field) => LABELS[field] || humanize(field);
const display = (field, value) => (field === "photo_file_id" && value ? "a photo" : shown(value));

// the last merge made from this page, so its undo stays on the card until the window closes
const lastMerge = { clientId: null, merge: null, sourceName: "" };

function undoBanner(clientId, reloadCard) {
  if (lastMerge.clientId !== clientId || !lastMerge.merge || lastMerge.merge.undone_at) return null;
  const { merge } = lastMerge;
  const undo = () => act(() => api(`/merges/${merge.id}/undo`, { method: "POST" }), `${lastMerge.sourceName} is a separate client again`)
    .then((result) => { if (result) { lastMerge.merge = null; reloadCard(); } });
  return h("div", { class: "notice merged", id: "merge-undo", role: "status" },
    `${lastMerge.sourceName} was merged into this client.`,
    merge.undo_until ? h("span", { class: "muted" }, ` Undo possible until ${when(merge.undo_until)}.`) : null,
    may("clients:write") ? h("button", { type: "button", class: "secondary", onclick: undo }, "Undo merge") : null);
}

function choice(field, outcome) {
  const name = `keep-${field}`;
  const radio = (value, label) => h("label", { class: "choice" },
    h("input", { type: "radio", name, value, checked: outcome.kept === value || (outcome.kept === "both" && value === "target") }),
    ` ${label}`);
  if (shown(outcome.target) === shown(outcome.source)) return h("span", { class: "muted" }, "same");
  return h("fieldset", { class: "choices" }, h("legend", { class: "sr-only" }, `Keep which ${label(field)}`),
    radio("target", "this client's"), radio("source", "the duplicate's"));
}

// Focus goes back where the dialog came from: the "Review merge" control that opened it, or, when a
// redraw replaced it meanwhile, the one for the same duplicate; after a merge (no such control any
// more) the undo that took its place. Never left on <body>, where a keyboard user would start over.
function returnFocus(opener, duplicateId) {
  const target = (opener?.isConnected ? opener : null)
    || document.querySelector(`#duplicates [data-duplicate-id="${CSS.escape(duplicateId)}"] button`)
    || document.querySelector("#merge-undo button");
  target?.focus();
}

async function openPreview(client, duplicate, reloadCard, opener) {
  const dialog = h("dialog", { class: "merge-preview", id: "merge-preview", "aria-labelledby": "merge-title" });
  document.body.append(dialog);
  const close = () => {
    dialog.close();
    dialog.remove();
    returnFocus(opener, duplicate.id);
  };
  const keep = {};
  const preview = async () => {
    const result = await api(`/clients/${client.id}/merge`, { method: "POST", body: { source_id: duplicate.id, preview: true, keep } });
    const all = Object.entries(result.fields || {}).filter(([, outcome]) => shown(outcome.target) !== "—" || shown(outcome.source) !== "—");
    const rows = all.filter(([, outcome]) => shown(outcome.target) !== shown(outcome.source));
    const same = all.filter(([, outcome]) => shown(outcome.target) === shown(outcome.source)).map(([field]) => label(field));
    const moves = Object.entries(result.moves || {}).filter(([, count]) => count > 0);
    const body = h("div", { class: "table-wrap" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Field", "This client", "Duplicate", "Keep", "After the merge"].map((label) => h("th", { scope: "col" }, label)))),
      h("tbody", {}, rows.map(([field, outcome]) => h("tr", { "data-field": field },
        h("th", { scope: "row" }, label(field)), h("td", {}, display(field, outcome.target)),
        h("td", {}, display(field, outcome.source)), h("td", {}, choice(field, outcome)),
        h("td", { class: "result" }, display(field, outcome.result)))))));
    body.addEventListener("change", (event) => {
      const [, field] = event.target.name.split("keep-");
      keep[field] = event.target.value;
      preview().then(() => dialog.querySelector(`input[name="keep-${field}"][value="${keep[field]}"]`)?.focus())
        .catch((error) => toast(error.describe ? error.describe() : error.message, "error"));
    });
    const merge = () => act(() => api(`/clients/${client.id}/merge`, { method: "POST", body: { source_id: duplicate.id, keep } }),
      `${fullName(duplicate)} merged into ${fullName(client)}`).then((done) => {
      if (!done) return;
      Object.assign(lastMerge, { clientId: client.id, merge: done.merge, sourceName: fullName(duplicate) });
      close();
      reloadCard().then(() => returnFocus(opener, duplicate.id));
    });
    dialog.replaceChildren(
      h("h2", { id: "merge-title" }, `Merge ${fullName(duplicate)} into ${fullName(client)}`),
      h("p", { class: "muted" }, "This client stays; the duplicate's history moves here and it is archived. You can undo it for 30 days."),
      body,
      same.length ? h("p", { class: "muted" }, `The same in both: ${same.join(", ")}.`) : null,
      h("p", { id: "merge-moves" }, moves.length ? `Moves here: ${moves.map(([what, count]) => `${humanize(what)} ${count}`).join(", ")}.`
        : "No history to move."),
      h("div", { class: "row-actions" },
        h("button", { type: "button", onclick: merge }, "Merge"),
        h("button", { type: "button", class: "secondary", onclick: close }, "Cancel")));
  };
  dialog.addEventListener("cancel", (event) => { event.preventDefault(); close(); });
  try {
    await preview();
    dialog.showModal();
    dialog.querySelector("input, button")?.focus();
  } catch (error) {
    close();
    toast(error.describe ? error.describe() : error.message, "error");
  }
}

// fills the card's duplicates slot after the card shows, so a slow search never delays the card
export async function fillDuplicates(slot, client, reloadCard) {
  const banner = undoBanner(client.id, reloadCard);
  if (banner) slot.replaceChildren(banner);
  if (!may("clients:read") || client.status === "archived") return;
  const page = await api(`/clients/${client.id}/duplicates`).catch(() => ({ items: [] }));
  if (!page.items.length) return;
  slot.append(h("section", { class: "notice duplicates", "aria-label": "Possible duplicates" },
    h("strong", {}, page.items.length === 1 ? "A possible duplicate: " : "Possible duplicates: "),
    h("ul", { class: "inline-list" }, page.items.map((item) => h("li", { "data-duplicate-id": item.client.id },
      h("span", {}, fullName(item.client)), " ",
      h("span", { class: "muted" }, `(${(item.reasons || []).map((reason) => REASONS[reason] || reason).join(", ")})`), " ",
      may("clients:write") ? h("button", { type: "button", class: "link",
        onclick: (event) => openPreview(client, item.client, reloadCard, event.currentTarget) },
      `Review merge of ${fullName(item.client)}`) : null)))));
}
