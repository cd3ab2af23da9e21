namespace Dbs.Domain.Seeding;

/// <summary>
/// The demo generator's only source of chance: a seeded <see cref="Random"/> (whose seeded sequence is stable across
/// runs and platforms), so the same seed gives the same data.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Value, double Weight)> choices)
    {
        var total = 0.0;
        foreach (var choice in choices)
        {
            total += choice.Weight;
        }

        var point = _random.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            point -= weight;
            if (point < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    /// <summary><paramref name="count"/> distinct items in random order (all of them when there are fewer).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var take = Math.Min(count, pool.Count);
        for (var i = 0; i < take; i++)
        {
            var j = _random.Next(i, pool.Count);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        pool.RemoveRange(take, pool.Count - take);
        return pool;
    }

    public DateOnly DateBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>An instant during Danish office hours on <paramref name="date"/>, in UTC.</summary>
    public DateTimeOffset During(DateOnly date) =>
        new(date.ToDateTime(new TimeOnly(7, 0)).AddMinutes(_random.Next(9 * 60)), TimeSpan.Zero);

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
