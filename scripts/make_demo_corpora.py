"""Generate the bundled demo corpora under corpora/demo/ plus their answer key.

Deterministic: a seeded RNG over hand-written pools (scripts/demo_corpora_pools_*.py), so
re-running produces byte-identical files. Stdlib only. Usage: python scripts/make_demo_corpora.py
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))

import demo_corpora_calls as calls  # noqa: E402
import demo_corpora_people as people  # noqa: E402
from demo_corpora_lib import (DEMO, FEATURES, POOLS, Account, Balancer, Ctx, Person, Piece, arr_of,  # noqa: E402
                              build_accounts, filler, iso, one_sentence, outlook_header, quote_header, rand_time,
                              realize, render_email, signature, strip_tags, stranger)
import demo_corpora_reviews as reviews  # noqa: E402

SEED = 20260311
TOPICS = ["bug", "billing", "howto", "small"]


class Corpus:
    """Shared state: accounts, balancer, answer key and quarantine rows."""

    def __init__(self) -> None:
        self.rng = Random(SEED)
        self.accounts = build_accounts(self.rng)
        self.by_region = {}
        for a in self.accounts:
            self.by_region.setdefault("de" if a.region == "DACH" else "en", []).append(a)
        self.bal = Balancer(self.rng)
        self.key: list[dict] = []
        self.quarantine: list[dict] = []
        self.errors: list[str] = []

    def pick_lang(self, p_de: float = 0.2) -> str:
        return "de" if self.rng.random() < p_de else "en"

    def pick_account(self, lang: str) -> Account:
        pool = self.by_region[lang] if lang == "de" or self.rng.random() < 0.92 else self.by_region["de"]
        return self.rng.choice(pool)

    def record(self, source: str, ext: str, file: str, lang: str, account_id: str | None,
               customer_texts: list[str], pieces: list[Piece], vendor_pieces: list[Piece]) -> dict:
        """Add one answer-key line; check each quote against the customer text it must come from."""
        sigs, negs = [], []
        plain = "\n".join(strip_tags(t) for t in customer_texts)
        for p in pieces:
            for s in p.signals:
                if s["quote"] not in plain or not one_sentence(s["quote"]):
                    self.errors.append(f"{file} {ext}: bad quote {s['quote']!r}")
                if s not in sigs:
                    sigs.append(s)
            negs += [n for n in p.negs if n not in negs]
        for p in vendor_pieces:
            negs += [{"type": "vendor_pitch", "quote": p.text, "role": "vendor"}]
        rec = {"source_system": source, "external_id": ext, "file": file, "language": lang,
               "account_id": account_id, "signals": sigs, "hard_negatives": negs}
        self.key.append(rec)
        return rec


# ------------------------------------------------------------------ who writes

def requester(c: Corpus, lang: str) -> tuple[Account | None, Person, str, str | None]:
    """(true account or None, person, hint level, key account id) for a ticket-like conversation."""
    rng = c.rng
    r = rng.random()
    if r < 0.08:  # prospect / trial user of a company that is not a customer
        comp = rng.choice(people.UNKNOWN_COMPANIES_DE if lang == "de" else people.UNKNOWN_COMPANIES_EN)
        return None, stranger(rng, lang, False, comp), "prospect", None
    if r < 0.14:  # free-mail, nothing else
        return None, stranger(rng, lang, True, None), "freemail", None
    acc = c.pick_account(lang)
    person = rng.choice(acc.contacts)
    if r < 0.22:  # free-mail contact of a known account (only linkable by explicit id or name)
        fm = stranger(rng, lang, True, None)
        person = Person(person.name, fm.email.split("@")[0] + "@" + fm.email.split("@")[1], person.title,
                        person.phone, lang, fm.uid, acc.name)
        return acc, person, "freemail_known", acc.id
    return acc, person, rng.choice(["id", "id", "org", "email"]), acc.id


def agent_for(c: Corpus, lang: str) -> tuple[str, str]:
    cands = [a for a in people.AGENTS if lang in a[2].split()]
    a = c.rng.choice(cands)
    return a[0], a[1]


# ------------------------------------------------------------------ message content

def customer_pieces(c: Corpus, ctx: Ctx, n_sig: int, topic: str | None, neg: bool) -> list[Piece]:
    rng, body = c.rng, []
    if topic:
        body.append(filler(ctx, topic))
    sigs = [p for p in (c.bal.signal(ctx) for _ in range(n_sig)) if p]
    body += sigs
    if neg:
        p = c.bal.negative(ctx)
        if p:
            body.insert(rng.randint(0, len(body)), p)
    if not body:
        body.append(filler(ctx, rng.choice(TOPICS)))
    return body


def paragraphs(c: Corpus, ctx: Ctx, body: list[Piece], formal: bool) -> list[list[Piece]]:
    rng = c.rng
    paras: list[list[Piece]] = []
    if formal:
        paras.append([filler(ctx, "greet")])
        if rng.random() < 0.4:
            paras.append([filler(ctx, "open")])
    cur: list[Piece] = []
    for p in body:
        cur.append(p)
        if rng.random() < 0.55:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    if formal and rng.random() < 0.6:
        paras.append([filler(ctx, rng.choice(["close", "thanks"]))])
    return paras


def agent_pieces(c: Corpus, ctx: Ctx, cust: Person, cats: set[str], pitch: bool) -> tuple[list[list[str]], list[Piece]]:
    rng, A = c.rng, POOLS[ctx.lang].AGENT
    first = cust.name.split()[0]
    out = [[rng.choice(A["hello"]).format(name=first)], [rng.choice(A["ack"])]]
    for k in ("bug", "billing", "howto"):
        if k in cats:
            out[-1].append(rng.choice(A[k]))
    if cats & {"fr", "want", "cc", "cmp", "wk"}:
        out[-1].append(rng.choice(A["fr"]))
    vendor = []
    if pitch:
        sl = ctx.account.seat_limit if ctx.account else 25
        txt = rng.choice(A["upsell"]).replace("{SL}", str(sl))
        out.append([txt])
        vendor.append(Piece(txt, "pitch"))
    out.append([rng.choice(A["close"])])
    return out, vendor


def build_thread(c: Corpus, lang: str, casual: bool = False):
    """Plan one support conversation: account, requester, customer messages, agent replies."""
    rng = c.rng
    acc, person, hint, key_acc = requester(c, lang)
    ctx = Ctx(rng, lang, acc, casual)
    has_sig = rng.random() < 0.52
    n_sig = rng.choices([1, 2, 3], [0.55, 0.3, 0.15])[0] if has_sig else 0
    topic = rng.choice(TOPICS) if (not has_sig or rng.random() < 0.4) else None
    body = customer_pieces(c, ctx, n_sig, topic, rng.random() < 0.3)
    cats = {p.cat for p in body}
    pitch = rng.random() < (0.45 if cats & {"want", "lp", "gr", "cn"} else 0.08)
    follow = None
    if rng.random() < 0.45:
        extra = []
        if has_sig and rng.random() < 0.35:
            extra = [p for p in [c.bal.signal(ctx)] if p]
        elif rng.random() < 0.25:
            extra = [p for p in [c.bal.negative(ctx)] if p]
        follow = [filler(ctx, "followup_ok")] + extra
    return dict(acc=acc, person=person, hint=hint, key_acc=key_acc, ctx=ctx, body=body, cats=cats,
                pitch=pitch, follow=follow, lang=lang)


def subject_for(c: Corpus, th: dict) -> str:
    rng, S = c.rng, POOLS[th["lang"]].SUBJECTS
    sig = next((p for p in th["body"] if p.signals), None)
    if sig is None:
        cat = next((p.cat for p in th["body"] if p.cat in S), "neg")
        return rng.choice(S[cat])
    cat = sig.cat if sig.cat in S else "fr"
    if cat == "cmp":
        cat = "cc"
    s = rng.choice(S[cat])
    feat = next((x["feature"] for x in sig.signals if x["feature"]), None)
    if "{FN}" in s:
        s = s.replace("{FN}", FEATURES[feat]["name"] if feat else "Planwise")
    return s if rng.random() < 0.85 else s.lower()


def email_style(c: Corpus, person: Person) -> str:
    return c.rng.choice(["gmail", "outlook", "outlook", "plain", "mobile", "web"])


# ------------------------------------------------------------------ zendesk

def zendesk(c: Corpus, n: int) -> None:
    rng, lines, file = c.rng, [], "tickets/zendesk_export.jsonl"
    orgs = {a.id: 360000 + i * 7 for i, a in enumerate(c.accounts)}
    tid = 48100
    resend_src: list[tuple[dict, dict]] = []
    for i in range(n):
        tid += rng.randint(1, 9)
        lang = c.pick_lang()
        th = build_thread(c, lang)
        ticket, rec = zendesk_ticket(c, th, tid, orgs, file)
        lines.append(json.dumps(ticket, ensure_ascii=False))
        if i in (40, 133, 251):
            resend_src.append((ticket, th))
        if i in (60, 190, 288):  # the exporter emitted the same ticket twice
            lines.append(lines[-1])
    for ticket, th in resend_src:  # the customer re-sent the same mail: a new ticket, same text
        tid += rng.randint(1, 9)
        t2 = json.loads(json.dumps(ticket))
        t2["id"], t2["url"] = tid, f"https://planwise.zendesk.com/agent/tickets/{tid}"
        t2["comments"] = t2["comments"][:1]
        t2["status"], t2["tags"] = "new", []
        c.record("zendesk", str(tid), file, th["lang"], th["key_acc"], [t2["comments"][0]["html_body"]],
                 th["body"], [])
        lines.append(json.dumps(t2, ensure_ascii=False))
    bad = [(117, '{"id": 48777, "url": "https://planwise.zendesk.com/agent/tickets/48777", "subject": "Export '
                 'broken", "created_at": "2026-01-12T09:14:02Z", "comments": [{"id": 1, "author": {"id": 9'),
           (265, "{'id': 49012, 'subject': 'Re: invoice', 'status': 'open', 'comments': []}")]
    for pos, text in bad:
        lines.insert(pos, text)
        c.quarantine.append({"file": file, "record": pos + 1, "why": "malformed JSON line"})
    write(file, "\n".join(lines) + "\n")


def zendesk_ticket(c: Corpus, th: dict, tid: int, orgs: dict, file: str) -> tuple[dict, dict]:
    rng, lang, person, acc = c.rng, th["lang"], th["person"], th["acc"]
    ctx = th["ctx"]
    t0 = rand_time(rng)
    subject = subject_for(c, th)
    style = email_style(c, person)
    formal = style != "web" or rng.random() < 0.3
    paras = paragraphs(c, ctx, th["body"], formal)
    sig = signature(person, ctx, "mobile" if style == "mobile" else "full") if style != "web" else []
    h1, p1 = render_email([[p.text for p in para] for para in paras], sig, style)
    cust = {"id": person.uid, "name": person.name, "email": person.email, "role": "end-user"}
    agent_name, agent_email = agent_for(c, lang)
    agent = {"id": 100 + people.AGENTS.index(next(a for a in people.AGENTS if a[0] == agent_name)),
             "name": agent_name, "email": agent_email, "role": "agent"}
    comments = [{"id": 1, "author": cust, "html_body": h1, "plain_body": p1, "public": True, "created_at": iso(t0)}]
    texts = [h1]
    t = t0 + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    apar, vendor = agent_pieces(c, ctx, person, th["cats"], th["pitch"])
    sign = rng.choice(POOLS[lang].AGENT["sign"]).format(agent=agent_name.split()[0])
    ah, ap = render_email(apar, sign.split("\n"), "plain")
    comments.append({"id": 2, "author": agent, "html_body": ah, "plain_body": ap, "public": True, "created_at": iso(t)})
    if rng.random() < 0.22:
        notes = POOLS[lang].INTERNAL_NOTES
        note = rng.choice(notes)
        if acc:
            note = note.replace("{PLAN}", acc.plan.capitalize()).replace("{SU}", str(acc.seats_used)).replace(
                "{SL}", str(acc.seat_limit))
        else:
            note = notes[1]
        comments.append({"id": 3, "author": agent, "html_body": f"<p>{note}</p>", "plain_body": note,
                         "public": False, "created_at": iso(t + timedelta(minutes=3))})
    pieces = list(th["body"])
    if th["follow"]:
        t = t + timedelta(hours=rng.randint(1, 48))
        qlines = [x for para in apar for x in para] + sign.split("\n")
        fstyle = style if style != "web" else "gmail"
        header = (quote_header(t - timedelta(hours=2), agent_name, agent_email, lang) if fstyle != "outlook"
                  else outlook_header(t - timedelta(hours=2), agent_name, agent_email, person.name,
                                      "Re: " + subject, lang))
        fpar = [[p.text for p in th["follow"]]]
        fs = signature(person, ctx, "mobile" if fstyle == "mobile" else "full")[:2]
        fh, fp = render_email(fpar, fs, fstyle, (header, qlines))
        comments.append({"id": len(comments) + 1, "author": cust, "html_body": fh, "plain_body": fp, "public": True,
                         "created_at": iso(t)})
        texts.append(fh)
        pieces += th["follow"]
    status = rng.choice(["solved", "solved", "closed", "open", "pending"])
    org = None
    if acc and th["hint"] in ("id", "freemail_known"):
        org = {"id": orgs[acc.id], "name": acc.name, "external_id": acc.id, "domain_names": [acc.website] + acc.domains}
    elif acc and th["hint"] == "org":
        org = {"id": orgs[acc.id], "name": acc.name, "external_id": None, "domain_names": []}
    tags = sorted({tg for p in th["body"] for tg in POOLS["en"].TAGS.get(p.cat, [])}) + ([lang] if lang == "de" else [])
    ticket = {"id": tid, "url": f"https://planwise.zendesk.com/agent/tickets/{tid}", "subject": subject,
              "created_at": iso(t0), "updated_at": iso(t), "status": status,
              "priority": rng.choice(["low", "normal", "normal", "high", "urgent"]),
              "via": {"channel": "email" if style != "web" else "web"}, "tags": tags,
              "requester": {"id": person.uid, "name": person.name, "email": person.email},
              "organization": org, "comments": comments}
    key_acc = th["key_acc"]
    rec = c.record("zendesk", str(tid), file, lang, key_acc, texts, pieces, vendor)
    return ticket, rec


# ------------------------------------------------------------------ intercom

INTERCOM_HEADER = ["conversation_id", "created_at", "conversation_subject", "part_type", "author_type",
                   "author_name", "author_email", "company_id", "company_name", "body"]


def intercom(c: Corpus, n: int) -> None:
    rng, rows, file = c.rng, [], "tickets/intercom_conversations.csv"
    cid = 215550000000 + 1000
    for i in range(n):
        cid += rng.randint(1, 9999)
        lang = c.pick_lang()
        th = build_thread(c, lang, casual=True)
        rows += intercom_conv(c, th, str(cid), file)
        if i == 57:  # a single-part conversation whose timestamp the exporter mangled
            cid += 17
            rows.append([str(cid), "31/02/2026 25:61", "", "conversation", "user", "Chris Walsh",
                         "chris.walsh@copperleaf.co", "ACC-0023", "Copperleaf Marketing LLC",
                         "<p>hey, quick q, can I change my notification email?</p>"])
            c.quarantine.append({"file": file, "record": len(rows) + 1, "row": len(rows),
                                 "why": "unparseable created_at '31/02/2026 25:61'"})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(INTERCOM_HEADER)
    w.writerows(rows)
    write(file, buf.getvalue())


def intercom_conv(c: Corpus, th: dict, cid: str, file: str) -> list[list[str]]:
    rng, lang, person, acc, ctx = c.rng, th["lang"], th["person"], th["acc"], th["ctx"]
    t = rand_time(rng)
    comp_id = acc.id if acc and th["hint"] in ("id", "freemail_known", "email") and rng.random() < 0.8 else ""
    comp_name = acc.name if acc and (comp_id or th["hint"] == "org") else ""
    key_acc = th["key_acc"] if (comp_id or comp_name or th["hint"] not in ("freemail_known",)) else None
    author_type = "lead" if th["hint"] in ("prospect", "freemail") and rng.random() < 0.6 else "user"
    subject = subject_for(c, th) if rng.random() < 0.4 else ""
    rows, texts, vendor = [], [], []

    def row(ptype: str, atype: str, name: str, email: str, body: str) -> None:
        nonlocal t
        t += timedelta(seconds=rng.randint(15, 400))
        rows.append([cid, iso(t), subject, ptype, atype, name, email, comp_id, comp_name, body])

    if rng.random() < 0.5:
        row("conversation" if not rows else "comment", "bot", "Operator", "",
            "<p>Hi there 👋 How can we help?</p>" if lang == "en" else "<p>Hallo 👋 Wie können wir helfen?</p>")
    parts = [filler(ctx, "greet").text.rstrip(",")] if rng.random() < 0.6 else []
    parts += [p.text for p in th["body"]]
    for k, txt in enumerate(parts):
        body = f"<p>{esc_html(txt)}</p>"
        row("conversation" if not rows else "comment", author_type, person.name, person.email, body)
        texts.append(body)
    if rng.random() < 0.4:
        row("assignment", "bot", "Operator", "", "")
    agent_name, agent_email = agent_for(c, lang)
    apar, vend = agent_pieces(c, ctx, person, th["cats"], th["pitch"])
    vendor += vend
    for para in apar:
        row("comment", "admin", agent_name, agent_email, "<p>" + esc_html(" ".join(para)) + "</p>")
    if rng.random() < 0.15:
        note = "customer mentioned budget/renewal, pinged the CSM" if lang == "en" else "Kunde erwähnt Verlängerung, CSM informiert"
        row("note", "admin", agent_name, agent_email, f"<p>{note}</p>")
    pieces = list(th["body"])
    if th["follow"]:
        for p in th["follow"]:
            body = f"<p>{esc_html(p.text)}</p>"
            row("comment", author_type, person.name, person.email, body)
            texts.append(body)
        pieces += th["follow"]
    row("close", "admin", agent_name, agent_email, "")
    c.record("intercom", cid, file, lang, key_acc, texts, pieces, vendor)
    return rows


def esc_html(s: str) -> str:
    return html.escape(s, quote=False)


# ------------------------------------------------------------------ freshdesk

FRESHDESK_HEADER = ["Ticket ID", "Subject", "Description", "Status", "Priority", "Source", "Type", "Agent", "Group",
                    "Created time", "Requester name", "Requester email", "Company", "Tags"]


def freshdesk(c: Corpus, n: int) -> None:
    rng, rows, file = c.rng, [], "tickets/freshdesk_tickets.csv"
    tid = 7300
    for _ in range(n):
        tid += rng.randint(1, 6)
        lang = c.pick_lang()
        th = build_thread(c, lang)
        person, acc, ctx = th["person"], th["acc"], th["ctx"]
        source = rng.choice(["Email", "Email", "Email", "Portal", "Chat", "Phone", "Feedback Widget"])
        style = email_style(c, person) if source == "Email" else "web"
        paras = paragraphs(c, ctx, th["body"], style != "web")
        sig = signature(person, ctx, "mobile" if style == "mobile" else "full") if style != "web" else []
        quoted = None
        if source == "Email" and rng.random() < 0.25:  # reply to an old thread that opened a new ticket
            a_name, a_mail = agent_for(c, lang)
            old = rand_time(rng)
            header = (outlook_header(old, a_name, a_mail, person.name, "Re: " + subject_for(c, th), lang)
                      if style == "outlook" else quote_header(old, a_name, a_mail, lang))
            quoted = (header,
                      [rng.choice(POOLS[lang].AGENT["hello"]).format(name=person.name.split()[0]),
                       rng.choice(POOLS[lang].AGENT["howto"]), a_name])
        h, _ = render_email([[p.text for p in para] for para in paras], sig, style, quoted)
        company = ""
        if acc and th["hint"] in ("id", "org", "freemail_known"):
            variants = people.NAME_VARIANTS.get(acc.name, [])
            company = rng.choice(variants) if variants and rng.random() < 0.3 else acc.name
        key_acc = th["key_acc"] if (acc and (company or th["hint"] != "freemail_known")) else None
        agent_name = agent_for(c, lang)[0] if rng.random() < 0.85 else ""
        tags = sorted({tg for p in th["body"] for tg in POOLS["en"].TAGS.get(p.cat, [])})
        ftype = ("Feature Request" if th["cats"] & {"fr", "want"} else "Incident" if "bug" in th["cats"]
                 else rng.choice(["Question", "Question", "Problem", ""]))
        rows.append([str(tid), subject_for(c, th), h, rng.choice(["Open", "Pending", "Resolved", "Closed", "Closed"]),
                     rng.choice(["Low", "Medium", "Medium", "High", "Urgent"]), source, ftype, agent_name,
                     "Support DE" if lang == "de" else rng.choice(["Support EN", "Billing", "Customer Success"]),
                     rand_time(rng).strftime("%Y-%m-%d %H:%M:%S"), person.name, person.email, company,
                     ", ".join(tags)])
        c.record("freshdesk", str(tid), file, lang, key_acc, [h], th["body"], [])
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(FRESHDESK_HEADER)
    w.writerows(rows)
    write(file, "\ufeff" + buf.getvalue())


# ------------------------------------------------------------------ output

def write(rel: str, text: str) -> None:
    path = DEMO / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def accounts_csv(c: Corpus) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Account ID", "Account Name", "Website", "Domains", "Plan", "ARR", "Seats Used", "Seat Limit",
                "Owner Email", "Region", "Industry", "NPS"])
    rng = Random(SEED + 1)
    for a in c.accounts:
        w.writerow([a.id, a.name, a.website, ";".join(a.domains), a.plan.capitalize(), arr_of(a, rng),
                    a.seats_used, a.seat_limit, a.owner, a.region, a.industry, a.nps])
    write("accounts.csv", buf.getvalue())


def summary(c: Corpus) -> str:
    out = []
    files = Counter(r["file"] if not r["file"].startswith("calls/") else "calls/*." + r["file"].rsplit(".", 1)[1]
                    for r in c.key)
    langs = Counter((r["file"].split("/")[0], r["language"]) for r in c.key)
    out.append(f"conversations in the answer key: {len(c.key)}")
    for f, n in sorted(files.items()):
        out.append(f"  {f}: {n}")
    out.append("by channel and language: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(langs.items())))
    kinds = Counter((s["kind"], r["language"]) for r in c.key for s in r["signals"])
    out.append("signals by kind (en / de):")
    for k in sorted({k for k, _ in kinds}):
        out.append(f"  {k}: {kinds[(k, 'en')]} / {kinds[(k, 'de')]}")
    stances = Counter(s["stance"] for r in c.key for s in r["signals"] if s["stance"])
    out.append("stances: " + ", ".join(f"{k}={v}" for k, v in sorted(stances.items())))
    negs = Counter((n["type"], r["language"]) for r in c.key for n in r["hard_negatives"])
    out.append("hard negatives by type (en / de):")
    for k in sorted({k for k, _ in negs}):
        out.append(f"  {k}: {negs[(k, 'en')]} / {negs[(k, 'de')]}")
    with_sig = sum(1 for r in c.key if r["signals"])
    linked = sum(1 for r in c.key if r["account_id"])
    out.append(f"with at least one signal: {with_sig} ({100 * with_sig // len(c.key)}%), linked to an account: {linked}")
    out.append(f"quarantined records: {len(c.quarantine)}")
    return "\n".join(out)


def main() -> int:
    for sub in ("calls", "tickets", "reviews"):  # start clean so stale files from older runs disappear
        for old in sorted((DEMO / sub).glob("*")) if (DEMO / sub).is_dir() else []:
            if old.is_file():
                old.unlink()
    c = Corpus()
    accounts_csv(c)
    zendesk(c, 310)
    intercom(c, 110)
    freshdesk(c, 110)
    calls.generate(c, write)
    reviews.generate(c, write)
    write("answer_key.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in c.key))
    write("answer_key_quarantine.jsonl", "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in c.quarantine))
    if c.errors:
        print("\n".join(c.errors[:30]), file=sys.stderr)
        return 1
    print(summary(c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
