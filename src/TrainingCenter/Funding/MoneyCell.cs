namespace TrainingCenter.Funding;

/// <summary>One cell of a <see cref="MoneyTable"/>: text, or a whole number (rupees or a count; "–" where there is none yet).</summary>
public sealed record MoneyCell(string? Text, long? Number, bool IsNumber)
{
    public static MoneyCell Of(string text) => new(text, null, false);

    public static MoneyCell Of(long? number) => new(null, number, true);

    /// <summary>As a page or PDF shows it: numbers with invariant thousands separators.</summary>
    public string Shown => IsNumber ? Number is { } n ? MoneyText.Amount(n) : "–" : Text ?? "";
}
