using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.FairHiring;

/// <summary>
/// A finished cohort with its dates set, sponsored by firm H (the hiring firm, PKR 400,000), S1 (360,000) and S2 (240,000), with
/// live certificates for its first <see cref="Certified"/> trainees (all of them when it has fewer); firm X (a member that sponsors nothing) and firm O (unrelated) exist too.
/// </summary>
public sealed record FairHiringCohort(ArrangedCohort Cohort, DateOnly StartDate, DateOnly EndDate, int H, int S1, int S2, int X, int O)
{
    public const int Certified = 4;
}

public static class FairHiringArrange
{
    public static async Task<FairHiringCohort> FairHiringCohortAsync(this TrainingCenterApp app, int trainees, DateOnly start, DateOnly end)
    {
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(trainees).Completed().BuildAsync();
        return await app.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var firms = new[] { "Hiring", "Sponsor one", "Sponsor two", "Newcomer", "Outsider" }
                .Select((name, i) => new MemberFirm($"{name} {suffix}", $"F{i}{suffix}")).ToArray();
            db.MemberFirms.AddRange(firms);
            var row = await db.Cohorts.SingleAsync(c => c.Id == cohort.CohortId, ct);
            (row.StartDate, row.EndDate) = (start, end);
            await db.SaveChangesAsync(ct);
            db.Sponsorships.AddRange(new Sponsorship(cohort.CohortId, firms[0].Id, 400_000, 0), new Sponsorship(cohort.CohortId, firms[1].Id, 360_000, 0),
                new Sponsorship(cohort.CohortId, firms[2].Id, 240_000, 0));
            db.Certificates.AddRange(cohort.Trainees.Take(FairHiringCohort.Certified).Select(t =>
                new Certificate(t.EnrolmentId, $"TC-F-{Guid.NewGuid():N}"[..24].ToUpperInvariant(), CertificateCodes.Generate(), DateTime.UtcNow.AddDays(-1), "{}")));
            await db.SaveChangesAsync(ct);
            return new FairHiringCohort(cohort, start, end, firms[0].Id, firms[1].Id, firms[2].Id, firms[3].Id, firms[4].Id);
        });
    }
}
