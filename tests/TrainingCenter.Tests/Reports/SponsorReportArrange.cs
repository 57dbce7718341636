using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reports;

/// <summary>
/// A small cohort whose report is worked out by hand in the tests. Sessions at 18:00 in Karachi (13:00 UTC):
/// week 1 Monday and Wednesday, week 2 Monday and Wednesday, a cancelled one in week 3, one next week.
/// Firm A pledges 650 000 (250 000 received), firm B 350 003: a budget of 1 000 003.
/// Marks (S1 S2 S3 S4), everyone enrolled ten days before S1:
/// <list type="bullet">
/// <item>0: P P P P, completed, live certificate (after a superseded one)</item>
/// <item>1: P L A P, completed, certificate revoked</item>
/// <item>2: A A P E, still enrolled</item>
/// <item>3: P P, withdrew before S3</item>
/// <item>4: P A A, dropped before S4</item>
/// <item>5: accepted then withdrew before enrolling; 6: waitlisted; 7: rejected; 8: applied</item>
/// </list>
/// </summary>
public sealed record HandCohort(string Code, string Title, int CohortId, int FirmA, int FirmB, string FirmAName, DateOnly Week1, DateOnly Week2,
    IReadOnlyList<string> Names, IReadOnlyList<string> Emails, string LiveSerial, string RevokedSerial, string SupersededSerial);

public static class SponsorReportArrange
{
    public const long PledgeA = 650_000;
    public const long ReceivedA = 250_000;
    public const long PledgeB = 350_003;
    private static readonly TimeSpan SessionStart = TimeSpan.FromHours(13);

