// Start-up: sign in with a key kept in sessionStorage (never in the URL), then search and cards.
import { ApiProblem, session } from "./api.js";
import { openClient } from "./card.js";
import { showNewClientForm } from "./client_form.js";
import { $ } from "./dom.js";
import { startSearch } from "./search.js";
import { may, renderWhoami, signIn } from "./session.js";

function enter() {
  $("signin").hidden = true;
  $("search-box").hidden = !may("clients:read");
  $("new-client").hidden = !may("clients:write");
  renderWhoami();
  startSearch(openClient);
  $("new-client").addEventListener("click", () => showNewClientForm(openClient));
  if (may("clients:read")) $("q").focus();
}

async function trySignIn(key) {
  try {
    await signIn(key);
    enter();
  } catch (error) {
    $("signin").hidden = false;
    $("signin-error").textContent = error instanceof ApiProblem ? error.describe() : error.message;
  }
}

$("signin").addEventListener("submit", (event) => {
  event.preventDefault();
  const key = $("key").value.trim();
  $("key").value = "";
  trySignIn(key);
});

if (session.key()) {
  $("signin").hidden = true;
  trySignIn(session.key());
}
