namespace Editorial.Domain.Diff;

/// <summary>
/// What Myers' difference algorithm spends on two sequences, found by running its greedy forward
/// pass (E. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986, section 3): for each
/// edit distance d it extends every diagonal as far as the sequences agree, which costs one step per
/// diagonal and one per matched element, O((N+M)·D) in all, in O(N+M) memory. Counting those steps
/// is the true cost of the word diff of two paragraphs, not an estimate — words in another order cost
/// what they cost — and counting stops as soon as it passes the caller's limit, so the count itself
/// costs at most that limit.
/// </summary>
public static class MyersWork
{
    /// <summary>
    /// The steps the forward pass takes to find the edit distance of <paramref name="a"/> and
    /// <paramref name="b"/>, or — once the count passes <paramref name="limit"/> — the count at that
    /// moment (above the limit: too costly).
    /// </summary>
    public static long Of(ReadOnlySpan<int> a, ReadOnlySpan<int> b, long limit)
    {
        int n = a.Length, m = b.Length;
        var max = n + m;
        if (max == 0)
        {
            return 0;
        }

        // v[offset + k]: the furthest x reached on diagonal k (y = x - k).
        var v = new int[(2 * max) + 3];
        var offset = max + 1;
        long work = 0;
        for (var d = 0; d <= max; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                var from = x;
                while (x < n && x - k < m && a[x] == b[x - k])
                {
                    x++;
                }

                work += 1 + (x - from);
                v[offset + k] = x;
                if (x >= n && x - k >= m)
                {
                    return work;
                }
            }

            if (work > limit)
            {
                return work;
            }
        }

        return work;
    }
}
