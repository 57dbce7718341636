using SkiaSharp;
using TrainingCenter.Firms;
using TrainingCenter.Uploads;

namespace TrainingCenter.Tests.Uploads;

public sealed class UploadedImageTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Png, 4_000, 4_000, 300, 300)]
    [InlineData(SKEncodedImageFormat.Jpeg, 5_000, 2_500, 600, 300)]
    [InlineData(SKEncodedImageFormat.Png, 1_203, 301, 600, 150)]
    public void An_allowed_large_image_is_decoded_down_to_fit_the_target_size_with_its_picture_intact(
        SKEncodedImageFormat format, int width, int height, int fittedWidth, int fittedHeight)
    {
        var content = HalfNavy(width, height, format);
        Assert.True(UploadCheck.TryAccept(content, FirmLogo.Upload, out var accepted, out var refusal), refusal);

        using var fitted = UploadedImage.DecodeToFit(accepted, content, FirmLogo.MaxWidth, FirmLogo.MaxHeight);

        Assert.NotNull(fitted);
        Assert.Equal((fittedWidth, fittedHeight), (fitted.Width, fitted.Height));
        AssertNear(SKColors.Navy, fitted.GetPixel(fittedWidth / 8, fittedHeight / 2));
        AssertNear(SKColors.White, fitted.GetPixel(fittedWidth * 7 / 8, fittedHeight / 2));
    }

    [Fact]
    public void A_small_image_keeps_its_size()
    {
        var content = HalfNavy(120, 80, SKEncodedImageFormat.Png);
        Assert.True(UploadCheck.TryAccept(content, FirmLogo.Upload, out var accepted, out _));

        using var fitted = UploadedImage.DecodeToFit(accepted, content, FirmLogo.MaxWidth, FirmLogo.MaxHeight);

        Assert.Equal((120, 80), (fitted!.Width, fitted.Height));
    }

    [Fact]
    public void An_image_whose_pixels_stop_short_of_what_its_header_declares_cannot_be_read()
    {
        var content = PngBombs.Declaring(4_000, rows: 10);
        Assert.True(UploadCheck.TryAccept(content, FirmLogo.Upload, out var accepted, out _));

        Assert.Null(UploadedImage.DecodeToFit(accepted, content, FirmLogo.MaxWidth, FirmLogo.MaxHeight));
    }

    private static byte[] HalfNavy(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Navy };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static void AssertNear(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) + Math.Abs(expected.Green - actual.Green) + Math.Abs(expected.Blue - actual.Blue) < 30,
            $"expected about {expected}, got {actual}");
}
