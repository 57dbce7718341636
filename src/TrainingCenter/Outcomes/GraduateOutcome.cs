using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;

namespace TrainingCenter.Outcomes;

/// <summary>
/// One report of what someone who took a seat is doing after the cohort. Reports are never overwritten: a new situation
/// or a correction is a new report, so an enrolment's reports are its dated history and the latest is its current outcome.
/// </summary>
public sealed class GraduateOutcome : AuditedEntity
{
    public const int EmployerNameLength = 200;
    public const int JobTitleLength = 200;

    public GraduateOutcome(int enrolmentId, OutcomeStatus status, OutcomeSource source, DateTime recordedAtUtc, string? recordedById)
    {
        EnrolmentId = enrolmentId;
        Status = status;
        Source = source;
        RecordedAtUtc = recordedAtUtc;
        RecordedById = recordedById;
    }

    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public OutcomeStatus Status { get; private set; }

    /// <summary>The employer when it is a member firm; otherwise <see cref="EmployerName"/>.</summary>
    public int? EmployerFirmId { get; private set; }
    public MemberFirm? EmployerFirm { get; private set; }
    public string? EmployerName { get; private set; }
    public string? JobTitle { get; private set; }
    public DateOnly? StartedOn { get; private set; }

    /// <summary>The lower bound, in PKR a month, of the salary band (<see cref="OutcomeOptions.SalaryBands"/>).</summary>
    public int? SalaryBandPkr { get; private set; }

    /// <summary>The lower bound, in PKR a month, of the freelance earnings band (<see cref="OutcomeOptions.EarningsBands"/>).</summary>
    public int? EarningsBandPkr { get; private set; }

    /// <summary>This report corrects the earlier ones: they stay in the history but no longer count.</summary>
    public bool Corrects { get; init; }

    public OutcomeSource Source { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    public string? RecordedById { get; private set; }
    public string? VerifiedById { get; private set; }
    public DateTime? VerifiedAtUtc { get; private set; }

    /// <summary>What the employing member firm answered: true it confirmed, false it denied (staff then look again), null not yet.</summary>
    public bool? EmployerConfirms { get; private set; }
    public string? EmployerAnsweredById { get; private set; }
    public DateTime? EmployerAnsweredAtUtc { get; private set; }

    internal void Employ(int? firmId, string? employerName, string jobTitle, DateOnly startedOn, int? salaryBandPkr)
    {
        (EmployerFirmId, EmployerName, JobTitle, StartedOn, SalaryBandPkr) = (firmId, firmId is null ? employerName : null, jobTitle, startedOn, salaryBandPkr);
    }

    internal void Freelance(int? earningsBandPkr) => EarningsBandPkr = earningsBandPkr;

    /// <summary>The employing firm's staff answer whether the graduate works there; a confirmation never weakens staff verification.</summary>
    internal void AnswerAsEmployer(bool confirms, string byUserId, DateTime atUtc)
    {
        (EmployerConfirms, EmployerAnsweredById, EmployerAnsweredAtUtc) = (confirms, byUserId, atUtc);
        if (confirms && Source < OutcomeSource.EmployerConfirmed) Verify(OutcomeSource.EmployerConfirmed, byUserId, atUtc);
    }

    internal void Verify(OutcomeSource source, string byUserId, DateTime atUtc)
    {
        (Source, VerifiedById, VerifiedAtUtc) = (source, byUserId, atUtc);
    }
}
