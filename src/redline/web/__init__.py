"""The dashboard and JSON API over a redline store: ``redline serve`` or ``create_app(db)``."""

from redline.web.app import create_app

__all__ = ["create_app"]
