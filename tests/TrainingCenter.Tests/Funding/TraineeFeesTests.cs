using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Funding;

public sealed class TraineeFeesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Payments_and_scholarships_leave_each_trainee_owing_fee_less_waived_less_paid_and_anything_beyond_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTraineesNamed("Ayesha Khan", "Bilal Ahmed", "Fatima Noor").BuildAsync();
        var (ayesha, bilal, fatima) = (cohort.Trainees[0].EnrolmentId, cohort.Trainees[1].EnrolmentId, cohort.Trainees[2].EnrolmentId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var scope = app.CreateScope();
        var fees = scope.ServiceProvider.GetRequiredService<TraineeFees>();
        var id = cohort.CohortId;
        FeePaymentEntry Pay(int enrolment, long pkr, string reference) => new(enrolment, pkr, today.AddDays(-2), reference, ReceiptMethod.BankTransfer);

        Assert.Equal(FeeProblem.NoFee, (await fees.RecordPaymentAsync(id, Pay(ayesha, 1_000, "F-0"), ct)).Problem);
        Assert.Equal(FeeProblem.FeeOutOfRange, (await fees.SetFeeAsync(id, -1, ct)).Problem);
        Assert.Null((await fees.SetFeeAsync(id, 50_000, ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, Pay(ayesha, 20_000, "F-1"), ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, Pay(ayesha, 30_000, "F-2"), ct)).Problem);
        Assert.Null((await fees.WaiveAsync(id, new FeeWaiverEntry(bilal, 50_000, "  Top of the entry test; family income below the line  "), ct)).Problem);
        Assert.Null((await fees.WaiveAsync(id, new FeeWaiverEntry(fatima, 15_000, "Partial scholarship"), ct)).Problem);
        Assert.Null((await fees.RecordPaymentAsync(id, Pay(fatima, 10_000, "F-3"), ct)).Problem);

        var refused = new[]
        {
            await fees.RecordPaymentAsync(id, Pay(fatima, 25_001, "F-4"), ct),
            await fees.WaiveAsync(id, new FeeWaiverEntry(fatima, 25_001, "Too much"), ct),
            await fees.RecordPaymentAsync(id, Pay(ayesha, 1, "F-5"), ct),
            await fees.RecordPaymentAsync(id, Pay(fatima, 1_000, " F-3 "), ct),
            await fees.WaiveAsync(id, new FeeWaiverEntry(fatima, 1_000, "   "), ct),
            await fees.RecordPaymentAsync(id, Pay(fatima, 0, "F-6"), ct),
            await fees.RecordPaymentAsync(id, Pay(fatima, 1_000, "   "), ct),
            await fees.RecordPaymentAsync(id, Pay(fatima, 1_000, "F-7") with { PaidOn = today.AddDays(5) }, ct),
            await fees.RecordPaymentAsync(id, Pay(fatima, 1_000, "F-8") with { PaidOn = today.AddYears(-3) }, ct),
            await fees.RecordPaymentAsync(id, Pay(int.MaxValue, 1_000, "F-9"), ct),
            await fees.SetFeeAsync(id, 49_999, ct),
            await fees.SetFeeAsync(id, null, ct),
        };
        Assert.Equal(
            [
                (FeeProblem.OverPayment, 25_000L), (FeeProblem.OverWaiver, 25_000L), (FeeProblem.OverPayment, 0L), (FeeProblem.DuplicateReference, 0L),
                (FeeProblem.NoReason, 0L), (FeeProblem.AmountOutOfRange, 0L), (FeeProblem.NoReference, 0L), (FeeProblem.DateInFuture, 0L),
                (FeeProblem.DateOutsideCohort, 0L), (FeeProblem.NotSeated, 0L), (FeeProblem.FeeBelowSettled, 50_000L), (FeeProblem.FeeBelowSettled, 50_000L),
            ],
            refused.Select(r => (r.Problem!.Value, r.OwedPkr)));

        var read = await fees.ForCohortAsync(id, ct);
        Assert.Equal(
            [("Ayesha Khan", 0L, 50_000L, 0L), ("Bilal Ahmed", 50_000L, 0L, 0L), ("Fatima Noor", 15_000L, 10_000L, 25_000L)],
            read.Trainees.Select(t => (t.Name, t.Status.WaivedPkr, t.Status.PaidPkr, t.Status.OwedPkr)));
        Assert.Equal(new FeeTotals(50_000, 3, 150_000, 65_000, 60_000, 25_000), read.Totals);
        var waiver = read.Waivers[0];
        Assert.Equal(("Bilal Ahmed", 50_000L, "Top of the entry test; family income below the line"), (waiver.Trainee, waiver.AmountPkr, waiver.Reason));
        Assert.Equal(["F-1", "F-2", "F-3"], read.Payments.Select(p => p.Reference));
        // The fee, three payments and two scholarships, each audited; nothing refused left a trace.
        var changes = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == id).OrderBy(c => c.Id).ToListAsync(ct));
        Assert.Equal(6, changes.Count);
        Assert.Equal(("Trainee fee", (string?)null, "PKR 50,000"), (changes[0].What, changes[0].OldValue, changes[0].NewValue));
        Assert.Contains(changes, c => c.What == "Scholarship for Bilal Ahmed: Top of the entry test; family income below the line" && c.NewValue == "PKR 50,000 waived");

        // The fee can rise; everyone who had settled owes the difference.
        Assert.Null((await fees.SetFeeAsync(id, 60_000, ct)).Problem);
        Assert.Equal([10_000L, 10_000L, 35_000L], (await fees.ForCohortAsync(id, ct)).Trainees.Select(t => t.Status.OwedPkr));
    }

    [Fact]
    public void A_trainee_never_owes_less_than_nothing()
    {
        Assert.Equal(0, new FeeStatus(10_000, 8_000, 5_000).OwedPkr);
        Assert.Equal(2_000, new FeeStatus(10_000, 3_000, 5_000).OwedPkr);
        Assert.Equal(0, new FeeStatus(0, 0, 0).OwedPkr);
    }

    [Fact]
    public void Fees_count_in_the_cash_balance_but_are_never_member_money_for_a_grants_match()
    {
        IReadOnlyList<FirmMoney> firms = [new(1, "Firm A", 200_000, 100_000, 0)];
        IReadOnlyList<GrantTerms> grants = [new(7, "Scheme", "", 1_000_000, 1m, null, InKindCounts: false, [])];
        var without = FundingPosition.Compute(firms, grants, [], MilestoneCounts.None);
        var with = FundingPosition.Compute(firms, grants, [], MilestoneCounts.None, new FeeTotals(60_000, 2, 120_000, 0, 60_000, 60_000));

        Assert.Equal((100_000L, 160_000L), (without.CashBalancePkr, with.CashBalancePkr));
        Assert.Equal((100_000L, 100_000L), (with.Grants[0].CountedMemberPkr, with.UnlockedPkr));
        Assert.Equal(without.Leverage.Select(l => (l.CountedPkr, l.UnlockedGrantPkr, l.PerRupee)), with.Leverage.Select(l => (l.CountedPkr, l.UnlockedGrantPkr, l.PerRupee)));
    }

    [Theory, AllProviders]
    public async Task The_money_page_and_its_downloads_count_fees_received_as_money_in_but_not_in_the_match(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var admin = await app.AdminClientAsync();
        var feesPath = $"/Admin/Cohorts/{arranged.Cohort.Code}/Money/Fees";

        var set = await admin.FollowAsync(await admin.SubmitAsync(feesPath, new Dictionary<string, string> { ["Fee.FeePkr"] = "40000" }, "form#fee-form"));
        Assert.Equal("The fee is now PKR 40,000 per trainee.", Shown(set, "status"));
        var first = arranged.Cohort.EnrolmentIds[0].ToString(CultureInfo.InvariantCulture);
        var paid = await admin.FollowAsync(await admin.SubmitAsync(feesPath, Payment(first, "40000", arranged.Today.AddDays(-20), "FEE-1"), "form#payment-form"));
        Assert.StartsWith("Recorded a fee payment of PKR 40,000 from ", Shown(paid, "status"));
        var second = arranged.Cohort.EnrolmentIds[1].ToString(CultureInfo.InvariantCulture);
        await admin.SubmitAsync(feesPath, Payment(second, "15000", arranged.Today.AddDays(-20), "FEE-2"), "form#payment-form");
        var waived = await admin.FollowAsync(await admin.SubmitAsync(feesPath, new Dictionary<string, string>
        {
            ["Waiver.EnrolmentId"] = second, ["Waiver.AmountPkr"] = "25000", ["Waiver.Reason"] = "Orphan-support scholarship",
        }, "form#waiver-form"));
        // Five seated at PKR 40,000: 200,000 due, 25,000 waived, 55,000 paid, 120,000 owed.
        Assert.Equal(("200,000", "25,000", "55,000", "120,000"), (Shown(waived, "fees-due"), Shown(waived, "fees-waived"), Shown(waived, "fees-paid"), Shown(waived, "fees-owed")));

        // An over-payment is refused with a message and changes nothing.
        var over = await admin.SubmitAsync(feesPath, Payment(second, "1", arranged.Today.AddDays(-1), "FEE-3"), "form#payment-form");
        var overPage = await PageClient.HtmlPage.ReadAsync(over);
        Assert.Contains("That is more than the trainee owes (PKR 0); nothing was recorded.", overPage.Document.QuerySelector("[data-valmsg-for='Payment.AmountPkr']")!.TextContent);

        var page = await admin.GetAsync($"/Admin/Cohorts/{arranged.Cohort.Code}/Money");
        // Hand-computed: 250,000 cash before, plus 55,000 of fees; the grant still counts 950,000 of member money and unlocks 800,000.
        Assert.Equal(("305,000", "1,105,000", "800,000", "PKR 950,000"), (Shown(page, "cash-balance"), Shown(page, "balance"), Shown(page, "unlocked"), Shown(page, "counted")));
        Assert.Contains("PKR 55,000 received", Shown(page, "fee-summary"));
        Assert.Contains("PKR 120,000 still owed", Shown(page, "fee-summary"));

        var links = page.Document.QuerySelectorAll("[data-testid=money-downloads] a").Select(a => a.GetAttribute("href")!).ToList();
        var sheets = XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync(links[0], ct)).ToDictionary(s => s.Name);
        Assert.Equal([40_000d, 5d, 200_000d, 25_000d, 55_000d, 120_000d], Enumerable.Range(2, 6).Select(r => sheets["Trainee fees"].Cell(r, 2).Number));
        Assert.Equal(305_000d, sheets["Balance and cost per graduate"].Cell(4, 2).Number);
        Assert.Equal(950_000d, sheets["Grants"].Cell(2, 4).Number);
        var cashFlow = sheets["Cash flow by month"];
        var month = cashFlow.RowWhere(1, t => t == MoneyText.Month(new DateOnly(arranged.Today.AddDays(-20).Year, arranged.Today.AddDays(-20).Month, 1)));
        Assert.Equal(950_000d + 55_000d, cashFlow.Cell(month, 2).Number);
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync(links[1], ct));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("Received55,000", text);
        Assert.Contains("Traineefees", text);
        Assert.Contains("305,000", text);
    }

    [Theory, AllProviders]
    public async Task A_trainee_sees_their_own_fee_status_and_a_sponsor_sees_no_named_trainees_fee_or_scholarship(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await using (var scope = app.CreateScope())
        {
            var fees = scope.ServiceProvider.GetRequiredService<TraineeFees>();
            var id = arranged.Cohort.CohortId;
            Assert.Null((await fees.SetFeeAsync(id, 30_000, ct)).Problem);
            Assert.Null((await fees.RecordPaymentAsync(id, new FeePaymentEntry(arranged.Cohort.EnrolmentIds[0], 12_000, arranged.Today.AddDays(-30), "JAZZ-7781", ReceiptMethod.Other), ct)).Problem);
            Assert.Null((await fees.WaiveAsync(id, new FeeWaiverEntry(arranged.Cohort.EnrolmentIds[0], 8_000, "Hardship: father lost his job"), ct)).Problem);
        }

        var trainee = await app.SignedInAsync(arranged.Cohort.Trainees[0].Email);
        var mine = await trainee.GetAsync("/Me/Enrolments");
        Assert.Equal("Fee PKR 30,000: paid PKR 12,000, waived as a scholarship PKR 8,000; still owed PKR 10,000.", Shown(mine, "fee-status"));
        var other = await app.SignedInAsync(arranged.Cohort.Trainees[1].Email);
        Assert.Equal("Fee PKR 30,000: paid PKR 0, waived as a scholarship PKR 0; still owed PKR 30,000.", Shown(await other.GetAsync("/Me/Enrolments"), "fee-status"));

        var sponsor = await app.SponsorViewerClientAsync(arranged.A);
        var report = $"/Sponsor/Cohorts/{arranged.Cohort.Code}";
        var seen = new List<string>
        {
            (await sponsor.GetAsync(report)).Text,
            (await sponsor.GetAsync($"{report}/Trainees")).Text,
            await sponsor.Http.GetStringAsync($"{report}?handler=Csv", ct),
            string.Join('\n', XlsxSheet.ReadAll(await sponsor.Http.GetByteArrayAsync($"{report}?handler=Xlsx", ct))
                .SelectMany(s => s.Cells.Values.Select(c => c.Text))),
        };
        using (var pdf = PdfDocument.Open(await sponsor.Http.GetByteArrayAsync($"{report}?handler=Pdf", ct)))
            seen.Add(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.All(seen, text =>
        {
            Assert.DoesNotContain("JAZZ-7781", text);
            Assert.DoesNotContain("Hardship", text);
            Assert.DoesNotContain("scholarship", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("12,000", text);
            Assert.DoesNotContain("8,000", text);
        });
    }

    private static Dictionary<string, string> Payment(string enrolmentId, string amount, DateOnly on, string reference) => new()
    {
        ["Payment.EnrolmentId"] = enrolmentId,
        ["Payment.AmountPkr"] = amount,
        ["Payment.PaidOn"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Payment.Reference"] = reference,
        ["Payment.Method"] = "1",
    };

    private static string Shown(PageClient.HtmlPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");
}
