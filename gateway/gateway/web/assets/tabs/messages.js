// Messages: the thread across channels with each message's delivery status; send one.
import { api, query } from "../api.js";
import { badge, h } from "../dom.js";
import { apiForm } from "../forms.js";
import { humanize, when } from "../format.js";
import { may } from "../session.js";

const STATUS_KIND = { delivered: "ok", sent: "ok", failed: "danger", bounced: "danger", queued: "", pending: "" };

export async function render({ clientId, reloadTab }) {
  const page = await api(`/clients/${clientId}/messages${query({ limit: 50 })}`);
  const thread = [...page.items].sort((a, b) => b.created_at.localeCompare(a.created_at));
  const form = may("messages:write") ? apiForm({
    title: "Send a message",
    submitLabel: "Send",
    fields: [
      { name: "channel", label: "Channel", type: "select", options: [["sms", "SMS"], ["email", "Email"], ["push", "Push"]] },
      { name: "notification_type", label: "Kind", type: "select",
        options: ["transactional", "reminders", "marketing", "loyalty", "billing"].map((kind) => [kind, humanize(kind)]) },
      { name: "subject", label: "Subject (email)" },
      { name: "body", label: "Message", type: "textarea", required: true, wide: true },
    ],
    async submit(values) {
      const body = { channel: values.channel, notification_type: values.notification_type, body: values.body };
      if (values.subject) body.subject = values.subject;
      await api(`/clients/${clientId}/messages`, { method: "POST", body });
      await reloadTab();
    },
  }) : null;
  const items = thread.map((message) => h("li", { class: `message ${message.direction === "inbound" ? "inbound" : "outbound"}` },
    h("div", { class: "note-meta" }, badge(message.channel.toUpperCase()),
      h("span", { class: "status", "data-status": message.status }, badge(humanize(message.status), STATUS_KIND[message.status] ?? "")),
      h("span", { class: "muted" }, `${humanize(message.direction)} · ${when(message.created_at)}`),
      message.delivered_at ? h("span", { class: "muted" }, ` · delivered ${when(message.delivered_at)}`) : null),
    message.subject ? h("strong", {}, message.subject) : null,
    h("p", { class: "message-body" }, message.body),
    message.error ? h("p", { class: "error" }, message.error) : null));
  return h("div", {}, form, h("h2", {}, "Thread"),
    items.length ? h("ul", { class: "messages", id: "messages" }, items) : h("p", { class: "muted empty" }, "No message yet."));
}
