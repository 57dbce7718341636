using ClosedXML.Excel;

namespace TrainingCenter.Exports;

/// <summary>
/// User-entered text bound for a spreadsheet (CSV or XLSX). A spreadsheet runs a cell that starts with
/// =, +, -, @, tab or carriage return as a formula, so such text is prefixed with a single quote.
/// </summary>
public static class SpreadsheetText
{
    public const char Escape = '\'';

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? text) =>
        string.IsNullOrEmpty(text) ? "" : FormulaStarts.Contains(text[0]) ? Escape + text : text;

    /// <summary>Writes neutralised text to an XLSX cell as a text value, never as a formula.</summary>
    public static IXLCell SetText(this IXLCell cell, string? text)
    {
        cell.SetValue(Neutralise(text));
        cell.DataType = XLDataType.Text;
        return cell;
    }
}
