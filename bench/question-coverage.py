#!/usr/bin/env python3
"""Question and page coverage of site-gen on public note collections (issue 18).

For each collection: builds it with the installed plugin (mvn site-gen:build, as an outside
project would), then compares what a reader counts as questions with the cards of the built
guide (practice-data.js), and checks the pages a reader meets: pages under 30 words (when
their note has more), pages titled by a bare prefix ("Q.") or a file-name stub, pages that
hold nothing but "shown elsewhere" pointers, and breadcrumbs that repeat a name.

How a reader's questions are counted: each collection writes its questions in one visible
way, and the rule for it is written below beside the collection (e.g. "each file under
questions/ is one question, its first heading"; "each bullet of the question files"). The
rules are the reader's, not site-gen's: they know the collection. A card counts as a
reader's question when their texts agree once numbering, "Q." labels, Markdown markers and
punctuation are set aside, one card for one question (a hundred "What's the output?" need a
hundred cards); a question dedup folded into a group counts as carded where its group is, and
"own card" counts only questions with a card of their own. Cards that match no reader's question are listed (first few) so
that a person can judge them; collections without a rule report cards only.

usage: bench/question-coverage.py [--corpora DIR] [--work DIR] [--only NAME,...] [--held-out]
       [--no-build] [--seeds DIR] [--json FILE]
environment: SITEGEN_REPO (local Maven repository with the plugin; default ~/.m2/repository),
             SITEGEN_VERSION (default: the version in pom.xml)
Python 3 standard library only.
"""
import argparse
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---- how a reader finds the questions of each collection ---------------------------------

def md_files(root):
    for dp, dn, fn in os.walk(root):
        dn[:] = sorted(d for d in dn if not d.startswith('.'))
        for f in sorted(fn):
            if f.endswith('.md'):
                yield os.path.join(dp, f)


