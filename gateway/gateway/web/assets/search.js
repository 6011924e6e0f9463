// Search as you type: debounced, stale answers dropped, arrow keys and Enter to open a client.
import { api, ApiProblem, query } from "./api.js";
import { $, h } from "./dom.js";
import { fullName } from "./format.js";

const DEBOUNCE_MS = 150;

export function startSearch(openClient) {
  const input = $("q");
  const list = $("results");
  let timer;
  let asked = 0;
  let active = -1;

  const options = () => [...list.querySelectorAll("[role=option]")];
  const close = () => { list.replaceChildren(); input.setAttribute("aria-expanded", "false"); active = -1; };
  const highlight = (index) => {
    const items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((item, position) => item.setAttribute("aria-selected", String(position === active)));
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  };
  const choose = (id) => { close(); input.value = ""; openClient(id); };

  async function run() {
    const text = input.value.trim();
    const ticket = ++asked;
    if (!text) { close(); return; }
    try {
      const page = await api(`/clients${query({ q: text, limit: 10 })}`);
      if (ticket !== asked) return; // a newer keystroke already asked again
      active = -1;
      input.setAttribute("aria-expanded", "true");
      if (!page.items.length) {
        list.replaceChildren(h("li", { class: "muted none" }, "No client found."));
        return;
      }
      list.replaceChildren(...page.items.map((client, index) => h("li", {
        id: `result-${index}`, role: "option", "aria-selected": "false", "data-client-id": client.id,
        onmousedown: (event) => { event.preventDefault(); choose(client.id); },
      }, h("strong", {}, fullName(client)),
      client.status === "archived" ? h("span", { class: "badge" }, "archived") : null,
      h("span", { class: "muted" }, [client.phone, client.email, client.card_number && `card ${client.card_number}`]
        .filter(Boolean).join(" · ")))));
    } catch (error) {
      if (ticket !== asked) return;
      list.replaceChildren(h("li", { class: "error" }, error instanceof ApiProblem ? error.describe() : error.message));
      input.setAttribute("aria-expanded", "true");
    }
  }

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, DEBOUNCE_MS); });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") close();
    else if (event.key === "Enter") {
      event.preventDefault();
      const item = options()[active >= 0 ? active : 0];
      if (item) choose(item.dataset.clientId);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement?.tagName !== "INPUT" && document.activeElement?.tagName !== "TEXTAREA") {
      event.preventDefault();
      input.focus();
    }
  });
}
