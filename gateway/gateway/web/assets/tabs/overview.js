// Overview: the client's timeline across services, newest first, a page at a time. A merge that is
// not undone lists here, so its undo survives a reload (the API refuses it after 30 days: a 409).
import { api, query } from "../api.js";
import { h } from "../dom.js";
import { act } from "../forms.js";
import { humanize, when } from "../format.js";
import { may } from "../session.js";

function undoMerge(item, reloadCard) {
  if (item.kind !== "merge" || !may("clients:write")) return null;
  return h("button", { type: "button", class: "link", "data-merge-id": item.source.id,
    onclick: () => act(() => api(`/merges/${item.source.id}/undo`, { method: "POST" }), "Merge undone").then((done) => done && reloadCard()),
  }, "Undo merge");
}

export async function render({ clientId, reloadCard }) {
  const list = h("ol", { class: "timeline", id: "timeline" });
  const more = h("button", { type: "button", class: "secondary", hidden: true }, "Show older");
  const notice = h("p", { class: "muted" });
  let cursor = null;

  async function load() {
    const page = await api(`/clients/${clientId}/timeline${query({ limit: 25, cursor })}`);
    list.append(...page.items.map((item) => h("li", {},
      h("time", { datetime: item.at }, when(item.at)), h("span", { class: "badge" }, humanize(item.kind)),
      h("span", {}, item.summary, " ", undoMerge(item, reloadCard)))));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    if (!list.children.length) notice.textContent = "Nothing has happened yet.";
    if (page.restricted_kinds?.length) notice.textContent = `Not shown for this key: ${page.restricted_kinds.map(humanize).join(", ")}.`;
  }
  more.addEventListener("click", load);
  await load();
  return h("div", {}, h("h2", {}, "Timeline"), notice, list, more);
}
