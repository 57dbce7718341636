using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Backups;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Holidays;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// The answers and refusals core writes for staff, sponsors and recruiters (cohorts, sessions, enrolment decisions,
/// certificates, firms, tracks, centres, nominations, fair hiring, holidays, backups, the consortium's funding notes) come
/// in Urdu to a reader of Urdu, and English stays as it was.
/// </summary>
public sealed class CoreMessagesInUrduTests(Apps apps) : IClassFixture<Apps>
{
    private const string LeftToRightIsolate = "\u2066";
    private const string PopIsolate = "\u2069";

    [Fact]
    public void A_percentage_is_isolated_left_to_right_in_urdu_and_plain_in_english()
    {
        var (urdu, rate, pdf) = Cultures.InUiCulture(Languages.Urdu, () => (Texts.Percent(73.25m, "0.0"), AttendanceRateText(80m), Texts.PlainPercent(73.25m, "0.0")));

        Assert.Equal("73.3%", Texts.Percent(73.25m, "0.0"));
        Assert.Equal("80%", AttendanceRateText(80m));
        Assert.Equal($"{LeftToRightIsolate}73.3%{PopIsolate}", urdu);
        Assert.Equal($"{LeftToRightIsolate}80%{PopIsolate}", rate);
        Assert.Equal("73.3%", pdf);
        var sentence = Cultures.InUiCulture(Languages.Urdu, () => Texts.Format("Rate below {0}", Texts.Percent(75m)));
        Assert.Equal($"شرح {LeftToRightIsolate}75%{PopIsolate} سے کم", sentence);
    }

    [Fact]
    public void Cohort_rules_and_a_centres_time_zone_refuse_in_urdu()
    {
        var (move, final, opening, zone, dates) = Cultures.InUiCulture(Languages.Urdu, () => (
            Cohort.TransitionRefusal(CohortStatus.Draft, CohortStatus.Completed),
            Cohort.TransitionRefusal(CohortStatus.Completed, CohortStatus.Open),
            Cohort.OpeningRefusal(CohortStatus.Draft, CohortStatus.Open, 0),
            Centre.TimeZoneRefusal("Mars/Olympus"),
            Cohort.DatesSentence(new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 12))));

