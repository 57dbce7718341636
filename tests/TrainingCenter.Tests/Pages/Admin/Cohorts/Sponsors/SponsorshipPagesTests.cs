using Microsoft.EntityFrameworkCore;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts.Sponsors;

public sealed class SponsorshipPagesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Adding_a_sponsor_with_reserved_seats_holds_them_in_the_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10, seatsTaken: 4);
        var firmId = await FirmIdAsync(app, "Ravi Digital");

        var response = await client.SubmitAsync(AddPath(code), new Dictionary<string, string>
        {
            ["Input.MemberFirmId"] = firmId.ToString(),
            ["Input.AmountPledgedPkr"] = "2500000",
            // A stale form's received figure is not a receipt: it is ignored.
            ["Input.AmountReceivedPkr"] = "500000",
            ["Input.ReservedSeats"] = "3",
        }, "form#sponsor-form");
        var page = await client.FollowAsync(response);

        var sponsorship = await app.WithDbAsync(db => db.Sponsorships.AsNoTracking().SingleAsync(s => s.CohortId == id, TestContext.Current.CancellationToken));
        Assert.Equal((firmId, 2_500_000L, 0L, 3, 0),
            (sponsorship.MemberFirmId, sponsorship.AmountPledgedPkr, sponsorship.AmountReceivedPkr, sponsorship.ReservedSeats, sponsorship.ReservedSeatsUsed));
        Assert.Equal(3, (await app.ReadCohortAsync(code)).ReservedSeatsUnused);
        var sponsors = page.Document.QuerySelector("[data-testid=sponsors]")!.TextContent;
        Assert.Contains("Ravi Digital Solutions", sponsors);
        Assert.Contains(2_500_000L.ToString("N0"), sponsors);
    }

    [Theory, AllProviders]
    public async Task More_reserved_seats_than_are_free_are_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10, seatsTaken: 8);

        var response = await client.SubmitAsync(AddPath(code), new Dictionary<string, string>
        {
            ["Input.MemberFirmId"] = (await FirmIdAsync(app, "Margalla Systems")).ToString(),
            ["Input.AmountPledgedPkr"] = "1000000",
            ["Input.ReservedSeats"] = "3",
        }, "form#sponsor-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Not enough free seats for that many reserved seats: with 8 of 10 seats taken and 0 reserved, this firm can reserve at most 2.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Sponsorships.AnyAsync(s => s.CohortId == id, TestContext.Current.CancellationToken)));
        Assert.Equal(0, (await app.ReadCohortAsync(code)).ReservedSeatsUnused);
    }

    [Theory, AllProviders]
    public async Task Negative_amounts_and_a_missing_firm_are_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();

        var response = await client.SubmitAsync(AddPath(code), new Dictionary<string, string>
        {
            ["Input.AmountPledgedPkr"] = "-5",
            ["Input.ReservedSeats"] = "-1",
        }, "form#sponsor-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Choose a member firm.", page.Text);
        Assert.Contains("The amount pledged cannot be negative.", page.Text);
        Assert.Contains("Reserved seats must be between 0 and 10000.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Sponsorships.AnyAsync(s => s.CohortId == id, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_firm_already_sponsoring_or_inactive_is_not_offered_nor_accepted(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        await app.SponsorshipAsync(id, "Indus Code", 100, reserved: 0, used: 0);
        var indus = await FirmIdAsync(app, "Indus Code");

        var form = await client.GetAsync(AddPath(code));
        var response = await client.SubmitAsync(AddPath(code),
            new Dictionary<string, string> { ["Input.MemberFirmId"] = indus.ToString() }, "form#sponsor-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.DoesNotContain(form.Document.QuerySelectorAll("#Input_MemberFirmId option"), o => o.GetAttribute("value") == indus.ToString());
        Assert.Contains("Indus Code Works (Pvt) Ltd already sponsors this cohort; edit its sponsorship instead.", page.Text);
    }

    [Theory, AllProviders]
    public async Task Editing_a_sponsorship_changes_its_pledge_with_an_audit_line_but_never_its_receipts_and_moves_the_cohorts_reserved_seats(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10);
        var sponsorshipId = await app.SponsorshipAsync(id, "Clifton Commerce", 1_000_000, reserved: 2, used: 1);

        var response = await client.SubmitAsync(EditPath(code, sponsorshipId), new Dictionary<string, string>
        {
            ["Input.AmountPledgedPkr"] = "1200000",
            // The old form's overwrite of the received figure: ignored, money received is only ever a receipt.
            ["Input.AmountReceivedPkr"] = "1200000",
            ["Input.ReservedSeats"] = "5",
        }, "form#sponsor-form");
        await client.FollowAsync(response);

        var sponsorship = await ReadAsync(app, sponsorshipId);
        Assert.Equal((1_200_000L, 0L, 5, 1), (sponsorship!.AmountPledgedPkr, sponsorship.AmountReceivedPkr, sponsorship.ReservedSeats, sponsorship.ReservedSeatsUsed));
        var audit = await app.WithDbAsync(db => db.MoneyChanges.AsNoTracking().Where(c => c.CohortId == id)
            .Select(c => new { c.What, c.OldValue, c.NewValue }).ToListAsync(TestContext.Current.CancellationToken));
        var line = Assert.Single(audit);
        Assert.Equal(("Clifton Commerce Group: amount pledged", "PKR 1,000,000", "PKR 1,200,000"), (line.What, line.OldValue, line.NewValue));
        var form = await client.GetAsync(EditPath(code, sponsorshipId));
        Assert.Null(form.Document.QuerySelector("[name='Input.AmountReceivedPkr']"));
        Assert.StartsWith("PKR 0 received so far, the sum of its receipts", form.Document.QuerySelector("[data-testid=received-summary]")!.TextContent);
        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal((1, 4), (cohort.SeatsTaken, cohort.ReservedSeatsUnused));
    }

    [Theory, AllProviders]
    public async Task Reserved_seats_cannot_drop_below_those_the_nominees_hold_nor_rise_past_capacity(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 6, seatsTaken: 2);
        var sponsorshipId = await app.SponsorshipAsync(id, "Clifton Commerce", 1_000_000, reserved: 3, used: 2);

        var tooFew = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(EditPath(code, sponsorshipId),
            new Dictionary<string, string> { ["Input.ReservedSeats"] = "1", ["Input.AmountPledgedPkr"] = "5" }, "form#sponsor-form"));
        var tooMany = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(EditPath(code, sponsorshipId),
            new Dictionary<string, string> { ["Input.ReservedSeats"] = "5", ["Input.AmountPledgedPkr"] = "5" }, "form#sponsor-form"));

        Assert.Contains("The firm's nominees already hold 2 of its reserved seats, so it cannot reserve fewer than 2.", tooFew.Text);
        Assert.Contains("Not enough free seats for that many reserved seats: with 4 of 6 seats taken and 1 reserved, this firm can reserve at most 4.", tooMany.Text);
        var sponsorship = await ReadAsync(app, sponsorshipId);
        Assert.Equal((1_000_000L, 3), (sponsorship!.AmountPledgedPkr, sponsorship.ReservedSeats));
        Assert.Equal(1, (await app.ReadCohortAsync(code)).ReservedSeatsUnused);
    }

    [Theory, AllProviders]
    public async Task Releasing_unused_reserved_seats_opens_them_to_the_public(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10);
        var sponsorshipId = await app.SponsorshipAsync(id, "Margalla Systems", 1_000_000, reserved: 4, used: 1);

        var page = await client.FollowAsync(await client.SubmitAsync(EditPath(code, sponsorshipId), new Dictionary<string, string>(), "form#release-form"));

        var sponsorship = await ReadAsync(app, sponsorshipId);
        Assert.Equal((1, 1), (sponsorship!.ReservedSeats, sponsorship.ReservedSeatsUsed));
        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal((0, 9), (cohort.ReservedSeatsUnused, cohort.PublicSeatsLeft));
        Assert.Contains("Released 3 unused seats reserved for Margalla Systems (Pvt) Ltd", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Removing_a_sponsor_gives_back_its_unused_reserved_seats(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10);
        var sponsorshipId = await app.SponsorshipAsync(id, "Ravi Digital", 1_000_000, reserved: 3, used: 0);

        var page = await client.FollowAsync(await client.SubmitAsync(EditPath(code, sponsorshipId), new Dictionary<string, string>(), "form#remove-form"));

        Assert.Null(await ReadAsync(app, sponsorshipId));
        Assert.Equal(0, (await app.ReadCohortAsync(code)).ReservedSeatsUnused);
        Assert.Contains("Ravi Digital Solutions no longer sponsors", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Null(page.Document.QuerySelector("[data-testid=sponsors]"));
    }

    [Theory, AllProviders]
    public async Task A_sponsor_whose_nominees_hold_seats_cannot_be_removed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(capacity: 10);
        var sponsorshipId = await app.SponsorshipAsync(id, "Indus Code", 1_000_000, reserved: 2, used: 1);

        var response = await client.SubmitAsync(EditPath(code, sponsorshipId), new Dictionary<string, string>(), "form#remove-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Indus Code Works (Pvt) Ltd cannot be removed: its nominees hold 1 seat in this cohort.",
            page.Document.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Equal(2, (await ReadAsync(app, sponsorshipId))!.ReservedSeats);
        Assert.Equal(1, (await app.ReadCohortAsync(code)).ReservedSeatsUnused);
    }

    private Task<Sponsorship?> ReadAsync(TrainingCenterApp app, int id) =>
        app.WithDbAsync(db => db.Sponsorships.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, TestContext.Current.CancellationToken));

    private Task<int> FirmIdAsync(TrainingCenterApp app, string shortName) =>
        app.WithDbAsync(db => db.MemberFirms.Where(f => f.ShortName == shortName).Select(f => f.Id).SingleAsync(TestContext.Current.CancellationToken));

    private static string AddPath(string code) => $"/Admin/Cohorts/{code}/Sponsors/Add";

    private static string EditPath(string code, int id) => $"/Admin/Cohorts/{code}/Sponsors/{id}";
}
