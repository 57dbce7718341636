using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>Every live certificate of a cohort as one ZIP of their stored PDFs, written as it is read.</summary>
public static class CertificateArchive
{
    /// <summary>
    /// Writes <c>Serial - Holder name.pdf</c> (<see cref="CertificateFileName"/>) per live certificate to <paramref name="output"/>, which need not be seekable;
    /// one PDF is in memory at a time.
    /// </summary>
    public static async Task WriteAsync(AppDbContext db, int cohortId, Stream output, CancellationToken ct)
    {
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null && c.Pdf != null)
            .OrderBy(c => c.Serial)
            .Select(c => new { c.Id, c.Serial, c.SnapshotJson })
            .ToListAsync(ct);
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        foreach (var certificate in certificates)
        {
            var content = await db.CertificatePdfs.AsNoTracking()
                .Where(p => p.CertificateId == certificate.Id)
                .Select(p => p.Content)
                .SingleAsync(ct);
            // PDFs are compressed already; deflating them again costs time and saves nothing.
            var fileName = CertificateFileName.Of(certificate.Serial, CertificateSnapshot.FromJson(certificate.SnapshotJson).TraineeName);
            var entry = zip.CreateEntry(fileName, CompressionLevel.NoCompression);
            await using var entryStream = await entry.OpenAsync(ct);
            await entryStream.WriteAsync(content, ct);
        }
    }
}
