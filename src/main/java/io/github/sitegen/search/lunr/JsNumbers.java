package io.github.sitegen.search.lunr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript number semantics that an index weight goes through: {@code Math.round} and
 * {@code Number.prototype.toString()} (which {@code JSON.stringify} uses).
 *
 * <p>Java's {@code Double.toString} differs ({@code 8.0}, {@code 1.0E-3}, and on Java 17 sometimes more
 * digits than the shortest round trip), and {@code Math.round(double)} saturates at {@code Long.MAX_VALUE}.
 */
public final class JsNumbers {

    /** Above this every double is an integer, so JS {@code Math.round} returns it unchanged. */
    private static final double TWO_POW_52 = 0x1p52;

    /**
     * Below this, {@code n / 1000} is spaced closer than one ulp apart, so its decimal digits are the shortest
     * round trip: |n/1000| &lt; 2^43 keeps ulp &lt; 0.001.
     */
    private static final double THOUSANDTHS_FAST_LIMIT = 8e15;

    private JsNumbers() {
    }

    /** JavaScript {@code Math.round}: nearest integer, halves toward positive infinity. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= TWO_POW_52) {
            return x;
        }
        long rounded = Math.round(x);
        return rounded == 0 && (x < 0 || 1 / x < 0) ? -0.0 : rounded;
    }

    /**
     * {@code String(n / 1000)} for an integral {@code n}: what lunr writes for a weight of
     * {@code Math.round(score * 1000) / 1000}.
     */
    public static String thousandthsToString(double n) {
        return appendThousandths(new JsonText(24), n).toString();
    }

    /**
     * Appends {@link #thousandthsToString(double)} of {@code n}. Below the fast-path limit that is the exact
     * decimal {@code n / 1000} without trailing zeros, written from the integer without any parsing or
     * {@code BigDecimal}, as an index writes one for every weight.
     */
    public static JsonText appendThousandths(JsonText out, double n) {
        if (Math.abs(n) >= THOUSANDTHS_FAST_LIMIT || n != Math.rint(n)) {
            return out.append(toString(n / 1000));
        }
        long units = (long) n; // -0.0 becomes 0, which JavaScript prints as "0" too
        if (units < 0) {
            out.append('-');
            units = -units;
        }
        out.appendInteger(units / 1000);
        int fraction = (int) (units % 1000);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                out.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    out.append((char) ('0' + fraction % 10));
                }
            }
        }
        return out;
    }

    /** JavaScript {@code Number.prototype.toString()} (radix 10), per ECMA-262 Number::toString. */
    public static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + toString(-x);
        }
        if (Double.isInfinite(x)) {
            return "Infinity";
        }
        BigDecimal shortest = shortestRoundTrip(x);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + '.' + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + 'e' + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code x}; among those, the closest
     * to {@code x}, and on a tie the one with an even last digit. Both neighbours are tried at a precision
     * because the rounding interval of a power of two is lopsided. Whether some neighbour round-trips only
     * improves with more digits, so the fewest digits are found by bisection.
     */
    private static BigDecimal shortestRoundTrip(double x) {
        BigDecimal exact = new BigDecimal(x);
        int low = 1;
        int high = 17; // 17 significant digits always round-trip
        BigDecimal best = closestRoundTrip(exact, x, high);
        while (low < high) {
            int mid = (low + high) >>> 1;
            BigDecimal candidate = closestRoundTrip(exact, x, mid);
            if (candidate == null) {
                low = mid + 1;
            } else {
                best = candidate;
                high = mid;
            }
        }
        return best.stripTrailingZeros();
    }

    /** The closer of the two {@code precision}-digit neighbours of {@code exact} that parse to {@code x}, or null. */
    private static BigDecimal closestRoundTrip(BigDecimal exact, double x, int precision) {
        BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
        boolean downOk = down.doubleValue() == x;
        boolean upOk = up.doubleValue() == x;
        if (downOk && upOk && down.compareTo(up) != 0) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }
}
