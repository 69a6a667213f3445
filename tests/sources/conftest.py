"""Shared fixtures: files written on the fly and a real HTTP server on loopback."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@pytest.fixture
def write(tmp_path):
    """write("name.txt", str | bytes) -> the path of a file with that content."""
    def write_file(name: str, content: str | bytes):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    return write_file


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that timed out and left is expected here


class Handler(BaseHTTPRequestHandler):
    """Answers from server.routes: path -> (status, content type, body, seconds to wait, extra headers)."""

    def do_GET(self):
        self.server.requests.append(dict(self.headers))
        status, content_type, body, delay, headers = self.server.routes.get(
            self.path, (404, "text/html", b"<p>Not here</p>", 0, {}))
        time.sleep(delay)
        self.send_response(status)
        for name, value in {"Content-Type": content_type, "Content-Length": str(len(body)), **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Site:
    """A real HTTP server on 127.0.0.1; add pages with site.page(path, ...)."""

    def __init__(self, server: QuietServer):
        self.server, self.base = server, f"http://127.0.0.1:{server.server_port}"
        server.routes, server.requests = {}, []

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
             status: int = 200, delay: float = 0, headers: dict | None = None) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.server.routes[path] = (status, content_type, data, delay, headers or {})
        return self.base + path


@pytest.fixture
def site():
    server = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield Site(server)
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url():
    """A loopback URL on a port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
