using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Funding;

/// <summary>
/// Builds a claim's pack: who is behind the tranche's milestone (seated, certified, or placed in the field within
/// 180 days), with only what that milestone needs, and writes it as a PDF, a CSV and a ZIP of both with the evidence files.
/// </summary>
public sealed class ClaimPacks(AppDbContext db, PublicLinks links, AttendanceOptions attendance, TimeProvider clock)
{
    public const string ZipContentType = "application/zip";

    /// <returns>Null when the cohort has no such claim.</returns>
    public async Task<ClaimPack?> BuildAsync(int cohortId, int claimId, CancellationToken ct)
    {
        var claim = await db.GrantClaims.AsNoTracking().Where(c => c.Id == claimId && c.CohortId == cohortId)
            .Select(c => new
            {
                c.Status, c.ClaimedPkr, c.Count, c.GrantTranche!.Milestone, c.GrantTranche.Threshold, c.GrantTranche.Percent,
                Grant = db.Grants.Where(g => g.Id == c.GrantTranche.GrantId).Select(g => new { g.AwardedPkr, g.Funder!.Name, g.Funder.Scheme }).Single(),
            })
            .SingleOrDefaultAsync(ct);
        if (claim is null) return null;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Code, c.Title, c.StartDate, c.EndDate, c.TimeZoneId, Firms = c.Sponsorships.OrderBy(s => s.MemberFirm!.Name).Select(s => s.MemberFirm!.Name).ToList() })
            .SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var seats = await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId && e.EnrolledAtUtc != null)
            .OrderBy(e => e.Trainee!.FullName).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Trainee!.FullName, EnrolledAtUtc = e.EnrolledAtUtc!.Value, e.Status })
            .ToListAsync(ct);
        var rates = await AttendanceReports.ForEnrolmentsAsync(db,
            db.Enrolments.Where(e => e.CohortId == cohortId && e.EnrolledAtUtc != null).Select(e => e.Id), now, attendance.MinSessionsForRisk, ct);
        var certificates = (await db.Certificates.AsNoTracking()
                .Where(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
                .Select(c => new { c.EnrolmentId, c.Serial, c.VerificationCode })
                .ToListAsync(ct))
            .ToDictionary(c => c.EnrolmentId);
        var placements = claim.Milestone == Milestone.Outcome ? await PlacementsAsync(cohortId, cohort.EndDate, ct) : [];

        var trainees = new List<ClaimTrainee>();
        var fileNumber = 0;
        foreach (var seat in seats)
        {
            var certificate = certificates.GetValueOrDefault(seat.Id);
            var placement = placements.GetValueOrDefault(seat.Id);
            var behind = claim.Milestone switch
            {
                Milestone.Start => true,
                Milestone.Completion => certificate is not null,
                _ => placement is not null,
            };
            if (!behind) continue;
            var seatedOn = DateOnly.FromDateTime(CohortTime.ToLocal(seat.EnrolledAtUtc, cohort.TimeZoneId));
            var rate = rates.TryGetValue(seat.Id, out var report) ? report.Rate.Display : AttendanceRate.NothingCounted;
            trainees.Add(claim.Milestone switch
            {
                Milestone.Start => new ClaimTrainee(seat.FullName, seatedOn, rate, null, null, null, null, []),
                Milestone.Completion => new ClaimTrainee(seat.FullName, seatedOn, rate, certificate!.Serial, links.Verification(certificate.VerificationCode), null, null, []),
                _ => new ClaimTrainee(seat.FullName, seatedOn, rate, null, null, placement!.Employer, placement.StartedOn,
                    [.. placement.Evidence.Select(e => new ClaimEvidence(e.Id, $"evidence/{++fileNumber:000}-{e.FileName}"))]),
            });
        }
        return new ClaimPack(cohort.Code, cohort.Title, cohort.StartDate, cohort.EndDate, cohort.TimeZoneId, now,
            claim.Grant.Name, claim.Grant.Scheme, claim.Grant.AwardedPkr, claim.Percent, claim.Milestone, claim.Threshold, trainees.Count,
            claim.Status, claim.ClaimedPkr, cohort.Firms, trainees);
    }

    /// <summary>The ZIP: the PDF, the CSV, then every evidence file under <c>evidence/</c>, written as it is read.</summary>
    public async Task WriteZipAsync(ClaimPack pack, Stream output, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await AddAsync(zip, $"{pack.FileStem}.pdf", new ClaimPackDocument(pack).ToPdf(), CompressionLevel.NoCompression, ct);
        await AddAsync(zip, $"{pack.FileStem}.csv", await ClaimPackExport.CsvAsync(pack, ct), CompressionLevel.Optimal, ct);
        foreach (var file in pack.Trainees.SelectMany(t => t.EvidenceFiles))
        {
            // One file in memory at a time: evidence files are up to 5 MB each.
            var content = await db.OutcomeEvidence.AsNoTracking().Where(e => e.Id == file.EvidenceId).Select(e => e.Content).SingleAsync(ct);
            await AddAsync(zip, file.PackName, content, CompressionLevel.NoCompression, ct);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CompressionLevel level, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, level);
        await using var stream = await entry.OpenAsync(ct);
        await stream.WriteAsync(content, ct);
    }

    /// <summary>The report placing each placed seat (<see cref="OutcomeRates.PlacementOf"/>) with its employer and evidence files: two queries.</summary>
    private async Task<Dictionary<int, Placement>> PlacementsAsync(int cohortId, DateOnly cohortEnd, CancellationToken ct)
    {
        var reports = await db.GraduateOutcomes.AsNoTracking().Where(o => o.Enrolment!.CohortId == cohortId && o.Enrolment.EnrolledAtUtc != null)
            .Select(o => new
            {
                o.Id, o.EnrolmentId, Graduated = o.Enrolment!.Status == Enrolments.EnrolmentStatus.Completed,
                Fact = new OutcomeFact(o.Status, o.StartedOn, o.RecordedAtUtc, o.EmployerFirmId, o.SalaryBandPkr, o.Corrects),
                Employer = o.EmployerFirm != null ? o.EmployerFirm.Name : o.EmployerName,
            })
            .ToListAsync(ct);
        var placing = new Dictionary<int, (int OutcomeId, string? Employer, DateOnly? StartedOn)>();
        foreach (var seat in reports.GroupBy(r => r.EnrolmentId))
        {
            var facts = seat.ToList();
            if (OutcomeRates.PlacementOf(new SeatOutcomes(seat.Key, facts[0].Graduated, [.. facts.Select(f => f.Fact)]), cohortEnd) is not { } fact) continue;
            var report = facts.First(f => ReferenceEquals(f.Fact, fact));
            placing[seat.Key] = (report.Id, report.Employer, fact.StartedOn);
        }
        var evidence = (await db.OutcomeEvidence.AsNoTracking().Where(e => e.GraduateOutcome!.Enrolment!.CohortId == cohortId)
                .OrderBy(e => e.UploadedAtUtc).ThenBy(e => e.Id)
                .Select(e => new { e.Id, e.GraduateOutcomeId, e.FileName })
                .ToListAsync(ct))
            .ToLookup(e => e.GraduateOutcomeId, e => new PlacementEvidence(e.Id, e.FileName));
        return placing.ToDictionary(p => p.Key, p => new Placement(p.Value.Employer ?? "", p.Value.StartedOn, [.. evidence[p.Value.OutcomeId]]));
    }

    private sealed record Placement(string Employer, DateOnly? StartedOn, IReadOnlyList<PlacementEvidence> Evidence);

    private sealed record PlacementEvidence(int Id, string FileName);
}
