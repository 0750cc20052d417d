#!/usr/bin/python3
"""A loopback fake of the Salesforce REST API, as documented, for Leadbench's tests.

    fake_salesforce.py --port 0 [--client-id ID] [--client-secret S] [--refresh-token R] [--faults JSON]

Implements for Lead and Opportunity (API version v59.0, any vNN.N accepted):
  POST /services/oauth2/token                  grant_type=refresh_token (form) -> access_token, instance_url
  GET  /services/data/vXX.X/query?q=SOQL       SELECT fields FROM Obj [WHERE SystemModstamp >= T] ORDER BY
                                               SystemModstamp[, Id]: records in batches (Sforce-Query-Options:
                                               batchSize, default 2000) with nextRecordsUrl
  GET  /services/data/vXX.X/query/<locator>    the next batch; INVALID_QUERY_LOCATOR once expired
  GET  /services/data/vXX.X/sobjects/Obj/describe       fields (with externalId/unique)
  GET  /services/data/vXX.X/sobjects/Obj/deleted/?start&end   deletedRecords, latestDateCovered
  GET  /services/data/vXX.X/composite/sobjects/Obj?ids&fields retrieve (null for missing)
  POST/PATCH/DELETE /services/data/vXX.X/composite/sobjects[/Obj/ExtIdField]   sObject Collections, 200
                                               records, allOrNone false: per-record success/errors
Per-record errors as Salesforce words them: REQUIRED_FIELD_MISSING, INVALID_EMAIL_ADDRESS,
DUPLICATES_DETECTED (with the matching record's Id), ENTITY_IS_DELETED. A bad or expired session
answers 401 INVALID_SESSION_ID; SystemModstamp and LastModifiedDate move on every change.

Faults beyond fakecommon's: token_uses n (an access token expires after n API calls), expire_tokens (every access token issued so far stops working),
rotate_refresh (the token answer carries a new refresh token), query_batch (cap on batch size),
expire_locators (every nextRecordsUrl issued so far stops working), daily_limit n (403
REQUEST_LIMIT_EXCEEDED past n requests).
Control verbs: put {"object", "id"?, "fields"}, delete {"object", "id"}, state.
"""

import os
import re
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fakecommon import Fake, iso, serve  # noqa: E402

OBJECTS = {"Lead": "00Q", "Opportunity": "006"}
FIELDS = {
    "Lead": ["FirstName", "LastName", "Email", "Phone", "MobilePhone", "Title", "Company", "Industry",
             "AnnualRevenue", "NumberOfEmployees", "City", "State", "Country", "PostalCode", "Street", "Website",
             "LeadSource", "Status", "Rating", "Description", "Leadbench_Key__c"],
    "Opportunity": ["Name", "Amount", "CloseDate", "StageName", "Probability", "Description", "Type", "LeadSource",
                    "Leadbench_Key__c"],
}
NUMBERS = {"AnnualRevenue", "NumberOfEmployees", "Amount", "Probability"}
REQUIRED = {"Lead": ["LastName", "Company"], "Opportunity": ["Name", "CloseDate", "StageName"]}
BATCH = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def sf_time(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000.0)) + ".%03d+0000" % (ms % 1000)


def parse_time(text):
    text = text.strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:?\d{2})$", text)
    if not m:
        raise ValueError(text)
    import calendar
    secs = calendar.timegm(time.strptime(m.group(1) + "T" + m.group(2), "%Y-%m-%dT%H:%M:%S"))
    ms = int((m.group(3) or "0").ljust(3, "0"))
    zone = m.group(4)
    offset = 0
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        z = zone[1:].replace(":", "")
        offset = sign * (int(z[:2]) * 3600 + int(z[2:]) * 60)
    return (secs - offset) * 1000 + ms


