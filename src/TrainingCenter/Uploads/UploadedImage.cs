using SkiaSharp;

namespace TrainingCenter.Uploads;

/// <summary>
/// Decodes an image that passed <see cref="UploadCheck"/> as small as its codec allows, then scales it smoothly to the
/// size it is wanted at. JPEG decodes at 1/8…8/8 of its size by itself; Skia decodes PNG only whole, which the check's
/// pixel limit bounds (16 megapixels, 64 MB at 4 bytes a pixel).
/// </summary>
public static class UploadedImage
{
    public const string Unreadable = "The image could not be read; it may be damaged. Upload another PNG or JPEG.";

    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>The image scaled to fit <paramref name="maxWidth"/>×<paramref name="maxHeight"/> (never enlarged), or null when it cannot be read whole.</summary>
    public static SKBitmap? DecodeToFit(AcceptedUpload upload, byte[] content, int maxWidth, int maxHeight)
    {
        var scale = Math.Min(1, Math.Min((double)maxWidth / upload.Width, (double)maxHeight / upload.Height));
        var size = new SKSizeI(Math.Max(1, (int)Math.Round(upload.Width * scale)), Math.Max(1, (int)Math.Round(upload.Height * scale)));
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var decodedSize = codec.GetScaledDimensions((float)scale);
        using var decoded = new SKBitmap(new SKImageInfo(decodedSize.Width, decodedSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(decoded.Info, decoded.GetPixels()) != SKCodecResult.Success) return null;
        var fitted = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(fitted);
        canvas.Clear(SKColors.Transparent);
        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, fitted.Info.Rect, Smooth);
        return fitted;
    }
}
