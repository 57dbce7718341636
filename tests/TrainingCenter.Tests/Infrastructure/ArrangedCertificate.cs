namespace TrainingCenter.Tests.Infrastructure;

/// <param name="Code">As printed, grouped with dashes.</param>
/// <param name="PdfSha256">The stored PDF's hash; null when no PDF was rendered.</param>
public sealed record ArrangedCertificate(int Id, int EnrolmentId, string Serial, string Code, string HolderName, string? PdfSha256);
