namespace TrainingCenter.Data;

/// <summary>Who is acting now: the signed-in user's id, or null for jobs and start-up work.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
}
