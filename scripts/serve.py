#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way a strict Canada.ca host would: every response carries
Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval', and .wasm is
served as application/wasm. Usage: serve.py DIR [PORT] (PORT also from $PORT; 0 picks a free one).
Prints the URL once listening. With SERVE_ISOLATED=1 (the benchmark's side-by-side runs), every
response also makes the page cross-origin isolated (COOP and COEP), which the browser requires
before it measures a page's memory with performance.measureUserAgentSpecificMemory()."""
import functools
import http.server
import os
import sys

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if os.environ.get("SERVE_ISOLATED"):
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()

    def log_message(self, *args):
        if os.environ.get("SERVE_LOG"):
            super().log_message(*args)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that cancels a download (a test ending, a page navigating away) is not an error.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "dist"
    port = int(sys.argv[2] if len(sys.argv) > 2 else os.environ.get("PORT", "8080"))
    handler = functools.partial(Handler, directory=root)
    server = Server(("127.0.0.1", port), handler)
    print(f"Serving {root} at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
