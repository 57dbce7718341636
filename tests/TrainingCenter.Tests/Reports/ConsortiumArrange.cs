using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Reports;

public static class ConsortiumArrange
{
    /// <summary>
    /// A new track with two cohorts, worked out by hand. Cohort A, in progress, four sessions held: t1 PPPP (100%,
    /// completed, certified), t2 PLAA (50%, completed, certificate revoked), t3 PEP· (100%, completed, certified), t4 PAAP
    /// but withdrawn before the third session (50%: the last two do not count), t6 applied only. Cohort B, open, no session
    /// held: t5 enrolled. Enrolled 5, completed 3, certified 2, average attendance 75.0%. Firm X pledges 600,000 to A
    /// (400,000 received, 2 reserved seats) and 300,000 to B (nothing received); firm Y, whose name looks like a formula,
    /// pledges 400,000 to A, all received. Budget 1,300,000: 650,000 per certified graduate.
    /// </summary>
    /// <param name="app">The app to arrange it in.</param>
    /// <param name="centreOfA">The centre cohort A runs at (the builder's first centre when null).</param>
    /// <param name="centreOfB">The centre cohort B runs at (the builder's first centre when null).</param>
    public static async Task<SmallConsortium> SmallConsortiumAsync(this TrainingCenterApp app, int? centreOfA = null, int? centreOfB = null)
    {
        var trackCode = "Z" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var trackName = $"Consortium Track {trackCode}";
        await app.WithDbAsync(db =>
        {
            db.Tracks.Add(new Track(trackName, trackCode));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        // In progress, in the order t4 t1 t2 t3 t6 (the withdrawn one first, so that the others leave together).
        var a = await At(app.Cohort(), centreOfA).InTrack(trackCode).WithSessionsHeld(4).WithTrainees(5)
            .WithMarks("PAAP", "PPPP", "PLAA", "PEP.")
            .WithStatuses(EnrolmentStatus.Withdrawn, EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Applied)
            .LeftBeforeSession(2).WithCertificates(".LRL")
            .SponsoredByNewFirm("Firm X", 600_000, reservedSeats: 2, receivedPkr: 400_000, shortName: "X")
            .SponsoredByNewFirm("=SUM(1+1) Firm Y", 400_000, receivedPkr: 400_000, shortName: "Y").BuildAsync();
        var b = await At(app.Cohort(), centreOfB).InTrack(trackCode).TakingApplications(5).WithSessionsAhead(2).WithTrainees(1)
            .SponsoredBy(a.FirmIds[0], 300_000).BuildAsync();
        return new SmallConsortium(trackName, trackCode, a.Code, b.Code, a.FirmIds[0], a.NewFirmNames[0], a.FirmIds[1], a.NewFirmNames[1]);
    }

    private static CohortBuilder At(CohortBuilder cohort, int? centreId) => centreId is { } id ? cohort.AtCentre(id) : cohort;
}
