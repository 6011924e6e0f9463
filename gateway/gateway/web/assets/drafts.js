// A redraw must not take away what staff have open. An action anywhere on the card redraws the card
// (its figures changed), and that used to drop a form opened under a row and what was typed in the
// others. Before new content replaces old, `carryOver` moves across:
//  - a form opened in a slot made by `keptSlot(key)` (freeze, grant, pay, edit a note): the very
//    nodes, so what was typed, ticked or drawn stays, into the new slot of the same key;
//  - what was typed in a standing form (top up, add a note, …): into the new form of the same
//    `data-form-key`, field by field, only where it differs from the form's own default, and a
//    signature drawn in it;
//  - an open <details> and a choice made in a control outside any form, by id.
// A form being submitted stays behind: the redraw it asked for is its answer, and it closes.
import { h } from "./dom.js";

export const keptSlot = (key, attributes = {}) => h("div", { ...attributes, "data-keep": key });

const selector = (attribute, value) => `[${attribute}="${CSS.escape(value)}"]`;
const submitting = (node) => Boolean(node.querySelector("form[data-submitting]"));

function edited(control) {
  if (control.type === "checkbox" || control.type === "radio") return control.checked !== control.defaultChecked;
  if (control.tagName === "SELECT") return [...control.options].some((option) => option.selected !== option.defaultSelected);
  if (control.type === "file" || control.type === "submit" || control.type === "button") return false;
  return control.value !== control.defaultValue;
}

function copyValue(from, to) {
  if (from.type === "checkbox" || from.type === "radio") to.checked = from.checked;
  else to.value = from.value;
}

function moveSlots(from, to) {
  from.querySelectorAll("[data-keep]").forEach((old) => {
    if (!old.childElementCount || submitting(old)) return;
    const fresh = to.querySelector(selector("data-keep", old.dataset.keep));
    if (fresh && !fresh.childElementCount) fresh.replaceChildren(...old.childNodes);
  });
}

// a drawn signature is no form control: its pixels go to the canvas at the same place in the new form
function copyDrawings(from, to) {
  const fresh = [...to.querySelectorAll("canvas")];
  [...from.querySelectorAll("canvas")].forEach((old, index) => {
    const twin = fresh[index];
    if (!old.dataset.signed || !twin || twin.width !== old.width || twin.height !== old.height) return;
    twin.getContext("2d").drawImage(old, 0, 0);
    twin.dataset.signed = "1";
  });
}

// returns the new control that should have the focus the old one had
function copyTyped(from, to, focused) {
  let twin = null;
  from.querySelectorAll("[id]:is(select, input):not(form *)").forEach((old) => {
    const fresh = to.querySelector(selector("id", old.id));
    if (!fresh || !edited(old) || fresh.closest("form")) return;
    copyValue(old, fresh);
    // a picker shows what it picked (the consent form to sign); a typed field saves when staff leave it
    if (fresh.tagName === "SELECT") fresh.dispatchEvent(new Event("change"));
    if (old === focused) twin = fresh;
  });
  from.querySelectorAll("form[data-form-key]").forEach((old) => {
    if (old.dataset.submitting) return;
    const fresh = to.querySelector(`form${selector("data-form-key", old.dataset.formKey)}`);
    if (!fresh) return;
    [...old.elements].forEach((control) => {
      const match = control.name && fresh.elements.namedItem(control.name);
      if (!(match instanceof Element) || !edited(control)) return;
      copyValue(control, match);
      if (control === focused) twin = match;
    });
    copyDrawings(old, fresh);
  });
  from.querySelectorAll("details[id][open]").forEach((old) => {
    const fresh = to.querySelector(`details${selector("id", old.id)}`);
    if (fresh) fresh.open = true;
  });
  return twin;
}

// Call with the content on screen and its replacement (not yet shown); returns what to call once the
// replacement is shown, to give the focus back where staff were typing.
export function carryOver(from, to) {
  const focused = from.contains(document.activeElement) ? document.activeElement : null;
  const caret = focused && typeof focused.selectionStart === "number" ? [focused.selectionStart, focused.selectionEnd] : null;
  moveSlots(from, to);
  const twin = copyTyped(from, to, focused);
  const target = focused && to.contains(focused) ? focused : twin;
  return () => {
    if (!target || !target.isConnected) return;
    target.focus();
    if (caret && typeof target.setSelectionRange === "function") {
      try { target.setSelectionRange(...caret); } catch { /* not every input type has a caret */ }
    }
  };
}
