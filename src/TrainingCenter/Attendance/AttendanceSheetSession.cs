using TrainingCenter.Cohorts;

namespace TrainingCenter.Attendance;

/// <summary>The session an attendance sheet is for, with what decides who may mark it and until when.</summary>
/// <param name="IsTaughtByUser">The user teaches this session: as one of the cohort's instructors or standing in for it.</param>
/// <param name="IsCohortTaughtByUser">The user is one of the cohort's instructors, and so sees the rest of it (its grid).</param>
public sealed record AttendanceSheetSession(
    int Id, int CohortId, string CohortCode, string CohortTitle, string TimeZoneId, string Topic,
    DateTime StartsAtUtc, DateTime EndsAtUtc, bool IsCancelled, string? CancellationReason, bool IsTaughtByUser, bool IsCohortTaughtByUser)
{
    /// <summary>Admins mark any session; instructors only those they teach (see <see cref="Identity.CohortStaff"/>).</summary>
    public bool MayBeMarkedBy(bool isAdmin) => isAdmin || IsTaughtByUser;

    /// <summary>Until when an instructor may still change the sheet.</summary>
    public DateTime EditableUntilUtc(int editWindowDays) => EndsAtUtc.AddDays(editWindowDays);

    public string When => CohortTime.FormatRange(StartsAtUtc, EndsAtUtc, TimeZoneId);

    /// <summary>Why the sheet cannot be changed now, in words the person marking it understands; null when it can.</summary>
    public string? Refusal(bool isAdmin, DateTime nowUtc, int editWindowDays)
    {
        if (IsCancelled)
            return string.IsNullOrWhiteSpace(CancellationReason)
                ? Texts.Get("This session was cancelled, so there is no attendance to mark.")
                : Texts.Format("This session was cancelled ({0}), so there is no attendance to mark.", CancellationReason);
        if (StartsAtUtc > nowUtc)
            return Texts.Format("This session has not started yet (it starts {0}). Attendance is marked once a session is held.",
                CohortTime.Format(StartsAtUtc, TimeZoneId));
        if (!isAdmin && nowUtc > EditableUntilUtc(editWindowDays))
            return Texts.Format(
                "This sheet can no longer be changed: instructors may change attendance up to {0} days after a session, and that ended {1}. Ask the training center's staff to correct it.",
                editWindowDays, CohortTime.Format(EditableUntilUtc(editWindowDays), TimeZoneId));
        return null;
    }
}
