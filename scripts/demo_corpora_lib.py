"""Snippet realisation, people and e-mail rendering for make_demo_corpora.py (stdlib only)."""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random

import demo_corpora_people as people
import demo_corpora_pools_de as de
import demo_corpora_pools_en as en
import demo_corpora_pools_extra as extra

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
CATALOG = tomllib.loads((DEMO / "catalog.toml").read_text(encoding="utf-8"))
TIER_RANK = {t["id"]: t["rank"] for t in CATALOG["tiers"]}
TIER_PRICE = {t["id"]: t["price"] for t in CATALOG["tiers"]}
FEATURES = {f["id"]: f for f in CATALOG["features"]}
LIMITS = {lim["id"]: lim["values"] for lim in CATALOG["limits"]}
COMPETITORS = {c["id"]: c for c in CATALOG["competitors"]}
POOLS = {"en": en, "de": de}
KIND_OF = {"fr": "feature_request", "cn": "compliance_need", "wk": "workaround", "lp": "limit_pressure",
           "gr": "growth", "bu": "budget", "ch": "churn_risk"}
KIND2CAT = {"feature_request": "fr", "tier_feature_request": "want", "compliance_need": "cn",
            "competitor_comparison": "cc", "comparison": "cmp", "workaround": "wk", "limit_pressure": "lp",
            "growth": "gr", "budget": "bu", "churn_risk": "ch"}
CATEGORIES = ["fr", "want", "cn", "cc", "cmp", "wk", "lp", "gr", "bu", "ch"]
NEG_TYPES = ["negation", "hypothetical", "resolved", "howto_existing", "competitor_mention", "bug"]
SENT_SPLIT = re.compile(r"[.!?]\s+[A-ZÄÖÜ]")
TYPOS = {"en": [("the ", "teh "), ("really", "realy"), ("because", "becuase"), ("would", "woudl"),
                ("which", "wich"), ("their", "thier"), ("definitely", "definately"), ("just", "jsut")],
         "de": [("nicht", "nciht"), ("wirklich", "wirklcih"), ("eigentlich", "eigentlcih"), ("ß", "ss"),
                ("dass", "das"), ("haben", "habe n")]}
CASUAL_START = {"We", "Our", "Is", "Can", "Could", "It", "Please", "Every", "Right", "Honestly", "Wir",
                "Unser", "Unsere", "Gibt", "Können", "Könnt", "Bitte", "Es", "Die", "Der", "Das", "Any"}


@dataclass
class Account:
    id: str
    name: str
    website: str
    domains: list[str]
    plan: str  # tier id
    seats_used: int
    seat_limit: int
    region: str
    industry: str
    nps: str
    style: str
    subdomain: str
    owner: str
    contacts: list["Person"] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return TIER_RANK[self.plan]


@dataclass
class Person:
    name: str
    email: str
    title: str
    phone: str
    lang: str
    uid: int
    company: str = ""


@dataclass
class Piece:
    """A realised snippet: the text a person writes and what it carries."""

    text: str
    cat: str  # signal category, "neg", or a filler name
    signals: list[dict] = field(default_factory=list)
    negs: list[dict] = field(default_factory=list)


class Ctx:
    """What a snippet may depend on: the account (or None), the language and the random source."""

    def __init__(self, rng: Random, lang: str, account: Account | None, casual: bool = False):
        self.rng, self.lang, self.account, self.casual = rng, lang, account, casual
        self.used: set[str] = set()


