"""G2/Capterra-like reviews (reviews-csv) for make_demo_corpora.py."""

from __future__ import annotations

import csv
import io

import demo_corpora_people as people
from demo_corpora_lib import Ctx, Piece, realize
from demo_corpora_pools_extra import ANON_SIZES, REVIEW_CONS, REVIEW_PROS, REVIEW_ROLES, REVIEW_TITLES

HEADER = ["review_id", "date", "source", "reviewer_name", "reviewer_role", "company_name", "company_size",
          "industry", "rating", "title", "pros", "cons", "url"]
SIZE = [(0, 10, "1-10 employees"), (11, 50, "11-50 employees"), (51, 200, "51-200 employees"),
        (201, 500, "201-500 employees"), (501, 1000, "501-1000 employees"), (1001, 10**6, "1001-5000 employees")]


def size_of(seats: int, lang: str) -> str:
    for lo, hi, label in SIZE:
        if lo <= seats * 1.4 <= hi:
            return label.replace("employees", "Mitarbeiter") if lang == "de" else label
    return SIZE[-1][2]


def pick(c, pool: list, ctx: Ctx, want_signal: bool) -> Piece | None:
    cands = [s for s in pool if bool(s[1]) == want_signal and not s[1].startswith("neg")]
    c.rng.shuffle(cands)
    for s in cands:
        p = realize(s, ctx)
        if p:
            return p
    return None


def generate(c, write, n: int = 165) -> None:
    rng, rows, file = c.rng, [], "reviews/reviews.csv"
    rid = 8800000
    for i in range(n):
        rid += rng.randint(13, 997)
        lang = c.pick_lang(0.2)
        r = rng.random()
        acc, company, size, industry = None, "", "", ""
        first = rng.choice(people.FIRST_DE if lang == "de" else people.FIRST_EN)
        last = rng.choice(people.LAST_DE if lang == "de" else people.LAST_EN)
        name = f"{first} {last[0]}."
        if r < 0.3:
            acc = c.pick_account(lang)
            company = rng.choice(people.NAME_VARIANTS.get(acc.name, [acc.name]))
            size, industry = size_of(acc.seat_limit, lang), acc.industry
        elif r < 0.78:
            comp = rng.choice(people.UNKNOWN_COMPANIES_DE if lang == "de" else people.UNKNOWN_COMPANIES_EN)
            company, size, industry = comp[0], comp[2], comp[3]
        else:
            size = rng.choice(ANON_SIZES)
            industry = rng.choice(["Logistics and Supply Chain", "Marketing and Advertising", "Construction",
                                   "Computer Software", "Hospital and Health Care", "Non-Profit"])
            name = f"Verified User in {industry}" if rng.random() < 0.7 else "Anonymous"
        ctx = Ctx(rng, lang, acc)
        has_sig = rng.random() < 0.55
        pros = [pick(c, REVIEW_PROS[lang], ctx, False)]
        cons: list[Piece | None] = []
        from_bal: list[Piece | None] = []
        if has_sig:
            roll = rng.random()
            if roll < 0.25:
                pros.append(pick(c, REVIEW_PROS[lang], ctx, True))
            if roll < 0.7:
                cons.append(pick(c, REVIEW_CONS[lang], ctx, True))
            else:
                from_bal.append(c.bal.signal(ctx, ["fr", "want", "cc", "cmp", "wk", "ch", "lp", "gr"]))
                cons.append(from_bal[-1])
            if rng.random() < 0.3:
                cons.append(pick(c, REVIEW_CONS[lang], ctx, False))
        else:
            cons.append(pick(c, REVIEW_CONS[lang], ctx, False))
            if rng.random() < 0.35:
                neg = [s for s in REVIEW_CONS[lang] if s[1].startswith("neg")]
                p = realize(rng.choice(neg), ctx)
                if p:
                    cons.append(p)
        pros = [p for p in pros if p]
        cons = [p for p in cons if p]
        for p in pros + cons:
            if p.signals and not any(p is q for q in from_bal):
                c.bal.count(lang, p)
        churn = any(s["kind"] == "churn_risk" for p in cons for s in p.signals)
        rating = rng.choice([1, 2, 2]) if churn else rng.choice([3, 4, 4, 4, 5, 5])
        src = rng.choice(["G2", "G2", "Capterra", "TrustRadius"])
        url = {"G2": f"https://www.g2.com/products/planwise/reviews/planwise-review-{rid}",
               "Capterra": f"https://www.capterra.com/p/190234/Planwise/reviews/{rid}/",
               "TrustRadius": f"https://www.trustradius.com/reviews/planwise-{rid}"}[src]
        title = rng.choice(REVIEW_TITLES[lang])
        date = f"2026-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.6 else \
            f"2025-{rng.randint(6, 12):02d}-{rng.randint(1, 28):02d}"
        ext = f"{src.lower()}-{rid}"
        pros_t = " ".join(p.text for p in pros)
        cons_t = " ".join(p.text for p in cons)
        rows.append([ext, date, src, name, rng.choice(REVIEW_ROLES[lang]), company, size, industry, str(rating),
                     title, pros_t, cons_t, url])
        c.record("reviews", ext, file, lang, acc.id if acc else None, [title, pros_t, cons_t], pros + cons, [])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    write(file, buf.getvalue())
