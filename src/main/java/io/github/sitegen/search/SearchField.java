package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsPropertyKeys;
import java.util.Set;

/**
 * A field of the search index and the boost lunr multiplies its weights by (lunr's
 * {@code builder.field(name, {boost})}).
 *
 * <p>Names that lunr 2.3.9 mishandles are refused here, so a bad configuration fails when it is written
 * rather than as a search index that silently scores wrong in the browser.
 *
 * @param name  the field name, as queries address it ({@code title:word})
 * @param boost a finite factor &gt; 0; lunr reads 0 as 1 and a negative boost inverts the ranking, neither of
 *              which a caller means
 */
public record SearchField(String name, double boost) {

    /** Own and inherited members of a plain JavaScript object in node 20. */
    private static final Set<String> OBJECT_PROTOTYPE_MEMBERS = Set.of(
            "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
            "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
            "toString", "valueOf");

    public SearchField {
        if (name == null) {
            throw new IllegalArgumentException("A search field needs a name");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(
                    "Search field name is empty: a query could not address it as field:term");
        }
        if (name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Search field '" + name + "' contains '/': lunr joins field and "
                    + "document ref as field/ref and splits at the first '/', so lunr rejects it");
        }
        if (name.equals("_index")) {
            throw new IllegalArgumentException("Search field '_index' would overwrite the term number that lunr "
                    + "stores under the key _index in every posting");
        }
        if (JsPropertyKeys.isArrayIndex(name)) {
            throw new IllegalArgumentException("Search field '" + name + "' is an integer-like name: JavaScript "
                    + "enumerates such keys first, so lunr would reorder the fields and place it before _index "
                    + "in every posting; use a name with a letter");
        }
        if (OBJECT_PROTOTYPE_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("Search field '" + name + "' is a member of JavaScript's "
                    + "Object.prototype: lunr 2.3.9 averages field lengths in a plain object, so every weight "
                    + "of this field would become NaN (null in the JSON)");
        }
        if (!(boost > 0) || Double.isInfinite(boost)) {
            throw new IllegalArgumentException("Search field '" + name + "' has boost " + boost
                    + ": a boost must be finite and greater than 0 (lunr treats 0 as 1 and ranks "
                    + "negative boosts upside down)");
        }
    }

    /** A field with lunr's default boost of 1. */
    public static SearchField of(String name) {
        return new SearchField(name, 1);
    }
}
