"""The program's log file and its local crash reports (issue 8). Nothing here is ever sent
anywhere: an officer who meets a fault gives the file to whoever supports the office.

* `setup_logging()` once at start: a rotating file `zhenjian.log` (1 MB × 5) in the user's log
  folder — platformdirs' user_log_dir, or ZHENJIAN_LOG_DIR (tests, portable installs).
* `install_crash_handler(show)`: sys.excepthook and threading.excepthook write a crash report
  `crash-<time>-<pid>.txt` next to the log (traceback, version, platform) and call `show(path)`
  — in the desktop program a dialog (desktop/ui/crash_dialog.py) naming the folder.

No personal data from the database: a report holds the code's traceback (file, line, function,
source line — no local variables) and the exception's message with the values a database error
quotes removed (SQLAlchemy's "[parameters: …]" and "[SQL: …]" parts) and long digit runs
(identity card, phone numbers) masked.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

LOG_DIR_ENV = "ZHENJIAN_LOG_DIR"
LOG_FILE = "zhenjian.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MAX_REPORTS_PER_RUN = 20  # an error repeating in a paint handler must not fill the disk
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("desktop")
_handler: logging.Handler | None = None
_reports_written = 0


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("ZhenjianDesk", appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file from now on; returns its path, or None when the folder cannot
    be written (the program then logs to stderr and runs on). Once per process."""
    global _handler
    if _handler is not None:
        return getattr(_handler, "baseFilename", None) and Path(_handler.baseFilename)
    root = logging.getLogger()
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        path: Path | None = folder / LOG_FILE
    except OSError as exc:
        handler = (logging.StreamHandler(sys.stderr) if sys.stderr is not None
                   else logging.NullHandler())
        path = None
        if sys.stderr is not None:
            print(f"zhenjian: no log file ({exc}); logging to the terminal", file=sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin
    _handler = handler
    from desktop import version

    log.info("Zhenjian Desk %s started on %s, Python %s", version(), platform.platform(),
             platform.python_version())
    return path


def stop_logging() -> None:
    """Detach the file (tests; the end of a self-test run in a test process)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


# -- crash reports --------------------------------------------------------------------------
_SQL_PARTS = re.compile(r"\s*\[(parameters|SQL|generated in)[^\]]*\]", re.DOTALL)
_SQLA_LINK = re.compile(r"\s*\(Background on this error at: [^)]*\)")
_DIGITS = re.compile(r"\d{6,}[\dXx]*")


def safe_message(exc: BaseException) -> str:
    """The exception's message without the data values a database error quotes."""
    text = str(exc)
    text = _SQL_PARTS.sub("", text)
    text = _SQLA_LINK.sub("", text)
    text = _DIGITS.sub(lambda m: "#" * len(m.group()), text)
    return text[:2000]


def _traceback_text(kind, value, tb) -> str:
    """Frames as code locations and source lines; each exception of the chain by its type and
    its safe message, never the objects' contents."""
    lines: list[str] = []
    chain: list[BaseException] = []
    current: BaseException | None = value
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    for i, exc in enumerate(reversed(chain)):
        if i:
            lines.append("\nwhich led to:\n")
        frames = traceback.extract_tb(exc.__traceback__ if exc is not value else tb)
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(frames))
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}: {safe_message(exc)}\n")
    return "".join(lines)


def write_crash_report(kind, value, tb, *, thread: str | None = None) -> Path | None:
    """Write a report into the log folder; its path, or None when none could be written."""
    global _reports_written
    if _reports_written >= MAX_REPORTS_PER_RUN:
        return None
    from desktop import version

    now = datetime.now()
    try:
        qt = __import__("PySide6.QtCore", fromlist=["qVersion"]).qVersion()
    except Exception:  # noqa: BLE001 — a report is written even without Qt
        qt = "?"
    body = (f"Zhenjian Desk crash report (written locally; never sent anywhere)\n"
            f"time: {now.isoformat(timespec='seconds')}\n"
            f"version: {version()}\n"
            f"frozen: {bool(getattr(sys, 'frozen', False))}\n"
            f"platform: {platform.platform()} ({platform.machine()})\n"
            f"python: {platform.python_version()}  qt: {qt}\n"
            f"thread: {thread or threading.current_thread().name}\n\n"
            + _traceback_text(kind, value, tb))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}-{_reports_written + 1}.txt"
        path.write_text(body, encoding="utf-8")
    except OSError:
        log.exception("could not write a crash report")
        return None
    _reports_written += 1
    return path


def install_crash_handler(show: Callable[[Path | None], None] | None = None) -> None:
    """Route uncaught exceptions (main thread and any other) into a crash report, the log and
    `show`. The hooks other parts install later (read_only, users_labels) pass on to this one
    what they do not handle themselves."""

    def report(kind, value, tb, thread: str | None = None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        path = write_crash_report(kind, value, tb, thread=thread)
        log.critical("unexpected %s: %s (crash report: %s)", kind.__name__,
                     safe_message(value), path or "not written")
        if sys.stderr is not None:  # None in a Windows GUI build without a console
            traceback.print_exception(kind, value, tb)  # a terminal shows it as before
        if show is not None:
            try:
                show(path)
            except Exception:  # noqa: BLE001 — the dialog must never loop into this hook
                log.exception("could not show the crash dialog")

    def thread_hook(args) -> None:
        if args.exc_type is SystemExit:
            return
        report(args.exc_type, args.exc_value, args.exc_traceback,
               thread=args.thread.name if args.thread else None)

    sys.excepthook = report
    threading.excepthook = thread_hook
