using System.Diagnostics.CodeAnalysis;
using SkiaSharp;
using TrainingCenter.Uploads;

namespace TrainingCenter.Firms;

/// <summary>
/// An uploaded logo, checked by <see cref="UploadCheck"/> (size, content, declared pixels) before anything decodes it,
/// decoded straight down to fit <see cref="MaxWidth"/>×<see cref="MaxHeight"/> and stored as PNG (certificates print it from there).
/// </summary>
public static class FirmLogo
{
    public const int MaxWidth = 600;
    public const int MaxHeight = 300;

    public static readonly UploadRule Upload = new(
        "logo", 1024 * 1024, new HashSet<UploadFormat> { UploadFormat.Png, UploadFormat.Jpeg }, "a PNG or JPEG image",
        "Upload the logo as a PNG or JPEG (SVG and other formats are not accepted).");

    public static bool TryPrepare(byte[] upload, [NotNullWhen(true)] out byte[]? png, [NotNullWhen(false)] out string? refusal)
    {
        png = null;
        if (!UploadCheck.TryAccept(upload, Upload, out var accepted, out refusal)) return false;
        using var fitted = UploadedImage.DecodeToFit(accepted, upload, MaxWidth, MaxHeight);
        if (fitted is null)
        {
            refusal = Texts.Get(UploadedImage.Unreadable);
            return false;
        }
        using var encoded = fitted.Encode(SKEncodedImageFormat.Png, 100);
        png = encoded.ToArray();
        return true;
    }
}
