using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Uploads;

namespace TrainingCenter.Outcomes;

/// <summary>
/// Evidence for the current outcome of an enrolment: checked by content (<see cref="UploadCheck"/>) before it is stored,
/// listed for the graduate and staff, and handed out whole only to them (the pages decide who they are).
/// </summary>
public sealed class EvidenceFiles(AppDbContext db, TimeProvider clock)
{
    public const string NothingToBack = "There is no report yet to attach evidence to: record what the person does now first.";
    public const string ChooseKind = "Choose what the file shows: an offer letter, a contract or a platform profile.";

    public static readonly UploadRule Upload = new(
        "evidence file", 5 * 1024 * 1024, new HashSet<UploadFormat> { UploadFormat.Pdf, UploadFormat.Png, UploadFormat.Jpeg },
        "a PDF, PNG or JPEG file", "Save the document as PDF, or a screenshot of it as PNG or JPEG (Word files, archives and programs are not accepted).");

    /// <summary>Attaches the file to the enrolment's current outcome report.</summary>
    /// <returns>Why it was refused, nothing stored; null when it was attached.</returns>
    public async Task<string?> AttachAsync(int enrolmentId, EvidenceKind? kind, string? fileName, byte[] content, string byUserId, CancellationToken ct)
    {
        if (kind is not { } shows || !Enum.IsDefined(shows)) return ChooseKind;
        if (!UploadCheck.TryAccept(content, Upload, out var accepted, out var refusal)) return refusal;
        var outcomeId = await db.GraduateOutcomes.AsNoTracking()
            .Where(o => o.EnrolmentId == enrolmentId)
            .OrderByDescending(o => o.RecordedAtUtc).ThenByDescending(o => o.Id)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
        if (outcomeId is not { } id) return NothingToBack;
        db.OutcomeEvidence.Add(new OutcomeEvidence(id, shows, StoredName(fileName, shows, accepted.Format), accepted.Format, content,
            clock.GetUtcNow().UtcDateTime, byUserId));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Every file backing any of the enrolment's reports, newest first, without their content.</summary>
    public async Task<IReadOnlyList<EvidenceListing>> ListAsync(int enrolmentId, CancellationToken ct) =>
        await db.OutcomeEvidence.AsNoTracking()
            .Where(e => e.GraduateOutcome!.EnrolmentId == enrolmentId)
            .OrderByDescending(e => e.UploadedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new EvidenceListing(e.Id, e.Kind, e.FileName, e.Bytes, e.UploadedAtUtc, e.GraduateOutcome!.Status))
            .ToListAsync(ct);

    /// <returns>Null when the enrolment has no such file.</returns>
    public async Task<EvidenceDownload?> DownloadAsync(int enrolmentId, int evidenceId, CancellationToken ct)
    {
        var file = await db.OutcomeEvidence.AsNoTracking()
            .Where(e => e.Id == evidenceId && e.GraduateOutcome!.EnrolmentId == enrolmentId)
            .Select(e => new { e.FileName, e.Format, e.Content })
            .SingleOrDefaultAsync(ct);
        return file is null ? null : new EvidenceDownload(file.FileName, ContentTypeOf(file.Format), file.Content);
    }

    private static string ContentTypeOf(UploadFormat format) => format switch
    {
        UploadFormat.Pdf => "application/pdf",
        UploadFormat.Png => "image/png",
        _ => "image/jpeg",
    };

    /// <summary>The uploaded name without its path or odd characters, ending in the extension of what the file really is.</summary>
    private static string StoredName(string? uploaded, EvidenceKind kind, UploadFormat format)
    {
        var extension = format switch { UploadFormat.Pdf => ".pdf", UploadFormat.Png => ".png", _ => ".jpg" };
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded?.Replace('\\', '/') ?? ""));
        var clean = new string([.. stem.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')]).Trim();
        if (clean.Length == 0) clean = kind.DisplayName();
        return clean[..Math.Min(clean.Length, OutcomeEvidence.FileNameLength - extension.Length)] + extension;
    }
}

/// <summary>An evidence file as listed: what it shows, its name and size, and the status of the report it backs.</summary>
public sealed record EvidenceListing(int Id, EvidenceKind Kind, string FileName, int Bytes, DateTime UploadedAtUtc, OutcomeStatus Backs);

public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);
