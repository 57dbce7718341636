using Microsoft.EntityFrameworkCore;

namespace TrainingCenter.Paging;

/// <summary>What a pager shows under a list: where this page lies in the whole.</summary>
public interface IPaged
{
    int Number { get; }
    int Size { get; }
    int Total { get; }
    int Pages { get; }
    int FirstRow { get; }
    int LastRow { get; }

    /// <summary>The count stopped at <see cref="Total"/> rows: more match, and the last page is not known.</summary>
    bool CountStopped { get; }
}

/// <summary>
/// One page of a list and where it lies in the whole. A page past the last one shows the last one, so a link kept
/// from when the list was longer still shows rows.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Number, int Size, int Total) : IPaged
{
    public int Pages => Math.Max(1, PagesOf(Total, Size));
    public int FirstRow => Total == 0 ? 0 : (Number - 1) * Size + 1;
    public int LastRow => FirstRow == 0 ? 0 : FirstRow + Items.Count - 1;
    public bool CountStopped { get; init; }

    /// <summary>The page of an ordered query: a count and one page of rows, two queries whatever the list's length.</summary>
    public static async Task<Paged<T>> LoadAsync(IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var number = NumberWithin(request, total);
        var items = await ordered.Skip((number - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new Paged<T>(items, number, request.Size, total);
    }

    /// <summary>The page of an ordered query whose length <paramref name="total"/> is already known: one query.</summary>
    public static async Task<Paged<T>> LoadWithTotalAsync(IQueryable<T> ordered, int total, PageRequest request, CancellationToken ct)
    {
        var number = NumberWithin(request, total);
        var items = await ordered.Skip((number - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new Paged<T>(items, number, request.Size, total);
    }

    /// <summary>
    /// The page of an ordered query counted only as far as <paramref name="countLimit"/> rows or the asked-for page,
    /// whichever is further: for a list that no index can count (a search for part of a word), so a common search
    /// reads as many rows as it shows, not the whole table. Past the limit the pager says "more than" and has no last page.
    /// </summary>
    public static async Task<Paged<T>> LoadAsync(IQueryable<T> ordered, PageRequest request, int countLimit, CancellationToken ct)
    {
        var limit = (int)Math.Min(int.MaxValue - 1, Math.Max(countLimit, (long)request.Number * request.Size));
        var counted = await ordered.Take(limit + 1).CountAsync(ct);
        var total = Math.Min(counted, limit);
        var number = NumberWithin(request, total);
        var items = await ordered.Skip((number - 1) * request.Size).Take(request.Size).ToListAsync(ct);
        return new Paged<T>(items, number, request.Size, total) { CountStopped = counted > limit };
    }

    /// <summary>The page of rows already in memory, in their order (lists too short or too costly to page in the database).</summary>
    public static Paged<T> Of(IReadOnlyList<T> rows, PageRequest request)
    {
        var number = NumberWithin(request, rows.Count);
        return new Paged<T>([.. rows.Skip((number - 1) * request.Size).Take(request.Size)], number, request.Size, rows.Count);
    }

    private static int NumberWithin(PageRequest request, int total) => Math.Min(request.Number, Math.Max(1, PagesOf(total, request.Size)));

    private static int PagesOf(int total, int size) => (int)((total + (long)size - 1) / size);
}
