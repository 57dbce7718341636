using System.Globalization;

namespace TrainingCenter.Tests.Exports;

/// <summary>One cell of an XLSX file as it is stored, read with the OpenXML SDK (see <see cref="XlsxSheet"/>).</summary>
/// <param name="Text">The cell's string, from the shared string table or inline, or its stored value.</param>
/// <param name="IsString">Stored as a string (shared or inline), not as a number, a boolean or a formula's result.</param>
/// <param name="HasFormula">Has a formula element.</param>
/// <param name="QuotePrefix">Its cell format says "quote prefix": shown as typed, kept as text when edited.</param>
public sealed record XlsxCell(string Text, bool IsString, bool HasFormula, bool QuotePrefix)
{
    /// <summary>The stored number; fails for anything else.</summary>
    public double Number => !IsString && !HasFormula
        ? double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"'{Text}' is not stored as a number.");

    /// <summary>The cells of sheet <paramref name="sheetName"/> in <paramref name="xlsx"/>.</summary>
    public static IReadOnlyList<XlsxCell> All(byte[] xlsx, string sheetName) => XlsxSheet.Read(xlsx, sheetName).Cells.Values.ToList();
}