class SalesforceFake(Fake):
    def __init__(self, client_id, client_secret, refresh_token):
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token
        self.reset()

    def reset(self):
        self.records = {o: {} for o in OBJECTS}
        self.tokens = set()
        self.token_use = {}
        self.locators = {}
        self.counter = 1

    def base_url(self, headers):
        return "http://" + headers.get("Host", "127.0.0.1")

    def error_body(self, status, message, code=None):
        return [{"message": message, "errorCode": code or {400: "MALFORMED_QUERY", 401: "INVALID_SESSION_ID",
                                                          404: "NOT_FOUND"}.get(status, "UNKNOWN_EXCEPTION")}]

    def server_error(self, status):
        if status == 503:
            return self.error_body(503, "Server unavailable", "SERVER_UNAVAILABLE")
        return self.error_body(status, "An unexpected error occurred.", "UNKNOWN_EXCEPTION")

    def new_id(self, obj):
        rid = OBJECTS[obj] + "5g00000%08dAAA" % self.counter
        self.counter += 1
        return rid[:18]

    def public(self, obj, rid, fields):
        r = self.records[obj][rid]
        out = {"attributes": {"type": obj, "url": "/services/data/v59.0/sobjects/%s/%s" % (obj, rid)}}
        for f in fields:
            if f == "Id":
                out["Id"] = rid
            elif f in ("SystemModstamp", "LastModifiedDate"):
                out[f] = sf_time(r["stamp"])
            elif f == "CreatedDate":
                out[f] = sf_time(r["created"])
            else:
                out[f] = r["fields"].get(f)
        return out

    def apply(self, obj, rid, values):
        now = self.state.clock.now()
        if rid not in self.records[obj]:
            self.records[obj][rid] = {"fields": {}, "created": now, "stamp": now, "deleted": False, "deletedAt": None}
        r = self.records[obj][rid]
        for k, v in values.items():
            if k in ("attributes", "Id", "id"):
                continue
            if k in NUMBERS and v not in (None, ""):
                v = float(v)
                if v == int(v):
                    v = int(v) if k == "NumberOfEmployees" else float(v)
            r["fields"][k] = None if v == "" else v
        if obj == "Lead" and not r["fields"].get("Status"):
            r["fields"]["Status"] = "Open - Not Contacted"
        r["stamp"] = now

    def live(self, obj):
        return {rid: r for rid, r in self.records[obj].items() if not r["deleted"]}

    # --- record checks -----------------------------------------------------------------------

    def check(self, obj, values, rid=None):
        """Per-record errors, Salesforce style, or []."""
        unknown = [k for k in values if k not in FIELDS[obj] and k not in ("attributes", "Id", "id")]
        if unknown:
            return [{"statusCode": "INVALID_FIELD", "message": "No such column '%s' on sobject of type %s" % (unknown[0], obj),
                     "fields": []}]
        merged = dict(self.records[obj][rid]["fields"]) if rid else {}
        merged.update({k: v for k, v in values.items() if k != "attributes"})
        missing = [f for f in REQUIRED[obj] if merged.get(f) in (None, "")]
        if missing:
            return [{"statusCode": "REQUIRED_FIELD_MISSING",
                     "message": "Required fields are missing: [%s]" % ", ".join(missing), "fields": missing}]
        email = merged.get("Email")
        if obj == "Lead" and email and not EMAIL.match(email):
            return [{"statusCode": "INVALID_EMAIL_ADDRESS", "message": "Email: invalid email address: %s" % email,
                     "fields": ["Email"]}]
        if obj == "Lead" and email:
            for other, r in self.live("Lead").items():
                if other != rid and (r["fields"].get("Email") or "").lower() == email.lower():
                    return [{"statusCode": "DUPLICATES_DETECTED",
                             "message": "Use one of these records?",
                             "fields": [],
                             "duplicateResult": {
                                 "allowSave": False, "duplicateRule": "Standard_Rule_for_Leads_with_Duplicate_Leads",
                                 "duplicateRuleEntityType": "Lead", "errorMessage": "Use one of these records?",
                                 "matchResults": [{"entityType": "Lead", "matchEngine": "FuzzyMatchEngine",
                                                   "matchRecords": [{"record": {"attributes": {"type": "Lead"}, "Id": other},
                                                                     "matchConfidence": 100.0}],
                                                   "rule": "Standard_Lead_Match_Rule_v1_0", "size": 1,
                                                   "success": True}]}}]
        return []

    # --- requests ----------------------------------------------------------------------------

    def handle(self, method, path, body, headers):
        with self.state.lock:
            route = urllib.parse.urlsplit(path)
            params = urllib.parse.parse_qs(route.query)
            if route.path == "/services/oauth2/token" and method == "POST":
                return self.token(body if isinstance(body, str) else "", headers)
            auth = headers.get("Authorization", "")
            token = auth[7:] if auth.startswith("Bearer ") else ""
            if token not in self.tokens:
                return 401, self.error_body(401, "Session expired or invalid", "INVALID_SESSION_ID"), {}
            uses = self.state.faults.get("token_uses")
            if uses:
                self.token_use[token] = self.token_use.get(token, 0) + 1
                if self.token_use[token] > uses:
                    self.tokens.discard(token)
                    self.state.stats["expired_sessions"] += 1
                    return 401, self.error_body(401, "Session expired or invalid", "INVALID_SESSION_ID"), {}
            limit = self.state.faults.get("daily_limit")
            used = self.state.stats["api_calls"] = self.state.stats["api_calls"] + 1
            extra = {"Sforce-Limit-Info": "api-usage=%d/%d" % (used, limit or 15000)}
            if limit is not None and used > limit:
                return 403, self.error_body(403, "TotalRequests Limit exceeded.", "REQUEST_LIMIT_EXCEEDED"), extra
            rate = self.state.faults.get("rate")
            if rate:
                ok, _ = self.state.windows["rate"].admit(rate["max"], rate["interval_ms"], int(time.time() * 1000))
                if not ok:
                    self.state.stats["rate_limited"] += 1
                    h = dict(extra)
                    if self.state.faults.get("retry_after"):
                        h["Retry-After"] = 1
                    return 429, self.error_body(429, "Too many requests", "REQUEST_LIMIT_EXCEEDED"), h
            m = re.match(r"^/services/data/v\d+\.\d+(/.*)$", route.path)
            if not m:
                return 404, self.error_body(404, "The requested resource does not exist"), extra
            status, payload = self.route(method, m.group(1), params, body, headers)
            return status, payload, extra

    def token(self, raw, headers):
        form = urllib.parse.parse_qs(raw)
        get = lambda k: (form.get(k) or [""])[0]
        if get("grant_type") != "refresh_token":
            return 400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"}, {}
        if get("client_id") != self.client_id or get("client_secret") != self.client_secret:
            return 400, {"error": "invalid_client", "error_description": "invalid client credentials"}, {}
        if get("refresh_token") != self.refresh_token:
            return 400, {"error": "invalid_grant", "error_description": "expired access/refresh token"}, {}
        token = "00D5g000004" + uuid.uuid4().hex
        self.tokens.add(token)
        self.state.stats["tokens"] += 1
        answer = {"access_token": token, "signature": uuid.uuid4().hex, "scope": "api refresh_token",
                  "instance_url": self.base_url(headers), "id": self.base_url(headers) + "/id/00D/005",
                  "token_type": "Bearer", "issued_at": str(int(time.time() * 1000))}
        if self.state.faults.get("rotate_refresh"):
            self.refresh_token = "5Aep" + uuid.uuid4().hex
            answer["refresh_token"] = self.refresh_token
        return 200, answer, {}

    def route(self, method, path, params, body, headers):
        if path == "/query/" or path == "/query":
            return self.query(params.get("q", [""])[0], headers)
        m = re.match(r"^/query/([\w-]+)$", path)
        if m:
            return self.query_more(m.group(1))
        m = re.match(r"^/sobjects/(Lead|Opportunity)/describe/?$", path)
        if m:
            obj = m.group(1)
            fields = [{"name": "Id", "type": "id"}, {"name": "SystemModstamp", "type": "datetime"}]
            for f in FIELDS[obj]:
                fields.append({"name": f, "type": "double" if f in NUMBERS else "string",
                               "externalId": f == "Leadbench_Key__c", "unique": f == "Leadbench_Key__c",
                               "updateable": True, "createable": True})
            if self.state.faults.get("no_external_id"):
                fields = [f for f in fields if f["name"] != "Leadbench_Key__c"]
            return 200, {"name": obj, "fields": fields}
        m = re.match(r"^/sobjects/(Lead|Opportunity)/deleted/?$", path)
        if m:
            obj = m.group(1)
            start = parse_time(params["start"][0])
            end = parse_time(params["end"][0])
            deleted = [{"id": rid, "deletedDate": sf_time(r["deletedAt"])} for rid, r in self.records[obj].items()
                       if r["deleted"] and start <= r["deletedAt"] <= end]
            return 200, {"deletedRecords": deleted, "earliestDateAvailable": sf_time(0),
                         "latestDateCovered": sf_time(min(end, int(time.time() * 1000)))}
        m = re.match(r"^/composite/sobjects(?:/(Lead|Opportunity)(?:/(\w+))?)?/?$", path)
        if m:
            return self.collections(method, m.group(1), m.group(2), params, body or {})
        return 404, self.error_body(404, "The requested resource does not exist")

    # --- SOQL --------------------------------------------------------------------------------

    def query(self, soql, headers):
        m = re.match(r"^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+SystemModstamp\s*(>=|>)\s*(\S+))?"
                     r"\s+ORDER\s+BY\s+SystemModstamp(?:\s+ASC)?(?:\s*,\s*Id(?:\s+ASC)?)?\s*$", soql, re.I)
        if not m:
            return 400, self.error_body(400, "unexpected token in: " + soql[:80], "MALFORMED_QUERY")
        fields = [f.strip() for f in m.group(1).split(",")]
        obj = m.group(2)
        if obj not in OBJECTS:
            return 400, self.error_body(400, "sObject type '%s' is not supported." % obj, "INVALID_TYPE")
        for f in fields:
            if f not in FIELDS[obj] and f not in ("Id", "SystemModstamp", "LastModifiedDate", "CreatedDate"):
                return 400, self.error_body(400, "No such column '%s' on entity '%s'." % (f, obj), "INVALID_FIELD")
        rows = sorted(((rid, r) for rid, r in self.live(obj).items() if not r.get("hidden")),
                      key=lambda kv: (kv[1]["stamp"], kv[0]))
        if m.group(4):
            since = parse_time(m.group(4))
            rows = [(rid, r) for rid, r in rows if (r["stamp"] >= since if m.group(3) == ">=" else r["stamp"] > since)]
        snapshot = [self.public(obj, rid, fields) for rid, r in rows]
        size = 2000
        opts = headers.get("Sforce-Query-Options", "")
        mm = re.search(r"batchSize=(\d+)", opts)
        if mm:
            size = max(200, min(2000, int(mm.group(1))))
        cap = self.state.faults.get("query_batch")
        if cap:
            size = min(size, int(cap))
        return 200, self.page(snapshot, 0, size)

    def page(self, snapshot, offset, size):
        batch = snapshot[offset:offset + size]
        answer = {"totalSize": len(snapshot), "done": offset + size >= len(snapshot), "records": batch}
        if not answer["done"]:
            locator = "01g5g00000%s-%d" % (uuid.uuid4().hex[:8], offset + size)
            self.locators[locator] = (snapshot, offset + size, size)
            answer["nextRecordsUrl"] = "/services/data/v59.0/query/" + locator
        return answer

    def query_more(self, locator):
        if locator not in self.locators:
            return 400, self.error_body(400, "invalid query locator", "INVALID_QUERY_LOCATOR")
        snapshot, offset, size = self.locators.pop(locator)
        return 200, self.page(snapshot, offset, size)

    # --- sObject Collections -----------------------------------------------------------------

    def collections(self, method, obj, ext, params, body):
        if method == "GET":
            ids = (params.get("ids") or [""])[0].split(",")
            fields = ["Id"] + (params.get("fields") or [""])[0].split(",")
            return 200, [self.public(obj, rid, fields) if rid in self.live(obj) else None for rid in ids]
        if method == "DELETE":
            ids = (params.get("ids") or [""])[0].split(",")
            if len(ids) > BATCH:
                return 400, self.error_body(400, "Maximum number of records is %d" % BATCH, "EXCEEDED_ID_LIMIT")
            out = []
            for rid in ids:
                owner = next((o for o in OBJECTS if rid in self.records[o]), None)
                if not owner or self.records[owner][rid]["deleted"]:
                    out.append({"id": rid, "success": False,
                                "errors": [{"statusCode": "ENTITY_IS_DELETED", "message": "entity is deleted", "fields": []}]})
                    continue
                r = self.records[owner][rid]
                r["deleted"] = True
                r["deletedAt"] = self.state.clock.now()
                out.append({"id": rid, "success": True, "errors": []})
            return 200, out
        records = body.get("records", [])
        if len(records) > BATCH:
            return 400, self.error_body(400, "Maximum number of records is %d" % BATCH, "EXCEEDED_ID_LIMIT")
        if body.get("allOrNone"):
            return 400, self.error_body(400, "this fake only plays allOrNone false", "INVALID_OPERATION")
        out = []
        for rec in records:
            rtype = (rec.get("attributes") or {}).get("type")
            if rtype not in OBJECTS or (obj and rtype != obj):
                out.append({"success": False, "errors": [{"statusCode": "INVALID_TYPE",
                                                          "message": "attributes.type is missing or wrong", "fields": []}]})
                continue
            values = {k: v for k, v in rec.items() if k not in ("attributes", "id")}
            if method == "PATCH" and ext:
                key = rec.get(ext)
                rid = next((i for i, r in self.live(rtype).items() if r["fields"].get(ext) == key), None)
                errors = self.check(rtype, values, rid)
                if errors:
                    out.append({"id": rid, "success": False, "errors": errors, "created": False})
                    continue
                created = rid is None
                rid = rid or self.new_id(rtype)
                self.apply(rtype, rid, values)
                out.append({"id": rid, "success": True, "errors": [], "created": created})
            elif method == "PATCH":
                rid = rec.get("id")
                if rid not in self.records[rtype] or self.records[rtype][rid]["deleted"]:
                    out.append({"id": rid, "success": False,
                                "errors": [{"statusCode": "ENTITY_IS_DELETED", "message": "entity is deleted", "fields": []}]})
                    continue
                errors = self.check(rtype, values, rid)
                if errors:
                    out.append({"id": rid, "success": False, "errors": errors})
                    continue
                self.apply(rtype, rid, values)
                out.append({"id": rid, "success": True, "errors": []})
            elif method == "POST":
                errors = self.check(rtype, values)
                if errors:
                    out.append({"success": False, "errors": errors})
                    continue
                rid = self.new_id(rtype)
                self.apply(rtype, rid, values)
                out.append({"id": rid, "success": True, "errors": []})
        return 200, out

    # --- control -----------------------------------------------------------------------------

    def control_verb(self, verb, body):
        if verb == "state":
            return {o: {rid: dict(r["fields"], Id=rid, deleted=r["deleted"]) for rid, r in self.records[o].items()}
                    for o in OBJECTS} | {"refresh_token": self.refresh_token}
        if verb == "put":
            obj = body["object"]
            rid = body.get("id") or self.new_id(obj)
            self.apply(obj, rid, body.get("fields", {}))
            # "hidden": the integration user cannot see it (sharing), but duplicate rules still match it.
            self.records[obj][rid]["hidden"] = bool(body.get("hidden"))
            return {"id": rid}
        if verb == "delete":
            r = self.records[body["object"]][body["id"]]
            r["deleted"] = True
            r["deletedAt"] = self.state.clock.now()
            return {}
        return None

    def control(self, verb, body):
        result = super().control(verb, body)
        if verb == "faults":
            if body.get("expire_tokens"):
                self.tokens.clear()
            if body.get("expire_locators"):
                self.locators.clear()
        return result


def main():
    import argparse
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--client-id", default="3MVG9-test-client")
    parser.add_argument("--client-secret", default="test-client-secret")
    parser.add_argument("--refresh-token", default="5Aep-test-refresh")
    args, rest = parser.parse_known_args()
    fake = SalesforceFake(args.client_id, args.client_secret, args.refresh_token)
    return serve(fake, rest)


if __name__ == "__main__":
    sys.exit(main())
