using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Web.Pages.Career;

/// <summary>The evidence section that the staff's outcome page and the graduate's career page share: its files, and its upload.</summary>
public static class EvidenceUpload
{
    public const string Field = "evidence";

    /// <summary>Reads and attaches the uploaded file; an oversized one is refused before it is read, so it is never buffered.</summary>
    /// <returns>True when it was attached; otherwise the reason is in <paramref name="modelState"/> under <see cref="Field"/>.</returns>
    public static async Task<bool> AttachAsync(EvidenceFiles files, int enrolmentId, EvidenceKind? kind, IFormFile? file, string byUserId,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        modelState.Clear();
        string? refusal;
        if (file is null || file.Length == 0) refusal = $"Choose {EvidenceFiles.Upload.Expected} to upload.";
        else if (EvidenceFiles.Upload.RefusalForSize(file.Length) is { } tooLarge) refusal = tooLarge;
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            refusal = await files.AttachAsync(enrolmentId, kind, file.FileName, buffer.ToArray(), byUserId, ct);
        }
        if (refusal is not null) modelState.AddModelError(Field, refusal);
        return refusal is null;
    }
}

/// <summary>What the evidence section shows: the files, whether there is a report to attach to, and the cohort's time zone for dates.</summary>
public sealed record EvidencePanel(IReadOnlyList<EvidenceListing> Files, bool CanAttach, string TimeZoneId);
