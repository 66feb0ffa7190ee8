#!/usr/bin/python3
"""Writes N mutated copies of a folder of Markdown notes, for benchmarks at scale.

Copy 0 is the notes as they are; copy k > 0 lives in its own folder c<k>/ and is reworded so
that site-gen's deduplication cannot fold it into another copy:
  - every word of headings and titles and REWORD of the other words (prose, code identifiers) are
    replaced by a pseudo-word of the same length chosen by (copy, word), so titles use another
    vocabulary and 3-word shingles of answers no longer match across copies;
  - the sentences of each prose line are shuffled;
  - link fragments (#some-heading) get the same word mapping as the headings they point at.
Within one copy the mapping is a function of the word, so repeats inside the notes (the seeds
repeat 24 questions word for word) stay repeats, exactly as in copy 0. Output is deterministic.

usage: gen_notes.py SOURCE_DIR OUT_DIR COPIES
"""
import hashlib
import os
import random
import re
import shutil
import sys

REWORD = 0.7  # of the words of text; every word of a heading (but the question words) is reworded
SYLLABLES = ["ka", "ro", "mi", "te", "lu", "sa", "no", "vi", "de", "pa", "zu", "fe", "go", "ri", "ta", "be"]
WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")
LINK_TARGET = re.compile(r"\]\(([^)\s]*)\)")
HELD = re.compile("\\]\\(\0(\\d+)\0\\)")
QUICK_NOTE = re.compile(r"^\s*\*[^*].*->")  # the quick notes' "*Question-> answer" items
FENCE = re.compile(r"^\s*(```|~~~)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# words that make a heading a question, or say what kind of answer it wants: kept, so that
# every copy has the seeds' questions and structure
KEEP = {"how", "why", "who", "are", "can", "did", "what", "whats", "when", "where", "which", "whom", "whose", "does", "could", "should", "would",
        "will", "explain", "describe", "define", "compare", "difference", "differences", "name", "list",
        "question", "answer", "steps", "step", "give", "tell", "understanding", "with", "from", "that",
        "this", "between", "your", "have"}


def digest(*parts):
    return int.from_bytes(hashlib.blake2b("\0".join(parts).encode(), digest_size=8).digest(), "big")


class Mutator:
    def __init__(self, copy, rate):
        self.copy = str(copy)
        self.rate = rate
        self.memo = {}
        self.titles = self if rate >= 1.0 else Mutator(copy, 1.0)

    def word(self, word):
        key = word.lower()
        if key not in self.memo:
            h = digest(self.copy, key)
            if key in KEEP or (h % 1000) / 1000.0 >= self.rate:
                self.memo[key] = None
            else:
                rnd = random.Random(h)
                out = ""
                while len(out) < len(key):
                    out += rnd.choice(SYLLABLES)
                self.memo[key] = out[:len(key)]
        new = self.memo[key]
        if new is None:
            return word
        if word.isupper():
            return new.upper()
        if word[0].isupper():
            return new[0].upper() + new[1:]
        return new

    def words(self, text):
        return WORD.sub(lambda m: self.word(m.group(0)), text)

    def fragment(self, fragment):
        return "-".join(self.titles.words(part) for part in fragment.split("-"))

    def prose(self, line, number):
        # link targets are held apart from the rewording; only their #fragment gets the
        # headings' word mapping, so links to headings of this copy still resolve
        targets = []

        def hold(m):
            path, _, frag = m.group(1).partition("#")
            targets.append(path + ("#" + self.fragment(frag) if frag else ""))
            return "](\0%d\0)" % (len(targets) - 1)

        held = LINK_TARGET.sub(hold, line)
        sentences = SENTENCE_END.split(held)
        if len(sentences) > 2 and not held.lstrip().startswith(("#", "|", ">")):
            head, rest = sentences[0], sentences[1:]
            random.Random(digest(self.copy, str(number))).shuffle(rest)
            held = " ".join([head] + rest)
        heading = held.startswith("#") or QUICK_NOTE.match(held)
        held = (self.titles if heading else self).words(held)
        return HELD.sub(lambda m: "](" + targets[int(m.group(1))] + ")", held)


def mutate(text, copy):
    m = Mutator(copy, REWORD)
    out = []
    lines = text.split("\n")
    in_fence = False
    in_front = lines and lines[0] == "---"
    for number, line in enumerate(lines):
        if in_front:
            if number > 0 and line == "---":
                in_front = False
            elif line.startswith(("title:", "description:")):
                key, value = line.split(":", 1)
                line = key + ":" + (m.titles if key == "title" else m).words(value)
            out.append(line)
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            continue
        out.append(m.words(line) if in_fence else m.prose(line, number))
    return "\n".join(out)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    notes = sorted(f for f in os.listdir(source) if f.endswith(".md"))
    for f in os.listdir(source):
        if not f.endswith(".md") and os.path.isfile(os.path.join(source, f)):
            shutil.copy(os.path.join(source, f), target)
    for copy in range(copies):
        folder = target if copy == 0 else os.path.join(target, "c%03d" % copy)
        os.makedirs(folder, exist_ok=True)
        for note in notes:
            with open(os.path.join(source, note), encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(folder, note), "w", encoding="utf-8") as f:
                f.write(text if copy == 0 else mutate(text, copy))


if __name__ == "__main__":
    main()
