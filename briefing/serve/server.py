"""``briefing serve``: the same app in a browser, through textual-serve.

Every browser connection gets its own app process (``python -m briefing ...`` under
Textual's web driver); the server itself never imports Textual. The page is served
whole from this machine (textual-serve's script, stylesheet and font, no CDN), and
nothing else is: no directory listings, no downloads, no corpus files.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import logging
import socket
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.typedefs import Handler
from textual_serve.app_service import AppService
from textual_serve.server import Server

from briefing.serve.limits import (
    Limits,
    SizeRefused,
    full_page,
    full_text,
    requested_size,
    resized,
)

log = logging.getLogger("briefing.serve.server")

_WEB = Path(__file__).resolve().parent / "web"
_STATIC = Path(__import__("textual_serve").__file__ or ".").resolve().parent / "static"

LOOPBACK_NAMES = frozenset({"localhost", "localhost."})

# xterm.js draws on a canvas; its screen-reader mode also keeps the rows as text in the
# page (an accessibility tree), so the briefing can be read aloud, and read by tests.
_XTERM_OPTIONS = "new v.Terminal({allowProposedApi:!0,"
_XTERM_ACCESSIBLE = "new v.Terminal({allowProposedApi:!0,screenReaderMode:!0,"

# What the page loads from /static/ (textual-serve's own files); nothing else is served.
STATIC_FILES = frozenset(
    {
        "js/textual.js",
        "css/xterm.css",
        "fonts/RobotoMono-VariableFont_wght.ttf",
        "fonts/RobotoMono-Italic-VariableFont_wght.ttf",
        "images/background.png",
    }
)

# How long a stopping app gets to quit by itself before it is killed.
STOP_GRACE_SECONDS = 3.0


class ServeError(Exception):
    """The server cannot start as asked (a host refused, a port in use): one line, exit 2."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeOptions:
    """What ``briefing serve`` was asked for."""

    host: str
    port: int
    corpus: Path
    as_of: date | None
    theme: str | None
    public: bool = False
    limits: Limits = field(default_factory=Limits)

    def app_argv(self) -> list[str]:
        """The command line of one app process (the TUI, run by Textual's web driver)."""
        argv = [sys.executable, "-m", "briefing", "--corpus", str(self.corpus.resolve())]
        if self.as_of is not None:
            argv += ["--as-of", self.as_of.isoformat()]
        if self.theme is not None:
            argv += ["--theme", self.theme]
        return argv


class BriefingAppService(AppService):
    """One app process per connection, started without a shell (paths may hold spaces)."""

    def __init__(self, argv: list[str], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = argv

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def end(self) -> None:
        """Ask the app to quit; kill it if it has not within the grace period."""
        process = self._process
        if process is None:
            return
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.stop(), STOP_GRACE_SECONDS)
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(process.wait(), STOP_GRACE_SECONDS)


