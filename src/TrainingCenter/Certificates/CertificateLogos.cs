using System.Collections.Concurrent;
using System.Security.Cryptography;
using SkiaSharp;

namespace TrainingCenter.Certificates;

/// <summary>
/// Logos as certificates embed them: flattened on white, scaled to print resolution and encoded as JPEG, which
/// Skia copies into the PDF as it is, where a PNG would be recompressed in every certificate (~2.5 ms a logo).
/// Each logo is prepared once per size and shared, as a bulk issue prints the same sponsors again and again.
/// </summary>
internal static class CertificateLogos
{
    private const float PixelsPerPoint = 200 / 72f;
    private const int MaxPrepared = 256;
    private static readonly SKSamplingOptions Downscale = new(SKFilterMode.Linear, SKMipmapMode.Linear);
    private static readonly SKJpegEncoderOptions Jpeg = new(92, SKJpegEncoderDownsample.Downsample444, SKJpegEncoderAlphaOption.Ignore);
    private static readonly ConcurrentDictionary<(string Hash, float MaxWidth, float MaxHeight), byte[]?> Prepared = new();

    /// <summary>
    /// The logo ready to fit a box of the given size in points, or null when the bytes are not an image:
    /// a broken upload costs the logo, not the certificate.
    /// </summary>
    public static SKImage? Load(byte[] png, float maxWidth, float maxHeight)
    {
        if (Prepared.Count >= MaxPrepared) Prepared.Clear();
        var jpeg = Prepared.GetOrAdd((Convert.ToHexString(SHA256.HashData(png)), maxWidth, maxHeight), _ => Prepare(png, maxWidth, maxHeight));
        return jpeg is null ? null : SKImage.FromEncodedData(jpeg);
    }

    private static byte[]? Prepare(byte[] png, float maxWidth, float maxHeight)
    {
        using var source = SKImage.FromEncodedData(png);
        if (source is null) return null;
        var scale = Math.Min(1, Math.Min(maxWidth * PixelsPerPoint / source.Width, maxHeight * PixelsPerPoint / source.Height));
        var info = new SKImageInfo(
            Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)),
            SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(source, info.Rect, Downscale);
        using var pixels = surface.PeekPixels();
        using var encoded = pixels.Encode(Jpeg);
        return encoded?.ToArray();
    }
}
