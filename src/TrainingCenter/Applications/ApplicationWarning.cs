namespace TrainingCenter.Applications;

/// <summary>Something a reviewer should know before accepting an application, e.g. an empty profile.</summary>
public sealed record ApplicationWarning(int EnrolmentId, string TraineeName, string Text);
