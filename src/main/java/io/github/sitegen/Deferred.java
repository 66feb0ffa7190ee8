package io.github.sitegen;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Elements made only when the first of them is asked for, then taken one at a time: the search
 * files are waited for only once the notes' pages are written, and each is dropped once
 * written (a flatMap would buffer them all).
 */
final class Deferred<T> implements Iterator<T> {
    private final Supplier<Iterator<T>> source;
    private Iterator<T> elements;

    private Deferred(Supplier<Iterator<T>> source) {
        this.source = source;
    }

    static <T> Stream<T> stream(Supplier<Iterator<T>> source) {
        return ordered(new Deferred<>(source));
    }

    /** A stream that takes {@code elements} one at a time, in their order. */
    static <T> Stream<T> ordered(Iterator<T> elements) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED), false);
    }

    private Iterator<T> elements() {
        if (elements == null) {
            elements = source.get();
        }
        return elements;
    }

    @Override
    public boolean hasNext() {
        return elements().hasNext();
    }

    @Override
    public T next() {
        return elements().next();
    }
}
