namespace TrainingCenter.Exports;

/// <summary>
/// User-entered text bound for a spreadsheet (CSV or XLSX). A spreadsheet runs a cell that starts with
/// =, +, -, @, tab or carriage return as a formula. In CSV such text is prefixed with a single quote; in XLSX it is
/// written as it is, as a text cell whose style has the quote prefix, so it shows without an apostrophe and stays text
/// even when someone edits it.
/// </summary>
public static class SpreadsheetText
{
    public const char Escape = '\'';

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string? text) => !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? "" : LooksLikeFormula(text) ? Escape + text : text;
}
