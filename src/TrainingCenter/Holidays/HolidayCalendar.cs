using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Holidays;

/// <summary>
/// The days without classes: Pakistan's fixed public holidays and the consortium's own list, which admins keep for the
/// lunar holidays. One holiday a date: a date the fixed list already names, or the list already holds, is refused.
/// </summary>
public sealed class HolidayCalendar(AppDbContext db)
{
    /// <summary>Suggested names for the holidays whose dates move with the moon.</summary>
    public static readonly IReadOnlyList<string> LunarHolidays = ["Eid ul-Fitr", "Eid ul-Adha", "Ashura", "12 Rabi ul-Awwal"];

    /// <summary>Every holiday from <paramref name="from"/> to <paramref name="until"/>, both inclusive, in date order.</summary>
    public async Task<IReadOnlyList<Holiday>> BetweenAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var kept = await db.ConsortiumHolidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= until)
            .Select(h => new Holiday(h.Date, h.Name, h.Id))
            .ToListAsync(ct);
        return [.. PakistanHolidays.Between(from, until).Concat(kept).OrderBy(h => h.Date)];
    }

    /// <returns>Why nothing was added; null when it was.</returns>
    public async Task<string?> AddAsync(DateOnly date, string name, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length == 0) return Texts.Get("Name the holiday.");
        if (name.Length > ConsortiumHoliday.NameLength) return Texts.Format("A holiday's name can be at most {0} characters.", ConsortiumHoliday.NameLength);
        if (await OnAsync(date, ct) is { } taken) return AlreadyAHoliday(date, taken.Name);
        db.ConsortiumHolidays.Add(new ConsortiumHoliday(date, name));
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another admin may have added that date between the check and the save.
            db.ChangeTracker.Clear();
            if (await OnAsync(date, ct) is { } raced) return AlreadyAHoliday(date, raced.Name);
            throw;
        }
    }

    /// <returns>False when there was no such holiday (already removed).</returns>
    public async Task<bool> RemoveAsync(int id, CancellationToken ct) =>
        await db.ConsortiumHolidays.Where(h => h.Id == id).ExecuteDeleteAsync(ct) > 0;

    private static string AlreadyAHoliday(DateOnly date, string name) =>
        Texts.Format("{0} is already a holiday: {1}.", date.ToString("ddd d MMM yyyy", CohortTime.NamesCulture), name);

    private async Task<Holiday?> OnAsync(DateOnly date, CancellationToken ct) =>
        (await BetweenAsync(date, date, ct)).FirstOrDefault();
}
