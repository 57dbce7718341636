namespace TrainingCenter.Funding;

/// <summary>A titled table of a funding report, as its CSV, XLSX and PDF write it (<see cref="MoneyTables"/>); the last row may be a totals line.</summary>
public sealed record MoneyTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<MoneyCell>> Rows, bool EndsWithTotals);
