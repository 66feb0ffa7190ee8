// site-gen's FSRS-6 scheduler: what the practice page uses to say when a card comes back.
// Written for the guide from the published equations, because the reference (ts-fsrs on npm) has no
// browser build on Maven Central; FsrsDifferentialTest holds it to ts-fsrs 5.4.2 with its default
// parameters (21 weights, retention 0.9, learning steps 1m 10m, relearning 10m, short-term on,
// no fuzz) over thousands of generated review histories: same due dates, stability, difficulty,
// state, reps and lapses. Times are milliseconds since 1970; a "day" is a UTC calendar day, as there.
(function (root) {
  'use strict';
  var NEW = 0, LEARNING = 1, REVIEW = 2, RELEARNING = 3;
  var AGAIN = 1, HARD = 2, GOOD = 3, EASY = 4;
  var MINUTE = 60 * 1000, DAY = 24 * 60 * MINUTE;
  var W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
  var RETENTION = 0.9, MAX_INTERVAL = 36500, S_MIN = 0.001, S_MAX = 36500;
  var LEARNING_STEPS = [1, 10], RELEARNING_STEPS = [10];   // minutes

  // every intermediate value is rounded to 8 decimals where the reference rounds it, or the
  // last digit drifts apart after a few dozen reviews
  function round8(x) { return Math.round(x * 1e8) / 1e8; }
  function clamp(x, lo, hi) { return Math.min(Math.max(x, lo), hi); }

  var DECAY = -W[20];
  var FACTOR = round8(Math.exp(Math.log(0.9) / DECAY) - 1);
  var INTERVAL_MODIFIER = round8((Math.pow(RETENTION, 1 / DECAY) - 1) / FACTOR);

  function retrievability(days, stability) {
    return round8(Math.pow(1 + FACTOR * days / stability, DECAY));
  }
  function initialDifficulty(grade) { return round8(W[4] - Math.exp((grade - 1) * W[5]) + 1); }
  function nextDifficulty(d, grade) {
    var change = -W[6] * (grade - 3);
    var damped = d + round8(change * (10 - d) / 9);   // smaller steps near the ceiling of 10
    return clamp(round8(W[7] * initialDifficulty(EASY) + (1 - W[7]) * damped), 1, 10);
  }
  function recalled(d, s, r, grade) {
    var bonus = grade === HARD ? W[15] : grade === EASY ? W[16] : 1;
    return round8(clamp(s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1) * bonus), S_MIN, S_MAX));
  }
  function forgotten(d, s, r) {
    return round8(clamp(W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]), S_MIN, S_MAX));
  }
  function sameDay(s, grade) {
    var growth = Math.pow(s, -W[19]) * Math.exp(W[17] * (grade - 3 + W[18]));
    if (grade >= HARD) growth = Math.max(growth, 1);
    return round8(clamp(s * growth, S_MIN, S_MAX));
  }

  /** Difficulty and stability after a review {@code days} after the last one (r: retrievability, when known). */
  function memory(d, s, days, grade, r) {
    if (d === 0 && s === 0) return { d: clamp(initialDifficulty(grade), 1, 10), s: Math.max(W[grade - 1], 0.1) };
    if (r === undefined) r = retrievability(days, s);
    var next;
    if (days === 0) next = sameDay(s, grade);
    else if (grade === AGAIN) next = Math.min(Math.max(round8(s / Math.exp(W[17] * W[18])), S_MIN), forgotten(d, s, r));
    else next = recalled(d, s, r, grade);
    return { d: nextDifficulty(d, grade), s: next };
  }

  function interval(stability) {
    return Math.min(Math.max(1, Math.round(stability * INTERVAL_MODIFIER)), MAX_INTERVAL);
  }

  function calendarDays(from, to) { return Math.floor(to / DAY) - Math.floor(from / DAY); }

  /** A card never reviewed. */
  function empty(now) {
    return { due: now || 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, reps: 0, lapses: 0,
      learning_steps: 0, state: NEW, last_review: null };
  }

  /** Minutes until a card in learning comes back after {@code grade}, and its next step; none: it graduates. */
  function step(state, current, grade) {
    var steps = state === REVIEW || state === RELEARNING ? RELEARNING_STEPS : LEARNING_STEPS;
    if (current >= steps.length) return null;
    if (state === REVIEW) return grade === AGAIN ? { minutes: steps[Math.max(0, current)], next: 0 } : null;
    if (grade === AGAIN) return { minutes: steps[0], next: 0 };
    if (grade === HARD) {
      return { minutes: steps.length === 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2), next: current };
    }
    if (grade === GOOD && current + 1 < steps.length) return { minutes: steps[current + 1], next: current + 1 };
    return null;
  }

  /**
   * The card after a review at {@code now} graded {@code grade} (1 again, 2 hard, 3 good, 4 easy).
   * The card given is left as it was.
   */
  function next(card, now, grade) {
    if (!(grade >= AGAIN && grade <= EASY)) throw new Error('grade must be 1 to 4, not ' + grade);
    var days = card.state !== NEW && card.last_review !== null ? calendarDays(card.last_review, now) : 0;
    var out = {
      due: card.due, stability: card.stability, difficulty: card.difficulty, elapsed_days: days,
      scheduled_days: card.scheduled_days, reps: card.reps + 1, lapses: card.lapses,
      learning_steps: card.learning_steps || 0, state: card.state, last_review: now
    };
    var m;
    if (card.state === REVIEW) {
      var r = retrievability(days, card.stability);
      m = memory(card.difficulty, card.stability, days, grade, r);
      out.difficulty = m.d;
      out.stability = m.s;
      if (grade === AGAIN) {
        out.lapses += 1;
        learn(out, card, grade, RELEARNING, now, days);
        return out;
      }
      // the three successful grades keep their order: hard < good < easy, a day apart at least
      var hard = interval(memory(card.difficulty, card.stability, days, HARD, r).s);
      var good = interval(memory(card.difficulty, card.stability, days, GOOD, r).s);
      hard = Math.min(hard, good);
      good = Math.max(good, hard + 1);
      var easy = Math.max(interval(memory(card.difficulty, card.stability, days, EASY, r).s), good + 1);
      var ivl = grade === HARD ? hard : grade === GOOD ? good : easy;
      out.state = REVIEW;
      out.learning_steps = 0;
      out.scheduled_days = ivl;
      out.due = now + ivl * DAY;
      return out;
    }
    m = memory(card.difficulty, card.stability, days, grade);
    out.difficulty = m.d;
    out.stability = m.s;
    learn(out, card, grade, card.state === NEW ? LEARNING : card.state, now, days);
    return out;
  }

  /** Puts {@code out} on its next learning step, or graduates it to review. */
  function learn(out, card, grade, state, now, days) {
    var s = step(card.state, card.learning_steps || 0, grade);
    if (s && s.minutes > 0 && s.minutes < 1440) {
      out.learning_steps = s.next;
      out.scheduled_days = 0;
      out.state = state;
      out.due = now + Math.round(s.minutes) * MINUTE;
    } else {
      out.state = REVIEW;
      out.learning_steps = 0;
      out.scheduled_days = interval(out.stability);
      out.due = now + out.scheduled_days * DAY;
    }
  }

  /** The card a history of reviews ({t: time, g: grade}, oldest first) leaves. */
  function replay(reviews) {
    var card = empty(0);
    for (var i = 0; i < reviews.length; i++) card = next(card, reviews[i].t, reviews[i].g);
    return card;
  }

  var api = { NEW: NEW, LEARNING: LEARNING, REVIEW: REVIEW, RELEARNING: RELEARNING,
    AGAIN: AGAIN, HARD: HARD, GOOD: GOOD, EASY: EASY, empty: empty, next: next, replay: replay };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.siteGenFsrs = api;
})(this);
