namespace TrainingCenter.Data;

/// <summary>
/// A row two people may edit at once. <see cref="Version"/> is a concurrency token that
/// <see cref="AuditInterceptor"/> renews on every change, so the later of two saves fails
/// instead of silently overwriting the earlier one (works the same on every provider).
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
