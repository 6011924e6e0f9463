// Notes: pinned first; add, pin, edit and delete (each attributed to the signed-in key).
import { api } from "../api.js";
import { badge, h } from "../dom.js";
import { keptSlot } from "../drafts.js";
import { act, apiForm } from "../forms.js";
import { humanize, person, when } from "../format.js";
import { may } from "../session.js";

const KINDS = ["general", "treatment", "clinical", "alert"].map((kind) => [kind, humanize(kind)]);

// the editor opens in a kept slot (it survives a redraw, see drafts.js) and hides the text it edits
function noteItem(note, refresh) {
  const body = h("p", { class: "note-body" }, note.body);
  const editor = keptSlot(`note-${note.id}`, { class: "note-edit-slot" });
  const patch = (change, done) => act(() => api(`/notes/${note.id}`, { method: "PATCH", body: change }), done).then((ok) => ok && refresh());
  const edit = () => {
    const area = h("textarea", { "aria-label": "Note text", rows: 3 }, note.body);
    const box = h("div", { class: "note-edit" }, area);
    const close = () => box.remove(); // from whichever slot a redraw has moved it to
    box.append(
      h("button", { type: "button", onclick: () => act(() => api(`/notes/${note.id}`, { method: "PATCH", body: { body: area.value } }), "Note saved")
        .then((ok) => { if (ok) { close(); refresh(); } }) }, "Save"),
      h("button", { type: "button", class: "secondary", onclick: close }, "Cancel"));
    editor.replaceChildren(box);
    area.focus();
  };
  return h("li", { class: `note ${note.pinned ? "pinned" : ""}`, "data-note-id": note.id },
    h("div", { class: "note-meta" }, note.pinned ? badge("📌 pinned", "tier") : null, badge(humanize(note.kind)),
      h("span", { class: "muted" }, `${person(note.author)} · ${when(note.created_at)}`)),
    body, editor,
    may("clients:write") ? h("div", { class: "row-actions" },
      h("button", { type: "button", class: "link", onclick: () => patch({ pinned: !note.pinned }, note.pinned ? "Unpinned" : "Pinned") },
        note.pinned ? "Unpin" : "Pin"),
      h("button", { type: "button", class: "link", onclick: edit }, "Edit"),
      h("button", { type: "button", class: "link danger", onclick: () => act(() => api(`/notes/${note.id}`, { method: "DELETE" }), "Note deleted").then(refresh) }, "Delete"))
      : null);
}

export async function render({ clientId, reloadCard, reloadTab }) {
  const page = await api(`/clients/${clientId}/notes?limit=100`);
  const notes = [...page.items].sort((a, b) => Number(b.pinned) - Number(a.pinned));
  const refresh = () => reloadCard();
  const form = may("clients:write") ? apiForm({
    title: "Add a note",
    submitLabel: "Add note",
    fields: [
      { name: "body", label: "Note", type: "textarea", required: true, wide: true },
      { name: "kind", label: "Kind", type: "select", options: KINDS, value: "general" },
      { name: "pinned", label: "Pin to the top", type: "checkbox" },
    ],
    async submit(values) {
      await api(`/clients/${clientId}/notes`, { method: "POST", body: values });
      await (values.kind === "alert" ? reloadCard() : reloadTab());
    },
  }) : null;
  return h("div", {}, h("h2", {}, "Notes"), form,
    notes.length ? h("ul", { class: "notes", id: "notes" }, notes.map((note) => noteItem(note, refresh)))
      : h("p", { class: "muted empty" }, "No notes yet."));
}
