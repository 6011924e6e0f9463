// Visits: upcoming and past (when, service, staff, location, status); book one; change a status.
import { api } from "../api.js";
import { badge, h, table } from "../dom.js";
import { act, apiForm } from "../forms.js";
import { humanize, money, when } from "../format.js";
import { locationName, may, me, staffName } from "../session.js";

const STATUSES = ["booked", "confirmed", "completed", "cancelled", "no_show"];

function columns(reloadCard) {
  const status = (visit) => (may("clients:write")
    ? h("select", {
      "aria-label": `Status of the visit on ${when(visit.starts_at)}`,
      onchange: (event) => act(() => api(`/visits/${visit.id}`, { method: "PATCH", body: { status: event.target.value } }),
        "Visit updated").then((ok) => ok && reloadCard()),
    }, STATUSES.map((value) => h("option", { value, selected: value === visit.status }, humanize(value))))
    : badge(humanize(visit.status)));
  return [
    ["When", (visit) => when(visit.starts_at)], ["Service", (visit) => visit.service || "—"],
    ["Staff", (visit) => visit.staff || "—"], ["Location", (visit) => locationName(visit.location_id)],
    ["Price", (visit) => money(visit.price)], ["Status", status],
  ];
}

export async function render({ clientId, reloadCard }) {
  const page = await api(`/clients/${clientId}/visits?limit=100`);
  const now = Date.now();
  const upcoming = page.items.filter((visit) => new Date(visit.starts_at).getTime() >= now)
    .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  const past = page.items.filter((visit) => new Date(visit.starts_at).getTime() < now)
    .sort((a, b) => b.starts_at.localeCompare(a.starts_at));
  const locations = [["", "—"], ...me.locations];
  const form = may("clients:write") ? apiForm({
    title: "Book a visit",
    submitLabel: "Book",
    fields: [
      { name: "starts_at", label: "Starts", type: "datetime-local", required: true },
      { name: "service", label: "Service" },
      { name: "staff", label: "Staff", value: staffName() },
      { name: "location_id", label: "Location", type: "select", options: locations },
      { name: "comment", label: "Comment" },
    ],
    async submit(values) {
      const body = { starts_at: values.starts_at ? new Date(values.starts_at).toISOString() : "" };
      ["service", "staff", "location_id", "comment"].forEach((name) => { if (values[name]) body[name] = values[name]; });
      await api(`/clients/${clientId}/visits`, { method: "POST", body });
      await reloadCard();
    },
  }) : null;
  return h("div", {}, h("h2", {}, "Upcoming"), table(columns(reloadCard), upcoming, "No upcoming visit."),
    h("h2", {}, "Past"), table(columns(reloadCard), past, "No past visit."), form);
}
