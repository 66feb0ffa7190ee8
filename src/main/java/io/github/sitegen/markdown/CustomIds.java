package io.github.sitegen.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's own id as MkDocs, Docusaurus, Hugo and Pandoc let an author write it, at the end
 * of the heading: {@code ## Title {#my-id}}, also {@code {: #my-id}} and {@code {#my-id .class}}.
 * The id is the heading's; the braces are not part of its title.
 */
final class CustomIds {
    private static final Pattern ATTRIBUTES = Pattern.compile("[ \\t]*\\{:?[ \\t]*#([^\\s}#]+)(?:[ \\t]+[^}]*)?}[ \\t]*$");

    private CustomIds() {
    }

    /** The id written at the end of {@code heading}, taken out of its text; empty when there is none. */
    static Optional<String> take(Heading heading) {
        Node last = heading.getLastChild();
        if (!(last instanceof Text text) || text.getLiteral().indexOf('{') < 0) {
            return Optional.empty();
        }
        Matcher m = ATTRIBUTES.matcher(text.getLiteral());
        if (!m.find()) {
            return Optional.empty();
        }
        text.setLiteral(text.getLiteral().substring(0, m.start()));
        if (text.getLiteral().isEmpty()) {
            text.unlink();
        }
        return Optional.of(m.group(1));
    }
}
