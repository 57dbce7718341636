using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

/// <summary>A fee payment or a scholarship typed wrong is put right or removed, with why, audited, never leaving a trainee owing less than nothing.</summary>
public sealed class FeeCorrectionsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Corrections_and_removals_keep_what_each_trainee_owes_at_or_above_nothing_and_log_who_old_new_and_why(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTraineesNamed("Ayesha Khan", "Bilal Ahmed").BuildAsync();
        var (ayesha, bilal) = (cohort.Trainees[0].EnrolmentId, cohort.Trainees[1].EnrolmentId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = cohort.CohortId;
        await using var scope = app.CreateScope();
        var fees = scope.ServiceProvider.GetRequiredService<TraineeFees>();
        // Ayesha: fee 50,000, paid 20,000 + 10,000, scholarship 15,000: owes 5,000. Bilal: paid 5,000.
        Assert.Null((await fees.SetFeeAsync(id, 50_000, ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, new FeePaymentEntry(ayesha, 20_000, today.AddDays(-3), "F-1", ReceiptMethod.Cash), ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, new FeePaymentEntry(ayesha, 10_000, today.AddDays(-2), "F-2", ReceiptMethod.Cash), ct)).Problem);
        Assert.Null((await fees.WaiveAsync(id, new FeeWaiverEntry(ayesha, 15_000, "Merit"), ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, new FeePaymentEntry(bilal, 5_000, today.AddDays(-2), "B-1", ReceiptMethod.Cheque), ct)).Problem);
        var (f1, f2, b1) = await app.WithDbAsync(async db =>
        {
            var ids = await db.FeePayments.Where(p => p.Enrolment!.CohortId == id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            return (ids[0], ids[1], ids[2]);
        });
        var merit = await app.WithDbAsync(db => db.FeeWaivers.Where(w => w.EnrolmentId == ayesha).Select(w => w.Id).SingleAsync(ct));
        var logged = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == id).CountAsync(ct));
        var dates = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => new { c.StartDate, c.EndDate }).SingleAsync(ct));
        FeePaymentEntry F1(long pkr, string reference = "F-1") => new(ayesha, pkr, today.AddDays(-3), reference, ReceiptMethod.Cash);

        var refused = new[]
        {
            // F-1 may rise by what Ayesha still owes (5,000) and no further; her scholarship likewise.
            await fees.CorrectPaymentAsync(id, f1, F1(25_001), "Bank statement says so", ct),
            await fees.CorrectWaiverAsync(id, merit, new FeeWaiverEntry(ayesha, 20_001, "Merit"), "Board raised it", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000), "   ", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(20_000), "Nothing to put right", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000, " F-2 "), "Typo", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000, "  "), "Typo", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(0), "Typo", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000) with { EnrolmentId = bilal }, "Wrong trainee", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000) with { PaidOn = today.AddDays(5) }, "Typo", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000) with { PaidOn = today.AddYears(-3) }, "Typo", ct),
            await fees.CorrectPaymentAsync(id, f1, F1(21_000), new string('x', TraineeFees.WhyLength + 1), ct),
            await fees.CorrectWaiverAsync(id, merit, new FeeWaiverEntry(ayesha, 15_000, "  "), "Typo", ct),
            await fees.RemovePaymentAsync(id, f2, "", ct),
            await fees.RemoveWaiverAsync(id, merit, " ", ct),
            await fees.RemovePaymentAsync(id, int.MaxValue, "Gone", ct),
            await fees.CorrectWaiverAsync(id + 1_000_000, merit, new FeeWaiverEntry(ayesha, 1_000, "Merit"), "Another cohort", ct),
        };
        Assert.Equal(
            [
                ("AmountPkr", "That is more than the trainee would owe (PKR 25,000); nothing was changed."),
                ("AmountPkr", "That is more than the trainee would owe (PKR 20,000); nothing was changed."),
                (TraineeFees.WhyField, TraineeFees.NoWhy),
                ("", FundingCorrections.Unchanged),
                ("Reference", TraineeFees.DuplicatePayment),
                ("Reference", "Enter the payment's reference (bank, cheque or voucher number)."),
                ("AmountPkr", "Enter an amount above zero, in whole rupees."),
                ("EnrolmentId", "A payment stays with the trainee it was recorded for: remove it and record it again for the right one."),
                ("PaidOn", "A payment cannot be dated in the future."),
                ("PaidOn", $"Enter a date between {MoneyText.Day(dates.StartDate.AddDays(-FundingLimits.DaysAroundCohort))} and {MoneyText.Day(dates.EndDate.AddDays(FundingLimits.DaysAroundCohort))}: a year either side of the cohort."),
                (TraineeFees.WhyField, $"Keep the reason to {TraineeFees.WhyLength} characters."),
                ("Reason", "Enter why the fee is waived."),
                ("", TraineeFees.NoWhy),
                ("", TraineeFees.NoWhy),
                ("", FundingCorrections.Gone),
                ("", FundingCorrections.Gone),
            ],
            refused.Select(r => (r.Field!, r.Error!)));
        Assert.Equal(logged, await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == id).CountAsync(ct)));

        // Up to exactly what is owed: Ayesha then owes nothing.
        Assert.Equal("Corrected the fee payment F-1A from Ayesha Khan.",
            (await fees.CorrectPaymentAsync(id, f1, F1(25_000, " F-1A ") with { Method = ReceiptMethod.BankTransfer }, "  Bank statement shows 25,000  ", ct)).Message);
        Assert.Equal(0, (await fees.ForCohortAsync(id, ct)).Trainees[0].Status.OwedPkr);
        // Nothing left to owe, the scholarship may not rise, but its reason may change, and it may fall.
        Assert.Equal("That is more than the trainee would owe (PKR 15,000); nothing was changed.",
            (await fees.CorrectWaiverAsync(id, merit, new FeeWaiverEntry(ayesha, 15_001, "Merit"), "Board", ct)).Error);
        Assert.Equal("Corrected Ayesha Khan's scholarship.",
            (await fees.CorrectWaiverAsync(id, merit, new FeeWaiverEntry(ayesha, 12_000, "Merit: top of the entry test"), "Board minutes of May", ct)).Message);
        Assert.Equal("Removed the fee payment B-1 of PKR 5,000 from Bilal Ahmed.", (await fees.RemovePaymentAsync(id, b1, "Cheque bounced", ct)).Message);
        Assert.Equal("Removed Ayesha Khan's scholarship of PKR 12,000.", (await fees.RemoveWaiverAsync(id, merit, "Granted twice", ct)).Message);

        var read = await fees.ForCohortAsync(id, ct);
        Assert.Equal([("Ayesha Khan", 0L, 35_000L, 15_000L), ("Bilal Ahmed", 0L, 0L, 50_000L)],
            read.Trainees.Select(t => (t.Name, t.Status.WaivedPkr, t.Status.PaidPkr, t.Status.OwedPkr)));
        Assert.Equal([("F-1A", 25_000L, ReceiptMethod.BankTransfer), ("F-2", 10_000L, ReceiptMethod.Cash)], read.Payments.Select(p => (p.Reference, p.AmountPkr, p.Method)));
        Assert.Empty(read.Waivers);

        var changes = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == id).OrderBy(c => c.Id).Skip(logged).ToListAsync(ct));
        var paidOn = MoneyText.Iso(today.AddDays(-3));
        Assert.Equal(
            [
                ("Fee payment F-1 from Ayesha Khan corrected: Bank statement shows 25,000", $"PKR 20,000, {paidOn}, F-1, Cash", $"PKR 25,000, {paidOn}, F-1A, Bank transfer"),
                ("Scholarship for Ayesha Khan corrected: Board minutes of May", "PKR 15,000 waived: Merit", "PKR 12,000 waived: Merit: top of the entry test"),
                ("Fee payment B-1 from Bilal Ahmed removed: Cheque bounced", $"PKR 5,000, {MoneyText.Iso(today.AddDays(-2))}, B-1, Cheque", null),
                ("Scholarship for Ayesha Khan removed: Granted twice", "PKR 12,000 waived: Merit: top of the entry test", null),
            ],
            changes.Select(c => (c.What, c.OldValue, c.NewValue)));
        var adminId = changes[0].ByUserId;
        Assert.All(changes, c => Assert.Equal(adminId, c.ByUserId));
        Assert.All(changes, c => Assert.True(c.AtUtc > DateTime.UtcNow.AddMinutes(-5)));
    }

    [Theory, AllProviders]
    public async Task An_admin_corrects_a_payment_and_removes_a_scholarship_from_the_fee_page_and_the_money_log_shows_why(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTraineesNamed("Ayesha Khan", "Bilal Ahmed").BuildAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var scope = app.CreateScope())
        {
            var fees = scope.ServiceProvider.GetRequiredService<TraineeFees>();
            Assert.Null((await fees.SetFeeAsync(cohort.CohortId, 30_000, ct)).Problem);
            Assert.Null((await fees.RecordPaymentAsync(cohort.CohortId, new FeePaymentEntry(cohort.Trainees[0].EnrolmentId, 10_000, today.AddDays(-1), "EP-1", ReceiptMethod.Cash), ct)).Problem);
            Assert.Null((await fees.WaiveAsync(cohort.CohortId, new FeeWaiverEntry(cohort.Trainees[1].EnrolmentId, 30_000, "Orphan support"), ct)).Problem);
        }
        var client = await app.AdminClientAsync();
        var feesPath = $"/Admin/Cohorts/{cohort.Code}/Money/Fees";
        var page = await client.GetAsync(feesPath);
        var paymentLink = page.Document.QuerySelector("[data-testid=correct-payment]")!.GetAttribute("href")!;
        var scholarshipLink = page.Document.QuerySelector("[data-testid=correct-scholarship]")!.GetAttribute("href")!;

        var form = await client.GetAsync(paymentLink);
        Assert.Equal("10000", form.Document.QuerySelector("#Payment_AmountPkr")!.GetAttribute("value"));
        // Without a reason nothing is saved, and the form says why beside the field.
        var noWhy = await PageClient.HtmlPage.ReadAsync(await client.SubmitAsync(paymentLink, new Dictionary<string, string> { ["Payment.AmountPkr"] = "12000" }, "form#correct-form"));
        Assert.Equal(TraineeFees.NoWhy, noWhy.Document.QuerySelector("[data-valmsg-for='Payment.Why']")!.TextContent.Trim());
        var tooMuch = await PageClient.HtmlPage.ReadAsync(await client.SubmitAsync(paymentLink,
            new Dictionary<string, string> { ["Payment.AmountPkr"] = "30001", ["Payment.Why"] = "Typo" }, "form#correct-form"));
        Assert.Equal("That is more than the trainee would owe (PKR 30,000); nothing was changed.", tooMuch.Document.QuerySelector("[data-valmsg-for='Payment.AmountPkr']")!.TextContent.Trim());
        var corrected = await client.FollowAsync(await client.SubmitAsync(paymentLink,
            new Dictionary<string, string> { ["Payment.AmountPkr"] = "12000", ["Payment.Why"] = "Receipt book shows 12,000" }, "form#correct-form"));
        Assert.Equal("Corrected the fee payment EP-1 from Ayesha Khan.", Shown(corrected, "status"));
        Assert.Equal(("12,000", "18,000"), (Shown(corrected, "fees-paid"), Shown(corrected, "fees-owed")));

        var refusedRemoval = await PageClient.HtmlPage.ReadAsync(await client.SubmitAsync(scholarshipLink, PageClient.NoFields, "form#remove-form"));
        Assert.Contains(TraineeFees.NoWhy, Shown(refusedRemoval, "form-errors"));
        var removed = await client.FollowAsync(await client.SubmitAsync(scholarshipLink, new Dictionary<string, string> { ["Waiver.Why"] = "Granted to the wrong cohort" }, "form#remove-form"));
        Assert.Equal("Removed Bilal Ahmed's scholarship of PKR 30,000.", Shown(removed, "status"));
        Assert.Equal(("0", "48,000"), (Shown(removed, "fees-waived"), Shown(removed, "fees-owed")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(scholarshipLink, ct)).StatusCode);

        var log = (await client.GetAsync($"/Admin/Cohorts/{cohort.Code}/Money")).Document.QuerySelector("[data-testid=money-changes]")!.TextContent;
        Assert.Contains("Fee payment EP-1 from Ayesha Khan corrected: Receipt book shows 12,000", log);
        Assert.Contains("Scholarship for Bilal Ahmed removed: Granted to the wrong cohort", log);
    }

    private static string Shown(PageClient.HtmlPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");
}
