/**
 * The site's full-text search: a Java builder of the index that lunr.js 2.3.9 searches in the browser.
 *
 * <p>{@link io.github.sitegen.search.LunrIndexBuilder} turns {@link io.github.sitegen.search.SearchDocument}s
 * into a {@link io.github.sitegen.search.LunrIndex}, whose JSON is byte-identical to lunr's own, so the site
 * build needs no JavaScript runtime and the browser ranks exactly as lunr would.
 */
package io.github.sitegen.search;
