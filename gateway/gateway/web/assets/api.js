// The one way the page talks to the gateway: the public API, the signed-in key, problem+json errors.
const KEY = "clientcard-key";

export class ApiProblem extends Error {
  constructor(status, body) {
    const title = body.title || `HTTP ${status}`;
    super(body.detail ? `${title}: ${body.detail}` : title);
    this.status = status;
    this.errors = body.errors || {};
    this.code = body.code;
  }

  // field messages as one readable line, for errors that belong to no visible field
  describe() {
    const fields = Object.entries(this.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join(" ")}`);
    return [this.message, ...fields].join(" · ");
  }
}

export const session = {
  key: () => sessionStorage.getItem(KEY),
  set: (key) => sessionStorage.setItem(KEY, key),
  clear: () => sessionStorage.removeItem(KEY),
};

export async function api(path, { method = "GET", body, headers = {}, form } = {}) {
  const init = { method, headers: { Authorization: `Bearer ${session.key()}`, Accept: "application/json", ...headers } };
  if (form) {
    init.body = form;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(`/api/v1${path}`, init);
  if (response.status === 204) return null;
  const type = response.headers.get("Content-Type") || "";
  const payload = type.includes("json") ? await response.json() : { title: await response.text() };
  if (!response.ok) throw new ApiProblem(response.status, payload);
  return payload;
}

export const query = (params) => {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== "") search.set(name, value);
  });
  const text = search.toString();
  return text ? `?${text}` : "";
};

// bytes the page shows itself (thumbnails): fetched with the key, never with it in a URL
export async function apiBlobUrl(path) {
  const response = await fetch(`/api/v1${path}`, { headers: { Authorization: `Bearer ${session.key()}` } });
  if (!response.ok) return null;
  return URL.createObjectURL(await response.blob());
}
