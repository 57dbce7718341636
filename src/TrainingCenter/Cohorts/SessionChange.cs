namespace TrainingCenter.Cohorts;

/// <summary>A change to a planned session that its trainees and instructor are told about.</summary>
public enum SessionChange
{
    Moved,
    Cancelled,
}
