#!/usr/bin/python3
"""Loopback fake SMTP server for the nurture tests (aiosmtpd; run it with the system python).

Listens on 127.0.0.1 only, on a port it chooses, and prints that port on the first line of its output.
Every message it accepts is written to --dir as NNNN.eml (the bytes received) and NNNN.json (envelope,
headers, decoded text and HTML parts, authenticated user), each file complete before it appears.

Faults, to play a real server's answers:
  --reject ADDR=CODE      answer RCPT TO:<ADDR> with CODE (e.g. 550: the mailbox does not exist)
  --reject-data ADDR=CODE answer the end of DATA with CODE for messages to ADDR
  --tempfail ADDR=N       answer RCPT TO:<ADDR> with 451 the first N times
  --delay-data N=SECONDS  after writing the N-th accepted message, wait before answering 250
  --delay-rcpt N=SECONDS  wait before answering the N-th RCPT TO
TLS: --mode ssl (implicit TLS) or starttls (STARTTLS required) with --cert/--key. --auth USER:PASS
requires authentication (PLAIN/LOGIN).
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


server_mode = "plain"


def pairs(values):
    out = {}
    for v in values or []:
        k, _, val = v.partition("=")
        out[k.lower()] = val
    return out


class Handler:
    def __init__(self, args):
        self.dir = args.dir
        self.reject = {k: int(v) for k, v in pairs(args.reject).items()}
        self.reject_data = {k: int(v) for k, v in pairs(args.reject_data).items()}
        self.tempfail = {k: int(v) for k, v in pairs(args.tempfail).items()}
        self.delay_data = {int(k): float(v) for k, v in pairs(args.delay_data).items()}
        self.delay_rcpt = {int(k): float(v) for k, v in pairs(args.delay_rcpt).items()}
        self.messages = 0
        self.rcpts = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpts += 1
        delay = self.delay_rcpt.get(self.rcpts)
        if delay:
            self.log("rcpt-delay %d %s" % (self.rcpts, address))
            await asyncio.sleep(delay)
        key = address.lower()
        if key in self.reject:
            return "%d 5.1.1 <%s>: Recipient address rejected: User unknown" % (self.reject[key], address)
        if self.tempfail.get(key, 0) > 0:
            self.tempfail[key] -= 1
            return "451 4.7.1 <%s>: Greylisted, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            code = self.reject_data.get(rcpt.lower())
            if code:
                return "%d 5.7.1 Message refused" % code
        self.messages += 1
        n = self.messages
        msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        text = html = None
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_type() == "text/plain" and text is None:
                text = part.get_content()
            elif part.get_content_type() == "text/html" and html is None:
                html = part.get_content()
        summary = {
            "n": n,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_user": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
            "tls": session.ssl is not None or server_mode == "ssl",
            "headers": {k: str(v) for k, v in msg.items()},
            "raw_headers": {k: v for k, v in msg.raw_items()},
            "text": text,
            "html": html,
        }
        base = os.path.join(self.dir, "%04d" % n)
        self.write(base + ".eml", envelope.original_content)
        self.write(base + ".json", json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8"))
        self.log("data %d %s" % (n, ",".join(envelope.rcpt_tos)))
        delay = self.delay_data.get(n)
        if delay:
            await asyncio.sleep(delay)
        return "250 2.0.0 Ok: queued as %04d" % n

    def write(self, path, data):
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)

    def log(self, line):
        with open(os.path.join(self.dir, "events.log"), "a") as f:
            f.write(line + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--mode", choices=["plain", "starttls", "ssl"], default="plain")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth")
    p.add_argument("--reject", action="append")
    p.add_argument("--reject-data", action="append")
    p.add_argument("--tempfail", action="append")
    p.add_argument("--delay-data", action="append")
    p.add_argument("--delay-rcpt", action="append")
    args = p.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    handler = Handler(args)
    global server_mode
    server_mode = args.mode

    context = None
    if args.mode != "plain":
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)

    user, _, password = (args.auth or "").partition(":")

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def factory():
        kwargs = {"hostname": "fake-smtp.test"}
        if args.mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        if args.auth:
            # With implicit TLS aiosmtpd 1.4 does not see the session as secure: the whole connection is.
            kwargs.update(authenticator=authenticator, auth_required=True,
                          auth_require_tls=args.mode == "starttls")
        return SMTP(handler, **kwargs)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=0, ssl=context if args.mode == "ssl" else None))
    print(server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
