namespace TrainingCenter.Outcomes;

/// <summary>
/// What someone reports about their situation after the cohort. Employer (a member firm or another organisation by
/// name), job title, start date and salary band belong to employment; the earnings band to freelancing.
/// </summary>
/// <param name="Corrects">The earlier reports were wrong: they stay in the history but no longer count.</param>
public sealed record OutcomeReport(
    OutcomeStatus Status,
    int? EmployerFirmId = null,
    string? EmployerName = null,
    string? JobTitle = null,
    DateOnly? StartedOn = null,
    int? SalaryBandPkr = null,
    int? EarningsBandPkr = null,
    bool Corrects = false);

/// <summary>Which part of a report a refusal is about, so the form can show it beside that field.</summary>
public enum OutcomeField
{
    Whole,
    Employer,
    JobTitle,
    StartedOn,
    SalaryBand,
    EarningsBand,
}

/// <summary>One reason a report was not recorded, about <see cref="Field"/>.</summary>
public sealed record OutcomeRefusal(OutcomeField Field, string Error);
