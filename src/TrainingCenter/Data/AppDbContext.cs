using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TrainingCenter.Announcements;
using TrainingCenter.Applications;
using TrainingCenter.Attendance;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Funding;
using TrainingCenter.Firms;
using TrainingCenter.Holidays;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.TalentPool;
using TrainingCenter.Trainees;
using TrainingCenter.Tracks;

namespace TrainingCenter.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    private const int IdentityKeyLength = 128;

    public DbSet<Track> Tracks => Set<Track>();
    public DbSet<Centre> Centres => Set<Centre>();
    public DbSet<CentreAdmin> CentreAdmins => Set<CentreAdmin>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortInstructor> CohortInstructors => Set<CohortInstructor>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<MemberFirm> MemberFirms => Set<MemberFirm>();
    public DbSet<Sponsorship> Sponsorships => Set<Sponsorship>();
    public DbSet<Trainee> Trainees => Set<Trainee>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<EnrolmentStatusChange> EnrolmentStatusChanges => Set<EnrolmentStatusChange>();
    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();
    public DbSet<AttendanceChange> AttendanceChanges => Set<AttendanceChange>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificatePdf> CertificatePdfs => Set<CertificatePdf>();
    public DbSet<CertificateBatch> CertificateBatches => Set<CertificateBatch>();
    public DbSet<CertificateSerialCounter> CertificateSerialCounters => Set<CertificateSerialCounter>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<FirmInvitation> FirmInvitations => Set<FirmInvitation>();
    public DbSet<SignInFailures> SignInFailures => Set<SignInFailures>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<GraduateOutcome> GraduateOutcomes => Set<GraduateOutcome>();
    public DbSet<OutcomeEvidence> OutcomeEvidence => Set<OutcomeEvidence>();
    public DbSet<CohortFigures> CohortFigures => Set<CohortFigures>();
    public DbSet<ConsortiumHoliday> ConsortiumHolidays => Set<ConsortiumHoliday>();
    public DbSet<ApplicationQuestion> ApplicationQuestions => Set<ApplicationQuestion>();
    public DbSet<ApplicationAnswer> ApplicationAnswers => Set<ApplicationAnswer>();
    public DbSet<CohortTally> CohortTallies => Set<CohortTally>();
    public DbSet<ConsortiumSum> ConsortiumSums => Set<ConsortiumSum>();
    public DbSet<ConsortiumTallySum> ConsortiumTallySums => Set<ConsortiumTallySum>();
    public DbSet<TrainingCostShare> TrainingCostShares => Set<TrainingCostShare>();
    public DbSet<CostSharePart> CostShareParts => Set<CostSharePart>();
    public DbSet<TalentProfile> TalentProfiles => Set<TalentProfile>();
    public DbSet<TalentConsent> TalentConsents => Set<TalentConsent>();
    public DbSet<TalentBlock> TalentBlocks => Set<TalentBlock>();
    public DbSet<Introduction> Introductions => Set<Introduction>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<InKindContribution> InKindContributions => Set<InKindContribution>();
    public DbSet<Funder> Funders => Set<Funder>();
    public DbSet<Grant> Grants => Set<Grant>();
    public DbSet<GrantTranche> GrantTranches => Set<GrantTranche>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<MoneyChange> MoneyChanges => Set<MoneyChange>();
    public DbSet<GrantClaim> GrantClaims => Set<GrantClaim>();
    public DbSet<CohortFee> CohortFees => Set<CohortFee>();
    public DbSet<FeePayment> FeePayments => Set<FeePayment>();
    public DbSet<FeeWaiver> FeeWaivers => Set<FeeWaiver>();

    /// <summary>Saves, and renews the figures stamp of every cohort the changes touch in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(leaving: null, acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>
    /// Saves inside the caller's open transaction like <see cref="SaveChangesAsync(CancellationToken)"/>, but leaves cohort
    /// <paramref name="cohortId"/>'s figures stamp to a statement the caller runs later in that transaction (taking a seat
    /// renews it), so the cohort's row is not locked from this save on.
    /// </summary>
    public Task<int> SaveChangesLeavingFiguresStampAsync(int cohortId, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
            throw new InvalidOperationException("The figures stamp is left to a later statement of the same transaction: begin that transaction first.");
        return SaveAsync(leaving: cohortId, acceptAllChangesOnSuccess: true, cancellationToken);
    }

    private async Task<int> SaveAsync(int? leaving, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        using var detected = new ChangesDetectedOnce(ChangeTracker);
        if (CohortFiguresStamp.Of(ChangeTracker, leaving) is not { } stamp) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await stamp.RenewAsync(this, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = new ChangesDetectedOnce(ChangeTracker);
        if (CohortFiguresStamp.Of(ChangeTracker) is not { } stamp) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var count = base.SaveChanges(acceptAllChangesOnSuccess);
        stamp.Renew(this);
        transaction?.Commit();
        return count;
    }

    /// <summary>
    /// Finds what changed in the tracked entities once, at the start of a save, and lets everything else in the save
    /// that reads the tracker (the figures stamp, the interceptors, EF itself) use that instead of scanning every tracked
    /// entity again: four scans a save. So an interceptor changes an entity through its entry
    /// (<see cref="AuditInterceptor"/>), which EF sees without a scan. A context whose caller turned the scans off is left
    /// as it is.
    /// </summary>
    private readonly struct ChangesDetectedOnce : IDisposable
    {
        private readonly ChangeTracker? _tracker;

        public ChangesDetectedOnce(ChangeTracker tracker)
        {
            if (!tracker.AutoDetectChangesEnabled) return;
            tracker.DetectChanges();
            tracker.AutoDetectChangesEnabled = false;
            _tracker = tracker;
        }

        public void Dispose()
        {
            if (_tracker is not null) _tracker.AutoDetectChangesEnabled = true;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // Identity UI sizes these keys only when its options are in the context's service provider;
        // fixing them here keeps the model the same with or without it (migrations, tools, tests).
        builder.Entity<IdentityUserLogin<string>>(e =>
        {
            e.Property(l => l.LoginProvider).HasMaxLength(IdentityKeyLength);
            e.Property(l => l.ProviderKey).HasMaxLength(IdentityKeyLength);
        });
        builder.Entity<IdentityUserToken<string>>(e =>
        {
            e.Property(t => t.LoginProvider).HasMaxLength(IdentityKeyLength);
            e.Property(t => t.Name).HasMaxLength(IdentityKeyLength);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<CohortStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EnrolmentPolicy>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<EnrolmentStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AttendanceStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NotificationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CostShareStatus>().HaveConversion<string>().HaveMaxLength(20);
    }
}
