using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Tests.Uploads;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

public sealed class FirmPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static Dictionary<string, string> Fields(string name, string shortName = "Short", string website = "https://firm.example.pk") => new()
    {
        ["Input.Name"] = name,
        ["Input.ShortName"] = shortName,
        ["Input.Website"] = website,
        ["Input.ContactPerson"] = "Sana Iqbal",
        ["Input.ContactEmail"] = "sana@firm.example.pk",
        ["Input.IsActive"] = "true",
    };

    [Theory, AllProviders]
    public async Task An_admin_adds_a_firm_and_sees_it_listed_and_on_its_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var name = $"Karachi Systems {Guid.NewGuid():N}"[..24];

        var details = await admin.FollowAsync(await admin.SubmitAsync("/Admin/Firms/Create", Fields(name, "KSys")));

        Assert.Contains(name, details.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Sana Iqbal", details.Document.QuerySelector("[data-testid=firm-details]")!.TextContent);
        Assert.Contains("https://firm.example.pk", details.Text);
        var list = await admin.GetAsync("/Admin/Firms");
        Assert.Contains(list.Document.QuerySelectorAll("[data-testid=firms] tbody tr"), r => r.TextContent.Contains(name));
        var stored = await app.WithDbAsync(db => db.MemberFirms.SingleAsync(f => f.Name == name, TestContext.Current.CancellationToken));
        Assert.Equal(("KSys", "sana@firm.example.pk", true), (stored.ShortName, stored.ContactEmail, stored.IsActive));
    }

    [Theory, AllProviders]
    public async Task A_duplicate_an_empty_or_a_too_long_name_is_refused_with_a_message_and_nothing_is_added(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var (_, existing) = await app.NewFirmAsync("Lahore Soft");
        var before = await app.WithDbAsync(db => db.MemberFirms.CountAsync(TestContext.Current.CancellationToken));

        var duplicate = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync("/Admin/Firms/Create", Fields(existing.ToUpperInvariant())));
        var empty = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync("/Admin/Firms/Create", Fields("  ", "")));
        var tooLong = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync("/Admin/Firms/Create", Fields(new string('x', MemberFirm.NameLength + 1))));
        var badSite = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync("/Admin/Firms/Create", Fields($"Site {Guid.NewGuid():N}", website: "firm dot pk")));

        Assert.Contains($"There is already a member firm named {existing.ToUpperInvariant()}.", duplicate.Text);
        Assert.Contains("Enter the firm's name.", empty.Text);
        Assert.Contains("Enter a short name", empty.Text);
        Assert.Contains("A firm name can be at most 200 characters.", tooLong.Text);
        Assert.Contains("Enter the full web address, starting with https://.", badSite.Text);
        Assert.Equal(new string('x', MemberFirm.NameLength + 1), ((AngleSharp.Html.Dom.IHtmlInputElement)tooLong.Document.QuerySelector("#Input_Name")!).Value);
        Assert.Equal(before, await app.WithDbAsync(db => db.MemberFirms.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Editing_saves_the_details_and_renaming_to_another_firms_name_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var (id, name) = await app.NewFirmAsync("Quetta Data");
        var (_, other) = await app.NewFirmAsync("Multan Apps");

        var refused = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync($"/Admin/Firms/{id}/Edit", Fields(other)));
        Assert.Contains($"There is already a member firm named {other}.", refused.Text);
        Assert.Equal(name, await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Id == id).Select(f => f.Name).SingleAsync(TestContext.Current.CancellationToken)));

        var fields = Fields(name + " Ltd", "QD");
        fields["Input.IsActive"] = "false";
        var details = await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{id}/Edit", fields));

        Assert.Contains(name + " Ltd", details.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Inactive", details.Text);
    }

    [Theory, AllProviders]
    public async Task The_firm_page_shows_its_sponsorships_with_pledged_received_and_reserved_seats(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var sponsored = await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Sponsor").BuildAsync();
        var (cohort, firmId) = (sponsored.Code, sponsored.FirmIds[0]);
        await app.WithDbAsync(db => db.Sponsorships.Where(s => s.MemberFirmId == firmId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AmountPledgedPkr, 750_000).SetProperty(x => x.AmountReceivedPkr, 250_000).SetProperty(x => x.ReservedSeats, 3),
            TestContext.Current.CancellationToken));

        var page = await admin.GetAsync($"/Admin/Firms/{firmId}");

        var row = page.Document.QuerySelector($"[data-testid=sponsorships] tr[data-cohort='{cohort}']")!;
        Assert.Equal("750,000", row.QuerySelector("[data-testid=pledged]")!.TextContent);
        Assert.Equal("250,000", row.QuerySelector("[data-testid=received]")!.TextContent);
        Assert.Equal("3 (0)", row.QuerySelector("[data-testid=reserved]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_png_and_a_jpeg_logo_are_stored_as_png_scaled_to_fit_and_shown_on_the_firm_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var (id, _) = await app.NewFirmAsync("Logo Works");

        await admin.FollowAsync(await admin.UploadLogoAsync(id, Image(1200, 400, SKEncodedImageFormat.Png), "logo.png", "image/png"));
        var png = await LogoAsync(app, id);
        Assert.Equal((600, 200), Size(png));

        var details = await admin.FollowAsync(await admin.UploadLogoAsync(id, Image(300, 900, SKEncodedImageFormat.Jpeg), "logo.jpg", "image/jpeg"));
        var fromJpeg = await LogoAsync(app, id);
        Assert.Equal((100, 300), Size(fromJpeg));
        Assert.True(fromJpeg.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));

        var src = details.Document.QuerySelector("img[data-testid=logo]")!.GetAttribute("src")!;
        var served = await admin.Http.GetAsync(System.Net.WebUtility.HtmlDecode(src), TestContext.Current.CancellationToken);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fromJpeg, await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory, AllProviders]
    public async Task A_renamed_text_file_an_svg_and_a_file_over_1_MB_are_refused_and_the_saved_logo_stays(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var (id, _) = await app.NewFirmAsync("Logo Keeps");
        await admin.FollowAsync(await admin.UploadLogoAsync(id, Image(200, 100, SKEncodedImageFormat.Png), "logo.png", "image/png"));
        var saved = await LogoAsync(app, id);
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        var big = new byte[FirmLogo.Upload.MaxBytes + 1];
        Image(50, 50, SKEncodedImageFormat.Png).CopyTo(big, 0);

        var text = await AdminSignIn.ShownAgainAsync(await admin.UploadLogoAsync(id, Encoding.UTF8.GetBytes("not an image at all"), "logo.png", "image/png"));
        var vector = await AdminSignIn.ShownAgainAsync(await admin.UploadLogoAsync(id, svg, "logo.svg", "image/svg+xml"));
        var tooBig = await AdminSignIn.ShownAgainAsync(await admin.UploadLogoAsync(id, big, "big.png", "image/png"));

        Assert.Contains("The file is not a PNG or JPEG image.", text.Document.QuerySelector("[data-testid=logo-error]")!.TextContent);
        Assert.Contains("SVG and other formats are not accepted", vector.Document.QuerySelector("[data-testid=logo-error]")!.TextContent);
        Assert.Contains("it can be at most 1 MB", tooBig.Document.QuerySelector("[data-testid=logo-error]")!.TextContent);
        Assert.Equal(saved, await LogoAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task A_png_declaring_more_than_16_megapixels_is_refused_with_a_message_and_the_saved_logo_stays(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();
        var (id, _) = await app.NewFirmAsync("Logo Bombs");
        await admin.FollowAsync(await admin.UploadLogoAsync(id, Image(200, 100, SKEncodedImageFormat.Png), "logo.png", "image/png"));
        var saved = await LogoAsync(app, id);
        var bomb = PngBombs.Declaring(20_000);
        var truncated = PngBombs.Truncated(25_000);
        Assert.InRange(bomb.Length, 1, 100 * 1024);
        Assert.Equal(101, truncated.Length);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var refused = await AdminSignIn.ShownAgainAsync(await admin.UploadLogoAsync(id, bomb, "logo.png", "image/png"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{bomb.Length:N0} bytes declaring 20000×20000 refused in {watch.ElapsedMilliseconds} ms");
        var cut = await AdminSignIn.ShownAgainAsync(await admin.UploadLogoAsync(id, truncated, "logo.png", "image/png"));

        Assert.Equal("The image is 20000 × 20000 pixels (400 megapixels); it can be at most 16 megapixels. Upload a smaller image.",
            refused.Document.QuerySelector("[data-testid=logo-error]")!.TextContent.Trim());
        Assert.Contains("25000 × 25000 pixels", cut.Document.QuerySelector("[data-testid=logo-error]")!.TextContent);
        Assert.Equal(saved, await LogoAsync(app, id));
    }

    private Task<byte[]> LogoAsync(TrainingCenterApp app, int id) =>
        app.WithDbAsync(db => db.MemberFirms.Where(f => f.Id == id).Select(f => f.Logo!).SingleAsync(TestContext.Current.CancellationToken));

    private static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Navy };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return (bitmap.Width, bitmap.Height);
    }
}
