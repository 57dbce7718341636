using Microsoft.EntityFrameworkCore;
using TrainingCenter.Enrolments;
using TrainingCenter.Paging;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Trainees;

public sealed class TraineeDirectoryTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Every_page_shows_the_seats_and_latest_application_counted_from_scratch(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var marker = $"Dir{Guid.NewGuid():N}"[..11];
        var running = await app.Cohort()
            .WithTraineesNamed($"{marker} D", $"{marker} B", $"{marker} A", $"{marker} C", $"{marker} F")
            .WithStatuses(EnrolmentStatus.Completed, EnrolmentStatus.Applied, EnrolmentStatus.Waitlisted, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn)
            .BuildAsync();
        var emails = running.Trainees.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Email).ToArray();
        await app.Cohort().TakingApplications()
            .WithTraineesNamed($"{marker} E")
            .Enrolling(emails[0], emails[1], emails[3])
            .WithStatuses(EnrolmentStatus.Enrolled, EnrolmentStatus.Applied, EnrolmentStatus.Enrolled, EnrolmentStatus.Rejected)
            .BuildAsync();

        var shown = new List<TraineeDirectoryRow>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await app.WithDbAsync(db => TraineeDirectory.LoadAsync(db, $" {marker.ToUpperInvariant()} ", PageRequest.Of(number, 2), ct));
            Assert.Equal((number, 6, false), (page.Number, page.Total, page.CountStopped));
            shown.AddRange(page.Items);
        }
        var fromScratch = await app.WithDbAsync(async db =>
        {
            var trainees = await db.Trainees.AsNoTracking().Include(t => t.User).Include(t => t.Enrolments).ThenInclude(e => e.Cohort)
                .Where(t => t.FullName.StartsWith(marker)).ToListAsync(ct);
            return trainees.OrderBy(t => t.FullName, StringComparer.Ordinal).ThenBy(t => t.Id)
                .Select(t => new TraineeDirectoryRow(
                    t.Id, t.FullName, t.User!.Email!, t.City, t.Phone, t.Enrolments.Count(e => e.EnrolledAtUtc != null),
                    t.Enrolments.OrderByDescending(e => e.AppliedAtUtc).Select(e => new LatestApplication(e.Cohort!.Code, e.Status)).FirstOrDefault()))
                .ToList();
        });

        Assert.Equal(fromScratch, shown);
        Assert.Equal([0, 1, 1, 1, 1, 1], shown.Select(t => t.Seats));
        Assert.Equal([EnrolmentStatus.Applied, EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled, EnrolmentStatus.Rejected, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn],
            shown.Select(t => t.Latest!.Status));
    }

    [Theory, AllProviders]
    public async Task A_search_counts_its_matches_only_as_far_as_the_limit_or_the_asked_for_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var marker = $"Cap{Guid.NewGuid():N}"[..11];
        await app.Cohort().WithTraineesNamed([.. Enumerable.Range(1, 5).Select(i => $"{marker} {i}")]).BuildAsync();

        var pages = await app.WithDbAsync(async db =>
        {
            var named = db.Trainees.AsNoTracking().Where(t => t.FullName.StartsWith(marker)).OrderBy(t => t.FullName).Select(t => t.FullName);
            return new[]
            {
                await Paged<string>.LoadAsync(named, PageRequest.Of(1, 2), 3, ct),
                await Paged<string>.LoadAsync(named, PageRequest.Of(2, 2), 3, ct),
                await Paged<string>.LoadAsync(named, PageRequest.Of(3, 2), 3, ct),
                await Paged<string>.LoadAsync(named, PageRequest.Of(1, 2), 5, ct),
            };
        });

        Assert.Equal([(3, true), (4, true), (5, false), (5, false)], pages.Select(p => (p.Total, p.CountStopped)));
        Assert.Equal([$"{marker} 3", $"{marker} 4"], pages[1].Items);
        Assert.Equal([$"{marker} 5"], pages[2].Items);
    }
}
