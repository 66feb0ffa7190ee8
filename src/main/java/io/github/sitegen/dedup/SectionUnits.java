package io.github.sitegen.dedup;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.section.Questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** Every section of every note in reading order (note by note, depth first), with what is compared. */
final class SectionUnits {
    final List<SectionRef> refs = new ArrayList<>();
    final List<Integer> parent = new ArrayList<>();
    final List<Digest> digests = new ArrayList<>();
    final List<Integer> words = new ArrayList<>();
    /** Index of the last unit inside each unit's subtree, so a subtree is a range. */
    final List<Integer> end = new ArrayList<>();

    SectionUnits(List<DocumentOutline> outlines) {
        for (DocumentOutline doc : outlines) {
            for (Section section : doc.sections()) {
                add(doc, section, -1);
            }
        }
    }

    int size() {
        return refs.size();
    }

    private void add(DocumentOutline doc, Section section, int parentIndex) {
        int index = refs.size();
        refs.add(new SectionRef(new SectionKey(doc.source().path(), section.anchor()), section.heading().line(),
                section.title(), doc.title(), section));
        parent.add(parentIndex);
        digests.add(null);
        words.add(0);
        end.add(index);
        MessageDigest sha = sha256();
        sha.update(Questions.key(section.title()).getBytes(StandardCharsets.UTF_8));
        int count = 0;
        for (Block.Content block : section.body()) {
            sha.update((byte) 1);
            sha.update(block.kind().name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 2);
            sha.update(Texts.normalise(block.text()).getBytes(StandardCharsets.UTF_8));
            count += Texts.countWords(block.text());
        }
        for (Section child : section.children()) {
            int c = refs.size();
            add(doc, child, index);
            sha.update((byte) 3);
            sha.update(digests.get(c).bytes());
            count += words.get(c) + Texts.countWords(child.title());
        }
        digests.set(index, new Digest(sha.digest()));
        words.set(index, count);
        end.set(index, refs.size() - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 128 bits of a SHA-256: enough that two different sections never meet by chance. */
    record Digest(long high, long low) {
        Digest(byte[] sha) {
            this(java.nio.ByteBuffer.wrap(sha).getLong(0), java.nio.ByteBuffer.wrap(sha).getLong(8));
        }

        byte[] bytes() {
            return java.nio.ByteBuffer.allocate(16).putLong(high).putLong(low).array();
        }
    }
}
