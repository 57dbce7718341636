using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>
/// The answer to "is this certificate genuine?": its state and, when found, only what the certificate itself says.
/// </summary>
/// <param name="RevocationCategory">The category alone; the free-text reason stays with the staff.</param>
/// <param name="ReplacementSerial">The serial of the certificate that supersedes this one.</param>
public sealed record CertificateVerification(
    CertificateVerificationState State,
    CertificateSnapshot? Snapshot = null,
    DateTime? RevokedAtUtc = null,
    string? RevocationCategory = null,
    string? ReplacementSerial = null)
{
    public static readonly CertificateVerification NotFound = new(CertificateVerificationState.NotFound);

    /// <summary>Looks a code up as typed or scanned: any case, with or without dashes and spaces.</summary>
    public static async Task<CertificateVerification> FindAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        if (CertificateCodes.Normalise(code) is not { } stored) return NotFound;
        var found = await db.Certificates.AsNoTracking()
            .Where(c => c.VerificationCode == stored)
            .Select(c => new { c.SnapshotJson, c.RevokedAtUtc, c.RevocationCategory, c.SupersededAtUtc, c.SupersededByCertificateId })
            .SingleOrDefaultAsync(ct);
        if (found is null) return NotFound;
        var replacement = found.SupersededByCertificateId is { } replacementId
            ? await db.Certificates.AsNoTracking().Where(c => c.Id == replacementId).Select(c => c.Serial).SingleOrDefaultAsync(ct)
            : null;
        return new CertificateVerification(
            StateOf(found.RevokedAtUtc, found.SupersededAtUtc),
            CertificateSnapshot.FromJson(found.SnapshotJson),
            found.RevokedAtUtc,
            found.RevokedAtUtc is null ? null : found.RevocationCategory,
            replacement);
    }

    /// <summary>Revocation wins over supersession: a revoked certificate is never to be relied on.</summary>
    public static CertificateVerificationState StateOf(DateTime? revokedAtUtc, DateTime? supersededAtUtc) =>
        revokedAtUtc is not null ? CertificateVerificationState.Revoked
        : supersededAtUtc is not null ? CertificateVerificationState.Superseded
        : CertificateVerificationState.Valid;
}
