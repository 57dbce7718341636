using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Attendance;
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
    public static async Task<SmallConsortium> SmallConsortiumAsync(this TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var trackCode = "Z" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var trackName = $"Consortium Track {trackCode}";
        var trackId = await app.WithDbAsync(async db =>
        {
            var track = new Track(trackName, trackCode);
            db.Tracks.Add(track);
            await db.SaveChangesAsync(ct);
            return track.Id;
        });
        var a = await app.CohortInProgressAsync(held: 4);
        var bCode = (await app.Cohort().TakingApplications(5).WithSessionsAhead(2).BuildAsync()).Code;
        var bId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == bCode).Select(c => c.Id).SingleAsync(ct));
        await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == a.Id || c.Id == bId).ExecuteUpdateAsync(s => s.SetProperty(c => c.TrackId, trackId), ct));

        var emails = await app.TraineesAsync(6);
        string[] marks = ["PPPP", "PLAA", "PEP.", "PAAP"];
        var enrolments = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var enrolment = await app.EnrolAsync(a, emails[i], a.SessionStarts[0].AddDays(-2));
            await app.MarkAsync(a, enrolment, marks[i]);
            enrolments.Add(enrolment);
        }
        await app.MoveEnrolmentAsync(enrolments[3], EnrolmentStatus.Withdrawn, a.SessionStarts[2].AddHours(-1));
        foreach (var completed in enrolments.Take(3)) await app.MoveEnrolmentAsync(completed, EnrolmentStatus.Completed, DateTime.UtcNow.AddMinutes(-5));
        await app.EnrolAsync(new AttendanceGridTestCohort(bId, bCode, [], []), emails[4], DateTime.UtcNow.AddDays(-1));
        await app.WithDbAsync(async db =>
        {
            var applicant = await db.Trainees.SingleAsync(t => t.User!.Email == emails[5], ct);
            db.Enrolments.Add(new Enrolment(a.Id, applicant.Id, DateTime.UtcNow.AddDays(-1), applicant.UserId));
            var now = DateTime.UtcNow;
            var certificates = new[] { enrolments[0], enrolments[1], enrolments[2] }
                .Select(e => new Certificate(e, $"TC-T-{Guid.NewGuid():N}"[..24].ToUpperInvariant(), CertificateCodes.Generate(), now, "{}"))
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
            var xa = new Sponsorship(a.Id, firmX.Id, 600_000, 2);
            xa.SetAmounts(600_000, 400_000);
            var ya = new Sponsorship(a.Id, firmY.Id, 400_000, 0);
            ya.SetAmounts(400_000, 400_000);
            db.Sponsorships.AddRange(xa, ya, new Sponsorship(bId, firmX.Id, 300_000, 0));
            await db.SaveChangesAsync(ct);
            return (firmX.Id, firmY.Id);
        });
        return new SmallConsortium(trackName, trackCode, a.Code, bCode, xId, x, yId, y);
    }
}