def read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def body_lines(text):
    """Lines outside fenced code and front matter, with their index."""
    lines = text.split('\n')
    start = 0
    if lines and lines[0].strip() == '---':
        for i in range(1, len(lines)):
            if lines[i].strip() == '---':
                start = i + 1
                break
    fence = None
    for i in range(start, len(lines)):
        line = lines[i]
        m = re.match(r'^\s*(`{3,}|~{3,})', line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        yield i, line


def first_heading_per_file(root):
    """30-seconds-of-interviews: every file is one question, asked by its first heading."""
    out = []
    for p in md_files(root):
        for _, line in body_lines(read(p)):
            m = re.match(r'^#{1,6}\s+(.*)', line)
            if m:
                out.append(m.group(1))
                break
    return out


def labelled_headings(root):
    """learning-zone: questions are the headings labelled "Q." (any level)."""
    return [m.group(1) for p in md_files(root) for _, l in body_lines(read(p))
            for m in [re.match(r'^#{1,6}\s+Q[.:]\s*(.*)', l)] if m]


def numbered_headings(root):
    """Devinterview-io: "## 1. What is Go?": the numbered H2s."""
    return [m.group(1) for p in md_files(root) for _, l in body_lines(read(p))
            for m in [re.match(r'^##\s+\d+\.\s+(.*)', l)] if m]


def list_item_headings(root):
    """sudheerj: "1.  ### What is React?": headings that are list items."""
    return [m.group(1) for p in md_files(root) for l in read(p).split('\n')
            for m in [re.match(r'^\s{0,3}\d+[.)]\s+#{1,6}\s+(.*)', l)] if m]


def react_questions(root):
    """sudheerj react: the list-item headings of the README, and the numbered headings of its
    coding exercises ("#### 1. What is the output of below code")."""
    exercises = os.path.join(root, 'coding-exercise', 'README.md')
    return list_item_headings(root) + [m.group(1) for _, l in body_lines(read(exercises))
                                       for m in [re.match(r'^#{1,6}\s+\d+\.\s+(.*)', l)] if m]


def summaries(root):
    """DevLoversTeam: one <details><summary> per question."""
    return [re.sub(r'<[^>]+>', '', m.group(1)) for p in md_files(root)
            for m in re.finditer(r'<summary>(.*?)</summary>', read(p), re.S)]


def question_bullets(root):
    """h5bp: in the English question files, every top-level bullet is one question (its
    indented follow-ups belong to it), and every "Question:" line of the coding questions."""
    out = []
    for p in md_files(root):
        for _, l in body_lines(read(p)):
            m = re.match(r'^[*-]\s+(.*)', l) or re.match(r'^Question:\s*(.*)', l)
            if m:
                out.append(m.group(1))
    return out


def translated_bullets(root):
    """h5bp's translations: every top-level bullet that is not a link (the table of contents) is
    a question; this also counts the few bullets of their "how to contribute" sections, so it
    errs towards more questions than there are."""
    return [m.group(1) for p in md_files(root) for _, l in body_lines(read(p))
            for m in [re.match(r'^ ?[*-]\s+(.*)', l)] if m and not m.group(1).startswith('[')]


def quiz_answers(root):
    """lydiahallie: every quiz item ends with one <details> block that holds its answer; the
    question is the last numbered line above it ("###### 1. What's the output?", or a numbered
    paragraph "4. ..." in some translations). A <details> above a file's first numbered line is
    its menu of translations, not a question."""
    out = []
    for p in md_files(root):
        last = None
        for _, l in body_lines(read(p)):
            m = re.match(r'^(?:#{1,6}\s+)?\d+\.\s+(.*)', l)
            if m:
                last = m.group(1)
            if last is not None:
                out.extend(last for _ in re.findall(r'<details', l))
    return out


def handbook_prompts(root):
    """tech-interview-handbook: the behavioural questions and the questions to ask the
    interviewer are the items of the lists in those two pages (the issue counted 117 and 57)."""
    out = []
    for name in ('behavioral-interview-questions.md', 'final-questions.md'):
        for _, l in body_lines(read(os.path.join(root, name))):
            m = re.match(r'^(?:[*-]|\d+[.)])\s+(.*)', l)
            if m:
                out.append(m.group(1))
    return out


# name, folder under the corpora, content folder inside it, reader's rule (or None), held out
COLLECTIONS = [
    ('30-seconds-of-interviews', '30-seconds+30-seconds-of-interviews', 'questions', first_heading_per_file, False),
    ('h5bp-front-end', 'h5bp+Front-end-Developer-Interview-Questions', 'src/questions', question_bullets, False),
    ('h5bp-translations', 'h5bp+Front-end-Developer-Interview-Questions', 'src/translations', translated_bullets, False),
    ('tech-interview-handbook', 'yangshun+tech-interview-handbook', 'apps/website/contents', handbook_prompts, False),
    ('reactjs-interview-questions', 'sudheerj+reactjs-interview-questions', '.', react_questions, False),
    ('learning-zone-java', 'learning-zone+java-basics', '.', labelled_headings, False),
    ('django-interview-questions', 'DevLoversTeam+django-interview-questions', '.', summaries, False),
    ('golang-devinterview', 'Devinterview-io+golang-interview-questions', '.', numbered_headings, False),
    ('system-design-primer', 'donnemartin+system-design-primer', '.', None, False),
    # held out: never tuned on
    ('javascript-interview-questions', 'sudheerj+javascript-interview-questions', '.', list_item_headings, True),
    ('learning-zone-python', 'learning-zone+python-basics', '.', labelled_headings, True),
    ('golang-devlovers', 'DevLoversTeam+golang-interview-questions', '.', summaries, True),
    ('lydiahallie-javascript', 'lydiahallie+javascript-questions', '.', quiz_answers, True),
    ('hello-algo', 'krahets+hello-algo', 'en/docs', None, True),
    ('coding-interview-university', 'jwasham+coding-interview-university', '.', None, True),
    ('tanu-python', 'Tanu-N-Prabhu+Python', '.', None, True),
]


# ---- comparing texts -------------------------------------------------------------------------

LABEL = re.compile(r'^(?:(?:q|question|ques)\s*\d*\s*[.:)]|\d+(?:\.\d+)*\s*[.):]|#+)\s*', re.I)


def key(text):
    """A question's text with numbering, labels, markup and punctuation set aside."""
    t = unicodedata.normalize('NFKC', text)
    t = re.sub(r'<[^>]+>', ' ', t)
    t = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
    t = re.sub(r'[*_`]+', '', t).strip()
    for _ in range(2):
        t = LABEL.sub('', t).strip()
    t = re.sub(r'[^\w]+', ' ', t.lower()).strip()
    return t[:60]


# ---- reading the built site ----------------------------------------------------------------------

class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.title = ''
        self.crumbs = []
        self.article_words = 0
        self.elsewhere_words = 0
        self.sections = 0
        self.elsewhere = 0
        self._in = Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get('class') or '').split()
        marks = []
        if tag == 'h1' and 'sg-title' in cls:
            marks.append('title')
        if tag == 'nav' and 'sg-breadcrumbs' in cls:
            marks.append('crumbs')
        if tag == 'li' and self._in['crumbs']:
            self.crumbs.append('')
            marks.append('crumb')
        if tag == 'article' and 'sg-content' in cls:
            marks.append('article')
        if 'sg-elsewhere' in cls:
            marks.append('elsewhere')
            self.elsewhere += 1
        if tag == 'section' and self._in['article'] and not self._in['section']:
            self.sections += 1
        if tag in ('pre', 'code') and 'sg-anchor' in cls:
            pass
        if tag == 'a' and 'sg-anchor' in cls:
            marks.append('anchor')
        if tag not in ('br', 'img', 'hr', 'input', 'meta', 'link', 'wbr'):
            self.stack.append((tag, marks + ([tag] if tag == 'section' else [])))
            for m in marks + ([tag] if tag == 'section' else []):
                self._in[m] += 1

    def handle_endtag(self, tag):
        while self.stack:
            t, marks = self.stack.pop()
            for m in marks:
                self._in[m] -= 1
            if t == tag:
                break

    def handle_data(self, data):
        if self._in['anchor']:
            return
        if self._in['title']:
            self.title += data
        if self._in['crumb']:
            self.crumbs[-1] += data
        if self._in['article']:
            n = len(re.findall(r'\w+', data))
            self.article_words += n
            if self._in['elsewhere']:
                self.elsewhere_words += n


