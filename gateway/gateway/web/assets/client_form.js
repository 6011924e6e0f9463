// A new client: the API checks every field and its messages appear next to the field they name.
import { api } from "./api.js";
import { $, h } from "./dom.js";
import { apiForm } from "./forms.js";
import { me } from "./session.js";

const list = (text) => text.split(",").map((item) => item.trim()).filter(Boolean);

export function showNewClientForm(openClient) {
  const locations = [["", "—"], ...[...me.locations].map(([id, name]) => [id, name])];
  const form = apiForm({
    title: "New client",
    submitLabel: "Create client",
    fields: [
      { name: "first_name", label: "First name", required: true },
      { name: "last_name", label: "Last name" },
      { name: "phone", label: "Phone", type: "tel", placeholder: "+44 7700 900123" },
      { name: "email", label: "Email", type: "email" },
      { name: "date_of_birth", label: "Date of birth", type: "date" },
      { name: "card_number", label: "Card number" },
      { name: "tags", label: "Tags (comma separated)" },
      { name: "home_location_id", label: "Home location", type: "select", options: locations },
    ],
    async submit(values) {
      const body = { first_name: values.first_name, tags: list(values.tags) };
      ["last_name", "phone", "email", "date_of_birth", "card_number", "home_location_id"].forEach((name) => {
        if (values[name]) body[name] = values[name];
      });
      const client = await api("/clients", { method: "POST", body });
      openClient(client.id);
    },
  });
  $("view").hidden = false;
  $("view").replaceChildren(h("div", { class: "panel narrow" }, form));
  form.elements.first_name.focus();
}
