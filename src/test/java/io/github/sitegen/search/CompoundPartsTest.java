package io.github.sitegen.search;

import io.github.sitegen.support.ShortStrings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The identifier splitting of the search catalogue, a hand-written scan, finds what the plain
 * regular expression found (issue 12 made it linear, issue 13 a scan), and is linear.
 */
class CompoundPartsTest {
    /** The pattern before issue 12: the same parts, in time quadratic in a word's length. */
    private static final Pattern PLAIN = Pattern.compile(
            "\\p{Alnum}+(?:[_.=/:]+\\p{Alnum}+)+|\\p{Lower}+(?:\\p{Upper}\\p{Lower}+)+|(?:\\p{Upper}\\p{Lower}+){2,}");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Lower})(?=\\p{Upper})");

    @Test
    void findsTheSamePartsAsThePlainPatternOnEveryShortString() {
        assertThat(differing(ShortStrings.upTo(6, 'a', 'b', 'A', 'B', '1', '_', '.', ' '))).as("strings whose parts differ").isEmpty();
    }

    @Test
    void findsTheSamePartsWithEveryJoinAndOutsideAscii() {
        assertThat(differing(ShortStrings.upTo(6, 'a', 'Z', '9', '=', '/', ':', '\u00e9', '-'))).as("strings whose parts differ").isEmpty();
    }

    private static List<String> differing(List<String> texts) {
        return texts.stream().filter(text -> !SearchCatalog.parts(text).equals(plainParts(text))).toList();
    }

    @Test
    void identifiersInProseArePartsInTheOrderFirstSeen() {
        assertThat(SearchCatalog.parts("Use select_related() or prefetchRelated, not QuerySet.filter; see "
                + "django.db.models and HTTPResponse or getHTTPResponse, a=b/c:d, select_related again."))
                .isEqualTo(plainParts("Use select_related() or prefetchRelated, not QuerySet.filter; see "
                        + "django.db.models and HTTPResponse or getHTTPResponse, a=b/c:d, select_related again."))
                .isEqualTo("select related prefetch query set filter django db models a b c d"); // no camel word in HTTPResponse
    }

    @Test
    void aMillionCharacterWordIsSplitInLinearTime() {
        // before: minutes for 100,000 characters; the plain pattern retried from every character
        String word = "a".repeat(1_000_000);
        String camel = "Ab".repeat(200_000) + " " + "x_".repeat(200_000) + "_".repeat(100_000) + "Aaaa".repeat(100_000) + "1";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(SearchCatalog.parts(word)).isEmpty();
            assertThat(SearchCatalog.parts(camel)).isEqualTo("ab x aaaa aaaa1"); // Ab… ; x_…_Aaaa…1 as one identifier
        });
    }

    private static String plainParts(String text) {
        Set<String> parts = new LinkedHashSet<>();
        Matcher m = PLAIN.matcher(text);
        while (m.find()) {
            for (String piece : m.group().split("[_.=/:]+")) {
                for (String word : CAMEL.split(piece)) {
                    parts.add(word.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return String.join(" ", parts);
    }
}
