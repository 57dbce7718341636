namespace TrainingCenter.Data;

/// <summary>An entity whose creation and last change are stamped by <see cref="AuditInterceptor"/>.</summary>
public abstract class AuditedEntity
{
    public int Id { get; private set; }
    public DateTime CreatedAtUtc { get; internal set; }
    public string? CreatedBy { get; internal set; }
    public DateTime UpdatedAtUtc { get; internal set; }
    public string? UpdatedBy { get; internal set; }
}
