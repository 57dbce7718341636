namespace TrainingCenter.Funding;

/// <summary>A budget category's planned and actual spending, in whole rupees.</summary>
public sealed record BudgetTotal(BudgetCategory Category, long PlannedPkr, long ActualPkr);
