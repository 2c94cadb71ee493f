"""Call transcripts (WebVTT, SRT, transcript JSON) for make_demo_corpora.py."""

from __future__ import annotations

import json

import demo_corpora_people as people
from demo_corpora_lib import Ctx, Piece, ascii_fold, iso, rand_time, stranger
from demo_corpora_pools_extra import CALL_CUSTOMER, CALL_TITLES, CALL_VENDOR

# (format, metadata style, speaker style) for each call; see generate()
PLAN = ([("vtt", "note", "voice")] * 4 + [("vtt", "sidecar", "voice")] * 3 + [("vtt", "note", "prefix")] * 2
        + [("vtt", "sidecar", "prefix")] * 2 + [("vtt", "sidecar", "mixed"), ("vtt", "stem", "voice")]
        + [("srt", "sidecar", "prefix")] * 8 + [("json", "single", "")] * 9 + [("json", "batch", "")] * 3)


def build_call(c, lang: str, acc, prospect) -> dict:
    """Turns of one call: [(name, email, role, [Piece])] plus the people taking part."""
    rng = c.rng
    ctx = Ctx(rng, lang, acc)
    V, C = CALL_VENDOR[lang], CALL_CUSTOMER[lang]
    staff = [s for s in people.CSMS + people.AES if lang in s[2].split()]
    vend = [rng.choice(staff)]
    if rng.random() < 0.3:
        other = rng.choice([s for s in staff if s != vend[0]])
        vend.append(other)
    if acc:
        custs = rng.sample(acc.contacts, rng.choice([1, 1, 2, 2, 3]))
    else:
        custs = [prospect]
    turns: list = []
    vsay = lambda txt, who=None: turns.append(((who or vend[0])[0], (who or vend[0])[1], "vendor", [Piece(txt, "v")]))
    first = custs[0].name.split()[0]
    vsay(rng.choice(V["open"]).format(cust=first))
    turns.append((custs[0].name, custs[0].email, "customer", [Piece(rng.choice(C["hello"]), "small")]))
    vsay(rng.choice(V["agenda"]))
    pitches = []
    for _ in range(rng.randint(6, 10)):
        who = rng.choice(custs)
        r = rng.random()
        if r < 0.72:
            p = c.bal.signal(ctx)
            if not p:
                continue
            cat = p.cat if p.cat in V["prompt"] else "fr"
            vsay(rng.choice(V["prompt"][cat]))
            said = [Piece(rng.choice(C["lead"]), "small")] if rng.random() < 0.5 else []
            said.append(p)
            if rng.random() < 0.3:
                q = c.bal.signal(ctx)
                if q:
                    said.append(q)
            if rng.random() < 0.4:
                said.append(Piece(rng.choice(C["tail"]), "small"))
            turns.append((who.name, who.email, "customer", said))
            if rng.random() < 0.35:
                txt = rng.choice(V["pitch"]).replace("{SL}", str(acc.seat_limit if acc else 25))
                vsay(txt, rng.choice(vend))
                pitches.append(Piece(txt, "pitch"))
                if rng.random() < 0.5:
                    n = c.bal.negative(ctx)
                    turns.append((who.name, who.email, "customer", [n] if n else [Piece(rng.choice(C["tail"]), "small")]))
            else:
                vsay(rng.choice(V["react"]))
        elif r < 0.88:
            n = c.bal.negative(ctx)
            if n:
                turns.append((who.name, who.email, "customer", [Piece(rng.choice(C["lead"]), "small"), n]))
                vsay(rng.choice(V["react"]))
        else:
            turns.append((who.name, who.email, "customer", [Piece(rng.choice(C["small"]), "small")]))
            vsay(rng.choice(V["react"]))
    vsay(rng.choice(V["wrap"]))
    turns.append((custs[0].name, custs[0].email, "customer", [Piece(rng.choice(C["bye"]), "small")]))
    return {"turns": turns, "vendors": vend, "customers": custs, "pitches": pitches}


def timed_cues(c, turns: list) -> list[tuple[float, float, str, str, str]]:
    """(start, end, speaker, role, sentence-ish text) with one piece per cue."""
    rng, t, out = c.rng, rng_start(c), []
    for name, _email, role, pieces in turns:
        t += rng.uniform(0.3, 1.6)
        for p in pieces:
            dur = max(1.1, len(p.text.split()) * rng.uniform(0.32, 0.45))
            out.append((t, t + dur, name, role, p.text))
            t += dur + rng.uniform(0.05, 0.4)
    return out


def rng_start(c) -> float:
    return round(c.rng.uniform(0.5, 4.0), 3)


def ts(sec: float, sep: str = ".") -> str:
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def meta_of(call: dict, call_id: str | None, title: str, date: str, acc, hint: str) -> dict:
    meta = {}
    if call_id:
        meta["call_id"] = call_id
    meta.update(title=title, date=date)
    if acc and hint == "id":
        meta["account_id"] = acc.id
    if acc and hint in ("id", "company"):
        meta["company"] = acc.name
    meta["participants"] = ([{"name": v[0], "email": v[1], "role": "vendor"} for v in call["vendors"]]
                            + [{"name": p.name, "email": p.email, "role": "customer"} for p in call["customers"]])
    return meta


