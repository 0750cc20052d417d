#!/usr/bin/python3
"""A loopback fake of the HubSpot CRM API v3, as documented, for Leadbench's tests and benchmark.

    fake_hubspot.py --port 0 [--token TOKEN] [--faults JSON]

Implements, for contacts and deals: POST /crm/v3/objects/{o}/search (filterGroups, one sort, limit
<= 200, paging through `after`, the 10,000-result cap), batch/read, batch/create, batch/update,
batch/upsert (idProperty), batch/archive (100 inputs each), single create and read,
GET /crm/v3/objects/{o}?archived=true, the properties API (unique-value custom properties),
v4 default associations between deals and contacts, private-app bearer tokens, the
ten-second rolling rate limit with its X-HubSpot-RateLimit-* headers and 429 answers, and the
search endpoints' own per-second limit (no rate-limit headers there, as documented).

Contacts are unique by e-mail: a create or upsert that would duplicate one answers 409 CONFLICT
"Contact already exists. Existing ID: N" for the whole batch; an invalid e-mail answers 400
VALIDATION_ERROR for the whole batch; a batch update or read naming missing ids answers 207 with
the others' results and an OBJECT_NOT_FOUND error listing them.

Faults beyond fakecommon's: search_cap (default 10000), page_cap (most results per page whatever
the limit asked), search_rate {"max", "interval_ms"} (default 5 per 1000 ms), daily (a daily budget).
Control verbs: put {"object", "id"?, "properties"} (a person edits in HubSpot; returns the id),
archive {"object", "id"}, state (every record), token {"token"}.
"""

import json
import time
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fakecommon import Fake, iso, serve  # noqa: E402

