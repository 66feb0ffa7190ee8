package io.github.sitegen.section;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.markdown.MarkdownConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note written without any heading as the "question -> answer" items people jot
 * down: {@code *URLs in django-> mapping URLs to views}, a starred question whose answer
 * follows on the next lines (after a {@code ->} or not), or a paragraph whose first line asks
 * something. Each item becomes a level-2 heading followed by its answer's blocks, so that the
 * section tree sees it as a question. Nothing is dropped: text before the first item stays
 * the preamble, and text between two items belongs to the item before it.
 */
final class PlainNotes {
    static final int ITEM_LEVEL = 2;
    /** A starred line: {@code *Q}, {@code * Q}, {@code **Q}; not {@code ***} (a rule) or a lone star. */
    private static final Pattern STARRED = Pattern.compile("^ {0,3}\\*{1,2}(?![*\\s]*$)(?!\\*)\\s*(\\S.*)$");
    private static final Pattern ARROW = Pattern.compile("^\\s*->");
    /** How many lines a starred question may run over before its {@code ?} or the {@code ->} line. */
    private static final int QUESTION_LINES = 4;

    /** One item: where its question and its answer start in the note, and their Markdown. */
    record Item(int line, String question, int answerLine, String answer) {
    }

    private final MarkdownConverter converter;

    PlainNotes(MarkdownConverter converter) {
        this.converter = converter;
    }

    /**
     * The note's blocks with each item turned into a heading and its answer, or empty when the
     * note has headings of its own or no line reads as an item.
     *
     * @param items receives the headings made for items, which are questions whatever they say
     */
    Optional<List<Block>> blocks(MarkdownDocument document, List<Block.Heading> items) {
        if (document.blocks().stream().anyMatch(b -> b instanceof Block.Heading)) {
            return Optional.empty();
        }
        String[] lines = document.source().body().split("\n", -1);
        int firstLine = document.source().firstLine();
        boolean[] prose = proseLines(document, lines.length);
        List<Item> found = items(lines, prose, firstLine);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GitHubSlugger slugger = new GitHubSlugger();
        List<Block> blocks = new ArrayList<>();
        int preambleEnd = found.get(0).line() - firstLine;
        blocks.addAll(converter.convertFragment(join(lines, 0, preambleEnd), firstLine, slugger, true));
        for (Item item : found) {
            List<Block> heading = converter.convertFragment("#".repeat(ITEM_LEVEL) + " " + item.question(), item.line(), slugger, false);
            if (heading.size() == 1 && heading.get(0) instanceof Block.Heading h) {
                blocks.add(h);
                items.add(h);
            }
            blocks.addAll(converter.convertFragment(item.answer(), item.answerLine(), slugger, true));
        }
        return Optional.of(blocks);
    }

    /** Lines that belong to paragraphs or lists, where an item may start; code, tables and HTML may not. */
    private static boolean[] proseLines(MarkdownDocument document, int count) {
        boolean[] prose = new boolean[count];
        List<Block> blocks = document.blocks();
        int firstLine = document.source().firstLine();
        for (int b = 0; b < blocks.size(); b++) {
            if (!(blocks.get(b) instanceof Block.Content content)
                    || (content.kind() != Block.Kind.PARAGRAPH && content.kind() != Block.Kind.LIST)
                    || QuestionBanks.marked(content).isPresent()) { // a list of questions: each item a card as it is
                continue;
            }
            int from = content.line() - firstLine;
            int to = b + 1 < blocks.size() ? blocks.get(b + 1).line() - firstLine : count;
            for (int i = Math.max(0, from); i < Math.min(to, count); i++) {
                prose[i] = true;
            }
        }
        return prose;
    }

    static List<Item> items(String[] lines, boolean[] prose, int firstLine) {
        List<int[]> starts = new ArrayList<>(); // {line the item starts on, line its answer starts on}
        List<String> questions = new ArrayList<>();
        List<String> firstAnswerLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!prose[i]) {
                continue;
            }
            Matcher starred = STARRED.matcher(lines[i]);
            if (starred.matches()) {
                String rest = starred.group(1);
                int arrow = rest.indexOf("->");
                if (arrow >= 0) {
                    questions.add(rest.substring(0, arrow));
                    firstAnswerLines.add(rest.substring(arrow + 2));
                    starts.add(new int[] {i, i + 1});
                    continue;
                }
                // the question runs on until a line that ends with '?' or the line before a '->'
                for (int j = i; j < Math.min(lines.length, i + QUESTION_LINES) && prose[j] && !lines[j].isBlank(); j++) {
                    if (j > i && ARROW.matcher(lines[j]).find()) {
                        questions.add(join(lines, i, j).replaceFirst("^\\s*\\*+", ""));
                        firstAnswerLines.add(null);
                        starts.add(new int[] {i, j});
                        i = j - 1;
                        break;
                    }
                    if (stripStars(lines[j]).endsWith("?")) {
                        questions.add(join(lines, i, j + 1).replaceFirst("^\\s*\\*+", ""));
                        firstAnswerLines.add(null);
                        starts.add(new int[] {i, j + 1});
                        i = j;
                        break;
                    }
                }
                continue;
            }
            boolean paragraphStart = i == 0 || lines[i - 1].isBlank();
            // "What is X?" with its answer on the next line; "Question: what does this print?" above its code
            if (paragraphStart && i + 1 < lines.length && !lines[i + 1].isBlank()
                    && (lines[i].strip().endsWith("?") && prose[i + 1] || Questions.isLabelled(lines[i]))) {
                questions.add(lines[i]);
                firstAnswerLines.add(null);
                starts.add(new int[] {i, i + 1});
            }
        }
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k)[0];
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : lines.length;
            List<String> answer = new ArrayList<>();
            int answerLine;
            if (firstAnswerLines.get(k) != null) {
                // "*Q-> answer": the answer starts on the question's own line
                answer.add(firstAnswerLines.get(k).strip());
                answerLine = start;
                answer.addAll(List.of(lines).subList(start + 1, end));
            } else {
                answerLine = starts.get(k)[1];
                answer.addAll(List.of(lines).subList(answerLine, end));
                if (!answer.isEmpty()) {
                    answer.set(0, answer.get(0).replaceFirst("^\\s*->\\s*", ""));
                }
            }
            while (!answer.isEmpty() && answer.get(0).isBlank()) {
                answer.remove(0);
                answerLine++;
            }
            String question = stripStars(questions.get(k).replaceAll("\\s+", " "));
            items.add(new Item(firstLine + start, question, firstLine + answerLine, String.join("\n", answer).stripTrailing() + "\n"));
        }
        return items;
    }

    private static String stripStars(String text) {
        return text.strip().replaceAll("^\\*+\\s*|\\s*\\*+$", "").strip();
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to && i < lines.length; i++) {
            text.append(lines[i]).append('\n');
        }
        return text.toString();
    }
}
