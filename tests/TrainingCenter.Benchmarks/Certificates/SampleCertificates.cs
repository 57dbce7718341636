using SkiaSharp;
using TrainingCenter.Certificates;

namespace TrainingCenter.Benchmarks.Certificates;

/// <summary>Typical certificates: four sponsor firms with logos, the center's logo, two signatories.</summary>
public static class SampleCertificates
{
    public const string LatinName = "Muhammad Abdullah Chaudhry";
    public const string UrduName = "محمد عبداللہ چوہدری";

    private static readonly string[] FirmNames =
    [
        "Indus Code Works (Pvt) Ltd", "Ravi Digital Solutions", "Margalla Systems (Pvt) Ltd", "Clifton Commerce Group",
        "Karakoram Cloud Services", "Thar Data Labs", "Swat Valley Software House", "Lahore Analytics & Marketing Co.",
    ];

    private static readonly SKColor[] LogoColours =
    [
        new(0x0B, 0x6E, 0x4F), new(0xC4, 0x4D, 0x1A), new(0x2D, 0x4E, 0x9E), new(0x8E, 0x24, 0x6B),
        new(0x1F, 0x7A, 0x8C), new(0xB2, 0x8B, 0x12), new(0x55, 0x3C, 0x9A), new(0x9C, 0x2A, 0x2A),
    ];

    public static CertificateSnapshot Create(string traineeName, int sponsorCount = 4) => new(
        TraineeName: traineeName,
        CohortTitle: "Full-Stack Web Development with .NET, Spring 2027",
        TrackName: "Software Engineering",
        StartDate: new DateOnly(2027, 3, 1),
        EndDate: new DateOnly(2027, 6, 30),
        AttendancePercent: 93.5m,
        Sponsors: FirmNames.Take(sponsorCount).Select((name, i) => new CertificateSponsor(name, Logo(LogoColours[i], 320, 128))).ToList(),
        Signatories: [new("Dr. Ayesha Siddiqui", "Director, Training Center"), new("Faisal Mehmood", "Chair, Consortium Board")],
        Serial: "TC-2027-SE-000123",
        VerificationCode: "K7QX-M3PA-9RWD",
        VerificationUrl: "https://training.example.pk/verify/K7QX-M3PA-9RWD",
        IssuedOn: new DateOnly(2027, 7, 5),
        CenterName: "Consortium IT Training Center, Lahore",
        CenterLogoPng: Logo(new SKColor(0x1B, 0x2F, 0x4B), 300, 120));

    /// <summary>A flat two-colour mark, the kind of PNG a firm uploads.</summary>
    private static byte[] Logo(SKColor colour, int width, int height)
    {
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawCircle(height / 2f, height / 2f, height * 0.45f, paint);
        canvas.DrawRoundRect(new SKRect(height * 1.05f, height * 0.3f, width * 0.95f, height * 0.7f), 8, 8, paint);
        paint.Color = SKColors.White;
        canvas.DrawCircle(height / 2f, height / 2f, height * 0.2f, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
