using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Announcements;

/// <summary>A message an admin or one of the cohort's instructors sends to every enrolled trainee of a cohort.</summary>
public sealed class Announcement : AuditedEntity
{
    public const int SubjectLength = 200;
    public const int BodyLength = 4000;

    public Announcement(int cohortId, string subject, string body, string authorUserId)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new ArgumentException("An announcement needs a subject.", nameof(subject));
        if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("An announcement needs a message.", nameof(body));
        CohortId = cohortId;
        Subject = subject.Trim();
        Body = body.Trim();
        AuthorUserId = authorUserId;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public string Subject { get; private set; }
    public string Body { get; private set; }
    public string AuthorUserId { get; private set; }
}
