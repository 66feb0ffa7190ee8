package io.github.sitegen.support;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A listener that keeps what a build said, in order: info lines as they are, warnings (and
 * findings, which are warnings unless a caller says otherwise) prefixed {@code WARN }.
 * The one listener tests use instead of writing their own.
 */
public final class RecordingListener implements BuildListener {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        log.add(message);
    }

    @Override
    public void warn(String message) {
        log.add("WARN " + message);
        warnings.add(message);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
        warn(finding.toString());
    }

    /** Every line, warnings prefixed {@code WARN }. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The warnings alone, findings among them, without prefix. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
