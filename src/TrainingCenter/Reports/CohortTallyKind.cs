namespace TrainingCenter.Reports;

/// <summary>What a <see cref="CohortTally"/> counts.</summary>
public enum CohortTallyKind
{
    /// <summary>Current employees who gave this salary band.</summary>
    SalaryBand = 1,

    /// <summary>Those placed within the placement window by this member firm.</summary>
    MemberFirmHires = 2,
}
