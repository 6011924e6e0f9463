// The card's tabs in order, with the scope each needs and the card section it shows.
import * as balance from "./balance.js";
import * as consents from "./consents.js";
import * as files from "./files.js";
import * as invoices from "./invoices.js";
import * as loyalty from "./loyalty.js";
import * as messages from "./messages.js";
import * as notes from "./notes.js";
import * as overview from "./overview.js";
import * as profile from "./profile.js";
import * as visits from "./visits.js";

export const TABS = [
  { name: "overview", label: "Overview", scope: "clients:read", section: "client", render: overview.render },
  { name: "profile", label: "Profile", scope: "clients:read", section: "client", render: profile.render },
  { name: "notes", label: "Notes", scope: "clients:read", section: "client", render: notes.render },
  { name: "visits", label: "Visits", scope: "clients:read", section: "visits", render: visits.render },
  { name: "balance", label: "Balance", scope: "billing:read", section: "balance", render: balance.render },
  { name: "invoices", label: "Invoices", scope: "billing:read", section: "balance", render: invoices.render },
  { name: "loyalty", label: "Loyalty", scope: "loyalty:read", section: "loyalty", render: loyalty.render },
  { name: "messages", label: "Messages", scope: "messages:read", section: "messages", render: messages.render },
  { name: "files", label: "Files", scope: "files:read", section: "files", render: files.render },
  { name: "consents", label: "Consents", scope: "files:read", section: "files", render: consents.render },
];
