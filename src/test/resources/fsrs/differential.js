// Differential test of templates/assets/fsrs.js against ts-fsrs (default parameters, fuzz off):
// node differential.js <fsrs.js> <node_modules> <seed> <histories>
// Generates review histories (random grades, and times from seconds to months apart: learning
// steps, relearning, same-day and overdue reviews), replays each in both schedulers, and prints
// one JSON line: how many reviews were compared, what they covered, and the first mismatches.
'use strict';
const path = require('path');
const ours = require(path.resolve(process.argv[2]));
const { fsrs, createEmptyCard } = require(path.join(path.resolve(process.argv[3]), 'ts-fsrs'));
const seed = Number(process.argv[4]);
const histories = Number(process.argv[5]);
const reference = fsrs();   // its defaults: what the guide's scheduler promises to match

// a small seeded generator (mulberry32), so a failure is repeatable from the seed
let state = seed >>> 0;
function random() {
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const MIN = 60000, DAY = 86400000;
function gap(card) {
  const x = random();
  if (x < 0.15) return Math.floor(random() * 5 * MIN);                  // at once, same session
  if (x < 0.30) return card.due - card.last_review;                     // exactly when due
  if (x < 0.45) return Math.floor(random() * 12 * 60 * MIN);            // later the same day, or past midnight
  if (x < 0.75) return Math.floor((card.due - card.last_review) * (0.3 + random() * 1.2));   // early or a little late
  if (x < 0.92) return Math.floor(random() * 30 * DAY);                 // days to a month
  return Math.floor(random() * 3 * 365 * DAY);                          // long overdue
}

const fields = ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'reps', 'lapses', 'learning_steps', 'state', 'last_review'];
const seen = { reviews: 0, histories: 0, states: [0, 0, 0, 0], grades: [0, 0, 0, 0, 0], sameDay: 0, overdue: 0, relearning: 0, mismatches: [] };
for (let h = 0; h < histories; h++) {
  seen.histories++;
  let now = Date.UTC(2020, 0, 1) + Math.floor(random() * 5 * 365 * DAY);
  let theirs = createEmptyCard(new Date(now));
  let mine = ours.empty(now);
  const grades = [];
  const length = 1 + Math.floor(random() * 40);
  for (let i = 0; i < length; i++) {
    if (i > 0) now += gap({ due: mine.due, last_review: mine.last_review });
    // grades lean towards good, as a student's do, with runs of again to reach relearning
    const x = random();
    const grade = x < 0.2 ? 1 : x < 0.35 ? 2 : x < 0.85 ? 3 : 4;
    grades.push(grade);
    seen.states[mine.state]++;
    seen.grades[grade]++;
    if (mine.last_review !== null && Math.floor(now / DAY) === Math.floor(mine.last_review / DAY)) seen.sameDay++;
    if (mine.state === 2 && now > mine.due + DAY) seen.overdue++;
    if (mine.state === 3) seen.relearning++;
    theirs = reference.next(theirs, new Date(now), grade).card;
    mine = ours.next(mine, now, grade);
    seen.reviews++;
    const expected = {};
    for (const f of fields) {
      const v = theirs[f];
      expected[f] = v instanceof Date ? v.getTime() : v === undefined ? null : v;
    }
    const wrong = fields.filter(f => expected[f] !== mine[f]);
    if (wrong.length && seen.mismatches.length < 5) {
      seen.mismatches.push({ history: h, review: i, grades, field: wrong, expected, actual: mine });
    }
    if (wrong.length) break;
  }
}
process.stdout.write(JSON.stringify(seen) + '\n');
