using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Tests.Exports;

/// <summary>One cell of an XLSX file as it is stored, read with the OpenXML SDK rather than the library that wrote it.</summary>
/// <param name="Text">The cell's string, from the shared string table or inline.</param>
/// <param name="IsString">Stored as a string (shared or inline), not as a number, a boolean or a formula's result.</param>
/// <param name="HasFormula">Has a formula element.</param>
/// <param name="QuotePrefix">Its cell format says "quote prefix": shown as typed, kept as text when edited.</param>
public sealed record XlsxCell(string Text, bool IsString, bool HasFormula, bool QuotePrefix)
{
    /// <summary>The cells of sheet <paramref name="sheetName"/> in <paramref name="xlsx"/>.</summary>
    public static IReadOnlyList<XlsxCell> All(byte[] xlsx, string sheetName)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>();
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return cells.Select(c =>
        {
            var type = c.DataType?.Value;
            var text = type == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : type == CellValues.InlineString ? c.InlineString!.InnerText
                : c.CellValue?.Text ?? "";
            var format = c.StyleIndex?.Value is { } index ? formats[(int)index] : null;
            return new XlsxCell(text, type == CellValues.SharedString || type == CellValues.InlineString, c.CellFormula is not null,
                format?.QuotePrefix?.Value == true);
        }).ToList();
    }
}
