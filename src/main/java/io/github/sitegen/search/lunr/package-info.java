/**
 * Internal: the pieces of lunr.js 2.3.9's default indexing pipeline, re-implemented so that a Java-built index
 * is byte-identical to {@code JSON.stringify(idx)} from lunr itself.
 *
 * <p>Every class here reproduces JavaScript semantics (UTF-16 code units, {@code String#toLowerCase},
 * regular expressions without the {@code u} flag, {@code Number#toString}, property key order), because the
 * Java standard library differs from JavaScript in each of them. Not a stable API: use
 * {@link io.github.sitegen.search.LunrIndexBuilder}.
 */
package io.github.sitegen.search.lunr;
