using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

/// <summary>What every page about one cohort shows at its top, and needs to convert its times.</summary>
public sealed record CohortHeading(
    int Id, string Code, string Title, CohortStatus Status, string TimeZoneId, DateOnly StartDate, DateOnly EndDate)
{
    public static Task<CohortHeading?> FindAsync(AppDbContext db, string code, CancellationToken ct)
    {
        return db.Cohorts.AsNoTracking()
            .Where(Cohort.WithCode(code))
            .Select(c => new CohortHeading(c.Id, c.Code, c.Title, c.Status, c.TimeZoneId, c.StartDate, c.EndDate))
            .SingleOrDefaultAsync(ct);
    }

    public bool Spans(DateOnly localDate) => localDate >= StartDate && localDate <= EndDate;

    /// <summary>e.g. "The cohort runs from 4 Jan 2027 to 12 Mar 2027."</summary>
    public string DatesSentence => $"The cohort runs from {StartDate:d MMM yyyy} to {EndDate:d MMM yyyy}.";
}
