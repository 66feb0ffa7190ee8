package io.github.sitegen.dedup;

import io.github.sitegen.core.Section;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What deduplication works out from one section alone (its digest and word count, title terms,
 * answer words, shingles and MinHash signature), kept from one build to the next of the live server: a note
 * that did not change parses to the very same section objects, so after a one-file edit only
 * that file's sections are worked out again. Sections are looked up by identity, never by their
 * (deep, costly) equality. Only what the last build used is kept, so memory follows the site.
 */
public final class SectionMemo {
    private final boolean keep;
    private DedupOptions options;
    private Map<Key, Entry> previous = Map.of();
    private Map<Key, Entry> current = new ConcurrentHashMap<>();
    /** Sections of the current build found from the last one. */
    private final AtomicInteger reused = new AtomicInteger();

    private SectionMemo(boolean keep) {
        this.keep = keep;
    }

    /** Keeps nothing: for a one-off build. */
    public static SectionMemo none() {
        return new SectionMemo(false);
    }

    /** Keeps what each build worked out for the next one. */
    public static SectionMemo betweenBuilds() {
        return new SectionMemo(true);
    }

    /** Starts a build with {@code options}: what the last build worked out is reused, unless the options changed. */
    synchronized void start(DedupOptions options) {
        previous = keep && options.equals(this.options) ? current : Map.of();
        current = new ConcurrentHashMap<>();
        this.options = options;
        reused.set(0);
    }

    int reused() {
        return reused.get();
    }

    record Digested(SectionUnits.Digest digest, int words) {
    }

    Digested digested(Section section, Supplier<Digested> make) {
        Entry entry = entry(section);
        if (entry.digested == null) {
            entry.digested = make.get();
        }
        return entry.digested;
    }

    ComparedQuestion compared(Section section, Supplier<ComparedQuestion> make) {
        Entry entry = entry(section);
        if (entry.compared == null) {
            entry.compared = make.get();
        }
        return entry.compared;
    }

    private Entry entry(Section section) {
        if (!keep) {
            return new Entry();
        }
        return current.computeIfAbsent(new Key(section), k -> {
            Entry before = previous.get(k);
            if (before == null) {
                return new Entry();
            }
            reused.incrementAndGet();
            return before;
        });
    }

    /** A section by identity. */
    private record Key(Section section) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.section == section;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(section);
        }
    }

    /** Filled by one thread per section and field; a value is immutable once set. */
    private static final class Entry {
        volatile Digested digested;
        volatile ComparedQuestion compared;
    }
}