def generate(c, write) -> None:
    rng = c.rng
    batch = []
    for i, (fmt, meta_style, spk) in enumerate(PLAN):
        lang = c.pick_lang(0.22)
        prospect = None
        acc = c.pick_account(lang)
        hint = rng.choice(["id", "id", "id", "company", "email"])
        if i in (5, 21, 30):  # discovery calls with companies that are not customers
            acc = None
            comp = rng.choice(people.UNKNOWN_COMPANIES_DE if lang == "de" else people.UNKNOWN_COMPANIES_EN)
            prospect = stranger(rng, lang, False, comp)
            hint = "none"
        call = build_call(c, lang, acc, prospect)
        d = rand_time(rng)
        title = rng.choice(CALL_TITLES[lang]) + (f" – {acc.name}" if acc and rng.random() < 0.5 else "")
        slug = ascii_fold(acc.name if acc else prospect.company).split()[0].strip(".,")
        stem = {"vtt": f"{d.strftime('%Y-%m-%d')}_{slug}_{i:02d}", "srt": f"call_{d.strftime('%Y%m%d')}_{slug}_{i:02d}",
                "json": f"gong_{d.strftime('%Y%m%d')}_{slug}_{i:02d}"}[fmt]
        if fmt == "vtt" and i % 3 == 0:
            stem = f"GMT{d.strftime('%Y%m%d-%H%M%S')}_Recording.transcript"
        call_id = {"vtt": f"zoom-{d.strftime('%Y%m%d')}-{rng.randint(1000, 9999)}",
                   "srt": f"call-{d.strftime('%Y-%m%d')}-{slug}", "json": f"gong-{rng.randint(700000, 799999)}"}[fmt]
        if meta_style == "stem":
            call_id = None
        key_acc = acc.id if acc else None
        cues = timed_cues(c, call["turns"])
        if fmt == "json":
            obj = transcript_json(call, call_id, title, d, acc, hint, cues, rng)
            if meta_style == "single":
                write(f"calls/{stem}.json", json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
                rel = f"calls/{stem}.json"
            else:
                batch.append(obj)
                rel = "calls/gong_export_batch.json"
            source, ext = "transcript", call_id
        else:
            meta = meta_of(call, call_id, title, iso(d), acc, hint)
            if fmt == "vtt":
                text = vtt(call, cues, meta if meta_style == "note" else None, spk, rng)
            else:
                text = srt(cues)
            rel = f"calls/{stem}.{fmt}"
            write(rel, text)
            if meta_style != "note":
                write(f"calls/{stem}.meta.json", json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
            source, ext = fmt, call_id or stem
        pieces = [p for _, _, role, ps in call["turns"] if role == "customer" for p in ps]
        texts = [" ".join(p.text for p in ps) for _, _, role, ps in call["turns"] if role == "customer"]
        c.record(source, ext, rel, lang, key_acc, texts, pieces, call["pitches"])
    write("calls/gong_export_batch.json", json.dumps(batch, ensure_ascii=False, indent=2) + "\n")


def vtt(call: dict, cues: list, meta: dict | None, spk: str, rng) -> str:
    out = ["WEBVTT", ""]
    if meta:
        lines = ["NOTE"] + [f"{k}: {v}" for k, v in meta.items() if k != "participants"]
        lines.append("vendor_speakers: " + ", ".join(v[0] for v in call["vendors"]))
        lines.append("customer_speakers: " + ", ".join(p.name for p in call["customers"]))
        out += lines + [""]
    numbered = rng.random() < 0.5
    close_tag = rng.random() < 0.5
    for n, (start, end, name, _role, text) in enumerate(cues, start=1):
        style = spk if spk != "mixed" else ("voice" if n % 3 else "prefix")
        if numbered:
            out.append(str(n))
        out.append(f"{ts(start)} --> {ts(end)}")
        out.append(f"<v {name}>{text}</v>" if style == "voice" and close_tag else
                   f"<v {name}>{text}" if style == "voice" else f"{name}: {text}")
        out.append("")
    return "\n".join(out)


def srt(cues: list) -> str:
    out = []
    for n, (start, end, name, _role, text) in enumerate(cues, start=1):
        out += [str(n), f"{ts(start, ',')} --> {ts(end, ',')}", f"{name}: {text}", ""]
    return "\n".join(out)


def transcript_json(call: dict, call_id: str, title: str, d, acc, hint: str, cues: list, rng) -> dict:
    ids, parts = {}, []
    for v in call["vendors"]:
        ids[v[0]] = f"s{len(ids) + 1}"
        parts.append({"speaker_id": ids[v[0]], "name": v[0], "email": v[1], "affiliation": "internal"})
    for p in call["customers"]:
        ids[p.name] = f"s{len(ids) + 1}"
        parts.append({"speaker_id": ids[p.name], "name": p.name, "email": p.email, "affiliation": "external"})
    segs = []
    for start, end, name, _role, text in cues:  # consecutive cues of one speaker merge into one segment
        if segs and segs[-1]["speaker_id"] == ids[name] and rng.random() < 0.7:
            segs[-1]["end"] = round(end, 2)
            segs[-1]["text"] += " " + text
        else:
            segs.append({"speaker_id": ids[name], "start": round(start, 2), "end": round(end, 2), "text": text})
    obj = {"call_id": call_id, "title": title, "started_at": iso(d),
           "duration": round(cues[-1][1] + 5, 1) if cues else 0}
    if acc and hint in ("id", "company"):
        obj["account"] = {"id": acc.id if hint == "id" else None, "name": acc.name, "domain": acc.website}
    obj["participants"] = parts
    obj["transcript"] = segs
    return obj


