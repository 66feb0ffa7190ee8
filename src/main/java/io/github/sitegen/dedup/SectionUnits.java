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
    /** Index of the note each unit is written in, in reading order. */
    final List<Integer> note = new ArrayList<>();
    final List<Digest> digests = new ArrayList<>();
    final List<Integer> words = new ArrayList<>();
    /** Index of the last unit inside each unit's subtree, so a subtree is a range. */
    final List<Integer> end = new ArrayList<>();

    SectionUnits(List<DocumentOutline> outlines) {
        this(outlines, SectionMemo.none());
    }

    /** @param memo where a section's digest and words may already be, from an earlier build */
    SectionUnits(List<DocumentOutline> outlines, SectionMemo memo) {
        for (int n = 0; n < outlines.size(); n++) {
            for (Section section : outlines.get(n).sections()) {
                add(outlines.get(n), n, section, -1, memo);
            }
        }
    }

    int size() {
        return refs.size();
    }

    private void add(DocumentOutline doc, int noteIndex, Section section, int parentIndex, SectionMemo memo) {
        int index = refs.size();
        refs.add(new SectionRef(new SectionKey(doc.source().path(), section.anchor()), section.heading().line(),
                section.title(), doc.title(), section));
        parent.add(parentIndex);
        note.add(noteIndex);
        digests.add(null);
        words.add(0);
        end.add(index);
        List<Integer> childUnits = new ArrayList<>();
        for (Section child : section.children()) {
            childUnits.add(refs.size());
            add(doc, noteIndex, child, index, memo);
        }
        SectionMemo.Digested digested = memo.digested(section, () -> digest(section, childUnits));
        digests.set(index, digested.digest());
        words.set(index, digested.words());
        end.set(index, refs.size() - 1);
    }

    /** The section's title, blocks and its children's digests, hashed; its words with its subsections'. */
    private SectionMemo.Digested digest(Section section, List<Integer> childUnits) {
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
        for (int k = 0; k < childUnits.size(); k++) {
            int c = childUnits.get(k);
            sha.update((byte) 3);
            sha.update(digests.get(c).bytes());
            count += words.get(c) + Texts.countWords(section.children().get(k).title());
        }
        return new SectionMemo.Digested(new Digest(sha.digest()), count);
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
