using System.Diagnostics.CodeAnalysis;
using SkiaSharp;

namespace TrainingCenter.Uploads;

/// <summary>
/// The one check every uploaded file goes through before anything decodes or stores it: its size, its content by
/// signature, and for an image the dimensions its header declares (a few KB of PNG can declare gigabytes of pixels).
/// A PDF must open with its signature and end with its end-of-file marker, as every complete PDF does.
/// </summary>
public static class UploadCheck
{
    public const long MaxPixels = 16_000_000;
    public const string UnreadablePdf = "The PDF is incomplete or damaged. Save the document as PDF again and upload that.";

    // A PDF's end-of-file marker sits in its last bytes; writers may add a little after it.
    private const int PdfTail = 1024;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();

    public static bool TryAccept(
        byte[] content, UploadRule rule, [NotNullWhen(true)] out AcceptedUpload? accepted, [NotNullWhen(false)] out string? refusal)
    {
        accepted = null;
        refusal = rule.RefusalForSize(content.Length);
        if (refusal is not null) return false;
        if (FormatOf(content) is not { } format || !rule.Formats.Contains(format))
        {
            refusal = Texts.Format("The file is not {0}. {1}", Texts.Get(rule.Expected), Texts.Get(rule.Advice));
            return false;
        }
        if (format != UploadFormat.Pdf) return TryAcceptImage(content, format, out accepted, out refusal);
        if (content.AsSpan(Math.Max(0, content.Length - PdfTail)).IndexOf(PdfEnd) < 0)
        {
            refusal = Texts.Get(UnreadablePdf);
            return false;
        }
        accepted = new AcceptedUpload(format, 0, 0);
        return true;
    }

    private static UploadFormat? FormatOf(ReadOnlySpan<byte> content) =>
        content.StartsWith(PngSignature) ? UploadFormat.Png
        : content.StartsWith(JpegSignature) ? UploadFormat.Jpeg
        : content.StartsWith(PdfSignature) ? UploadFormat.Pdf
        : null;

    /// <summary>Reads only the image's header: nothing is decoded here.</summary>
    private static bool TryAcceptImage(
        byte[] content, UploadFormat format, [NotNullWhen(true)] out AcceptedUpload? accepted, [NotNullWhen(false)] out string? refusal)
    {
        accepted = null;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            refusal = Texts.Get(UploadedImage.Unreadable);
            return false;
        }
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var pixels = (long)width * height;
        if (pixels > MaxPixels)
        {
            refusal = Texts.Format("The image is {0} × {1} pixels ({2:0.#} megapixels); it can be at most {3} megapixels. Upload a smaller image.",
                width, height, pixels / 1_000_000.0, MaxPixels / 1_000_000);
            return false;
        }
        accepted = new AcceptedUpload(format, width, height);
        refusal = null;
        return true;
    }
}
