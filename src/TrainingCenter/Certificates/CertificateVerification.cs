using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>
/// The answer to "is this certificate genuine?": its state and, when found, only what the certificate itself says.
/// </summary>
/// <param name="RevocationCategory">The category alone; the free-text reason stays with the staff.</param>
/// <param name="ReplacementSerial">The serial of the certificate that supersedes this one.</param>
/// <param name="MatchedBy">Whether the verification code or the serial number found it; null when nothing did.</param>
public sealed record CertificateVerification(
    CertificateVerificationState State,
    CertificateSnapshot? Snapshot = null,
    DateTime? RevokedAtUtc = null,
    string? RevocationCategory = null,
    string? ReplacementSerial = null,
    CertificateVerificationMatch? MatchedBy = null)
{
    public static readonly CertificateVerification NotFound = new(CertificateVerificationState.NotFound);

    /// <summary>
    /// Looks a verification code or a serial number up as typed or scanned: any case, with or without dashes and spaces
    /// (see <see cref="CertificateCodes.Normalise"/> and <see cref="CertificateCodes.NormaliseSerial"/>; no input is both).
    /// </summary>
    public static Task<CertificateVerification> FindAsync(AppDbContext db, string? codeOrSerial, CancellationToken ct) =>
        CertificateCodes.Normalise(codeOrSerial) is { } code
            ? FindAsync(db, c => c.VerificationCode == code, CertificateVerificationMatch.Code, ct)
            : CertificateCodes.NormaliseSerial(codeOrSerial) is { } serial
                ? FindAsync(db, c => c.Serial == serial, CertificateVerificationMatch.Serial, ct)
                : Task.FromResult(NotFound);

    private static async Task<CertificateVerification> FindAsync(
        AppDbContext db, Expression<Func<Certificate, bool>> match, CertificateVerificationMatch matchedBy, CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking()
            .Where(match)
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
            replacement,
            matchedBy);
    }

    /// <summary>Revocation wins over supersession: a revoked certificate is never to be relied on.</summary>
    public static CertificateVerificationState StateOf(DateTime? revokedAtUtc, DateTime? supersededAtUtc) =>
        revokedAtUtc is not null ? CertificateVerificationState.Revoked
        : supersededAtUtc is not null ? CertificateVerificationState.Superseded
        : CertificateVerificationState.Valid;
}
