using SkiaSharp;
using TrainingCenter.Certificates;

namespace TrainingCenter.Tests.Certificates;

/// <summary>Certificates of one cohort for the tests and the benchmarks (which compile this file in): sponsor firms with logos, the center's logo, two signatories.</summary>
public static class CertificateSamples
{
    public const string LatinName = "Muhammad Rafiq Chaudhry";
    public const string UrduName = "محمد عبداللہ چوہدری";

    /// <summary>Long ones on purpose, so eight of them have to shrink and wrap to fit.</summary>
    public static readonly string[] FirmNames =
    [
        "Indus Code Works (Pvt) Ltd", "Ravi Digital Solutions", "Margalla Systems (Pvt) Ltd", "Clifton Commerce Group",
        "Karakoram Cloud Services", "Thar Data Labs", "Swat Valley Software House International",
        "Lahore Analytics & Digital Marketing Company (Private) Limited",
    ];

    public static CertificateSnapshot Create(string traineeName = LatinName, int sponsorCount = 3, bool logos = true) => new(
        TraineeName: traineeName,
        CohortTitle: "Full-Stack Web Development with .NET, Spring 2027",
        TrackName: "Software Engineering",
        StartDate: new DateOnly(2027, 3, 1),
        EndDate: new DateOnly(2027, 6, 30),
        AttendancePercent: 87.5m,
        Sponsors: Enumerable.Range(0, sponsorCount)
            .Select(i => new CertificateSponsor(FirmNames[i % FirmNames.Length], logos ? Logo(i) : null))
            .ToList(),
        Signatories: [new("Dr. Ayesha Siddiqui", "Director, Training Center"), new("Faisal Mehmood", "Chair, Consortium Board")],
        Serial: "TC-2027-SE-000123",
        VerificationCode: "K7QX-M3PA-9RWD",
        VerificationUrl: "https://training.example.pk/verify/K7QX-M3PA-9RWD",
        IssuedOn: new DateOnly(2027, 7, 5),
        CenterName: "Consortium IT Training Center, Lahore",
        CenterLogoPng: logos ? Logo(9) : null);

    /// <summary>A wide PNG mark with a transparent background, a different colour for each firm.</summary>
    public static byte[] Logo(int seed)
    {
        var info = new SKImageInfo(300, 120, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { Color = SKColor.FromHsl(seed * 40 % 360, 60, 40), IsAntialias = true };
        surface.Canvas.DrawCircle(60, 60, 54, paint);
        surface.Canvas.DrawRect(new SKRect(130, 40, 290, 80), paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
