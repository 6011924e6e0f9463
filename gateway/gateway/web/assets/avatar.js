// The card header's photo: the client's profile photo (`photo_file_id`, set through
// PUT /clients/{id}/photo), else their initials; staff who may upload can change it from the header.
import { api, apiBlobUrl } from "./api.js";
import { h } from "./dom.js";
import { act } from "./forms.js";
import { fullName } from "./format.js";
import { may } from "./session.js";

export const PROFILE_CAPTION = "Profile photo";

const initialsOf = (client) => `${(client.first_name || "?")[0]}${(client.last_name || "")[0] || ""}`.toUpperCase();

async function showPhoto(avatar, client) {
  // the thumbnail through the API with the key's header: no link in the (cached) card, none in the URL
  const url = await apiBlobUrl(`/files/${client.photo_file_id}/content?thumbnail=true`)
    || await apiBlobUrl(`/files/${client.photo_file_id}/content`);  // an image without a thumbnail yet
  if (url) avatar.replaceChildren(h("img", { src: url, alt: `Photo of ${fullName(client)}`, "data-file-id": client.photo_file_id }));
}

// make an uploaded or chosen photo the client's profile photo, then show the card again
export function useAsProfilePhoto(clientId, fileId, reloadCard) {
  return act(() => api(`/clients/${clientId}/photo`, { method: "PUT", body: { file_id: fileId } }), "Profile photo set")
    .then((done) => done && reloadCard());
}

function changeButton(client, reloadCard) {
  const input = h("input", { type: "file", id: "avatar-input", accept: "image/*", class: "sr-only" });
  input.addEventListener("change", () => {
    const [file] = input.files;
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    form.append("kind", "photo");
    form.append("caption", PROFILE_CAPTION);
    act(() => api(`/clients/${client.id}/files`, { method: "POST", form }))
      .then((file) => file && useAsProfilePhoto(client.id, file.id, reloadCard));
  });
  return h("span", { class: "avatar-change" }, input, h("label", { for: "avatar-input", class: "link" }, "Change photo"));
}

// a key that cannot read files gets no photo lookup: the initials stay
export function avatar(client, { canReadFiles, reloadCard }) {
  const box = h("div", { class: "avatar", id: "avatar" }, h("span", { "aria-hidden": "true" }, initialsOf(client)));
  if (canReadFiles && client.photo_file_id) showPhoto(box, client);
  const mayChange = canReadFiles && may("files:write") && may("clients:write") && client.id;
  return h("div", { class: "avatar-box" }, box, mayChange ? changeButton(client, reloadCard) : null);
}