def ascii_fold(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ş", "s"), ("'", ""), ("é", "e")):
        s = s.replace(a, b)
    return s.lower()


def make_email(first: str, last: str, domain: str, style: str) -> str:
    f, l = ascii_fold(first), ascii_fold(last).replace(" ", "")
    local = {"first.last": f"{f}.{l}", "f.last": f"{f[0]}.{l}", "first": f, "last": l, "flast": f"{f[0]}{l}"}[style]
    return f"{local}@{domain}"


def build_accounts(rng: Random) -> list[Account]:
    accounts = []
    uid = 9000
    for i, row in enumerate(people.ACCOUNTS, start=1):
        name, web, doms, plan, used, limit, region, industry, nps, style, sub = row
        owner = people.CSMS[i % len(people.CSMS)][1]
        acc = Account(f"ACC-{i:04d}", name, web, [d for d in doms.split(";") if d], plan.lower(), used, limit,
                      region, industry, nps, style, sub, owner)
        lang = "de" if region == "DACH" else "en"
        firsts, lasts = (people.FIRST_DE, people.LAST_DE) if lang == "de" else (people.FIRST_EN, people.LAST_EN)
        titles = people.TITLES_DE if lang == "de" else people.TITLES_EN
        for k in range(3):
            first, last = rng.choice(firsts), rng.choice(lasts)
            domain = web
            if k == 2 and acc.domains:
                domain = acc.domains[0]
            if sub and k == 1:
                domain = sub
            uid += rng.randint(1, 40)
            phone = (f"+49 {rng.randint(30, 89)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}" if lang == "de"
                     else f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
                     if region == "NA" else f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")
            acc.contacts.append(Person(f"{first} {last}", make_email(first, last, domain, style),
                                       rng.choice(titles), phone, lang, uid, name))
        accounts.append(acc)
    return accounts


def arr_of(acc: Account, rng: Random) -> int:
    seats = acc.seat_limit if acc.plan == "enterprise" else acc.seats_used
    return int(round(TIER_PRICE[acc.plan] * seats * 12 * rng.choice([1.0, 1.0, 0.9, 0.85, 0.95]), -1))


def stranger(rng: Random, lang: str, free_mail: bool, company: tuple | None) -> Person:
    firsts, lasts = (people.FIRST_DE, people.LAST_DE) if lang == "de" else (people.FIRST_EN, people.LAST_EN)
    first, last = rng.choice(firsts), rng.choice(lasts)
    if free_mail:
        fm = rng.choice(["web.de", "gmx.de", "gmail.com", "gmx.net"] if lang == "de" else
                        ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"])
        local = rng.choice([f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)}{rng.randint(70, 99)}",
                            f"{ascii_fold(first)[0]}{ascii_fold(last)}"])
        email = f"{local}@{fm}"
    else:
        email = make_email(first, last, company[1], "first.last")
    return Person(f"{first} {last}", email, "", "", lang, rng.randint(20000, 29999), company[0] if company else "")


# ------------------------------------------------------------------ snippets

def _has_feature(acc: Account | None, feat: str) -> bool:
    return acc is None or acc.rank >= TIER_RANK[FEATURES[feat]["tier"]]


def _above(acc: Account | None, feat: str) -> bool:
    return acc is None or acc.rank < TIER_RANK[FEATURES[feat]["tier"]]


def _compatible(tags: list[str], need: str, ctx: Ctx) -> bool:
    acc = ctx.account
    if need == "known" and acc is None:
        return False
    if need == "near" and (acc is None or acc.seats_used < 0.88 * acc.seat_limit):
        return False
    if need.startswith("plan:") and (acc is None or acc.plan != need[5:]):
        return False
    if need and need in FEATURES and not _has_feature(acc, need):
        return False
    for t in tags:
        if t == "want:{F}" and acc is not None and acc.plan == "enterprise":
            return False
        if t.startswith("want:") and t[5:] in FEATURES and not _above(acc, t[5:]):
            return False
        if t.startswith("fr:") and not _has_feature(acc, t[3:]):
            return False
        if t.startswith("lp:") and acc is not None and acc.plan not in LIMITS[t[3:]]:
            return False
        if t.startswith("lp:") and acc is None and t[3:] in ("api_calls", "automation_runs", "projects"):
            return False
    return True


def _fill(text: str, ctx: Ctx, choice: dict) -> str:
    acc, rng = ctx.account, ctx.rng
    if "{F}" in text:
        cands = [f for f in FEATURES if FEATURES[f]["tier"] != "free" and _above(acc, f) and f != "hipaa"]
        choice["F"] = rng.choice(cands)
        text = text.replace("{F}", rng.choice(POOLS[ctx.lang].NP[choice["F"]]))
    if "{C}" in text:
        choice["C"] = rng.choice(sorted(COMPETITORS))
        aliases = COMPETITORS[choice["C"]]["aliases"]
        text = text.replace("{C}", aliases[0] if rng.random() < 0.8 else rng.choice(aliases))
    plan_name = acc.plan.capitalize() if acc else "Starter"
    sl = acc.seat_limit if acc else 25
    stl = LIMITS["storage"].get(acc.plan, 50) if acc else 50
    text = text.replace("{SU}", str(acc.seats_used if acc else 24)).replace("{SL}", str(sl))
    text = text.replace("{PLAN}", plan_name).replace("{STL}", str(stl))
    return text


def _signals(tags: list[str], quote: str, ctx: Ctx, choice: dict) -> tuple[list[dict], list[dict]]:
    sigs, negs = [], []
    for t in tags:
        head, _, arg = t.partition(":")
        sig = {"kind": None, "quote": quote, "feature": None, "tier": None, "competitor": None, "stance": None}
        if head == "neg":
            negs.append({"type": arg, "quote": quote, "role": "customer"})
            continue
        if head == "want":
            feat = choice.get("F") if arg == "{F}" else arg
            tier = FEATURES[feat]["tier"]
            known_above = ctx.account is not None and ctx.account.rank < TIER_RANK[tier]
            sig.update(kind="tier_feature_request" if known_above else "feature_request", feature=feat,
                       tier=tier if known_above else None)
        elif head == "fr":
            sig.update(kind="feature_request", feature=arg or None)
        elif head.startswith("cc"):
            comp, _, stance = arg.partition("/")
            comp = choice.get("C") if comp == "{C}" else comp
            sig.update(kind="competitor_comparison", competitor=comp, stance=stance)
        elif head.startswith("cmp"):
            sig.update(kind="comparison", stance=head.partition("/")[2] or None)
        else:
            sig["kind"] = KIND_OF[head]
        sigs.append(sig)
    return sigs, negs


def casualize(s: str, ctx: Ctx, p: float = 0.3) -> str:
    rng = ctx.rng
    if not ctx.casual or not s:
        return s
    if rng.random() < p and s.split(" ", 1)[0] in CASUAL_START:
        s = s[0].lower() + s[1:]
    if rng.random() < p and s.endswith("."):
        s = s[:-1]
    if rng.random() < p * 0.6:
        for a, b in TYPOS[ctx.lang]:
            if a in s:
                s = s.replace(a, b, 1)
                break
    return s


def realize(snip: tuple, ctx: Ctx) -> Piece | None:
    text, tags_s, need = snip
    tags = tags_s.split()
    if text in ctx.used or not _compatible(tags, need, ctx):
        return None
    choice: dict = {}
    filled = _fill(text, ctx, choice)
    if "[[" in filled:
        pre, rest = filled.split("[[", 1)
        quote, post = rest.split("]]", 1)
    else:
        pre, quote, post = "", filled, ""
    quote = casualize(quote, ctx)
    full = casualize(pre, ctx) + quote + post
    sigs, negs = _signals(tags, quote, ctx, choice)
    ctx.used.add(text)
    cat = tags[0].split(":")[0].split("/")[0] if tags else "plain"
    return Piece(full, cat, sigs, negs)


def snippets_of(pool: list, cat: str) -> list:
    out = []
    for s in pool:
        first = s[1].split()[0] if s[1] else ""
        head = first.split(":")[0].split("/")[0]
        if cat == "neg" and head == "neg" or head == cat:
            out.append(s)
    return out


class Balancer:
    """Picks signal categories and negative types so that every kind is well covered per language."""

    def __init__(self, rng: Random):
        self.rng = rng
        self.kinds: dict = {}
        self.negs: dict = {}

    def _pick(self, counts: dict, lang: str, options: list[str], exclude: set) -> str:
        opts = [o for o in options if o not in exclude] or options
        weights = [1.0 / (1 + counts.get((lang, o), 0)) ** 2 for o in opts]
        return self.rng.choices(opts, weights)[0]

    def signal(self, ctx: Ctx, cats: list[str] | None = None, exclude: set = frozenset()) -> Piece | None:
        for _ in range(12):
            cat = self._pick(self.kinds, ctx.lang, cats or CATEGORIES, exclude)
            cands = snippets_of(POOLS[ctx.lang].SIGNALS, cat)
            self.rng.shuffle(cands)
            for s in cands:
                p = realize(s, ctx)
                if p:
                    self.count(ctx.lang, p)
                    return p
        return None

    def count(self, lang: str, p: Piece) -> None:
        for sig in p.signals:
            key = (lang, KIND2CAT[sig["kind"]])
            self.kinds[key] = self.kinds.get(key, 0) + 1

    def negative(self, ctx: Ctx) -> Piece | None:
        for _ in range(8):
            typ = self._pick(self.negs, ctx.lang, NEG_TYPES, set())
            cands = [s for s in POOLS[ctx.lang].NEGATIVES if s[1] == f"neg:{typ}"]
            self.rng.shuffle(cands)
            for s in cands:
                p = realize(s, ctx)
                if p:
                    self.negs[(ctx.lang, typ)] = self.negs.get((ctx.lang, typ), 0) + 1
                    return p
        return None


def filler(ctx: Ctx, name: str) -> Piece:
    return Piece(casualize(ctx.rng.choice(POOLS[ctx.lang].FILLER[name]), ctx), name)


# ------------------------------------------------------------------ dates and rendering

START = datetime(2025, 9, 1, tzinfo=timezone.utc)
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_DE = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MONTHS_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def rand_time(rng: Random, span_days: int = 240) -> datetime:
    d = START + timedelta(days=rng.randint(0, span_days), hours=rng.randint(6, 18), minutes=rng.randint(0, 59),
                          seconds=rng.randint(0, 59))
    return d


def iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def quote_header(d: datetime, name: str, email: str, lang: str) -> str:
    if lang == "de":
        return (f"Am {DAYS_DE[d.weekday()]}, {d.day}. {MONTHS_DE[d.month - 1]} {d.year} um "
                f"{d.strftime('%H:%M')} Uhr schrieb {name} <{email}>:")
    h = d.hour % 12 or 12
    return (f"On {DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} "
            f"{'AM' if d.hour < 12 else 'PM'} {name} <{email}> wrote:")


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def signature(person: Person, ctx: Ctx, style: str) -> list[str]:
    rng, f = ctx.rng, POOLS[ctx.lang].FILLER
    lines = [rng.choice(f["signoff"]), person.name.split()[0] if rng.random() < 0.4 else person.name]
    if style == "mobile":
        return lines[:2] + ["", rng.choice(f["mobile"])]
    if person.title and rng.random() < 0.8:
        lines.append(f"{person.title} | {person.company}" if person.company else person.title)
    if person.phone and rng.random() < 0.6:
        lines.append(("Tel. " if ctx.lang == "de" else "") + person.phone)
    if ctx.lang == "de" and person.company and rng.random() < 0.4:
        lines += ["", f"{person.company} · Sitz: Hamburg · Amtsgericht Hamburg HRB {rng.randint(10000, 99999)}",
                  "Geschäftsführung: " + rng.choice(people.FIRST_DE) + " " + rng.choice(people.LAST_DE)]
    elif ctx.lang == "en" and rng.random() < 0.2:
        lines += ["", "This email and any attachments are confidential and intended solely for the addressee."]
    return lines


def render_email(paragraphs: list[list[str]], sig: list[str], style: str,
                 quoted: tuple[str, list[str]] | None = None) -> tuple[str, str]:
    """(html, plain) for an email: style gmail | outlook | plain | mobile | web."""
    plain_paras = [" ".join(p) for p in paragraphs]
    plain = "\n\n".join(plain_paras) + ("\n\n" + "\n".join(sig) if sig else "")
    if style == "outlook":
        body = "".join(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                       for p in plain_paras)
        body += "".join(f'<p class="MsoNormal">{esc(line) or "&nbsp;"}<o:p></o:p></p>' for line in sig)
        h = f'<div class="WordSection1">{body}</div>'
    elif style == "gmail":
        body = '<div><br></div>'.join(f"<div>{esc(p)}</div>" for p in plain_paras)
        if sig:
            body += '<div><br></div><div>' + "<br>".join(esc(x) for x in sig) + "</div>"
        h = f'<div dir="ltr">{body}</div>'
    elif style == "web":
        h = "".join(f"<p>{esc(p)}</p>" for p in plain_paras)
        plain = "\n\n".join(plain_paras)
    else:
        h = "<p>" + "<br><br>".join(esc(p) for p in plain_paras) + "</p>"
        if sig:
            h += "<p>" + "<br>".join(esc(x) for x in sig) + "</p>"
    if quoted:
        header, qlines = quoted
        qtext = "<br>".join(esc(x) for x in qlines)
        if style == "outlook":
            h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                  '<p class="MsoNormal">' + "<br>".join(f"<b>{esc(k)}:</b>{esc(v)}" for k, v in
                                                    (x.split(":", 1) for x in header.split("\n")))
                  + f'</p></div><p class="MsoNormal">{qtext}</p>')
        else:
            h += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(header)}<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  f'rgb(204,204,204);padding-left:1ex">{qtext}</blockquote></div>')
        plain += "\n\n" + header + "\n" + "\n".join("> " + x for x in qlines)
    return h, plain


def outlook_header(d: datetime, sender: str, email: str, to: str, subject: str, lang: str) -> str:
    if lang == "de":
        return f"Von: {sender} <{email}>\nGesendet: {d.strftime('%d.%m.%Y %H:%M')}\nAn: {to}\nBetreff: {subject}"
    return f"From: {sender} <{email}>\nSent: {d.strftime('%A, %B %d, %Y %I:%M %p')}\nTo: {to}\nSubject: {subject}"


def one_sentence(q: str) -> bool:
    return not SENT_SPLIT.search(q)
