namespace TrainingCenter.Announcements;

/// <summary>What sending an announcement did, in words for its author; <see cref="Error"/> when it was refused.</summary>
public sealed record AnnouncementOutcome(string Message, string? Error = null)
{
    public static AnnouncementOutcome Refused(string error) => new("", error);
}