    /// <summary>The hand-computed cohort, sponsored by two new firms; <paramref name="names"/> renames its trainees in order.</summary>
    public static async Task<HandCohort> HandCohortAsync(this TrainingCenterApp app, params string[] names)
    {
        var ct = TestContext.Current.CancellationToken;
        var emails = await app.TraineesAsync(9);
        var code = $"SR-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var now = DateTime.UtcNow;
        var thisMonday = SponsorCohortReport.MondayOf(DateOnly.FromDateTime(CohortTime.ToLocal(now, Cohort.DefaultTimeZone)));
        var week1 = thisMonday.AddDays(-21);
        var week2 = thisMonday.AddDays(-14);
        DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + SessionStart;
        return await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
            var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync(ct);
            var cohort = new Cohort(code, $"Hand cohort {code}", track, centre, week1, DateOnly.FromDateTime(now.AddDays(14)), capacity: 10)
            {
                Status = CohortStatus.InProgress,
                EnrolmentOpensAtUtc = At(week1).AddDays(-30),
                EnrolmentClosesAtUtc = At(week1).AddDays(-1),
                Venue = "Training room 3",
            };
            db.Cohorts.Add(cohort);
            var firmA = new MemberFirm($"Firm A {code}", "Firm A");
            var firmB = new MemberFirm($"Firm B {code}", "Firm B");
            db.MemberFirms.AddRange(firmA, firmB);
            await db.SaveChangesAsync(ct);
            var pledgeA = new Sponsorship(cohort.Id, firmA.Id, PledgeA, 0);
            pledgeA.Receive(ReceivedA, cohort.StartDate, "A-1", ReceiptMethod.BankTransfer);
            db.Sponsorships.Add(pledgeA);
            db.Sponsorships.Add(new Sponsorship(cohort.Id, firmB.Id, PledgeB, 0));
            var sessions = new[]
            {
                new Session(cohort.Id, At(week1), At(week1).AddHours(2), "S1"),
                new Session(cohort.Id, At(week1.AddDays(2)), At(week1.AddDays(2)).AddHours(2), "S2"),
                new Session(cohort.Id, At(week2), At(week2).AddHours(2), "S3"),
                new Session(cohort.Id, At(week2.AddDays(2)), At(week2.AddDays(2)).AddHours(2), "S4"),
                new Session(cohort.Id, At(thisMonday.AddDays(-7)), At(thisMonday.AddDays(-7)).AddHours(2), "S5"),
                new Session(cohort.Id, now.AddDays(7), now.AddDays(7).AddHours(2), "S6"),
            };
            sessions[4].Cancel("Venue closed.");
            db.Sessions.AddRange(sessions);

            var trainees = await db.Trainees.Where(t => emails.Contains(t.User!.Email!)).OrderBy(t => t.FullName).ToListAsync(ct);
            for (var i = 0; i < names.Length; i++) trainees[i].FullName = names[i];
            var applied = At(week1).AddDays(-20);
            var enrolled = At(week1).AddDays(-10);
            var enrolments = trainees.Select(t => new Enrolment(cohort.Id, t.Id, applied, t.UserId)).ToList();
            for (var i = 0; i < 5; i++)
            {
                enrolments[i].MoveTo(EnrolmentStatus.Accepted, applied.AddDays(1), null);
                enrolments[i].MoveTo(EnrolmentStatus.Enrolled, enrolled, null);
            }
            enrolments[0].MoveTo(EnrolmentStatus.Completed, now.AddHours(-1), null);
            enrolments[1].MoveTo(EnrolmentStatus.Completed, now.AddHours(-1), null);
            enrolments[3].MoveTo(EnrolmentStatus.Withdrawn, At(week2).AddHours(-1), null);
            enrolments[4].MoveTo(EnrolmentStatus.Dropped, At(week2.AddDays(2)).AddHours(-1), null);
            enrolments[5].MoveTo(EnrolmentStatus.Accepted, applied.AddDays(1), null);
            enrolments[5].MoveTo(EnrolmentStatus.Withdrawn, applied.AddDays(2), null);
            enrolments[6].MoveTo(EnrolmentStatus.Waitlisted, applied.AddDays(1), null);
            enrolments[7].MoveTo(EnrolmentStatus.Rejected, applied.AddDays(1), null);
            db.Enrolments.AddRange(enrolments);
            SeatLedger.CountSeats(cohort, []);
            await db.SaveChangesAsync(ct);

            var marker = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ct);
            string[] marks = ["PPPP", "PLAP", "AAPE", "PP", "PAA"];
            for (var t = 0; t < marks.Length; t++)
            {
                for (var s = 0; s < marks[t].Length; s++)
                {
                    var record = new AttendanceRecord(sessions[s].Id, enrolments[t].Id);
                    var (status, late) = marks[t][s] switch
                    {
                        'P' => (AttendanceStatus.Present, (int?)null),
                        'L' => (AttendanceStatus.Late, 10),
                        'E' => (AttendanceStatus.Excused, null),
                        _ => (AttendanceStatus.Absent, null),
                    };
                    record.Mark(status, late, null, marker, sessions[s].EndsAtUtc);
                    db.AttendanceRecords.Add(record);
                }
            }
            var superseded = Certificate(enrolments[0].Id, trainees[0].FullName, code);
            superseded.Supersede(now.AddMinutes(-30));
            var live = Certificate(enrolments[0].Id, trainees[0].FullName, code);
            var revoked = Certificate(enrolments[1].Id, trainees[1].FullName, code);
            revoked.Revoke("Issued in error", "Test", now.AddMinutes(-10));
            db.Certificates.Add(superseded);
            await db.SaveChangesAsync(ct);
            db.Certificates.AddRange(live, revoked);
            await db.SaveChangesAsync(ct);
            return new HandCohort(code, cohort.Title, cohort.Id, firmA.Id, firmB.Id, firmA.Name, week1, week2,
                trainees.Select(t => t.FullName).ToList(), emails.OrderBy(e => e).ToList(), live.Serial, revoked.Serial, superseded.Serial);
        });
    }

    private static Certificate Certificate(int enrolmentId, string name, string code)
    {
        var serial = $"TC-SR-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var verification = CertificateCodes.Generate();
        var snapshot = CertificateSamples.Create(name, sponsorCount: 2, logos: false) with
        {
            CohortTitle = $"Hand cohort {code}",
            Serial = serial,
            VerificationCode = CertificateCodes.Format(verification),
        };
        return new Certificate(enrolmentId, serial, verification, DateTime.UtcNow.AddHours(-1), snapshot.ToJson());
    }
}
