"""E-mail and mbox readers: the message body becomes the document, headers become hints.

A forwarded article keeps its forwarding markers ("---------- Forwarded message ---------",
"Begin forwarded message:", quoted "> " lines) in ``text`` so the cleaner can tell the
forwarder's remarks from the article. The e-mail ``Date`` is when the message was sent, not when
the article was published, so it goes to ``meta["email_date"]`` rather than ``published``.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import re
from collections.abc import Iterator
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from redline.ingest.raw import IngestError, RawDocument

FORWARD_MARKER = "---------- Forwarded message ---------"
SUBJECT_PREFIX = re.compile(r"^\s*((?:fwd?|re|aw|tr|wg)\s*:\s*)+", re.I)
MBOX_FROM_LINE = re.compile(rb"^From \S+", re.M)
HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\s")


def looks_like_email(text: str) -> bool:
    """True when ``text`` opens with RFC 822 headers including From:, Subject: or Date:."""
    head = text.lstrip()[:4000].split("\n\n", 1)[0].splitlines()
    if not head or not HEADER_LINE.match(head[0]):
        return False
    names = {line.split(":", 1)[0].lower() for line in head if HEADER_LINE.match(line)}
    return len(names & {"from", "subject", "date", "to", "message-id", "mime-version"}) >= 2


def looks_like_mbox(data: bytes) -> bool:
    return data.startswith(b"From ") and b"\n" in data[:1000]


def read_email(data: bytes, source: str) -> RawDocument | IngestError:
    """One RFC 822 message as a RawDocument (kind "email")."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    return message_document(message, source)


def read_mbox(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    """Every message of an mbox file, as ``source#1``, ``source#2``, ..."""
    starts = [m.start() for m in MBOX_FROM_LINE.finditer(data)]
    starts = [s for s in starts if s == 0 or data[s - 1 : s] == b"\n"]
    if not starts:
        yield IngestError(source, "not an mbox file (no 'From ' separator lines)")
        return
    for number, (start, end) in enumerate(zip(starts, starts[1:] + [len(data)], strict=True), 1):
        chunk = data[start:end]
        chunk = re.sub(rb"^>(>*From )", rb"\1", chunk, flags=re.M)  # mboxrd un-escaping
        message = mailbox.mboxMessage(email.message_from_bytes(chunk, policy=email.policy.default))
        yield message_document(message, f"{source}#{number}")


def message_document(message: Message, source: str) -> RawDocument | IngestError:
    text, html = message_body(message)
    if not (text or html or "").strip():
        return IngestError(source, "e-mail has no text or HTML body", "skipped")
    subject = str(message.get("Subject") or "").strip()
    meta: dict[str, str] = {}
    if subject:
        meta["subject"] = subject
        # A forwarder's subject line is the article's headline only as a last resort.
        meta["subject_title"] = SUBJECT_PREFIX.sub("", subject).strip()
    for name in ("From", "To", "Message-ID"):
        if message.get(name):
            meta[name.lower().replace("-", "_")] = str(message.get(name))
    email_date = header_date(message.get("Date"))
    if email_date:
        meta["email_date"] = email_date
    return RawDocument(
        source=source,
        text=text if text else None,
        html=None if text else html,
        kind="email",
        id=str(message.get("Message-ID") or "").strip("<> ") or None,
        meta=meta,
    )


def header_date(value: object) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def message_body(message: Message) -> tuple[str | None, str | None]:
    """The plain-text body (or else the HTML body), with attached forwarded messages appended
    after a forward marker so the cleaner sees the same shape as an inline forward."""
    text_parts: list[str] = []
    html_parts: list[str] = []
    for part in body_parts(message):
        content = part_text(part)
        if content is None:
            continue
        (html_parts if part.get_content_type() == "text/html" else text_parts).append(content)
    text = "\n\n".join(t.strip("\n") for t in text_parts if t.strip()) or None
    html = "\n".join(html_parts) or None
    for attached in forwarded_messages(message):
        inner_text, _inner_html = message_body(attached)
        if inner_text:
            header = "\n".join(
                f"{name}: {attached.get(name)}"
                for name in ("From", "Date", "Subject")
                if attached.get(name)
            )
            text = f"{text or ''}\n\n{FORWARD_MARKER}\n{header}\n\n{inner_text}".strip()
    return text, html


def body_parts(message: Message) -> list[Message]:
    """The message's own text parts: the plain part of an alternative, never attachments."""
    if not message.is_multipart():
        return [message] if message.get_content_maintype() == "text" else []
    if isinstance(message, EmailMessage):
        try:
            body = message.get_body(preferencelist=("plain", "html"))
        except (KeyError, LookupError):
            body = None
        if body is not None:
            return [body]
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() is None:
            parts.append(part)
    return parts[:1]


def forwarded_messages(message: Message) -> list[Message]:
    found = []
    if message.is_multipart():
        for part in message.iter_parts() if isinstance(message, EmailMessage) else []:
            if part.get_content_type() == "message/rfc822":
                payload = part.get_payload()
                found.extend(p for p in payload if isinstance(p, Message))
    return found


def part_text(part: Message) -> str | None:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
    except (LookupError, UnicodeError, ValueError, KeyError):
        raw = part.get_payload(decode=True) or b""
        content = raw.decode("utf-8", "replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    return content if isinstance(content, str) else None
