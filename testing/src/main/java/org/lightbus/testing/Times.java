package org.lightbus.testing;

/**
 * How many times an event must have been fired, or a call made, for an assertion of {@link TestBus} to pass.
 *
 * <pre>
 * bus.assertFired(AuthApi.UserSignedUp.class, times(2));
 * bus.assertCalled(AuthApi.class, atLeast(1)).checkPassword("ada", "secret");
 * </pre>
 */
public final class Times {

    private final int min;
    private final int max;

    private Times(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("Not a valid count: at least " + min + ", at most " + max);
        }
        this.min = min;
        this.max = max;
    }

    /**
     * @param count
     *            the exact count, not negative
     *
     * @return exactly {@code count} times
     */
    public static Times times(int count) {
        return new Times(count, count);
    }

    /**
     * @return exactly once, the default of every assertion
     */
    public static Times once() {
        return times(1);
    }

    /**
     * @return not at all
     */
    public static Times never() {
        return times(0);
    }

    /**
     * @param count
     *            the least count, not negative
     *
     * @return {@code count} times or more
     */
    public static Times atLeast(int count) {
        return new Times(count, Integer.MAX_VALUE);
    }

    /**
     * @param count
     *            the greatest count, not negative
     *
     * @return {@code count} times or fewer
     */
    public static Times atMost(int count) {
        return new Times(0, count);
    }

    /**
     * @param count
     *            a count
     *
     * @return true if the count is allowed
     */
    public boolean allows(int count) {
        return count >= min && count <= max;
    }

    @Override
    public String toString() {
        if (min == max) {
            return plural(min);
        }
        return max == Integer.MAX_VALUE ? "at least " + plural(min) : "at most " + plural(max);
    }

    static String plural(int count) {
        return count + (count == 1 ? " time" : " times");
    }
}
