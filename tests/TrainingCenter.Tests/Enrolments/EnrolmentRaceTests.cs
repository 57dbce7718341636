using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

public sealed class EnrolmentRaceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_hundred_simultaneous_applications_for_ten_seats_enrol_exactly_ten_and_waitlist_the_rest_in_order(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        const int seats = 10, applicants = 100;
        var code = (await app.Cohort().TakingApplications(seats).BuildAsync()).Code;
        var emails = await app.TraineesAsync(applicants, "Racer");
        var clients = await Task.WhenAll(emails.Select(app.SignedInAsync));
        // Each applicant loads the form first, so the posts themselves start together.
        var forms = await Task.WhenAll(clients.Select(c => c.GetAsync($"/Cohorts/{code}/Apply")));
        Assert.All(forms, f => Assert.Equal(HttpStatusCode.OK, f.Response.StatusCode));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.Http.PostAsync($"/Cohorts/{code}/Apply",
            new FormUrlEncodedContent([new("__RequestVerificationToken", forms[i].Document.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]))));

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal("/Me/Enrolments", r.Headers.Location!.OriginalString);
        });
        var cohort = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => new { c.Id, c.SeatsTaken }).SingleAsync());
        var statuses = await app.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohort.Id).Select(e => e.Status).ToListAsync());
        Assert.Equal(applicants, statuses.Count);
        Assert.Equal(seats, statuses.Count(s => s == EnrolmentStatus.Enrolled));
        Assert.Equal(applicants - seats, statuses.Count(s => s == EnrolmentStatus.Waitlisted));
        Assert.Equal(seats, cohort.SeatsTaken);

        var positions = await Task.WhenAll(clients.Select(async c =>
            (await c.GetAsync("/Me/Enrolments")).Document.QuerySelector("[data-testid=waitlist-position]")?.TextContent));
        var shown = positions.OfType<string>().Select(p => int.Parse(p.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, applicants - seats), shown);
    }
}
