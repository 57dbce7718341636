using TrainingCenter.Certificates;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
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
        var ct = TestContext.Current.CancellationToken;
        var trackCode = "Z" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var trackName = $"Consortium Track {trackCode}";
        await app.WithDbAsync(db =>
        {
            db.Tracks.Add(new Track(trackName, trackCode));
            return db.SaveChangesAsync(ct);
        });
        // In progress, in the order t4 t1 t2 t3 t6 (the withdrawn one first, so that the others leave together).
        var a = await At(app.Cohort(), centreOfA).InTrack(trackCode).WithSessionsHeld(4).WithTrainees(5)
            .WithMarks("PAAP", "PPPP", "PLAA", "PEP.")
            .WithStatuses(EnrolmentStatus.Withdrawn, EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Applied)
            .LeftBeforeSession(2).BuildAsync();
        var b = await At(app.Cohort(), centreOfB).InTrack(trackCode).TakingApplications(5).WithSessionsAhead(2).WithTrainees(1).BuildAsync();
        await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var certificates = a.Trainees.Skip(1).Take(3)
                .Select(t => new Certificate(t.EnrolmentId, $"TC-T-{Guid.NewGuid():N}"[..24].ToUpperInvariant(), CertificateCodes.Generate(), now, "{}"))
                .ToList();
            certificates[1].Revoke("Issued in error", "Arranged by a test", now);
            db.Certificates.AddRange(certificates);
            return await db.SaveChangesAsync(ct);
        });

        var x = $"Firm X {Guid.NewGuid():N}"[..20];
        var y = $"=SUM(1+1) Firm Y {Guid.NewGuid():N}"[..30];
        var (xId, yId) = await app.WithDbAsync(async db =>
        {
            var firmX = new MemberFirm(x, "X");
            var firmY = new MemberFirm(y, "Y");
            db.MemberFirms.AddRange(firmX, firmY);
            await db.SaveChangesAsync(ct);
            var xa = new Sponsorship(a.CohortId, firmX.Id, 600_000, 2);
            xa.Receive(400_000, DateOnly.FromDateTime(DateTime.UtcNow), "X-1", ReceiptMethod.BankTransfer);
            var ya = new Sponsorship(a.CohortId, firmY.Id, 400_000, 0);
            ya.Receive(400_000, DateOnly.FromDateTime(DateTime.UtcNow), "Y-1", ReceiptMethod.BankTransfer);
            db.Sponsorships.AddRange(xa, ya, new Sponsorship(b.CohortId, firmX.Id, 300_000, 0));
            await db.SaveChangesAsync(ct);
            return (firmX.Id, firmY.Id);
        });
        return new SmallConsortium(trackName, trackCode, a.Code, b.Code, xId, x, yId, y);
    }

    private static CohortBuilder At(CohortBuilder cohort, int? centreId) => centreId is { } id ? cohort.AtCentre(id) : cohort;
}
