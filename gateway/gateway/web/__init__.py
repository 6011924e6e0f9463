"""The staff page: plain ES modules and CSS in `assets/`, served by the gateway (no CDN, no build step).

The page talks only to the public API with the key the person signs in with (kept in sessionStorage).
"""

from pathlib import Path

from flask import Blueprint, send_from_directory

ASSETS = Path(__file__).parent / "assets"
# under /static so the access policy's start-up check knows the `filename` parameter is no resource
web = Blueprint("web", __name__, static_folder=ASSETS, static_url_path="/static/web")


@web.get("/")
def index():
    response = send_from_directory(ASSETS, "index.html")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
