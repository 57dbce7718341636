using TrainingCenter.Data;
using TrainingCenter.Uploads;

namespace TrainingCenter.Outcomes;

/// <summary>
/// A file backing one outcome report (an offer letter, a contract, a freelance platform profile), kept in the database.
/// Only staff and the graduate may download it; the employing firm confirms from what it knows, never from the file.
/// </summary>
public sealed class OutcomeEvidence : AuditedEntity
{
    public const int FileNameLength = 200;

    public OutcomeEvidence(int graduateOutcomeId, EvidenceKind kind, string fileName, UploadFormat format, byte[] content,
        DateTime uploadedAtUtc, string uploadedById)
    {
        GraduateOutcomeId = graduateOutcomeId;
        Kind = kind;
        FileName = fileName;
        Format = format;
        Content = content;
        Bytes = content.Length;
        UploadedAtUtc = uploadedAtUtc;
        UploadedById = uploadedById;
    }

    public int GraduateOutcomeId { get; private set; }
    public GraduateOutcome? GraduateOutcome { get; private set; }
    public EvidenceKind Kind { get; private set; }

    /// <summary>The name it was uploaded under, cleaned, with the extension of its checked format.</summary>
    public string FileName { get; private set; }

    public UploadFormat Format { get; private set; }
    public byte[] Content { get; private set; }
    public int Bytes { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }
    public string UploadedById { get; private set; }
}