class BriefingServer(Server):
    """textual-serve's server, narrowed to what the briefing page needs."""

    def __init__(self, options: ServeOptions) -> None:
        super().__init__(
            " ".join(options.app_argv()),
            host=options.host,
            port=options.port,
            title="briefing",
            statics_path=_STATIC,
            templates_path=_WEB,
        )
        self.options = options
        self.services: set[BriefingAppService] = set()
        self.sockets: set[web.WebSocketResponse] = set()
        self._script = _accessible_script()

    async def _make_app(self) -> web.Application:
        import aiohttp_jinja2
        import jinja2

        app = web.Application(middlewares=[self._check_host])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/static/{name:.+}", self._handle_static),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    @web.middleware
    async def _check_host(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        # Served on loopback, only loopback names are answered: a web page elsewhere
        # cannot reach the briefing by pointing its own host name at 127.0.0.1.
        if not self.options.public:
            host = urlsplit(f"//{request.host}").hostname or ""
            if not is_loopback(host):
                raise web.HTTPForbidden(text="briefing serves this machine only\n")
        response = await handler(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    async def _handle_static(self, request: web.Request) -> web.StreamResponse:
        """Only the files the page loads; everything else is a 404."""
        name = request.match_info["name"]
        if name == "js/textual.js":
            return web.Response(body=self._script, content_type="application/javascript")
        if name not in STATIC_FILES:
            raise web.HTTPNotFound()
        return web.FileResponse(Path(self.statics_path) / name)

    def _full(self) -> bool:
        return len(self.services) >= self.options.limits.max_apps

    async def handle_index(self, request: web.Request) -> web.Response:
        """The page, with its URLs relative to how the browser reached it."""
        import aiohttp_jinja2

        if self._full():
            return web.Response(
                status=503,
                text=full_page(self.options.limits.max_apps),
                content_type="text/html",
                headers={"Retry-After": "60"},
            )

        context = {
            "font_size": _font_size(request.query.get("fontsize", "16")),
            "app_websocket_url": f"ws://{request.host}/ws",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "ping_url": "",
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser connection: its own app process, for as long as it is open."""
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc != request.host:
            raise web.HTTPForbidden(text="cross-origin connection refused\n")
        try:
            width, height = requested_size(request.query.get("width"), request.query.get("height"))
        except SizeRefused as exc:
            raise web.HTTPBadRequest(text=f"{exc}\n") from None
        if self._full():
            raise web.HTTPServiceUnavailable(
                text=full_text(self.options.limits.max_apps), headers={"Retry-After": "60"}
            )
        limits = self.options.limits
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=limits.max_message)
        service = BriefingAppService(
            self.options.app_argv(),
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        # Counted before the first await: two connections at once cannot both take the
        # last place.
        self.services.add(service)
        self.sockets.add(websocket)
        try:
            await websocket.prepare(request)
            await service.start(width, height)
            log.info("app %s started for %s", service.pid, request.remote)
            await self._relay(websocket, service)
        except asyncio.CancelledError:
            pass
        except Exception as error:  # a broken connection must not take the server down
            log.exception(error)
        finally:
            await service.end()
            self.services.discard(service)
            self.sockets.discard(websocket)
            with contextlib.suppress(Exception):
                await websocket.close()
            log.info("app %s ended", service.pid)
        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, service: BriefingAppService) -> None:
        """Keys and sizes from the browser to the app."""
        handlers: dict[str, Callable[[Any], Awaitable[Any]]] = {
            "stdin": lambda data: service.send_bytes(str(data).encode("utf-8")),
            "resize": lambda data: service.set_terminal_size(
                *resized(data.get("width"), data.get("height"))
            ),
            "ping": lambda data: websocket.send_json(["pong", data]),
            "blur": lambda _: service.blur(),
            "focus": lambda _: service.focus(),
        }
        idle = self.options.limits.idle_timeout
        while True:
            try:
                message = await websocket.receive(timeout=idle)
            except TimeoutError:
                log.info("app %s ended: the page sent nothing for %.0f s", service.pid, idle)
                return
            if message.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED):
                return
            if message.type == WSMsgType.ERROR:  # too large a message, a broken frame
                return
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = message.json()
                handler = handlers.get(envelope[0])
            except (ValueError, TypeError, IndexError, KeyError):
                continue  # not a message of the page's: ignore it
            if handler is not None:
                with contextlib.suppress(AttributeError, TypeError, IndexError):
                    await handler(envelope[1] if len(envelope) > 1 else None)

    async def on_startup(self, app: web.Application) -> None:
        url = self.url
        where = "this machine only" if is_loopback(self.host) else "the network"
        print(f"briefing: serving on {url} ({where}); press Ctrl+C to stop", flush=True)
        if not is_loopback(self.host):
            print(
                "briefing: warning: anyone who can reach this machine on the network "
                "can read the briefing",
                file=sys.stderr,
                flush=True,
            )

    async def on_shutdown(self, app: web.Application) -> None:
        """Stopping the server ends every app it started."""
        await asyncio.gather(*(service.end() for service in list(self.services)))
        for websocket in list(self.sockets):
            with contextlib.suppress(Exception):
                await websocket.close()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def serve(self, debug: bool = False) -> None:
        """Bind (or say in one line why not), then serve until Ctrl+C."""
        sock = bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        self.debug = debug
        logging.basicConfig(level=logging.WARNING, format="briefing: %(message)s")
        logging.getLogger("aiohttp.server").addFilter(_without_traceback)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        with contextlib.suppress(NotImplementedError):
            import signal

            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        web.run_app(
            self._make_app(),
            sock=sock,
            handle_signals=False,
            loop=loop,
            shutdown_timeout=STOP_GRACE_SECONDS,
            # From the connection's start: a request dribbled in slowly is cut off too.
            keepalive_timeout=self.options.limits.request_timeout,
            print=None,
            access_log=None,
        )


def _without_traceback(record: logging.LogRecord) -> bool:
    """A malformed or oversized request (answered 400 by aiohttp) logged in one line."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, HttpProcessingError):
        record.msg, record.args = "bad request refused: %s", (error.message,)
        record.exc_info = record.exc_text = None
    return True


def _accessible_script() -> bytes:
    script = (_STATIC / "js" / "textual.js").read_text(encoding="utf-8")
    if _XTERM_OPTIONS not in script:
        log.warning("textual.js changed: the page has no screen-reader text")
    return script.replace(_XTERM_OPTIONS, _XTERM_ACCESSIBLE, 1).encode("utf-8")


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _font_size(text: str) -> int:
    return min(max(_int(text, 16), 6), 48)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port``; ``ServeError`` in one line when it cannot be."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"--host: cannot use '{host}': {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(
                f"--port: port {port} on {host} is in use (choose another with --port)"
            ) from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.setblocking(False)
    return sock


def check_host(host: str, public: bool) -> None:
    """A host beyond this machine only with ``--public``."""
    if not is_loopback(host) and not public:
        raise ServeError(
            f"--host: '{host}' is reachable from the network; add --public to serve "
            "the briefing to anyone who can reach this machine"
        )


def serve(options: ServeOptions) -> int:
    """Run the server until Ctrl+C; returns the exit status."""
    check_host(options.host, options.public)
    server = BriefingServer(options)
    server.serve()
    return 0
