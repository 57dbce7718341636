using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Reports;

/// <summary>What <see cref="OutcomeConsortiumArrange.OutcomeCohortAsync"/> made, and where its line is.</summary>
public sealed record OutcomeCohort(int CohortId, string TrackName, string TrackCode, DateOnly EndDate, string FirmAlpha, string FirmBeta, int NotSeekingSeat)
{
    /// <summary>e.g. "2025 H2": the half-year the cohort ended in.</summary>
    public string Period => $"{EndDate.Year} H{(EndDate.Month <= 6 ? 1 : 2)}";

    /// <summary>The line's <c>data-outcome</c> on the consortium page.</summary>
    public string RowKey => $"{TrackCode}-{Period.Replace(' ', '-')}";
}

public static class OutcomeConsortiumArrange
{
    /// <summary>
    /// A finished cohort, alone in a new track, that ended 400 days ago (E), worked out by hand. Eleven seats: s0–s7
    /// graduated, s8 withdrew, s9 and s10 dropped out. Reports (day after E it was recorded; start day; salary band):
    /// <list type="bullet">
    /// <item>s0: field job at firm Alpha (E+40, started E+30, 75,000), again at E+370: placed, retained</item>
    /// <item>s1: part-time field job at firm Beta (E+70, started E+60, 50,000): placed, not retained (no report from day 365)</item>
    /// <item>s2: field job at "Lahore Soft" (E+100, started E+90, 100,000), seeking work at E+380: placed, not retained, now seeking</item>
    /// <item>s3 freelancing, s4 employed outside the field (started E+20, 25,000), s5 further study (all E+90)</item>
    /// <item>s6: field job at Alpha started E+200 (E+210, 150,000): too late to count as placed</item>
    /// <item>s7: no answer (unknown); s8 (withdrew): field job at "Lahore Soft" (E+60, started E+50, 100,000): placed;
    /// s9: not seeking, recorded by the caller (<see cref="RecordNotSeekingAsync"/>); s10: answered unknown (E+90)</item>
    /// </list>
    /// Firm Alpha pledged 900,000, Beta 300,000: a budget of 1,200,000. With s9's answer: took a seat 11, graduated 8, known 9
    /// (81.8%), placed graduates 3 of 8 (37.5%), placed 4 of 11 (36.4%), freelancing 1, further study 1, seeking 1,
    /// unknown 2, retained 1 of 4 (25.0%), salary answers 25k, 50k, 75k, 100k, 150k: median band 75,000; member-firm
    /// hires Alpha 1, Beta 1; elsewhere 2; cost per placed graduate 1,200,000 / 3 = 400,000.
    /// </summary>
    public static async Task<OutcomeCohort> OutcomeCohortAsync(this TrainingCenterApp app)
    {
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400);
        var trackCode = "O" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var trackName = $"Outcome Track {trackCode}";
        await app.WithDbAsync(db =>
        {
            db.Tracks.Add(new Track(trackName, trackCode));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var cohort = await app.Cohort().InTrack(trackCode).WithTrainees(11).WithStatuses([
                .. Enumerable.Repeat(EnrolmentStatus.Completed, 8), EnrolmentStatus.Withdrawn, EnrolmentStatus.Dropped, EnrolmentStatus.Dropped])
            .Configured(c => (c.Status, c.StartDate, c.EndDate) = (CohortStatus.Completed, end.AddDays(-60), end))
            .SponsoredByNewFirm("Alpha", 900_000).SponsoredByNewFirm("Beta", 300_000).BuildAsync();
        var seats = cohort.Trainees.Select(t => t.EnrolmentId).Order().ToList();
        var (alphaId, betaId) = (cohort.FirmIds[0], cohort.FirmIds[1]);

        OutcomeReport Job(OutcomeStatus status, int? firm, string? name, int startedDay, int? salary) =>
            new(status, firm, firm is null ? name : null, "Developer", end.AddDays(startedDay), salary);
        await app.RecordOutcomesAsync(end,
        [
            (seats[0], 40, Job(OutcomeStatus.EmployedFullTimeInField, alphaId, null, 30, 75_000)),
            (seats[0], 370, Job(OutcomeStatus.EmployedFullTimeInField, alphaId, null, 30, 75_000)),
            (seats[1], 70, Job(OutcomeStatus.EmployedPartTimeInField, betaId, null, 60, 50_000)),
            (seats[2], 100, Job(OutcomeStatus.EmployedFullTimeInField, null, "Lahore Soft", 90, 100_000)),
            (seats[2], 380, new OutcomeReport(OutcomeStatus.SeekingWork)),
            (seats[3], 90, new OutcomeReport(OutcomeStatus.FreelancingInField)),
            (seats[4], 90, Job(OutcomeStatus.EmployedOutsideField, null, "Corner Shop", 20, 25_000)),
            (seats[5], 90, new OutcomeReport(OutcomeStatus.FurtherStudy)),
            (seats[6], 210, Job(OutcomeStatus.EmployedFullTimeInField, alphaId, null, 200, 150_000)),
            (seats[8], 60, Job(OutcomeStatus.EmployedFullTimeInField, null, "Lahore Soft", 50, 100_000)),
            (seats[10], 90, new OutcomeReport(OutcomeStatus.Unknown)),
        ]);
        return new OutcomeCohort(cohort.CohortId, trackName, trackCode, end, cohort.NewFirmNames[0], cohort.NewFirmNames[1], seats[9]);
    }

    /// <summary>
    /// A finished cohort, alone in a new track, that ended 200 days ago, sponsored by seven new firms (their names in the
    /// returned order): its eight graduates each started a field job on day 30, the first and the last at the first firm,
    /// each other at one of the other six.
    /// </summary>
    public static async Task<(string RowKey, IReadOnlyList<string> Firms)> HiredAtSevenFirmsAsync(this TrainingCenterApp app)
    {
        var end = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-200);
        var trackCode = "H" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await app.WithDbAsync(db =>
        {
            db.Tracks.Add(new Track($"Hiring Track {trackCode}", trackCode));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var builder = app.Cohort().InTrack(trackCode).WithTrainees(8).WithStatuses([.. Enumerable.Repeat(EnrolmentStatus.Completed, 8)])
            .Configured(c => (c.Status, c.StartDate, c.EndDate) = (CohortStatus.Completed, end.AddDays(-60), end));
        foreach (var letter in "ABCDEFG") builder = builder.SponsoredByNewFirm($"Hiring Firm {letter}", 100_000);
        var cohort = await builder.BuildAsync();
        var seats = cohort.Trainees.Select(t => t.EnrolmentId).Order().ToList();
        int[] firmOfSeat = [0, 1, 2, 3, 4, 5, 6, 0];
        await app.RecordOutcomesAsync(end,
        [
            .. seats.Select((seat, i) => (seat, 40, new OutcomeReport(
                OutcomeStatus.EmployedFullTimeInField, cohort.FirmIds[firmOfSeat[i]], null, "Developer", end.AddDays(30), null))),
        ]);
        return ($"{trackCode}-{end.Year}-H{(end.Month <= 6 ? 1 : 2)}", cohort.NewFirmNames);
    }

    /// <summary>s9's answer, "not seeking work", recorded on day 95.</summary>
    public static Task RecordNotSeekingAsync(this TrainingCenterApp app, OutcomeCohort cohort) =>
        app.RecordOutcomesAsync(cohort.EndDate, [(cohort.NotSeekingSeat, 95, new OutcomeReport(OutcomeStatus.NotSeeking))]);

    /// <summary>Each report recorded by the service as if on day <c>Day</c> after <paramref name="end"/>, at noon UTC.</summary>
    private static Task RecordOutcomesAsync(this TrainingCenterApp app, DateOnly end, IReadOnlyList<(int Seat, int Day, OutcomeReport Report)> reports) =>
        app.WithDbAsync(async db =>
        {
            foreach (var (seat, day, report) in reports)
            {
                var clock = new FakeTimeProvider(end.AddDays(day).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));
                var refusals = await new OutcomeService(db, new OutcomeOptions(), clock, new FairHiringLedger(db, new FairHiringOptions(), clock))
                    .RecordAsync(seat, report, OutcomeSource.SelfReported, null, TestContext.Current.CancellationToken);
                Assert.Empty(refusals);
            }
            return reports.Count;
        });
}
