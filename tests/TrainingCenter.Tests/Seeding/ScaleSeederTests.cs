using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Seeding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Seeding;

public sealed class ScaleSeederTests(ScaleSeededApps apps) : IClassFixture<ScaleSeededApps>
{
    /// <summary>The app of the running test's provider.</summary>
    private TrainingCenterApp app = null!;

    private IReadOnlyDictionary<string, int> Seeded => apps.SeededOn(app.Provider);

    [Theory, AllProviders]
    public async Task The_small_consortium_has_the_promised_size_and_every_enrolment_status(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var counts = await app.WithDbAsync(async db => new
        {
            Cohorts = await db.Cohorts.CountAsync(),
            Trainees = await db.Trainees.CountAsync(),
            Firms = await db.MemberFirms.CountAsync(),
            Attendance = await db.AttendanceRecords.CountAsync(),
            AuditedAttendance = await db.AttendanceChanges.Select(c => c.AttendanceRecordId).Distinct().CountAsync(),
            CohortStatuses = await db.Cohorts.Select(c => c.Status).Distinct().ToListAsync(),
            EnrolmentStatuses = await db.Enrolments.Select(e => e.Status).Distinct().ToListAsync(),
            WithoutHistory = await db.Enrolments.CountAsync(e => !db.EnrolmentStatusChanges.Any(c => c.EnrolmentId == e.Id)),
            Overfull = await db.Cohorts.CountAsync(c => c.SeatsTaken + c.ReservedSeatsUnused > c.Capacity),
            UrduNames = (await db.Trainees.Select(t => t.FullName).ToListAsync()).Count(n => n.Any(c => c is >= '\u0600' and <= '\u06FF')),
            Sponsored = await db.Cohorts.CountAsync(c => c.Sponsorships.Count >= 2),
        });

        Assert.Equal(ScaleSize.Small.Cohorts, counts.Cohorts);
        Assert.Equal(ScaleSize.Small.Trainees, counts.Trainees);
        Assert.Equal(ScaleSize.Small.Firms, counts.Firms);
        Assert.InRange(counts.Attendance, 8_000, 14_000);
        Assert.Equal(Seeded["AttendanceRecords"], counts.Attendance);
        Assert.Equal(counts.Attendance, counts.AuditedAttendance);
        Assert.Equal([CohortStatus.Open, CohortStatus.InProgress, CohortStatus.Completed], counts.CohortStatuses.Order().ToList());
        Assert.Equal(Enum.GetValues<EnrolmentStatus>(), counts.EnrolmentStatuses.Order().ToArray());
        Assert.Equal(0, counts.WithoutHistory);
        Assert.Equal(0, counts.Overfull);
        Assert.True(counts.UrduNames > 0, "Some trainees write their names in Urdu.");
        Assert.Equal(ScaleSize.Small.Cohorts, counts.Sponsored);
    }

    [Theory, AllProviders]
    public async Task A_seeded_trainee_signs_in_through_the_login_page_and_sees_their_attendance(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var cohort = await RunningCohortAsync();
        var client = app.CreatePageClient();

        var login = await client.LoginAsync(cohort.TraineeEmail, DemoAccounts.Password);
        var page = await client.GetAsync("/Me/Attendance");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(cohort.Code, page.Text);
    }

    [Theory, AllProviders]
    public async Task A_seeded_instructor_sees_the_attendance_grid_and_saves_a_sheet_of_seeded_marks(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var cohort = await RunningCohortAsync();
        var client = app.CreatePageClient();
        await client.LoginAsync(cohort.InstructorEmail, DemoAccounts.Password);

        var grid = await GridPageShowingAsync(client, cohort.Code, cohort.TraineeName);
        // A row the seeder marked in a sheet the instructor may still change: changing it adds no attendance record, so
        // the consortium keeps its seeded size for the other tests.
        var since = DateTime.UtcNow.AddDays(-6);
        var marked = await app.WithDbAsync(db => db.AttendanceRecords
            .Where(r => r.Session!.Cohort!.Code == cohort.Code && r.Session.EndsAtUtc >= since)
            .OrderByDescending(r => r.Session!.StartsAtUtc).ThenBy(r => r.EnrolmentId)
            .Select(r => new { r.SessionId, r.EnrolmentId }).FirstAsync());
        var sheet = await SheetForm.LoadAsync(client, marked.SessionId);
        var enrolmentId = marked.EnrolmentId;
        var saved = await sheet.Mark(enrolmentId, nameof(AttendanceStatus.Excused), note: "Seeded, then changed").SaveAsync();
        var stored = await app.WithDbAsync(db => db.AttendanceRecords
            .Where(r => r.SessionId == marked.SessionId && r.EnrolmentId == enrolmentId).Select(r => r.Status).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, grid.Response.StatusCode);
        Assert.Contains(cohort.TraineeName, grid.Text);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(AttendanceStatus.Excused, stored);
    }

    [Theory, AllProviders]
    public async Task After_seeding_the_app_adds_rows_with_keys_past_the_seeded_ones(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var trackId = await app.WithDbAsync(async db =>
        {
            var track = new Track("Cloud Operations", "CO");
            db.Tracks.Add(track);
            await db.SaveChangesAsync();
            return track.Id;
        });

        Assert.True(trackId > Seeded["Tracks"]);
    }

    [Theory, AllProviders]
    public async Task Seeding_a_database_that_has_data_is_refused(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var seeder = ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            seeder.SeedAsync(ScaleSize.Small, ScaleSeeder.DefaultSeed, new DateOnly(2026, 11, 28), TestContext.Current.CancellationToken));

        Assert.Contains("fresh", refused.Message);
    }

    /// <summary>The grid's page (20 trainees by name) that lists <paramref name="name"/>, or its last page.</summary>
    private static async Task<PageClient.HtmlPage> GridPageShowingAsync(PageClient client, string code, string name)
    {
        for (var index = 1; ; index++)
        {
            var page = await client.GetAsync($"/Cohorts/{code}/Attendance?pageIndex={index}");
            var hasNext = page.Document.QuerySelector($"[data-testid=pager] a[href*='pageIndex={index + 1}']") is not null;
            if (page.Text.Contains(name, StringComparison.Ordinal) || !hasNext) return page;
        }
    }

    private Task<RunningCohort> RunningCohortAsync() => app.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.Where(c => c.Status == CohortStatus.InProgress).OrderBy(c => c.Id).Select(c => new { c.Id, c.Code }).FirstAsync();
        var instructor = await db.CohortInstructors.Where(i => i.CohortId == cohort.Id).Select(i => i.Instructor!.Email!).FirstAsync();
        var trainee = await db.Enrolments.Where(e => e.CohortId == cohort.Id && e.Status == EnrolmentStatus.Enrolled).OrderBy(e => e.Id)
            .Select(e => new { e.Trainee!.User!.Email, e.Trainee.FullName }).FirstAsync();
        return new RunningCohort(cohort.Code, instructor, trainee.Email!, trainee.FullName);
    });

    private sealed record RunningCohort(string Code, string InstructorEmail, string TraineeEmail, string TraineeName);
}
