using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reports;

/// <summary>
/// A small cohort whose report is worked out by hand in the tests. Sessions at 18:00 in Karachi (13:00 UTC):
/// week 1 Monday and Wednesday, week 2 Monday and Wednesday, a cancelled one in week 3, one next week.
/// Firm A pledges 650 000 (250 000 received), firm B 350 003: a budget of 1 000 003.
/// Marks (S1 S2 S3 S4), everyone enrolled (or applied) a month ago, before S1:
/// <list type="bullet">
/// <item>0: P P P P, completed, live certificate (after a superseded one)</item>
/// <item>1: P L A P, completed, certificate revoked</item>
/// <item>2: A A P E, still enrolled</item>
/// <item>3: P P, withdrew before S3</item>
/// <item>4: P A A, dropped before S4</item>
/// <item>5: accepted then withdrew the next day, before enrolling; 6: waitlisted; 7: rejected; 8: applied</item>
/// </list>
/// </summary>
public sealed record HandCohort(string Code, string Title, int CohortId, int FirmA, int FirmB, string FirmAName, DateOnly Week1, DateOnly Week2,
    IReadOnlyList<string> Names, IReadOnlyList<string> Emails, string LiveSerial, string RevokedSerial, string SupersededSerial);

public static class SponsorReportArrange
{
    public const long PledgeA = 650_000;
    public const long ReceivedA = 250_000;
    public const long PledgeB = 350_003;
    private const int Trainees = 9;
    private static readonly TimeSpan SessionStart = TimeSpan.FromHours(13);

    /// <summary>The hand-computed cohort, sponsored by two new firms; <paramref name="names"/> renames its trainees in order.</summary>
    public static async Task<HandCohort> HandCohortAsync(this TrainingCenterApp app, params string[] names)
    {
        var code = $"SR-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var now = DateTime.UtcNow;
        var thisMonday = SponsorCohortReport.MondayOf(DateOnly.FromDateTime(CohortTime.ToLocal(now, Cohort.DefaultTimeZone)));
        var week1 = thisMonday.AddDays(-21);
        var week2 = thisMonday.AddDays(-14);
        DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + SessionStart;
        var cohort = await app.Cohort().Named(code).WithTraineesNamed(names).WithTrainees(Trainees)
            .Configured(c =>
            {
                (c.Title, c.StartDate, c.EndDate, c.Venue) = ($"Hand cohort {code}", week1, DateOnly.FromDateTime(now.AddDays(14)), "Training room 3");
                (c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc) = (At(week1).AddDays(-30), At(week1).AddDays(-1));
                c.ChangeCapacity(10);
            })
            .SponsoredByNewFirm("Firm A", PledgeA, receivedPkr: ReceivedA).SponsoredByNewFirm("Firm B", PledgeB)
            .WithSession(At(week1), "S1").WithSession(At(week1.AddDays(2)), "S2").WithSession(At(week2), "S3").WithSession(At(week2.AddDays(2)), "S4")
            .WithSession(At(thisMonday.AddDays(-7)), "S5", cancelledBecause: "Venue closed.").WithSession(now.AddDays(7), "S6")
            .WithMarks("PPPP", "PLAP", "AAPE", "PP", "PAA")
            .WithStatuses(EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn, EnrolmentStatus.Dropped,
                EnrolmentStatus.Withdrawn, EnrolmentStatus.Waitlisted, EnrolmentStatus.Rejected, EnrolmentStatus.Applied)
            .LeftBeforeSession(null, null, null, 2, 3).NeverSeated(5)
            .WithCertificates("SR").BuildAsync();
        var emails = Enumerable.Range(1, Trainees).Select(i => $"trainee-{i}@{code}.example").ToList();
        var nameOf = cohort.Trainees.ToDictionary(t => t.Email, t => t.Name, StringComparer.OrdinalIgnoreCase);
        var (superseded, live, revoked) = (cohort.Certificates[0], cohort.Certificates[1], cohort.Certificates[2]);
        return new HandCohort(code, cohort.Title, cohort.CohortId, cohort.FirmIds[0], cohort.FirmIds[1], cohort.NewFirmNames[0], week1, week2,
            [.. emails.Select(e => nameOf[e])], emails, live.Serial, revoked.Serial, superseded.Serial);
    }
}
