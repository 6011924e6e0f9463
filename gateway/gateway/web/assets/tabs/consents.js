// Consents: the forms signed (status, answers, the PDF) and signing one from a template: its text,
// free-text answers, ticked boxes and a drawn signature, each error shown next to its answer.
import { api, apiBlobUrl, query } from "../api.js";
import { badge, h, table } from "../dom.js";
import { act, apiForm } from "../forms.js";
import { humanize, when } from "../format.js";
import { may } from "../session.js";
import { signaturePad } from "./signature_pad.js";

const answerName = (key) => `answer_${key}`;

function signingForm(template, card, clientId, reloadTab) {
  const pad = signaturePad();
  const fieldFor = { signature_base64: "signature" };
  (template.fields || []).concat(template.checkboxes || []).forEach((item) => { fieldFor[`answers.${item.key}`] = answerName(item.key); });
  const form = apiForm({
    title: `Sign “${template.title}”`,
    submitLabel: "Sign",
    fieldFor,
    fields: [
      ...(template.fields || []).map((item) => ({ name: answerName(item.key), label: `${item.label}${item.required ? " *" : ""}`,
        type: "textarea", wide: true })),
      ...(template.checkboxes || []).map((item) => ({ name: answerName(item.key), label: `${item.label}${item.required ? " *" : ""}`,
        type: "checkbox", wide: true })),
      { name: "signer_name", label: "Signed by (client's name)", required: true,
        value: card.client ? `${card.client.first_name} ${card.client.last_name || ""}`.trim() : "" },
    ],
    async submit(values) {
      const answers = {};
      (template.fields || []).forEach((item) => { answers[item.key] = values[answerName(item.key)]; });
      (template.checkboxes || []).forEach((item) => { answers[item.key] = values[answerName(item.key)]; });
      await api(`/clients/${clientId}/consents`, { method: "POST", body: {
        template_id: template.id, template_version: template.version, signer_name: values.signer_name, answers,
        signature_base64: pad.signed() ? pad.toDataURL() : "", user_agent: navigator.userAgent,
      } });
      await reloadTab();
    },
  });
  const fields = form.querySelector(".fields");
  fields.prepend(h("div", { class: "field wide consent-text" },
    h("p", { class: "consent-body" }, template.body), h("p", { class: "muted" }, `Version ${template.version}`)));
  fields.append(h("div", { class: "field wide" }, h("span", { id: "signature-label" }, "Signature"), pad.element,
    h("div", { class: "row-actions start" },
      h("button", { type: "button", class: "link", onclick: () => pad.write(form.elements.signer_name.value) }, "Sign with the typed name"),
      h("button", { type: "button", class: "link", onclick: pad.clear }, "Clear signature")),
    h("p", { class: "field-error", "data-field": "signature", id: "signature-error" })));
  return form;
}

function signing(templates, card, clientId, reloadTab) {
  if (!may("files:write") || !templates.length) return null;
  const slot = h("div", { id: "consent-signing" });
  const pick = h("select", { id: "consent-template" }, templates.map((item) => h("option", { value: item.id }, item.title)));
  const show = () => slot.replaceChildren(signingForm(templates.find((item) => item.id === pick.value), card, clientId, reloadTab));
  pick.addEventListener("change", show);
  show();
  return h("section", {}, h("h2", {}, "Sign a consent form"),
    h("div", { class: "field" }, h("label", { for: "consent-template" }, "Form"), pick), slot);
}

// the answers under the labels of the form they answered (its current version's, else the key)
function answersText(consent, templates) {
  const template = templates.find((item) => item.id === consent.template_id);
  const labels = Object.fromEntries([...(template?.fields || []), ...(template?.checkboxes || [])].map((item) => [item.key, item.label]));
  const entries = Object.entries(consent.answers || {});
  if (!entries.length) return "—";
  return h("dl", { class: "answers" }, entries.flatMap(([key, value]) => [h("dt", {}, labels[key] || humanize(key)),
    h("dd", {}, value === true ? "yes" : value === false ? "no" : String(value))]));
}

const openPdf = (consent) => act(async () => {
  const url = await apiBlobUrl(`/files/${consent.file_id}/content`);
  if (url) window.open(url, "_blank", "noopener");
});

export async function render({ clientId, card, reloadTab }) {
  const [consents, templates] = await Promise.all([
    api(`/clients/${clientId}/consents${query({ limit: 50 })}`), api("/consent-templates?limit=100").catch(() => ({ items: [] })),
  ]);
  const gaps = card.files?.consents;
  const missing = gaps ? [...(gaps.missing || []), ...(gaps.expired || [])] : [];
  return h("div", {},
    missing.length ? h("p", { class: "notice restricted" }, `Needed before the next visit: ${missing.map((gap) => gap.title).join(", ")}`) : null,
    h("h2", {}, "Signed forms"),
    h("div", { id: "consents" }, table([["Form", (item) => item.title], ["Answers", (item) => answersText(item, templates.items)], ["Signed by", (item) => item.signer_name],
      ["Signed", (item) => when(item.signed_at)], ["Expires", (item) => when(item.expires_at, { time: false })],
      ["Status", (item) => badge(humanize(item.status), item.status === "valid" ? "ok" : "warn")],
      ["PDF", (item) => (item.file_id && may("files:medical") ? h("button", { type: "button", class: "link", onclick: () => openPdf(item) }, "Open PDF") : "—")]],
    consents.items, "No consent signed yet.")),
    signing(templates.items, card, clientId, reloadTab));
}
