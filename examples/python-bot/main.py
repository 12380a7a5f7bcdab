"""A small Chatwoot agent bot, standard library only (Python 3.8+).

It does what a real bot does: receives Chatwoot's signed deliveries, checks the signature,
answers the customer through the API with its own token, and hands the conversation to a
human (status open) when asked for one. Its settings come from the environment that
`chatwoot-bridge test --sandbox` gives it (and that a real deployment would set):

  CHATWOOT_BASE_URL, CHATWOOT_API_TOKEN, CHATWOOT_ACCOUNT_ID, CHATWOOT_WEBHOOK_SECRET
  PORT (default 8000): where it listens, on 127.0.0.1

See flows.toml beside it, and docs/testing-bots.md for the CI job.
"""

import hashlib
import hmac
import json
import os
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BASE_URL = os.environ["CHATWOOT_BASE_URL"].rstrip("/")
TOKEN = os.environ["CHATWOOT_API_TOKEN"]
ACCOUNT = os.environ["CHATWOOT_ACCOUNT_ID"]
SECRET = os.environ.get("CHATWOOT_WEBHOOK_SECRET", "")
PORT = int(os.environ.get("PORT", "8000"))


def api(method, path, body):
    req = urllib.request.Request(
        f"{BASE_URL}/api/v1/accounts/{ACCOUNT}{path}",
        data=json.dumps(body).encode(),
        method=method,
        headers={"api_access_token": TOKEN, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def reply(conversation, text):
    api("POST", f"/conversations/{conversation}/messages", {"content": text, "message_type": "outgoing"})


def answer(conversation, text):
    """What the bot says: the part a team changes every week, and tests."""
    words = text.lower()
    if "human" in words or "agent" in words:
        reply(conversation, "Let me get you a human. One moment please.")
        # A note only agents see, then the handoff: pending -> open.
        api("POST", f"/conversations/{conversation}/messages",
            {"content": "The customer asked for a human.", "private": True})
        api("POST", f"/conversations/{conversation}/toggle_status", {"status": "open"})
    elif "refund" in words:
        api("POST", f"/conversations/{conversation}/labels", {"labels": ["refund"]})
        reply(conversation, "I can help with a refund. What is your order number?")
    elif any(c.isdigit() for c in words):
        reply(conversation, "Thanks! Your refund request is registered.")
    else:
        reply(conversation, "Hello! Ask me about refunds, or say 'human' to talk to a person.")


def signed(headers, body):
    """Chatwoot signs `<timestamp>.<raw body>` with HMAC-SHA256."""
    if not SECRET:
        return True
    timestamp = headers.get("X-Chatwoot-Timestamp", "")
    signature = headers.get("X-Chatwoot-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > 300:
        return False
    digest = hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, "sha256=" + digest)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok\n")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if not signed(self.headers, body):
            self.send_response(401)
            self.end_headers()
            return
        self.send_response(200)
        self.end_headers()
        event = json.loads(body or b"{}")
        if (
            event.get("event") == "message_created"
            and event.get("message_type") == "incoming"
            and not event.get("private")
        ):
            # Answer after responding: Chatwoot waits at most 5 s for this request.
            args = (event["conversation"]["id"], event.get("content") or "")
            threading.Thread(target=answer, args=args, daemon=True).start()

    def log_message(self, fmt, *args):
        pass


if __name__ == "__main__":
    print(f"bot listening on 127.0.0.1:{PORT}", flush=True)
    ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
