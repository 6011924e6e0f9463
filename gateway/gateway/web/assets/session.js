// Who is signed in: the key's name, locations and scopes from GET /me; what the page may offer.
import { api, session } from "./api.js";
import { $, h } from "./dom.js";

export const me = { current: null, locations: new Map() };

export const may = (scope) => Boolean(me.current && (me.current.scopes.includes("*") || me.current.scopes.includes(scope)));
export const staffName = () => me.current?.name || "";
export const locationName = (id) => (id ? me.locations.get(id) || id.slice(0, 8) : "—");

export async function signIn(key) {
  session.set(key);
  try {
    me.current = await api("/me");
  } catch (error) {
    session.clear();
    throw error;
  }
  if (may("clients:read")) {
    const page = await api("/locations?limit=100").catch(() => ({ items: [] }));
    page.items.forEach((location) => me.locations.set(location.id, location.name));
  }
  return me.current;
}

export function signOut() {
  session.clear();
  me.current = null;
  me.locations.clear();
  window.location.reload();
}

export function renderWhoami() {
  const key = me.current;
  const places = key.location_ids === null || key.location_ids === undefined
    ? "all locations" : key.location_ids.map(locationName).join(", ") || "no location";
  const scopes = key.scopes.includes("*") ? "every scope" : key.scopes.join(", ") || "no scopes";
  $("whoami").replaceChildren(
    h("details", { class: "who" },
      h("summary", {}, h("span", { class: "sr-only" }, "Signed in as "), h("strong", { id: "me-name" }, key.name)),
      h("dl", {},
        h("dt", {}, "Locations"), h("dd", { id: "me-locations" }, places),
        h("dt", {}, "Scopes"), h("dd", { id: "me-scopes" }, scopes),
        h("dt", {}, "Rate limit"), h("dd", {}, key.rate_limit?.requests_per_minute
          ? `${key.rate_limit.requests_per_minute} requests a minute` : "unlimited")),
      h("button", { type: "button", class: "secondary", onclick: signOut }, "Sign out")));
}
