"""Start in seconds (issue 15): serve a light app at once, switch to the full one when it is built.

``LateSwitch`` is the ASGI app uvicorn runs. From the first request it serves ``light`` (the
JSON API, the downloads, ``/healthz``, ``/readyz`` and a plain first page: everything but
Gradio). At start-up it builds ``full`` (the same API with the Gradio page mounted, about 7 s of
imports and building on this machine) in a thread, runs the full app's own lifespan (Gradio's
queue starts there) on the server's event loop, and from then on every new request goes to
``full``. Requests already running on ``light`` finish there. If the build fails the light app
keeps serving and ``ui_state()`` says "failed" (logged with the traceback).

``ui_state()`` ("loading" | "ready" | "failed") is shown by ``/healthz`` and read by the first
page, which moves to the full page once it is "ready".
"""
from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from typing import Any, Callable

log = logging.getLogger("nianbao.startup")

# While the build thread imports (pure Python, holding the GIL), a request waits up to the
# interpreter's switch interval (5 ms) at each of its own GIL hand-overs: 1 ms keeps the first
# page and answers quick meanwhile.
BUILD_SWITCH_INTERVAL_S = 0.001

_state = {"ui": "ready"}  # an app made by ``web.server.create_app`` alone has its page; LateSwitch says "loading"


def ui_state() -> str:
    """"loading" until the Gradio page is mounted, then "ready" ("failed" when it could not be)."""
    return _state["ui"]


class _Lifespan:
    """One ASGI app's lifespan, run in its own task: ``start()`` returns after its startup,
    ``stop()`` after its shutdown (the app's startup and shutdown run in the same task)."""

    def __init__(self, app):
        self.app = app
        self.inbox: asyncio.Queue = asyncio.Queue()
        self.outbox: asyncio.Queue = asyncio.Queue()
        self.task: asyncio.Task | None = None

    async def _reply(self) -> dict[str, Any]:
        got = asyncio.ensure_future(self.outbox.get())
        done, _ = await asyncio.wait({got, self.task}, return_when=asyncio.FIRST_COMPLETED)
        if got in done:
            return got.result()
        got.cancel()
        self.task.result()  # raises what the app raised
        return {"type": "lifespan.unsupported"}  # the app returned without a reply: no lifespan

    async def start(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": {}}
        self.task = asyncio.create_task(self.app(scope, self.inbox.get, self.outbox.put))
        await self.inbox.put({"type": "lifespan.startup"})
        reply = await self._reply()
        if reply["type"] == "lifespan.startup.failed":
            raise RuntimeError(f"startup failed: {reply.get('message', '')}")

    async def stop(self) -> None:
        if self.task is None or self.task.done():
            return
        await self.inbox.put({"type": "lifespan.shutdown"})
        await self._reply()


class LateSwitch:
    """Serves ``light`` until ``build_full()`` (run in a thread at start-up) has made the full
    app and its lifespan has started; then serves the full app."""

    def __init__(self, light, build_full: Callable[[], Any]):
        self.light = light
        self.full = None
        self.build_full = build_full
        self._lifespans: list[_Lifespan] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False
        _state["ui"] = "loading"

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        return await (self.full or self.light)(scope, receive, send)

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self._start(self.light)
                except Exception as e:  # the light app cannot start: nothing can be served
                    await send({"type": "lifespan.startup.failed", "message": str(e)})
                    return
                self._loop = asyncio.get_running_loop()
                threading.Thread(target=self._build, name="nianbao-ui", daemon=True).start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self._stopping = True
                for life in reversed(self._lifespans):
                    try:
                        await life.stop()
                    except Exception:  # pragma: no cover - shut down the others anyway
                        log.exception("shutting down an app failed")
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _start(self, app) -> None:
        life = _Lifespan(app)
        await life.start()
        self._lifespans.append(life)

    def _build(self) -> None:
        """In a thread: make the full app, then start it on the server's loop and switch."""
        t0 = time.perf_counter()
        interval = sys.getswitchinterval()
        sys.setswitchinterval(BUILD_SWITCH_INTERVAL_S)  # requests get the GIL back sooner meanwhile
        try:
            full = self.build_full()
            asyncio.run_coroutine_threadsafe(self._switch(full), self._loop).result()
        except Exception:
            _state["ui"] = "failed"
            log.exception("the full page could not be built; serving the plain page and the API only")
            return
        finally:
            sys.setswitchinterval(interval)
        log.info("full page (Gradio) mounted %.1fs after the server started", time.perf_counter() - t0)

    async def _switch(self, full) -> None:
        if self._stopping:
            return
        await self._start(full)
        self.full = full
        _state["ui"] = "ready"
