"""`make demo`: load a living demo chain into a running `make up`, through the public API only.

Three locations, 200 clients (`--clients N`) with visits, invoices and payments (so points), opening
balances, messages, photos, notes and consents, a few alerts, a household, gift cards, memberships,
credit packs and one duplicate to merge; then a staff key of its own, and the page's address to sign in with.
The bulk comes in as two CSV imports (clients, then visits); the sales of those visits, and for every
fifth client messages, photos and a consent, follow through the API from a pool of threads.

    make demo                       # against http://127.0.0.1:${CLIENTCARD_PORT:-8080}
    make demo ARGS="--seed 14"      # another chain beside it (the same seed again adds nothing)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).parent))  # run as a script: its sibling modules

import demo_book as book  # noqa: E402
import demo_seed as seed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAFF_KEY_NAME = "Sam Front Desk"


def admin_key() -> str:
    key = os.environ.get("CLIENTCARD_ADMIN_KEY") or ""
    stored = ROOT / ".clientcard" / "admin_key"
    if not key and stored.exists():
        key = stored.read_text().strip()
    if not key:
        sys.exit("No admin key: set CLIENTCARD_ADMIN_KEY or start the suite once with `make up`.")
    return key


def wait_until_up(base_url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if requests.get(f"{base_url}/readyz", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            sys.exit(f"The suite does not answer at {base_url}: start it with `make up` first.")
        time.sleep(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('CLIENTCARD_PORT', '8080')}")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13, help="the same seed makes the same people (and a rerun adds none)")
    parser.add_argument(
        "--rich-every", type=int, default=5, help="every Nth client also gets a sale, messages, photos, a consent"
    )
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args(argv)
    if args.clients < 10:
        parser.error("--clients: at least 10 (the household, gift cards and memberships need them)")

    wait_until_up(args.url)
    api = seed.Api(args.url, admin_key())
    started = time.monotonic()
    now = seed.now_utc()
    places = seed.locations(api)
    template = seed.consent_template(api)
    print(f"Importing {args.clients} clients and their visits into {', '.join(place['name'] for place in places)}…", flush=True)
    names = [place["name"] for place in places]
    books = book.import_clients(
        api,
        [
            book.book(index, seed=args.seed, places=names, now=now, rich=index % args.rich_every == 0)
            for index in range(args.clients)
        ],
    )
    if not books:
        print(f"The chain of seed {args.seed} is loaded already (--seed for another).")
    else:
        print(f"Clients imported in {time.monotonic() - started:.0f} s; their visits, sales, messages, photos…", flush=True)
        rich = [entry for entry in books if entry.rich]
        clients = [entry.client for entry in books]
        # the API serves several calls at once: the rich clients' extras go on while the visits import runs
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            extras = [pool.submit(seed.enrich, api, entry, template, seed=args.seed) for entry in rich]
            extras.append(pool.submit(seed.extras, api, clients, now=now))
            book.import_visits(api, books)
            sales = [pool.submit(seed.sell_last_visit, api, entry, seed=args.seed) for entry in rich]
            for future in extras + sales:
                future.result()  # the first failure stops the demo
        duplicate = f"{clients[9]['first_name']} {clients[9]['last_name']}"
        print(f"Done in {time.monotonic() - started:.0f} s: {len(books) + 1} clients, one of them a duplicate of {duplicate}.")
        print(f"Try searching for “{clients[0]['last_name']}” (a household) or “{clients[9]['last_name']}” (a duplicate).")
    key = api.post("/api-keys", json={"name": STAFF_KEY_NAME, "scopes": ["*"]})
    print(f"\nStaff page: {args.url}/")
    print(f"Sign in as {STAFF_KEY_NAME} with this key (shown once): {key['secret']}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except seed.DemoFailed as failure:
        sys.exit(f"The demo stopped: {failure}")
