using System.Text;
using SkiaSharp;
using TrainingCenter.Certificates;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Certificates;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Firms;

public sealed class FirmLogoTests
{
    [Fact]
    public void A_small_logo_is_kept_at_its_size_and_a_large_one_fits_600_by_300()
    {
        Assert.True(FirmLogo.TryPrepare(Png(120, 80), out var small, out _));
        Assert.True(FirmLogo.TryPrepare(Png(2000, 500), out var wide, out _));

        Assert.Equal((120, 80), Size(small));
        Assert.Equal((600, 150), Size(wide));
    }

    [Fact]
    public void An_empty_file_a_gif_and_text_are_refused_with_a_reason()
    {
        Assert.False(FirmLogo.TryPrepare([], out _, out var empty));
        Assert.False(FirmLogo.TryPrepare(Encoding.ASCII.GetBytes("GIF89a\x01\0\x01\0\0\0\0;"), out _, out var gif));
        Assert.False(FirmLogo.TryPrepare(Encoding.UTF8.GetBytes("\u0089PNG but not really"), out _, out var fake));

        Assert.Equal("The file is empty. Choose a PNG or JPEG image.", empty);
        Assert.StartsWith("The file is not a PNG or JPEG image.", gif);
        Assert.StartsWith("The file is not a PNG or JPEG image.", fake);
    }

    [Fact]
    public void A_stored_logo_prints_on_a_certificate()
    {
        Assert.True(FirmLogo.TryPrepare(Png(900, 300), out var stored, out _));
        var snapshot = CertificateSamples.Create(sponsorCount: 1, logos: false) with { Sponsors = [new CertificateSponsor("Indus Code Works", stored)] };

        using var pdf = PdfDocument.Open(new CertificateDocument(snapshot).ToPdf());

        Assert.Single(pdf.GetPage(1).GetImages());
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.Teal);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return (bitmap.Width, bitmap.Height);
    }
}
