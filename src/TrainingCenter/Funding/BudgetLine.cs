using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>Money a cohort plans to spend, or spent, on one category on one date.</summary>
public sealed class BudgetLine : AuditedEntity
{
    public BudgetLine(int cohortId, BudgetCategory category, BudgetEntryKind kind, long amountPkr, DateOnly on, string note)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        CohortId = cohortId;
        Category = category;
        Kind = kind;
        AmountPkr = amountPkr;
        On = on;
        Note = note;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public BudgetCategory Category { get; private set; }
    public BudgetEntryKind Kind { get; private set; }
    public long AmountPkr { get; private set; }
    public DateOnly On { get; private set; }
    public string Note { get; private set; }

    /// <summary>Puts right what was typed wrong.</summary>
    public void Correct(BudgetCategory category, BudgetEntryKind kind, long amountPkr, DateOnly on, string note)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        (Category, Kind, AmountPkr, On, Note) = (category, kind, amountPkr, on, note);
    }
}
