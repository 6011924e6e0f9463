// Forms from field lists: labels, and the API's per-field messages shown next to their fields.
import { ApiProblem } from "./api.js";
import { h, toast } from "./dom.js";

let formCount = 0;

function control(id, field) {
  const common = { id, name: field.name, required: field.required, "aria-describedby": `${id}-error` };
  if (field.type === "select") {
    return h("select", common, field.options.map(([value, label]) => h("option", { value, selected: value === field.value }, label)));
  }
  if (field.type === "textarea") return h("textarea", { ...common, rows: 3 }, field.value || "");
  if (field.type === "checkbox") return h("input", { ...common, type: "checkbox", checked: Boolean(field.value) });
  return h("input", {
    ...common, type: field.type || "text", value: field.value ?? "", placeholder: field.placeholder,
    inputmode: field.inputmode, step: field.step, accept: field.accept, multiple: field.multiple,
  });
}

function read(form, fields) {
  const values = {};
  fields.forEach((field) => {
    const input = form.elements[field.name];
    if (field.type === "checkbox") values[field.name] = input.checked;
    else if (field.type === "file") values[field.name] = [...input.files];
    else values[field.name] = input.value.trim();
  });
  return values;
}

// `submit(values)` calls the API; a 422's `errors` go next to the fields they name
// (`amount.amount` and `amount` both go to the `amount` field), the rest above the button.
// `key` (default: the title) names the form across redraws, which carry what was typed (drafts.js).
export function apiForm({ title, fields, submitLabel, submit, fieldFor = {}, className = "", key = title }) {
  const formId = `form-${++formCount}`;
  const general = h("p", { class: "error", role: "alert" });
  const rows = fields.map((field) => {
    const id = `${formId}-${field.name}`;
    const label = h("label", { for: id }, field.label);
    const input = control(id, field);
    const error = h("p", { class: "field-error", id: `${id}-error`, "data-field": field.name });
    return h("div", { class: `field ${field.type === "checkbox" ? "check" : ""} ${field.wide ? "wide" : ""}` },
      field.type === "checkbox" ? [input, label] : [label, input], error);
  });
  const button = h("button", { type: "submit" }, submitLabel);
  const form = h("form", { class: `api-form ${className}`, novalidate: true, "aria-label": title, "data-form-key": key },
    title ? h("h2", { class: "form-title" }, title) : null, h("div", { class: "fields" }, rows), general, button);

  const clear = () => {
    general.textContent = "";
    form.querySelectorAll(".field-error").forEach((node) => { node.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((node) => node.removeAttribute("aria-invalid"));
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clear();
    button.disabled = true;
    form.dataset.submitting = "true"; // the redraw this submit asks for does not carry it over
    try {
      await submit(read(form, fields), form);
      form.reset();
    } catch (error) {
      if (!(error instanceof ApiProblem)) { general.textContent = error.message; return; }
      const unplaced = [];
      Object.entries(error.errors).forEach(([path, messages]) => {
        const top = fieldFor[path] || path.split(".")[0];
        const slot = form.querySelector(`.field-error[data-field="${top}"]`);
        const text = [].concat(messages).join(" ");
        if (slot) {
          slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
          form.elements[top]?.setAttribute("aria-invalid", "true");
        } else unplaced.push(`${path}: ${text}`);
      });
      general.textContent = [error.message, ...unplaced].join(" · ");
      form.querySelector("[aria-invalid]")?.focus();
    } finally {
      button.disabled = false;
      delete form.dataset.submitting;
    }
  });
  return form;
}

// run an API action from a button: errors become a readable toast, never a console trace
export async function act(action, done) {
  try {
    const result = await action();
    if (done) toast(done, "ok");
    return result;
  } catch (error) {
    toast(error instanceof ApiProblem ? error.describe() : error.message, "error");
    return undefined;
  }
}
