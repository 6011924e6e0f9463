"""The staff web page: search, then the card with tabs (static; it talks to the API)."""
from pathlib import Path

from flask import Blueprint, send_from_directory

web = Blueprint("web", __name__)
STATIC = Path(__file__).parent


@web.get("/")
def index():
    return send_from_directory(STATIC, "index.html")
