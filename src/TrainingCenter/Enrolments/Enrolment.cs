using TrainingCenter.Applications;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;
using TrainingCenter.Trainees;

namespace TrainingCenter.Enrolments;

/// <summary>A trainee's place in a cohort, with its status history.</summary>
public sealed class Enrolment : AuditedEntity
{
    public const int ReviewNotesLength = 4000;
    public const int LowestScore = 1;
    public const int HighestScore = 5;

    private static readonly Dictionary<EnrolmentStatus, EnrolmentStatus[]> AllowedMoves = new()
    {
        [EnrolmentStatus.Applied] = [EnrolmentStatus.Accepted, EnrolmentStatus.Waitlisted, EnrolmentStatus.Rejected, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn],
        [EnrolmentStatus.Accepted] = [EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted, EnrolmentStatus.Withdrawn],
        [EnrolmentStatus.Waitlisted] = [EnrolmentStatus.Enrolled, EnrolmentStatus.Accepted, EnrolmentStatus.Rejected, EnrolmentStatus.Withdrawn],
        [EnrolmentStatus.Rejected] = [],
        [EnrolmentStatus.Enrolled] = [EnrolmentStatus.Completed, EnrolmentStatus.Withdrawn, EnrolmentStatus.Dropped],
        [EnrolmentStatus.Completed] = [],
        [EnrolmentStatus.Withdrawn] = [],
        [EnrolmentStatus.Dropped] = [],
    };

    private Enrolment()
    {
    }

    public Enrolment(int cohortId, int traineeId, DateTime appliedAtUtc, string? byUserId)
    {
        CohortId = cohortId;
        TraineeId = traineeId;
        AppliedAtUtc = appliedAtUtc;
        Status = EnrolmentStatus.Applied;
        StatusChangedAtUtc = appliedAtUtc;
        History.Add(new EnrolmentStatusChange(null, EnrolmentStatus.Applied, appliedAtUtc, byUserId, null));
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int TraineeId { get; private set; }
    public Trainee? Trainee { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public DateTime AppliedAtUtc { get; private set; }
    public DateTime StatusChangedAtUtc { get; private set; }

    /// <summary>When the trainee took a seat; sessions before it do not count for attendance.</summary>
    public DateTime? EnrolledAtUtc { get; private set; }

    /// <summary>Orders the waitlist: earliest first.</summary>
    public DateTime? WaitlistedAtUtc { get; private set; }

    /// <summary>Set when the trainee holds one of this firm's reserved seats.</summary>
    public int? NominatedByFirmId { get; set; }
    public MemberFirm? NominatedByFirm { get; private set; }

    /// <summary>What the trainee means to do after the cohort; null when they did not say.</summary>
    public CareerIntent? Intent { get; private set; }

    /// <summary>Why an admin let this enrolment have a certificate despite its attendance; null when no override.</summary>
    public string? CertificateOverrideReason { get; private set; }
    public string? CertificateOverrideByUserId { get; private set; }

    /// <summary>Staff's private notes on the application; never shown to the trainee.</summary>
    public string? ReviewNotes { get; private set; }

    /// <summary>Staff's score of the application, from <see cref="LowestScore"/> to <see cref="HighestScore"/>.</summary>
    public int? ReviewScore { get; private set; }

    public List<EnrolmentStatusChange> History { get; } = [];
    public List<ApplicationAnswer> Answers { get; } = [];
    public List<AttendanceRecord> AttendanceRecords { get; } = [];
    public List<Certificate> Certificates { get; } = [];

    public void OverrideCertificateEligibility(string reason, string byUserId)
    {
        CertificateOverrideReason = reason.Trim();
        CertificateOverrideByUserId = byUserId;
    }

    /// <summary>The trainee may say or change what they mean to do after the cohort until it starts, not once it runs.</summary>
    public static bool CanChangeIntent(DateOnly cohortStart, DateOnly today) => today < cohortStart;

    /// <summary>Records what the trainee means to do after the cohort, as they say it when applying.</summary>
    public void StateIntent(CareerIntent intent) => Intent = intent;

    /// <returns>False, changing nothing, when the cohort has started.</returns>
    public bool ChangeIntent(CareerIntent intent, DateOnly cohortStart, DateOnly today)
    {
        if (!CanChangeIntent(cohortStart, today)) return false;
        Intent = intent;
        return true;
    }

    /// <summary>Replaces staff's notes and score; blank notes are stored as none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 1–5.</exception>
    public void Review(string? notes, int? score)
    {
        if (score is < LowestScore or > HighestScore)
            throw new ArgumentOutOfRangeException(nameof(score), score, $"A score is from {LowestScore} to {HighestScore}.");
        ReviewNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        ReviewScore = score;
    }

    /// <summary>The applicant's answers to the cohort's questions, replacing those of an earlier application.</summary>
    public void Answer(IEnumerable<ApplicationAnswer> answers)
    {
        Answers.Clear();
        Answers.AddRange(answers);
    }

    public bool CanMoveTo(EnrolmentStatus to) => AllowedMoves[Status].Contains(to);

    /// <summary>Whether a trainee whose place is <paramref name="status"/> can withdraw from it.</summary>
    public static bool CanWithdrawFrom(EnrolmentStatus status) => AllowedMoves[status].Contains(EnrolmentStatus.Withdrawn);

    /// <summary>A trainee who withdrew may apply again, and staff may reinstate them; the earlier history stays.</summary>
    public bool CanReturn => Status == EnrolmentStatus.Withdrawn;

    public void MoveTo(EnrolmentStatus to, DateTime atUtc, string? byUserId, string? reason = null)
    {
        if (!CanMoveTo(to)) throw new EnrolmentTransitionException(Status, to);
        Record(to, atUtc, byUserId, reason);
    }

    /// <summary>A new application on the same enrolment after withdrawing: it queues from now, like any other.</summary>
    /// <exception cref="EnrolmentTransitionException">The trainee has not withdrawn.</exception>
    public void ApplyAgain(DateTime atUtc, string byUserId)
    {
        if (!CanReturn) throw new EnrolmentTransitionException(Status, EnrolmentStatus.Applied);
        Record(EnrolmentStatus.Applied, atUtc, byUserId, "Applied again after withdrawing");
        AppliedAtUtc = atUtc;
    }

    /// <summary>Staff take a withdrawn trainee back: into the seat <paramref name="seated"/> says they got, or onto the waitlist.</summary>
    /// <exception cref="EnrolmentTransitionException">The trainee has not withdrawn.</exception>
    public void Reinstate(bool seated, DateTime atUtc, string byUserId)
    {
        var to = seated ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted;
        if (!CanReturn) throw new EnrolmentTransitionException(Status, to);
        Record(to, atUtc, byUserId, seated ? "Reinstated by staff" : "Reinstated by staff, but the cohort is full");
    }

    private void Record(EnrolmentStatus to, DateTime atUtc, string? byUserId, string? reason)
    {
        History.Add(new EnrolmentStatusChange(Status, to, atUtc, byUserId, reason));
        Status = to;
        StatusChangedAtUtc = atUtc;
        if (to == EnrolmentStatus.Enrolled) EnrolledAtUtc = atUtc;
        WaitlistedAtUtc = to == EnrolmentStatus.Waitlisted ? atUtc : null;
    }
}
