namespace TrainingCenter.Funding;

/// <summary>One change to a cohort's money, written in the same save as the change: who, when, what, old → new.</summary>
public sealed class MoneyChange
{
    public const int WhatLength = 300;
    public const int ValueLength = 300;

    public MoneyChange(int cohortId, string byUserId, DateTime atUtc, string what, string? oldValue, string? newValue)
    {
        CohortId = cohortId;
        ByUserId = byUserId;
        AtUtc = atUtc;
        What = Fit(what, WhatLength);
        OldValue = oldValue is null ? null : Fit(oldValue, ValueLength);
        NewValue = newValue is null ? null : Fit(newValue, ValueLength);
    }

    public long Id { get; private set; }
    public int CohortId { get; private set; }
    public string ByUserId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string What { get; private set; }

    /// <summary>Null where the change added something.</summary>
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..length];
}
