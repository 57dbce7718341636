using System.Text;
using SkiaSharp;
using TrainingCenter.Firms;
using TrainingCenter.Uploads;

namespace TrainingCenter.Tests.Uploads;

public sealed class UploadCheckTests
{
    [Fact]
    public void An_image_declaring_more_than_16_megapixels_is_refused_from_its_header_before_anything_decodes_it()
    {
        Assert.False(UploadCheck.TryAccept(PngBombs.Declaring(20_000), FirmLogo.Upload, out _, out var refusal));

        Assert.Equal("The image is 20000 × 20000 pixels (400 megapixels); it can be at most 16 megapixels. Upload a smaller image.", refusal);
    }

    [Fact]
    public void A_101_byte_png_is_refused_for_the_pixels_its_header_declares_although_its_body_could_never_be_decoded()
    {
        Assert.False(UploadCheck.TryAccept(PngBombs.Truncated(25_000), FirmLogo.Upload, out _, out var refusal));

        Assert.StartsWith("The image is 25000 × 25000 pixels (625 megapixels)", refusal);
    }

    [Fact]
    public void An_image_of_exactly_16_megapixels_is_accepted_with_its_format_and_size()
    {
        Assert.True(UploadCheck.TryAccept(PngBombs.Declaring(4_000, rows: 10), FirmLogo.Upload, out var accepted, out _));

        Assert.Equal(new AcceptedUpload(UploadFormat.Png, 4_000, 4_000), accepted);
    }

    [Fact]
    public void An_empty_file_a_file_over_the_limit_and_a_file_of_another_format_are_refused_by_size_and_signature()
    {
        var big = new byte[FirmLogo.Upload.MaxBytes + 1];
        Jpeg().CopyTo(big, 0);

        Assert.False(UploadCheck.TryAccept([], FirmLogo.Upload, out _, out var empty));
        Assert.False(UploadCheck.TryAccept(big, FirmLogo.Upload, out _, out var tooLarge));
        Assert.False(UploadCheck.TryAccept(Encoding.ASCII.GetBytes("%PDF-1.7\n"), FirmLogo.Upload, out _, out var pdf));
        Assert.False(UploadCheck.TryAccept([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], FirmLogo.Upload, out _, out var broken));

        Assert.Equal("The file is empty. Choose a PNG or JPEG image.", empty);
        Assert.Equal("The logo is 1.0 MB; it can be at most 1 MB.", tooLarge);
        Assert.StartsWith("The file is not a PNG or JPEG image.", pdf);
        Assert.Equal(UploadedImage.Unreadable, broken);
    }

    private static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(40, 20);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
