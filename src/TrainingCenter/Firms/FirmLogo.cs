using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SkiaSharp;

namespace TrainingCenter.Firms;

/// <summary>
/// An uploaded logo, checked by what it decodes to rather than its name or declared type, scaled to fit
/// <see cref="MaxWidth"/>×<see cref="MaxHeight"/> and stored as PNG (certificates print it from there).
/// </summary>
public static class FirmLogo
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxWidth = 600;
    public const int MaxHeight = 300;

    private static readonly SKSamplingOptions Downscale = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The logo is {bytes / 1024.0 / 1024.0:0.0} MB; it can be at most 1 MB.");

    public static bool TryPrepare(byte[] upload, [NotNullWhen(true)] out byte[]? png, [NotNullWhen(false)] out string? refusal)
    {
        png = null;
        if (upload.Length == 0)
        {
            refusal = "The file is empty. Choose a PNG or JPEG image.";
            return false;
        }
        if (upload.Length > MaxBytes)
        {
            refusal = TooLarge(upload.Length);
            return false;
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg))
        {
            refusal = "The file is not a PNG or JPEG image. Upload the logo as a PNG or JPEG (SVG and other formats are not accepted).";
            return false;
        }
        using var source = SKBitmap.Decode(codec);
        if (source is null || source.Width == 0 || source.Height == 0)
        {
            refusal = "The image could not be read; it may be damaged. Upload another PNG or JPEG.";
            return false;
        }
        var scale = Math.Min(1, Math.Min((double)MaxWidth / source.Width, (double)MaxHeight / source.Height));
        var info = new SKImageInfo(
            Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        using var scaled = new SKBitmap(info);
        using (var canvas = new SKCanvas(scaled))
        {
            canvas.Clear(SKColors.Transparent);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, info.Rect, Downscale);
        }
        using var encoded = scaled.Encode(SKEncodedImageFormat.Png, 100);
        png = encoded.ToArray();
        refusal = null;
        return true;
    }
}
