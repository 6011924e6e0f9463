// Profile: every field edits in place and saves on its own; `If-Match` turns a colleague's
// change made meanwhile into a visible conflict instead of a silent overwrite.
import { api, ApiProblem } from "../api.js";
import { h, toast } from "../dom.js";
import { may } from "../session.js";

const FIELDS = [
  ["first_name", "First name", "text"], ["last_name", "Last name", "text"], ["phone", "Phone", "tel"],
  ["additional_phone", "Other phone", "tel"], ["email", "Email", "email"], ["date_of_birth", "Date of birth", "date"],
  ["card_number", "Card number", "text"], ["tags", "Tags (comma separated)", "text"],
];

const shown = (value) => (Array.isArray(value) ? value.join(", ") : value ?? "");
const parsed = (name, text) => (name === "tags" ? text.split(",").map((tag) => tag.trim()).filter(Boolean) : text.trim() || null);

export async function render({ clientId, reloadCard }) {
  let client = await api(`/clients/${clientId}`);
  const definitions = await api("/custom-fields").then((page) => page.items.filter((field) => field.active)).catch(() => []);
  const editable = may("clients:write");

  function row(id, label, type, read, patchOf) {
    const input = h("input", { id: `profile-${id}`, type, value: shown(read(client)), readonly: !editable, "aria-describedby": `profile-${id}-note` });
    const note = h("p", { class: "field-error", id: `profile-${id}-note`, "aria-live": "polite" });
    let saved = input.value;

    async function save(value, { force = false } = {}) {
      note.replaceChildren();
      input.removeAttribute("aria-invalid");
      try {
        client = await api(`/clients/${clientId}`, { method: "PATCH", body: patchOf(value), headers: { "If-Match": `"${client.version}"` } });
        saved = input.value = shown(read(client));
        input.classList.add("saved");
        setTimeout(() => input.classList.remove("saved"), 1500);
        toast(force ? "Saved over the other change" : "Saved", "ok");
        if (["first_name", "last_name", "tags", "phone", "email", "card_number"].includes(id)) reloadCard();
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        input.setAttribute("aria-invalid", "true");
        if (error.status !== 412) { note.textContent = error.describe(); return; }
        client = await api(`/clients/${clientId}`);
        const theirs = shown(read(client));
        note.replaceChildren(
          h("span", { class: "conflict" }, `Someone else changed this client meanwhile; it now reads “${theirs || "empty"}”. `),
          h("button", { type: "button", class: "link", onclick: () => save(value, { force: true }) }, "Keep mine"),
          h("button", { type: "button", class: "link", onclick: () => { input.value = saved = theirs; note.replaceChildren(); input.removeAttribute("aria-invalid"); } }, "Use theirs"));
      }
    }
    input.addEventListener("change", () => { if (input.value !== saved) save(input.value); });
    input.addEventListener("keydown", (event) => { if (event.key === "Enter") input.blur(); });
    return h("div", { class: "field" }, h("label", { for: `profile-${id}` }, label), input, note);
  }

  const base = FIELDS.map(([name, label, type]) => row(name, label, type, (record) => record[name], (text) => ({ [name]: parsed(name, text) })));
  const custom = definitions.map((field) => row(`custom-${field.key}`, field.label, field.type === "date" ? "date" : "text",
    (record) => record.custom_fields?.[field.key], (text) => ({ custom_fields: { [field.key]: text.trim() || null } })));
  return h("div", {}, h("h2", {}, "Profile"),
    editable ? h("p", { class: "muted" }, "Changes save as you leave a field.") : null,
    h("div", { class: "fields" }, base, custom));
}
