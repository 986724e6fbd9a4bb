"""Online sync from a unit: post the pending changes to the upper office's service and apply
the acknowledgement it answers with — the same packages as on a USB stick.

A failed or interrupted post changes nothing here: the changes stay above the acknowledged
watermark and go again with the next attempt, and the upper office applies each once.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from desktop.services.office import Office


class PushError(Exception):
    """No answer from the upper office (link down, wrong address, server error)."""

    def __init__(self, code: str, message: str = ""):
        super().__init__(message or code)
        self.code = code  # "offline" | "server"


@dataclass(frozen=True)
class PushResult:
    packages: int  # posted
    rows: int  # changes carried
    acked: int  # this unit's sequence acknowledged after the push
    received: int  # the upper office's records applied here


def post_package(url: str, data: bytes, *, timeout: float = 30.0) -> bytes:
    """POST one package; the acknowledgement's bytes. Raises PushError, or SyncRefused when
    the upper office refused the package (its reason code)."""
    from desktop.services.sync_receive import SyncRefused

    request = urllib.request.Request(url.rstrip("/") + "/v1/packages", data=data,
                                     method="POST",
                                     headers={"Content-Type": "application/octet-stream"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read().decode("utf-8"))
        except (ValueError, UnicodeDecodeError, OSError):
            body = {}
        if isinstance(body, dict) and body.get("code"):
            raise SyncRefused(str(body["code"]), str(body.get("message", ""))) from None
        raise PushError("server", f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        raise PushError("offline", str(getattr(exc, "reason", exc))) from None


def push(office: Office, keys, url: str | None = None, *, timeout: float = 30.0,
         should_continue=lambda: True) -> PushResult:
    """Post everything pending (several packages for a big backlog), applying each answer.
    Even with nothing pending one package goes, to fetch the upper office's news."""
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_receive import receive_package
    from desktop.services.sync_registry import upper_of

    upper = upper_of(office.reader)
    target = url or (upper.url if upper else "")
    if not target:
        raise PushError("offline", "no address of the upper office is set")
    packages = rows = received = 0
    acked = 0
    while True:
        package = export_changes(office, keys, allow_empty=packages == 0)
        if package is None:
            break
        answer = post_package(target, package.data, timeout=timeout)
        result = receive_package(office, keys, answer, via="online")
        packages += 1
        rows += package.rows
        received += result.rows
        acked = result.acked
        if package.rows == 0:
            break  # nothing was pending: the upper office's news are fetched
        if acked < package.last_seq:
            break  # not applied there (held after a gap): its answer says what is missing
        if not should_continue():
            break
    return PushResult(packages, rows, acked, received)
