using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Firms;

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
        var cohort = await app.Cohort().WithTrainees(trainees).Completed().Certified(FairHiringCohort.Certified)
            .Configured(c => (c.StartDate, c.EndDate) = (start, end))
            .SponsoredByNewFirm("Hiring", 400_000).SponsoredByNewFirm("Sponsor one", 360_000).SponsoredByNewFirm("Sponsor two", 240_000).BuildAsync();
        var (newcomer, _) = await app.NewFirmAsync("Newcomer");
        var (outsider, _) = await app.NewFirmAsync("Outsider");
        return new FairHiringCohort(cohort, start, end, cohort.FirmIds[0], cohort.FirmIds[1], cohort.FirmIds[2], newcomer, outsider);
    }
}
