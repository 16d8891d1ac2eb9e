"""The app's routes, one module per resource; :func:`redline.web.create_app` includes them all."""

from redline.web.routes import actors, code, documents, events, pages, quotes, timeline

ROUTERS = [
    documents.router,
    events.router,
    quotes.router,
    actors.router,
    timeline.router,
    code.router,
    pages.router,
]

__all__ = ["ROUTERS"]