OBJECTS = ("contacts", "deals")
MODIFIED = {"contacts": "lastmodifieddate", "deals": "hs_lastmodifieddate"}
CREATED = {"contacts": "createdate", "deals": "createdate"}
BATCH_LIMIT = 100
SEARCH_LIMIT = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class HubSpotFake(Fake):
    def __init__(self, token):
        super().__init__()
        self.token = token
        self.reset()

    def reset(self):
        self.records = {o: {} for o in OBJECTS}
        self.properties = {o: {} for o in OBJECTS}
        self.associations = {}  # deal id -> contact id
        self.next_id = 101
        # Lookups a real CRM answers from indexes: e-mail -> contact, unique property value -> record.
        self.email_index = {}
        self.unique_index = {o: {} for o in OBJECTS}

    # --- shapes ------------------------------------------------------------------------------

    def error_body(self, status, message, category=None, **extra):
        body = {"status": "error", "message": message, "correlationId": self.correlation()}
        body["category"] = category or {400: "VALIDATION_ERROR", 401: "INVALID_AUTHENTICATION",
                                        404: "OBJECT_NOT_FOUND", 409: "CONFLICT"}.get(status, "INTERNAL_ERROR")
        body.update(extra)
        return body

    def server_error(self, status):
        return self.error_body(status, "internal error", "INTERNAL_ERROR")

    def public(self, obj, rid, wanted=None):
        r = self.records[obj][rid]
        props = r["properties"]
        if wanted is None:
            shown = dict(props)
        else:
            shown = {k: props.get(k) for k in wanted}
            for k in ("hs_object_id", CREATED[obj], MODIFIED[obj]):
                shown[k] = props.get(k)
        out = {"id": rid, "properties": shown, "createdAt": r["createdAt"], "updatedAt": r["updatedAt"],
               "archived": r["archived"]}
        if r["archived"]:
            out["archivedAt"] = r["archivedAt"]
        return out

    def is_live(self, obj, rid):
        r = self.records[obj].get(rid)
        return r is not None and not r["archived"]

    def reindex(self, obj, rid, before, after):
        if obj == "contacts":
            old = (before.get("email") or "").strip().lower()
            new = (after.get("email") or "").strip().lower()
            if old and self.email_index.get(old) == rid:
                del self.email_index[old]
            if new:
                self.email_index[new] = rid
        for name, prop in self.properties[obj].items():
            if not prop.get("hasUniqueValue"):
                continue
            index = self.unique_index[obj].setdefault(name, {})
            if before.get(name) and index.get(before[name]) == rid:
                del index[before[name]]
            if after.get(name):
                index[after[name]] = rid

    def touch(self, obj, rid):
        t = self.state.clock.now()
        r = self.records[obj][rid]
        r["hidden"] = False
        r["updatedAt"] = iso(t)
        r["properties"][MODIFIED[obj]] = iso(t)
        r["modified"] = t

    def new_record(self, obj, properties):
        rid = str(self.next_id)
        self.next_id += 1
        t = self.state.clock.now()
        props = {k: ("" if v is None else str(v)) for k, v in properties.items()}
        props["hs_object_id"] = rid
        props[CREATED[obj]] = iso(t)
        props[MODIFIED[obj]] = iso(t)
        self.records[obj][rid] = {"properties": props, "createdAt": iso(t), "updatedAt": iso(t), "modified": t,
                                  "archived": False, "archivedAt": None}
        self.reindex(obj, rid, {}, props)
        return rid

    def set_properties(self, obj, rid, properties):
        props = self.records[obj][rid]["properties"]
        before = dict(props)
        for k, v in properties.items():
            props[k] = "" if v is None else str(v)
        self.reindex(obj, rid, before, props)
        self.touch(obj, rid)

    def archive_record(self, obj, rid):
        r = self.records[obj][rid]
        r["archived"] = True
        r["archivedAt"] = iso(self.state.clock.now())
        self.reindex(obj, rid, r["properties"], {})

    def live(self, obj):
        return {rid: r for rid, r in self.records[obj].items() if not r["archived"]}

    def contact_with_email(self, email, other_than=None):
        e = (email or "").strip().lower()
        rid = self.email_index.get(e) if e else None
        if rid is None or rid == other_than or not self.is_live("contacts", rid):
            return None
        return rid

    def find_unique(self, obj, prop, value):
        rid = self.unique_index[obj].get(prop, {}).get(value)
        return rid if rid is not None and self.is_live(obj, rid) else None

    def validate(self, obj, properties):
        """None, or the 400 body for invalid property values."""
        problems = []
        if obj == "contacts":
            email = properties.get("email")
            if email and not EMAIL.match(email):
                problems.append({"isValid": False, "message": "Email address %s is invalid" % email,
                                 "error": "INVALID_EMAIL", "name": "email"})
        for name in ("amount", "annualrevenue"):
            v = properties.get(name)
            if v not in (None, ""):
                try:
                    float(v)
                except ValueError:
                    problems.append({"isValid": False, "message": "%s was not a valid number." % v,
                                     "error": "INVALID_FLOAT", "name": name})
        if not problems:
            return None
        return self.error_body(400, "Property values were not valid: " + json.dumps(problems), "VALIDATION_ERROR")

    # --- rate limits -------------------------------------------------------------------------

    def rate_check(self, search):
        """None when admitted, else the 429 answer; and the headers to add."""
        now = int(time.time() * 1000)
        if search:
            limit = self.state.faults.get("search_rate", {"max": 5, "interval_ms": 1000})
            ok, _ = self.state.windows["search"].admit(limit["max"], limit["interval_ms"], now)
            if not ok:
                self.state.stats["rate_limited"] += 1
                headers = {}
                if self.state.faults.get("retry_after"):
                    headers["Retry-After"] = 1
                return (429, self.error_body(429, "You have reached your secondly limit.", "RATE_LIMITS",
                                             errorType="RATE_LIMIT", policyName="SECONDLY"), headers), {}
            return None, {}
        limit = self.state.faults.get("rate")
        headers = {}
        if limit:
            window = self.state.windows["ten_secondly"]
            ok, remaining = window.admit(limit["max"], limit["interval_ms"], now)
            headers = {"X-HubSpot-RateLimit-Max": limit["max"], "X-HubSpot-RateLimit-Remaining": remaining,
                       "X-HubSpot-RateLimit-Interval-Milliseconds": limit["interval_ms"]}
            if not ok:
                self.state.stats["rate_limited"] += 1
                if self.state.faults.get("retry_after"):
                    headers["Retry-After"] = max(1, (window.reset_in_ms(limit["interval_ms"], now) + 999) // 1000)
                return (429, self.error_body(429, "You have reached your ten_secondly_rolling limit.", "RATE_LIMITS",
                                             errorType="RATE_LIMIT", policyName="TEN_SECONDLY_ROLLING"),
                        headers), headers
        daily = self.state.faults.get("daily")
        if daily is not None:
            used = self.state.stats["daily_used"] + 1
            self.state.stats["daily_used"] = used
            headers["X-HubSpot-RateLimit-Daily"] = daily
            headers["X-HubSpot-RateLimit-Daily-Remaining"] = max(0, daily - used)
        return None, headers

    # --- requests ----------------------------------------------------------------------------

    def handle(self, method, path, body, headers):
        with self.state.lock:
            auth = headers.get("Authorization", "")
            if auth != "Bearer " + self.token:
                return 401, self.error_body(
                    401, "Authentication credentials not found. This API supports OAuth 2.0 authentication and you "
                         "can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
                    "INVALID_AUTHENTICATION"), {}
            route = path.split("?")[0]
            query = path[len(route) + 1:] if "?" in path else ""
            search = route.endswith("/search")
            limited, extra = self.rate_check(search)
            if limited:
                return limited
            status, payload = self.route(method, route, query, body or {})
            return status, payload, extra

    def route(self, method, route, query, body):
        m = re.match(r"^/crm/v3/objects/(contacts|deals)(/.*)?$", route)
        if m:
            obj, rest = m.group(1), m.group(2) or ""
            if rest == "/search" and method == "POST":
                return self.search(obj, body)
            if rest.startswith("/batch/") and method == "POST":
                inputs = body.get("inputs", [])
                if len(inputs) > BATCH_LIMIT:
                    return 400, self.error_body(400, "Batch input limit exceeded: %d > %d" % (len(inputs), BATCH_LIMIT))
                verb = rest[len("/batch/"):]
                return {"read": self.batch_read, "create": self.batch_create, "update": self.batch_update,
                        "upsert": self.batch_upsert, "archive": self.batch_archive}.get(
                    verb, lambda o, b: (404, self.error_body(404, "Unknown batch verb")))(obj, body)
            if rest == "" and method == "POST":
                return self.create_one(obj, body)
            if rest == "" and method == "GET":
                return self.list(obj, query)
            if rest.startswith("/") and method == "GET":
                rid = rest[1:]
                if not self.is_live(obj, rid):
                    return 404, self.error_body(404, "Object not found.  objectId are usually numeric.")
                return 200, self.public(obj, rid)
        m = re.match(r"^/crm/v3/properties/(contacts|deals)(?:/([^/]+))?$", route)
        if m:
            obj, name = m.group(1), m.group(2)
            if method == "GET" and name:
                if name not in self.properties[obj]:
                    return 404, self.error_body(404, "Unable to find property %s" % name, "OBJECT_NOT_FOUND")
                return 200, self.properties[obj][name]
            if method == "POST" and not name:
                if body.get("name") in self.properties[obj]:
                    return 409, self.error_body(409, "Property named '%s' already exists." % body.get("name"))
                prop = dict(body)
                prop.setdefault("hasUniqueValue", False)
                self.properties[obj][body["name"]] = prop
                if prop["hasUniqueValue"]:
                    index = self.unique_index[obj].setdefault(body["name"], {})
                    for rid, r in self.records[obj].items():
                        if not r["archived"] and r["properties"].get(body["name"]):
                            index[r["properties"][body["name"]]] = rid
                return 201, prop
        m = re.match(r"^/crm/v4/associations/deals/contacts/batch/(associate/default|read)$", route)
        if m and method == "POST":
            if m.group(1) == "read":
                results = []
                for i in body.get("inputs", []):
                    cid = self.associations.get(i["id"])
                    if cid:
                        results.append({"from": {"id": i["id"]}, "to": [
                            {"toObjectId": int(cid), "associationTypes": [
                                {"category": "HUBSPOT_DEFINED", "typeId": 3, "label": None}]}]})
                return 200, {"status": "COMPLETE", "results": results}
            results = []
            for i in body.get("inputs", []):
                self.associations[i["from"]["id"]] = i["to"]["id"]
                results.append({"fromObjectTypeId": "0-3", "fromObjectId": int(i["from"]["id"]),
                                "toObjectTypeId": "0-1", "toObjectId": int(i["to"]["id"]),
                                "labels": []})
            return 200, {"status": "COMPLETE", "results": results}
        return 404, self.error_body(404, "No route for %s %s" % (method, route), "OBJECT_NOT_FOUND")

    def search(self, obj, body):
        limit = int(body.get("limit", 10))
        if limit > SEARCH_LIMIT:
            return 400, self.error_body(400, "limit must be at most %d" % SEARCH_LIMIT)
        after = int(body.get("after") or 0)
        cap = int(self.state.faults.get("search_cap", 10000))
        if after >= cap:
            return 400, self.error_body(400, "There was a problem with the request: paging past %d results is not "
                                             "allowed." % cap, "VALIDATION_ERROR")
        groups = body.get("filterGroups") or []

        def value_of(r, prop):
            v = r["properties"].get(prop, "")
            if prop in (MODIFIED[obj], CREATED[obj], "lastmodifieddate", "hs_lastmodifieddate"):
                return r["modified"] if prop == MODIFIED[obj] else v
            if prop == "hs_object_id":
                return int(v)
            return v

        def matches(r, f):
            v = value_of(r, f["propertyName"])
            want = f.get("value")
            op = f["operator"]
            if isinstance(v, int):
                want = int(want)
            return {"EQ": v == want, "NEQ": v != want, "GT": v > want, "GTE": v >= want, "LT": v < want,
                    "LTE": v <= want, "HAS_PROPERTY": v not in ("", None)}.get(op, False)

        rows = []
        for rid, r in self.live(obj).items():
            if r.get("hidden"):
                continue
            if not groups or any(all(matches(r, f) for f in g.get("filters", [])) for g in groups):
                rows.append(rid)
        sorts = body.get("sorts") or [{"propertyName": "hs_object_id", "direction": "ASCENDING"}]
        s = sorts[0]
        if isinstance(s, str):
            s = {"propertyName": s.lstrip("-"), "direction": "DESCENDING" if s.startswith("-") else "ASCENDING"}
        rows.sort(key=lambda rid: (value_of(self.records[obj][rid], s["propertyName"]), int(rid)),
                  reverse=s.get("direction") == "DESCENDING")
        page_cap = self.state.faults.get("page_cap")
        size = min(limit, page_cap) if page_cap else limit
        page = rows[after:after + size]
        wanted = body.get("properties")
        result = {"total": len(rows), "results": [self.public(obj, rid, wanted) for rid in page]}
        if after + size < len(rows):
            result["paging"] = {"next": {"after": str(after + size),
                                         "link": "?after=%d" % (after + size)}}
        return 200, result

    def list(self, obj, query):
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        archived = params.get("archived") == "true"
        limit = min(int(params.get("limit", 10)), 100)
        after = int(params.get("after") or 0)
        rows = sorted((rid for rid, r in self.records[obj].items() if r["archived"] == archived), key=int)
        page = [rid for rid in rows if int(rid) > after][:limit]
        result = {"results": [self.public(obj, rid) for rid in page]}
        if len(page) == limit and rows and page[-1] != rows[-1]:
            result["paging"] = {"next": {"after": page[-1], "link": "?after=" + page[-1]}}
        return 200, result

    def batch_read(self, obj, body):
        wanted = body.get("properties")
        results, missing = [], []
        for i in body.get("inputs", []):
            if self.is_live(obj, i["id"]):
                results.append(self.public(obj, i["id"], wanted))
            else:
                missing.append(i["id"])
        return self.batch_answer(results, missing, obj)

    def batch_answer(self, results, missing, obj, ok_status=200):
        now = iso(self.state.clock.now())
        answer = {"status": "COMPLETE", "results": results, "startedAt": now, "completedAt": now}
        if missing:
            answer["numErrors"] = 1
            answer["errors"] = [{"status": "error", "category": "OBJECT_NOT_FOUND",
                                 "message": "Could not get some %s objects, they may be deleted or not exist. Check "
                                            "that ids are valid." % obj[:-1].upper(),
                                 "context": {"ids": missing}}]
            return 207, answer
        return ok_status, answer

    def conflict(self, existing):
        return 409, self.error_body(409, "Contact already exists. Existing ID: %s" % existing, "CONFLICT")

    def check_inputs(self, obj, inputs, ids=None):
        """The whole batch's 400/409, or None. ids: the record each input updates (None: a new one)."""
        seen = {}
        for n, i in enumerate(inputs):
            props = i.get("properties", {})
            bad = self.validate(obj, props)
            if bad:
                return 400, bad
            if obj == "contacts" and props.get("email"):
                target = ids[n] if ids else None
                other = self.contact_with_email(props["email"], other_than=target)
                if other:
                    return self.conflict(other)
                e = props["email"].strip().lower()
                if e in seen and seen[e] != target:
                    return 400, self.error_body(400, "Duplicate email %s in the batch" % props["email"])
                seen[e] = target
        return None

    def batch_create(self, obj, body):
        inputs = body.get("inputs", [])
        problem = self.check_inputs(obj, inputs)
        if problem:
            return problem
        results = []
        for i in inputs:
            props = i.get("properties", {})
            for name, value in props.items():
                p = self.properties[obj].get(name)
                if p and p.get("hasUniqueValue") and value and self.find_unique(obj, name, value):
                    return 400, self.error_body(400, "%s must be unique: %s is already used" % (name, value))
            rid = self.new_record(obj, props)
            for a in i.get("associations", []) or []:
                if obj == "deals":
                    self.associations[rid] = str(a["to"]["id"])
            results.append(self.public(obj, rid))
        return self.batch_answer(results, [], obj, 201)

    def create_one(self, obj, body):
        answer = self.batch_create(obj, {"inputs": [body]})
        if answer[0] != 201:
            return answer
        return 201, answer[1]["results"][0]

    def batch_update(self, obj, body):
        inputs = body.get("inputs", [])
        present = [i for i in inputs if self.is_live(obj, i.get("id"))]
        missing = [i.get("id") for i in inputs if not self.is_live(obj, i.get("id"))]
        problem = self.check_inputs(obj, present, [i["id"] for i in present])
        if problem:
            return problem
        results = []
        for i in present:
            self.set_properties(obj, i["id"], i.get("properties", {}))
            results.append(self.public(obj, i["id"]))
        return self.batch_answer(results, missing, obj)

    def batch_upsert(self, obj, body):
        inputs = body.get("inputs", [])
        targets = []
        for i in inputs:
            prop = i.get("idProperty") or "hs_object_id"
            if prop != "hs_object_id" and prop != "email" and not self.properties[obj].get(prop, {}).get("hasUniqueValue"):
                return 400, self.error_body(400, "Property %s is not a unique identifier property" % prop)
            if prop == "email" and obj == "contacts":
                targets.append(self.contact_with_email(i["id"]))
            elif prop == "hs_object_id":
                targets.append(i["id"] if self.is_live(obj, i["id"]) else None)
            else:
                targets.append(self.find_unique(obj, prop, i["id"]))
        checked = []
        for i, t in zip(inputs, targets):
            props = dict(i.get("properties", {}))
            if i.get("idProperty") and i.get("idProperty") != "hs_object_id":
                props[i["idProperty"]] = i["id"]
            checked.append({"properties": props})
        problem = self.check_inputs(obj, checked, targets)
        if problem:
            return problem
        results = []
        for c, t in zip(checked, targets):
            if t is None:
                rid = self.new_record(obj, c["properties"])
                new = True
            else:
                rid = t
                self.set_properties(obj, rid, c["properties"])
                new = False
            out = self.public(obj, rid)
            out["new"] = new
            results.append(out)
        return self.batch_answer(results, [], obj)

    def batch_archive(self, obj, body):
        for i in body.get("inputs", []):
            if self.is_live(obj, i.get("id")):
                self.archive_record(obj, i["id"])
        return 204, None

    # --- control -----------------------------------------------------------------------------

    def control_verb(self, verb, body):
        if verb == "state":
            return {o: {rid: {"properties": r["properties"], "archived": r["archived"]}
                        for rid, r in self.records[o].items()} for o in OBJECTS} | {
                "associations": self.associations, "properties": self.properties}
        if verb == "put":
            obj = body["object"]
            rid = body.get("id")
            if rid:
                self.set_properties(obj, rid, body.get("properties", {}))
            else:
                rid = self.new_record(obj, body.get("properties", {}))
            # "hidden": not in search results yet (HubSpot's search index lags behind new records).
            self.records[obj][rid]["hidden"] = bool(body.get("hidden"))
            if body.get("contact") and obj == "deals":
                self.associations[rid] = str(body["contact"])
            return {"id": rid}
        if verb == "archive":
            self.archive_record(body["object"], body["id"])
            return {}
        if verb == "token":
            self.token = body["token"]
            return {}
        if verb == "bulk":
            # Many records at once, for the benchmark's pull: {"object", "count", "prefix"}.
            for n in range(int(body["count"])):
                self.new_record(body["object"], {"email": "%s%d@example.com" % (body.get("prefix", "p"), n),
                                                 "firstname": "P%d" % n})
            return {"count": len(self.records[body["object"]])}
        return None


def main():
    import argparse
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--token", default="pat-na1-test-token")
    args, rest = parser.parse_known_args()
    return serve(HubSpotFake(args.token), rest)


if __name__ == "__main__":
    sys.exit(main())
