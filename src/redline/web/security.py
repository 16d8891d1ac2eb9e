"""The app's front door: security headers, a body cap, a Host check, same-origin writes.

A dashboard on localhost is reachable by every web page its user opens: a page can post to it
(cross-site request forgery) or, through DNS rebinding, read it under a name of its own. So:

- requests whose ``Host`` is not a name the server answers to (the bound host, ``localhost``,
  ``127.0.0.1``, ``[::1]``, plus any ``--allow-host``) are refused with 421;
- state-changing requests (anything but GET/HEAD/OPTIONS) must be ``application/json`` (415),
  which a cross-site form cannot send without a CORS preflight this app never grants, and must
  come from this origin: ``Sec-Fetch-Site`` other than ``same-origin``/``none``, or an ``Origin``
  other than the request's own, gets 403. Clients that send neither (curl, scripts) are not
  browsers acting for a third party, and pass;
- bodies over the cap are refused from their ``Content-Length`` (413).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from fastapi.responses import JSONResponse

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_SECURITY_NAMES = {name for name, _ in SECURITY_HEADERS}


def too_large(limit: int) -> str:
    return f"request body too large: the limit is {limit // 1000} kB"


def host_name(host: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower case."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host[1:]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_host_names(bound: str | None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a server bound to ``bound`` answers to: loopback names always, the bound
    address unless it is a wildcard, and ``extra``."""
    names = set(LOCAL_HOSTS)
    if bound and bound not in ("0.0.0.0", "::", ""):
        names.add(host_name(bound) if bound.startswith("[") else bound.lower())
    names.update(host_name(h) for h in extra)
    return frozenset(names)


def same_origin_problem(method: str, headers: dict[bytes, bytes], scheme: str) -> str | None:
    """Why a state-changing request is refused, or None when it may go on."""
    if method in SAFE_METHODS:
        return None
    site = headers.get(b"sec-fetch-site", b"").decode("latin-1").lower()
    if site and site not in ("same-origin", "none"):
        return f"cross-site request refused (Sec-Fetch-Site: {site})"
    origin = headers.get(b"origin", b"").decode("latin-1")
    if origin:
        host = headers.get(b"host", b"").decode("latin-1").lower()
        parts = urlsplit(origin.lower())
        if origin == "null" or parts.netloc != host or parts.scheme != scheme:
            return f"cross-origin request refused (Origin: {origin[:100]})"
    return None


class Guard:
    """ASGI middleware applying the rules in this module's docstring, and the security headers
    on every response (bodies sent without a length are counted where they are read)."""

    def __init__(self, app, *, max_body: int, hosts: frozenset[str]) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, detail = refusal
            response = JSONResponse(status_code=status, content={"detail": detail})
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    def _refusal(self, scope, headers: dict[bytes, bytes]) -> tuple[int, str] | None:
        host = headers.get(b"host", b"").decode("latin-1")
        if host_name(host) not in self.hosts:
            return 421, f"this server does not answer to host {host[:100]!r}"
        method = scope.get("method", "GET")
        problem = same_origin_problem(method, headers, scope.get("scheme", "http"))
        if problem:
            return 403, problem
        if method not in SAFE_METHODS:
            kind = headers.get(b"content-type", b"").decode("latin-1")
            if kind.split(";")[0].strip().lower() != "application/json":
                return 415, "send the request body as application/json"
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body:
            return 413, too_large(self.max_body)
        return None

    @staticmethod
    def _with_headers(send):
        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in _SECURITY_NAMES]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        return send_with_headers
