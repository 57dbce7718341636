namespace TrainingCenter.Tests.Pages.Verify;

/// <param name="Code">As printed, grouped with dashes.</param>
public sealed record ArrangedCertificate(int Id, int EnrolmentId, string Serial, string Code, string HolderName, string PdfSha256);
