package io.github.sitegen.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks images and links written as raw HTML with their file line, as Markdown ones are, so that a missing file can be named. */
final class RawImages {
    private static final Pattern TAG = Pattern.compile("(?i)<(img|a)(?=\\s[^>]*\\b(?:src|href)\\s*=)");

    private RawImages() {
    }

    /** @param line the file line {@code html} starts on */
    static String markLines(String html, int line) {
        Matcher m = TAG.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int lines = line;
        do {
            for (int i = from; i < m.start(); i++) {
                if (html.charAt(i) == '\n') {
                    lines++;
                }
            }
            out.append(html, from, m.end()).append(' ').append(MarkdownConverter.LINE_ATTRIBUTE).append("=\"").append(lines).append('"');
            from = m.end();
        } while (m.find());
        return out.append(html.substring(from)).toString();
    }
}
