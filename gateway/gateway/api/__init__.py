"""One module per resource, each with a flask-smorest Blueprint named `blp`; all are registered."""

from __future__ import annotations

import importlib
import pkgutil


def blueprints():
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        if hasattr(module, "blp"):
            yield module.blp
