#!/usr/bin/python3
"""Writes N synthetic wire stories with attributed claims (deaths, arrests, tolls) about a pool of
people shared between stories, so stories conflict with each other (someone dead in one story and
alive in a later one). Deterministic for a given --seed. For the archive and scale-out tests and
benchmarks; not a corpus anyone should evaluate extraction on.

usage: gen_stories.py OUTDIR N [--seed S] [--paragraphs P] [--people K]
"""
import argparse
import os
import random

FIRST = ["Karim", "Davron", "Ali", "Rustam", "Farrukh", "Jamshed", "Umed", "Saidali", "Bakhtiyor", "Nodir",
         "Firuz", "Anvar", "Shavkat", "Ilhom", "Zafar", "Komil", "Parviz", "Sino", "Khurshed", "Daler"]
LAST = ["Rahimov", "Saidov", "Nazarov", "Karimov", "Yusupov", "Aliev", "Sharipov", "Kholov", "Mirzoev",
        "Davlatov", "Safarov", "Rasulov", "Odinaev", "Boboev", "Hakimov", "Qodirov", "Ismoilov", "Zoirov"]
CITIES = ["DUSHANBE", "KHOROG", "KHUJAND", "KULOB", "BOKHTAR"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SOURCES = ["a source in the security services told newspaper Asia Plus",
           "the interior ministry said", "a police spokesman told Reuters", "officials said"]
SPEAKERS = ["police spokesman", "deputy minister", "regional governor"]


def person(rng, people):
    i = rng.randrange(people)
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def paragraph(rng, people, month, day):
    kind = rng.randrange(5)
    p = person(rng, people)
    d = max(1, day - rng.randrange(3))
    if kind == 0:
        return f"{SOURCES[rng.randrange(len(SOURCES))].capitalize()} that {p} was killed on {month} {d}."
    if kind == 1:
        speaker = person(rng, people)
        return (f"On {month} {day}, {SPEAKERS[rng.randrange(len(SPEAKERS))]} {speaker} announced that {p} "
                f"was still alive.")
    if kind == 2:
        return f"Officials said {p} was arrested on {month} {d}."
    if kind == 3:
        n = rng.choice(["Nine", "Twelve", "Fifteen", "Seven"])
        return f"{n} people died in the attack on the border post, hospital officials said on {month} {day}."
    return (f"Contradicting reports from two days earlier, {p} was alive on {month} {d}, "
            f"the interior ministry said.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--paragraphs", type=int, default=4)
    ap.add_argument("--people", type=int, default=40)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    width = len(str(a.n))
    for i in range(a.n):
        month_i = rng.randrange(12)
        month = MONTHS[month_i]
        day = 3 + rng.randrange(25)
        year = 2010 + rng.randrange(6)
        lines = [f"{CITIES[rng.randrange(len(CITIES))]}, {month} {day}, {year} - "
                 + paragraph(rng, a.people, month, day)]
        for _ in range(a.paragraphs - 1):
            lines.append(paragraph(rng, a.people, month, day))
        with open(os.path.join(a.outdir, f"story-{i:0{width}d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
