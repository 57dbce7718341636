namespace TrainingCenter.Uploads;

/// <summary>What one upload field accepts: how large a file may be and which formats, with the words its messages use.</summary>
/// <param name="Noun">What the file is to the person uploading it, e.g. "logo".</param>
/// <param name="Expected">The accepted formats as a phrase, e.g. "a PNG or JPEG image".</param>
/// <param name="Advice">What to do instead when the format is wrong.</param>
public sealed record UploadRule(string Noun, long MaxBytes, IReadOnlySet<UploadFormat> Formats, string Expected, string Advice)
{
    /// <summary>The refusal for a file of <paramref name="bytes"/>, before it is read; null when its size is acceptable.</summary>
    public string? RefusalForSize(long bytes) => bytes switch
    {
        0 => Texts.Format("The file is empty. Choose {0}.", Texts.Get(Expected)),
        _ when bytes > MaxBytes => Texts.Format("The {0} is {1:0.0} MB; it can be at most {2:0.#} MB.", Texts.Get(Noun), bytes / 1024.0 / 1024.0, MaxBytes / 1024.0 / 1024.0),
        _ => null,
    };
}
