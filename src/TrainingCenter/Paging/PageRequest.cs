namespace TrainingCenter.Paging;

/// <summary>Which page of a long list to show and how many rows a page holds, as the URL asks (<c>?p=3&amp;size=50</c>).</summary>
public sealed record PageRequest
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    /// <summary>
    /// How far a list searched for part of a word counts its matches (<see cref="Paged{T}.LoadAsync(IQueryable{T}, PageRequest, int, CancellationToken)"/>):
    /// one page of the largest size, or as far as the asked-for page. No index serves "contains", so counting every match
    /// would read the whole table; this way a common search reads about as many rows from a table of 30,000 as from one of
    /// 600, and one matching more shows "more than" this many and pages on without a last page. A search matching fewer
    /// still reads every row to find them.
    /// </summary>
    public const int SearchCountLimit = MaxSize;

    public const string NumberKey = "p";
    public const string SizeKey = "size";

    /// <summary>The page sizes offered beside a list.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [DefaultSize, 50, MaxSize];

    public static PageRequest First { get; } = new(1, DefaultSize);

    /// <summary>Every row on one page: what exports ask for.</summary>
    public static PageRequest All { get; } = new(1, int.MaxValue);

    private PageRequest(int number, int size)
    {
        Number = number;
        Size = size;
    }

    /// <summary>From 1.</summary>
    public int Number { get; }

    /// <summary>From 1 to <see cref="MaxSize"/> (or every row, for <see cref="All"/>).</summary>
    public int Size { get; }

    /// <summary>Anything missing or out of range falls back to the first page or the nearest allowed size.</summary>
    public static PageRequest Of(int? number, int? size) =>
        new(Math.Max(1, number ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
