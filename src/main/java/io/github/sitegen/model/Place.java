package io.github.sitegen.model;

/**
 * Where something is shown: a page (path from the site root) and the id it has there. This
 * is the one place a page url and an id are joined.
 *
 * @param id empty for the page itself (a note whose headings were all shown elsewhere)
 */
public record Place(String page, String id) {
    public String href() {
        return id.isEmpty() ? page : page + "#" + id;
    }

    /** The place an href made of a page and an optional {@code #id} names. */
    public static Place of(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? new Place(href, "") : new Place(href.substring(0, hash), href.substring(hash + 1));
    }
}
