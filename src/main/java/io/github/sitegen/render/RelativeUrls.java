package io.github.sitegen.render;

/** Links between pages are written relative, so the site works from disk and under any sub-path. */
final class RelativeUrls {
    private RelativeUrls() {
    }

    /** The link from page {@code from} to {@code to} (both relative to the site root, {@code to} maybe with {@code #fragment}). */
    static String between(String from, String to) {
        int hash = to.indexOf('#');
        String path = hash < 0 ? to : to.substring(0, hash);
        String fragment = hash < 0 ? "" : to.substring(hash);
        if (path.equals(from) && !fragment.isEmpty()) {
            return fragment;
        }
        String[] fromParts = from.split("/");
        String[] toParts = path.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]);
            if (i < toParts.length - 1) {
                link.append('/');
            }
        }
        return link + fragment;
    }
}
