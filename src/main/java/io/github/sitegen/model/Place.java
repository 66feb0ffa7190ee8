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

}
