using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Centres;

/// <summary>
/// What one member of staff runs: a consortium admin every centre, a centre admin the centres they are linked to
/// (<see cref="CentreAdmin"/>), anyone else none. Every admin query that lists or finds a centre's objects starts from
/// here, so a centre admin's route value naming another centre's cohort, session or message finds nothing.
/// </summary>
public sealed class CentreScope
{
    private readonly string? userId;

    private CentreScope(string? userId) => this.userId = userId;

    /// <summary>Every centre: a consortium admin's scope.</summary>
    public static CentreScope Consortium { get; } = new(null);

    /// <summary>The centres <paramref name="userId"/> is linked to as centre admin (none for anyone else).</summary>
    public static CentreScope Of(string userId) => new(userId);

    public bool IsConsortium => userId is null;

    public IQueryable<Centre> Centres(AppDbContext db) => userId is null
        ? db.Centres
        : db.Centres.Where(c => db.CentreAdmins.Any(a => a.UserId == userId && a.CentreId == c.Id));

    public IQueryable<Cohort> Cohorts(AppDbContext db) => userId is null
        ? db.Cohorts
        : db.Cohorts.Where(c => db.CentreAdmins.Any(a => a.UserId == userId && a.CentreId == c.CentreId));

    public IQueryable<Certificate> Certificates(AppDbContext db)
    {
        if (userId is null) return db.Certificates;
        var cohorts = Cohorts(db).Select(c => c.Id);
        return db.Certificates.Where(c => cohorts.Contains(c.Enrolment!.CohortId));
    }

    public IQueryable<CertificateBatch> CertificateBatches(AppDbContext db)
    {
        if (userId is null) return db.CertificateBatches;
        var cohorts = Cohorts(db).Select(c => c.Id);
        return db.CertificateBatches.Where(b => cohorts.Contains(b.CohortId));
    }

    /// <summary>Messages about the scope's cohorts; account emails, firm invitations and the like are the consortium's.</summary>
    public IQueryable<Notification> Notifications(AppDbContext db)
    {
        if (userId is null) return db.Notifications;
        var cohorts = Cohorts(db).Select(c => c.Id);
        return db.Notifications.Where(n => n.CohortId != null && cohorts.Contains(n.CohortId.Value));
    }

    public Task<bool> RunsCohortAsync(AppDbContext db, int cohortId, CancellationToken ct) =>
        userId is null ? Task.FromResult(true) : Cohorts(db).AnyAsync(c => c.Id == cohortId, ct);

    public Task<bool> RunsCohortAsync(AppDbContext db, string code, CancellationToken ct) =>
        userId is null ? Task.FromResult(true) : Cohorts(db).AnyAsync(Cohort.WithCode(code), ct);

    public Task<bool> RunsCentreAsync(AppDbContext db, int centreId, CancellationToken ct) =>
        userId is null ? Task.FromResult(true) : Centres(db).AnyAsync(c => c.Id == centreId, ct);
}
