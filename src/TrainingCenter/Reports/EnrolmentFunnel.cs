namespace TrainingCenter.Reports;

/// <summary>
/// How far a cohort's applicants got, each step counting everyone who reached it, whatever happened later.
/// </summary>
/// <param name="Applied">Every enrolment: each one starts as an application.</param>
/// <param name="Accepted">Accepted by the center, or given a seat at once (first come, first served), per the status history.</param>
/// <param name="Enrolled">Took a seat at some point: the enrolment has an enrolment time, even if it later withdrew or was dropped.</param>
/// <param name="Completed">Current status Completed.</param>
/// <param name="Certified">Enrolments holding a live certificate (neither revoked nor superseded).</param>
/// <param name="Withdrawn">Current status Withdrawn, before or after taking a seat.</param>
/// <param name="Dropped">Current status Dropped by the center.</param>
/// <param name="Waitlisted">Current status Waitlisted.</param>
/// <param name="Rejected">Current status Rejected.</param>
public sealed record EnrolmentFunnel(
    int Applied, int Accepted, int Enrolled, int Completed, int Certified, int Withdrawn, int Dropped, int Waitlisted, int Rejected);