def practice_cards(site):
    path = os.path.join(site, 'practice-data.js')
    text = read(path)
    data = json.loads(text[text.index('{'):text.rindex('}') + 1])
    return data['cards']


def readable(base):
    words = re.sub(r'[-_.]+', ' ', base).strip()
    return words[:1].upper() + words[1:] if words else 'Notes'


def analyse(site, content, rule):
    cards = practice_cards(site)
    result = {'cards': len(cards), 'unanswered_cards': sum(1 for c in cards if c.get('unanswered'))}
    if rule:
        asked = [key(q) for q in rule(content)]
        result['reader_questions'] = len(asked)
        # counted as a multiset: a card answers one reader question, so a hundred "What's the
        # output?" need a hundred cards, not one
        own = Counter(key(c['q']) for c in cards)
        cover = Counter(own)
        card_ids = {c['id'] for c in cards}
        report = os.path.join(site, 'dedup-report.json')
        # a question dedup showed once, with its group, is carded where its group is
        for g in json.load(open(report))['groups'] if os.path.exists(report) else []:
            if any(m['page'] + '#' + m['anchor'] in card_ids for m in g['members']):
                for m in g['members']:
                    if m['page'] + '#' + m['anchor'] not in card_ids:
                        cover[key(m['title'])] += 1
        wanted = Counter(asked)
        matched = sum(min(n, cover[k]) for k, n in wanted.items())
        # without dedup's credit: where dedup folds many questions into one (a hundred "What's the
        # output?" with different code), the reader still has one card for them
        result['reader_questions_with_own_card'] = sum(min(n, own[k]) for k, n in wanted.items())
        strays = [c['q'] for c in cards if key(c['q']) not in wanted]
        pool = Counter({k: n - cover[k] for k, n in wanted.items() if n > cover[k]})
        result['reader_questions_carded'] = matched
        result['coverage_percent'] = round(100.0 * matched / len(asked), 1) if asked else None
        result['cards_not_reader_questions'] = len(strays)
        result['sample_cards_not_reader_questions'] = strays[:8]
        result['sample_missed'] = [k for k, _ in pool.most_common(8)]
    stubs = {readable(os.path.splitext(os.path.basename(p))[0]) for p in md_files(content)}
    pages = []
    for dp, dn, fn in os.walk(site):
        rel = os.path.relpath(dp, site)
        if rel == '.' or rel.split(os.sep)[0] in ('assets', 'search', 'topics'):
            continue
        for f in fn:
            if f.endswith('.html'):
                p = PageParser()
                p.feed(read(os.path.join(dp, f)))
                pages.append((os.path.join(rel, f), p))
    note_words = Counter()
    for url, p in pages:
        note_words[url.split(os.sep)[0]] += p.article_words
    tiny, prefix, stub, pointer, crumbs = [], [], [], [], []
    for url, p in pages:
        title = p.title.strip()
        if p.article_words < 30 and note_words[url.split(os.sep)[0]] >= 30:
            tiny.append(url)
        if re.fullmatch(r'\W*(q|question|ques|a|ans|answer)?\W*\d*\W*', title, re.I) or re.match(r'^(q|#)[.:]?\s', title, re.I):
            prefix.append(title)
        if title in stubs and title.lower() != title and ' ' not in title:
            stub.append(title)
        if p.elsewhere and p.article_words - p.elsewhere_words <= len(re.findall(r'\w+', title)) + 1:
            pointer.append(url)
        names = [c.strip() for c in p.crumbs if c.strip()]
        if any(a == b for a, b in zip(names, names[1:])):
            crumbs.append(' › '.join(names))
    result.update({
        'pages': len(pages), 'pages_under_30_words': len(tiny), 'pages_titled_by_prefix': len(prefix),
        'pages_titled_by_stub': len(stub), 'pointer_only_pages': len(pointer), 'repeated_breadcrumbs': len(crumbs),
        'sample_tiny': sorted(tiny)[:6], 'sample_prefix': prefix[:6], 'sample_stub': stub[:6],
        'sample_pointer': sorted(pointer)[:6], 'sample_crumbs': crumbs[:6],
    })
    return result


