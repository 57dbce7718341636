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

    public bool Spans(DateOnly localDate) => Cohort.Spans(StartDate, EndDate, localDate);

    public string DatesSentence => Cohort.DatesSentence(StartDate, EndDate);
}
