package io.github.sitegen.links;

import java.util.Locale;
import java.util.Optional;

/**
 * Links that leave the site for the reader's or the author's own disk: {@code ../../../etc/passwd}
 * climbs out of the notes folder, and a {@code file:} URL names a file on the computer that built
 * the site. Neither reaches anything a reader of the published guide has, and both tell readers
 * about the author's file system; each is a finding (a warning, an error under {@code check}).
 * Links to other sites ({@code https:}, {@code mailto:}) and paths inside the notes are not this
 * class's business.
 */
public final class LeavingLinks {
    private LeavingLinks() {
    }

    /**
     * @param fromNote the note the link is written in, relative to the content folder, {@code /}-separated
     * @param href     the link as written
     * @return what is wrong and what to do, if the link leaves the site
     */
    public static Optional<String> problem(String fromNote, String href) {
        String trimmed = href.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return Optional.of("link '" + shorten(href) + "' points to a file on the computer that builds the site, which "
                    + "readers cannot open: put the file into the notes folder and link it by a relative path, or link a web address");
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("/") || lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String path = trimmed.replaceFirst("[?#].*$", "");
        int depth = (int) fromNote.chars().filter(c -> c == '/').count();
        for (String part : LocalFiles.decode(path).replace('\\', '/').split("/")) {
            if (part.equals("..")) {
                depth--;
                if (depth < 0) {
                    return Optional.of("link '" + shorten(href) + "' leaves the notes folder, so it leads out of the published "
                            + "site: link a note or file inside the notes folder, or a web address");
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return Optional.empty();
    }

    /** A link as quoted in a message: a 1 MB href must not make a 1 MB line. */
    static String shorten(String href) {
        return href.length() <= 120 ? href : href.substring(0, 100) + "…(" + href.length() + " characters)";
    }
}