# ---- building -------------------------------------------------------------------------------------

def build(content, out, work):
    repo = os.environ.get('SITEGEN_REPO', os.path.expanduser('~/.m2/repository'))
    version = os.environ.get('SITEGEN_VERSION')
    if not version:
        version = re.search(r'^  <version>(.*)</version>', read(os.path.join(ROOT, 'pom.xml')), re.M).group(1)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(os.path.join(work, 'pom.xml'), 'w') as f:
        f.write(read(os.path.join(HERE, 'project-pom.xml')).replace('@VERSION@', version))
    log = out + '.log'
    with open(log, 'w') as f:
        rc = subprocess.call(['mvn', '-B', '-o', '-Dmaven.repo.local=' + repo, 'site-gen:build',
                              '-DsiteGen.contentDir=' + content, '-DsiteGen.outputDir=' + out, '-DsiteGen.cache=false'],
                             cwd=work, stdout=f, stderr=subprocess.STDOUT)
    if rc != 0:
        print('build of %s failed: see %s' % (content, log), file=sys.stderr)
    return rc == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpora', default='/work/corpora')
    ap.add_argument('--work', default=os.path.join(ROOT, 'target', 'question-coverage'))
    ap.add_argument('--only', default='')
    ap.add_argument('--held-out', action='store_true', help='measure the held-out collections (last, once)')
    ap.add_argument('--no-build', action='store_true', help='analyse the sites built before')
    ap.add_argument('--seeds', default=os.path.join(ROOT, 'content'), help='the guide\'s own notes')
    ap.add_argument('--json', help='write every number here too')
    args = ap.parse_args()
    only = set(filter(None, args.only.split(',')))
    chosen = [c for c in COLLECTIONS if c[4] == args.held_out and (not only or c[0] in only)]
    results = {}
    todo = [(n, os.path.join(args.corpora, d, sub), rule) for n, d, sub, rule, _ in chosen]
    if not args.held_out and (not only or 'seeds' in only):
        todo.append(('seeds', args.seeds, None))
    for name, content, rule in todo:
        if not os.path.isdir(content):
            print('%s: %s not found, skipped' % (name, content), file=sys.stderr)
            continue
        out = os.path.join(args.work, 'sites', name)
        if not args.no_build and not build(os.path.abspath(content), out, args.work):
            results[name] = {'build_failed': out + '.log'}
            continue  # one collection that does not build must not leave the others unmeasured
        results[name] = analyse(out, content, rule)
        print(name, json.dumps(results[name], ensure_ascii=False), file=sys.stderr)
    cols = [('reader_questions', 'reader Qs'), ('reader_questions_carded', 'carded'), ('coverage_percent', '%'),
            ('reader_questions_with_own_card', 'own card'),
            ('cards', 'cards'), ('cards_not_reader_questions', 'cards not Qs'), ('unanswered_cards', 'unanswered'),
            ('pages', 'pages'), ('pages_under_30_words', '<30 words'), ('pages_titled_by_prefix', 'prefix titles'),
            ('pages_titled_by_stub', 'stub titles'), ('pointer_only_pages', 'pointer-only'),
            ('repeated_breadcrumbs', 'repeated crumbs')]
    print('| collection | ' + ' | '.join(c[1] for c in cols) + ' |')
    print('|---' * (len(cols) + 1) + '|')
    for name, r in results.items():
        print('| %s | %s |' % (name, ' | '.join('' if r.get(c) is None else str(r.get(c)) for c, _ in cols)))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
