// Files: a gallery with thumbnails, before/after pairs side by side, drag-and-drop upload.
import { api, apiBlobUrl, query } from "../api.js";
import { useAsProfilePhoto } from "../avatar.js";
import { badge, h } from "../dom.js";
import { act } from "../forms.js";
import { humanize, when } from "../format.js";
import { may } from "../session.js";

// a photo in the gallery can become the profile photo (the current one says so instead)
function profilePhotoAction(file, profile) {
  if (!profile || file.kind !== "photo" || !(file.content_type || "").startsWith("image/")) return null;
  if (file.id === profile.photoFileId) return badge("Profile photo");
  return h("button", { type: "button", class: "link", onclick: () => useAsProfilePhoto(profile.clientId, file.id, profile.reloadCard) },
    "Use as profile photo");
}

function tile(file, profile) {
  const image = h("div", { class: "thumb", "aria-hidden": "true" }, file.kind === "photo" ? "" : "📄");
  if (file.has_thumbnail) {
    apiBlobUrl(`/files/${file.id}/content?thumbnail=true`).then((url) => {
      if (url) image.replaceChildren(h("img", { src: url, alt: "" }));
    });
  }
  const open = () => act(async () => {
    const url = await apiBlobUrl(`/files/${file.id}/content`);
    if (url) window.open(url, "_blank", "noopener");
  });
  return h("li", { class: "tile", "data-file-id": file.id },
    h("button", { type: "button", class: "tile-open", onclick: open, "aria-label": `Open ${file.filename}` }, image),
    h("span", { class: "filename" }, file.filename),
    h("span", { class: "muted" }, [humanize(file.kind), file.stage, when(file.created_at, { time: false })].filter(Boolean).join(" · ")),
    file.caption ? h("span", {}, file.caption) : null,
    profilePhotoAction(file, profile));
}

function pairs(items) {
  if (!items.length) return null;
  const side = (files, label) => h("figure", {}, h("figcaption", {}, label), h("ul", { class: "gallery" }, files.map((file) => tile(file))));
  return h("section", {}, h("h2", {}, "Before and after"), items.map((pair) => h("div", { class: "pair" },
    side(pair.before, "Before"), side(pair.after, "After"))));
}

function uploader(clientId, reloadTab) {
  const input = h("input", { type: "file", id: "upload-input", multiple: true, class: "sr-only" });
  const kind = h("select", { id: "upload-kind", "aria-label": "Kind of file" },
    ["photo", "document", "consent_form", "medical"].map((value) => h("option", { value }, humanize(value))));
  const stage = h("select", { id: "upload-stage", "aria-label": "Before or after" },
    h("option", { value: "" }, "not a before/after"), h("option", { value: "before" }, "before"), h("option", { value: "after" }, "after"));
  const pairId = h("input", { id: "upload-pair", placeholder: "pair (optional)", "aria-label": "Pair name" });
  const send = async (files) => {
    for (const file of files) {
      const form = new FormData();
      form.append("file", file);
      form.append("kind", kind.value);
      if (stage.value) form.append("stage", stage.value);
      if (pairId.value.trim()) form.append("pair_id", pairId.value.trim());
      const ok = await act(() => api(`/clients/${clientId}/files`, { method: "POST", form }), `Uploaded ${file.name}`);
      if (!ok) return;
    }
    await reloadTab();
  };
  input.addEventListener("change", () => send([...input.files]));
  const zone = h("div", { class: "dropzone", id: "dropzone" },
    h("p", {}, "Drop files here, or ", h("label", { for: "upload-input", class: "link" }, "choose files")), input,
    h("div", { class: "row-actions" }, kind, stage, pairId));
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => { event.preventDefault(); zone.classList.remove("over"); send([...event.dataTransfer.files]); });
  return zone;
}

export async function render({ clientId, card, reloadTab, reloadCard }) {
  const profile = may("clients:write") && card?.client
    ? { clientId, photoFileId: card.client.photo_file_id, reloadCard } : null;
  const [page, pairPage] = await Promise.all([
    api(`/clients/${clientId}/files${query({ limit: 100 })}`),
    api(`/clients/${clientId}/photo-pairs${query({ limit: 20 })}`).catch(() => ({ items: [] })),
  ]);
  return h("div", {}, may("files:write") ? uploader(clientId, reloadTab) : null, pairs(pairPage.items),
    h("h2", {}, "All files ", badge(String(page.items.length))),
    page.items.length ? h("ul", { class: "gallery", id: "gallery" }, page.items.map((file) => tile(file, profile))) : h("p", { class: "muted empty" }, "No file yet."));
}