        Assert.Equal("A cohort that is Draft can only move to Open or Cancelled, not Completed.", Cohort.TransitionRefusal(CohortStatus.Draft, CohortStatus.Completed));
        Assert.Equal("جو بیچ مسودہ ہو وہ صرف کھلا یا منسوخ کی طرف جا سکتا ہے، مکمل کی طرف نہیں۔", move);
        Assert.Equal("جو بیچ مکمل ہو وہ حتمی ہے اور کھلا کی طرف نہیں جا سکتا۔", final);
        Assert.StartsWith("بیچ درخواستوں کے لیے تبھی کھلتا ہے", opening);
        Assert.Equal($"{LeftToRightIsolate}Mars/Olympus{PopIsolate} ایسا ٹائم زون نہیں جسے یہ سرور جانتا ہو؛ IANA نام استعمال کریں، جیسے Asia/Karachi یا Europe/London۔", zone);
        Assert.Equal("بیچ 4 جنوری 2027 سے 12 مارچ 2027 تک چلتا ہے۔", dates);
        Assert.Equal("The cohort runs from 4 Jan 2027 to 12 Mar 2027.", Cohort.DatesSentence(new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 12)));
    }

    [Fact]
    public void The_consortium_reports_funding_notes_are_in_urdu()
    {
        var notes = Cultures.InUiCulture(Languages.Urdu, () => ConsortiumFunding.Notes);

        Assert.Equal(3, notes.Count);
        Assert.StartsWith("لاگت: ", notes[0]);
        Assert.StartsWith("نشست یافتہ: ", notes[1]);
        Assert.StartsWith("Cost: ", ConsortiumFunding.Notes[0]);
    }

    [Theory, AllProviders]
    public async Task Enrolment_decisions_revocations_fair_hiring_and_nominations_refuse_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications(5).BuildAsync();
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;

        var (decision, english) = await InUrduAndEnglishAsync(() => services.GetRequiredService<EnrolmentService>()
            .DecideAsync(cohort.CohortId, [], EnrolmentDecision.Accept, null, false, "admin", ct));
        var revoke = await InUrduAsync(() => services.GetRequiredService<CertificateRevoker>().RevokeAsync(1, "Bored", "x", ct));
        var settle = await InUrduAsync(() => services.GetRequiredService<FairHiringLedger>().SettleAsync(1, Guid.Empty, "", "admin", ct));
        var nominate = await InUrduAsync(() => services.GetRequiredService<NominationService>().NominateAsync(cohort.CohortId, int.MaxValue, "a@test.example", "firm-user", ct));

        Assert.Equal("Select at least one application.", english.Error);
        Assert.Equal("کم از کم ایک درخواست منتخب کریں۔", decision.Error);
        Assert.Equal("منتخب کریں کہ سند کیوں منسوخ کی جا رہی ہے۔", revoke.Error);
        Assert.Equal($"حصہ طے کرنے کے لیے ادائیگی کا حوالہ لکھیں (زیادہ سے زیادہ {TrainingCostShare.ReferenceLength} حروف)۔", settle!.Error);
        Assert.Equal("آپ کی فرم اس بیچ کی اسپانسر نہیں۔", nominate.Error);
    }

    [Theory, AllProviders]
    public async Task Sponsorships_receipts_corrections_and_claims_answer_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().BuildAsync();
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var noSuchReceipt = new ReceiptEntry(int.MaxValue, 1000, DateOnly.FromDateTime(DateTime.UtcNow), "R-1", ReceiptMethod.BankTransfer);

        var sponsor = await InUrduAsync(() => services.GetRequiredService<SponsorshipService>().AddAsync(cohort.CohortId, int.MaxValue, 1000, 0, ct));
        var receipt = await InUrduAsync(() => services.GetRequiredService<FundingLedger>().RecordReceiptAsync(cohort.CohortId, noSuchReceipt, ct));
        var correction = await InUrduAsync(() => services.GetRequiredService<FundingCorrections>().RemoveReceiptAsync(cohort.CohortId, int.MaxValue, ct));
        var claim = await InUrduAsync(() => services.GetRequiredService<FundingClaims>().DraftAsync(cohort.CohortId, int.MaxValue, ct));
        var englishClaim = await services.GetRequiredService<FundingClaims>().DraftAsync(cohort.CohortId, int.MaxValue, ct);

        Assert.Equal("فہرست میں سے کوئی رکن فرم منتخب کریں۔", sponsor.Error);
        Assert.Equal("اس بیچ کے اسپانسرز میں سے کوئی ایک منتخب کریں۔", receipt.Error);
        Assert.Equal("یہ اندراج اب اس بیچ کا نہیں رہا (شاید کسی نے اسے ہٹا دیا ہے)؛ کچھ تبدیل نہیں کیا گیا۔", correction.Error);
        Assert.Equal("اس بیچ کی قسطوں میں سے کوئی ایک منتخب کریں۔", claim.Error);
        Assert.Equal("Choose one of this cohort's tranches.", englishClaim.Error);
    }

    [Theory, AllProviders]
    public async Task Tracks_firms_holidays_sessions_and_backups_refuse_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().BuildAsync();
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var trackId = await services.GetRequiredService<AppDbContext>().Tracks.Select(t => t.Id).FirstAsync(ct);
        var end = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohort.CohortId).Select(c => c.EndDate).SingleAsync(ct));

        var tags = await InUrduAsync(() => services.GetRequiredService<TrackService>().OfferSkillsAsync(trackId, "sql,,git", ct));
        var firm = await InUrduAsync(() => services.GetRequiredService<FirmService>().AddAsync(new FirmDetails("Urdu Test Firm", "UTF", "ftp://example.com", null, null, true), ct));
        var holiday = await InUrduAsync(() => services.GetRequiredService<HolidayCalendar>().AddAsync(new DateOnly(2027, 4, 1), " ", ct));
        var outside = new SessionSchedule([end.AddDays(1).DayOfWeek], new TimeOnly(18, 0), new TimeOnly(20, 0), end.AddDays(1), count: 1);
        var schedule = await InUrduAsync(() => services.GetRequiredService<SessionScheduleService>().AddSessionsAsync(cohort.CohortId, outside, "Week {n}", false, ct));
        var folder = Directory.CreateTempSubdirectory("urdu-backup-").FullName;
        var backup = await InUrduAsync(async () => (await Assert.ThrowsAsync<BackupRefusedException>(() => BackupManifest.ReadAsync(folder, ct))).Message);

        Assert.Equal("ٹیگ 2 خالی ہے: فالتو کاما ہٹا دیں۔", Assert.Single(tags!.Refusals).Error);
        Assert.Equal("پورا ویب پتہ لکھیں، جو https:// سے شروع ہو۔", Assert.Single(firm.Refusals).Error);
        Assert.Equal("چھٹی کا نام لکھیں۔", holiday);
        Assert.StartsWith("ایک کلاس ", schedule.Error);
        Assert.Contains("جو بیچ کی تاریخوں سے باہر ہے۔ بیچ ", schedule.Error);
        Assert.Contains(end.AddDays(1).ToString("d MMM yyyy", CultureInfo.GetCultureInfo(Languages.Urdu)), schedule.Error);
        Assert.Equal($"{LeftToRightIsolate}{folder}{PopIsolate} مکمل بیک اپ نہیں: اس میں {BackupManifest.FileName} نہیں۔", backup);
        Directory.Delete(folder);
    }

    [Theory, AllProviders]
    public async Task A_cohort_edit_refused_for_a_taken_code_says_so_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var taken = await app.Cohort().BuildAsync();
        var edited = await app.Cohort().BuildAsync();
        var admin = await InUrduAsync(await app.AdminClientAsync());

        var response = await admin.SubmitAsync($"/Admin/Cohorts/{edited.Code}/Edit", new Dictionary<string, string> { ["Input.Code"] = taken.Code }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Equal("rtl", page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Contains($"کوڈ {LeftToRightIsolate}{taken.Code}{PopIsolate} والا بیچ پہلے سے موجود ہے۔", page.Text);
        Assert.Equal(edited.Code, (await app.ReadCohortAsync(edited.Code)).Code);
    }

    [Theory, AllProviders]
    public async Task A_revoke_refused_because_someone_revoked_the_certificate_meanwhile_says_so_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var admin = await InUrduAsync(await app.AdminClientAsync());
        var path = $"/Admin/Certificates/{certificate.Id}/Revoke";
        var form = (IHtmlFormElement)(await admin.GetAsync(path)).Document.QuerySelector("form[data-testid=revoke]")!;
        var fields = PageClient.FieldsOf(form).Where(f => !f.Key.StartsWith("Input.", StringComparison.Ordinal))
            .Append(new("Input.Category", "Issued in error")).Append(new("Input.Reason", "Wrong trainee")).Append(new("Input.Confirmed", "true"));
        await using (var scope = app.CreateScope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<CertificateRevoker>()
                .RevokeAsync(certificate.Id, "Issued in error", "Revoked by another admin", TestContext.Current.CancellationToken)).Error);

        var response = await admin.Http.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("صرف درست سند منسوخ کی جا سکتی ہے؛ یہ سند پہلے ہی منسوخ یا تبدیل ہو چکی ہے۔", page.Text);
    }

    private static string AttendanceRateText(decimal percent) => AttendanceRate.FormatPercent(percent);

    /// <summary>Runs a service call as a request in Urdu would: with the Urdu UI culture, restored afterwards.</summary>
    private static async Task<T> InUrduAsync<T>(Func<Task<T>> call)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.Urdu);
        try
        {
            return await call();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The refusal in Urdu and, for comparison, in English.</summary>
    private static async Task<(EnrolmentOutcome Urdu, EnrolmentOutcome English)> InUrduAndEnglishAsync(Func<Task<EnrolmentOutcome>> call) =>
        (await InUrduAsync(call), await call());

    /// <summary>Follows the switcher's link to Urdu, so the client carries its cookie from then on.</summary>
    private static async Task<PageClient> InUrduAsync(PageClient client)
    {
        var switched = await client.Http.GetAsync($"/Language?choice={Languages.Urdu}&returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }
}
