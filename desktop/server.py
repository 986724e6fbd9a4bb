"""The upper office's receiving service (`zhenjian serve`): the same packages as on a USB
stick, posted over the procuratorial network.

    POST /v1/packages   body: one package file's bytes → 200 with the acknowledgement package
    GET  /v1/health     → {"status": "ok", "unit": …, "schema": …}

An ASGI application (Starlette) served by uvicorn. A refusal answers with a status and a JSON
body naming the reason in both languages (`code`, `message`); nothing is applied then.
Packages are received one at a time (a lock), each in its own transaction, so two units
posting at once never interleave.
"""
from __future__ import annotations

import threading

MAX_BODY = 256 * 2**20  # bytes of one package: a big backlog is split by the sender

_STATUS = {"damaged": 400, "not_a_package": 400, "format_newer": 400, "unknown_suite": 400,
           "unknown_sender": 403, "forged": 403, "wrong_recipient": 403, "undecryptable": 403,
           "too_large": 413, "schema_newer": 409, "sequence_reused": 409,
           "wrong_direction": 400, "not_owner": 403, "foreign_table": 403}


def create_app(office, keys, *, max_body: int = MAX_BODY):
    """The ASGI application for an open office (`services.office.Office`) and its private
    keys (`keystore.OfficeKeys`)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from desktop.services.sync_messages import refusal_text
    from desktop.services.sync_receive import SyncRefused, receive_package
    from desktop.store.schema import HEAD
    from desktop.sync.container import PackageError

    lock = threading.Lock()

    def refused(code: str, exc=None, status: int | None = None) -> JSONResponse:
        return JSONResponse({"code": code, "message": refusal_text(exc or _Code(code),
                                                                   lang="en")},
                            status_code=status or _STATUS.get(code, 400))

    async def health(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "unit": office.unit_code, "schema": HEAD})

    async def packages(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > max_body):
            return refused("too_large")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body:
                return refused("too_large")

        def receive():
            with lock:
                return receive_package(office, keys, bytes(body), via="online")

        try:
            result = await run_in_threadpool(receive)
        except (PackageError, SyncRefused) as exc:
            return refused(exc.code, exc)
        if result.ack is None:  # an acknowledgement posted here: the wrong way round
            return refused("wrong_direction")
        return Response(result.ack.data, media_type="application/octet-stream",
                        headers={"X-Zhenjian-Result": result.result,
                                 "Content-Disposition":
                                     f'attachment; filename="{result.ack.file_name}"'})

    return Starlette(routes=[Route("/v1/health", health, methods=["GET"]),
                             Route("/v1/packages", packages, methods=["POST"])])


class _Code(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code, self.params = code, {}


def serve(office, keys, *, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(create_app(office, keys), host=host, port=port, log_level="warning",
                access_log=False)
