using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Tests.Exports;

/// <summary>
/// One sheet of an XLSX file as it is stored, read with the OpenXML SDK: its cells by row and column (from 1), its frozen
/// panes and its column widths.
/// </summary>
public sealed class XlsxSheet
{
    private static readonly XlsxCell Empty = new("", IsString: false, HasFormula: false, QuotePrefix: false);

    private XlsxSheet(string name, SortedDictionary<(int Row, int Column), XlsxCell> cells, int frozenRows, int frozenColumns,
        IReadOnlyDictionary<int, double> widths)
    {
        Name = name;
        Cells = cells;
        FrozenRows = frozenRows;
        FrozenColumns = frozenColumns;
        Widths = widths;
    }

    public string Name { get; }

    /// <summary>Every stored cell, in row then column order.</summary>
    public IReadOnlyDictionary<(int Row, int Column), XlsxCell> Cells { get; }

    public int FrozenRows { get; }

    public int FrozenColumns { get; }

    /// <summary>Set widths by column.</summary>
    public IReadOnlyDictionary<int, double> Widths { get; }

    /// <summary>The rows with a cell that holds something.</summary>
    public IEnumerable<int> RowsUsed => Cells.Where(c => c.Value.Text != "").Select(c => c.Key.Row).Distinct();

    /// <summary>The cell, or an empty one where nothing is stored.</summary>
    public XlsxCell Cell(int row, int column) => Cells.GetValueOrDefault((row, column)) ?? Empty;

    /// <summary>The cells holding something in <paramref name="column"/>.</summary>
    public IEnumerable<XlsxCell> Column(int column) => Cells.Where(c => c.Key.Column == column && c.Value.Text != "").Select(c => c.Value);

    /// <summary>The one row whose cell in <paramref name="column"/> matches.</summary>
    public int RowWhere(int column, Func<string, bool> match) =>
        Cells.Single(c => c.Key.Column == column && match(c.Value.Text)).Key.Row;

    public static XlsxSheet Read(byte[] xlsx, string sheetName) => ReadAll(xlsx).Single(s => s.Name == sheetName);

    public static IReadOnlyList<XlsxSheet> ReadAll(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var formats = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return workbook.Workbook.Descendants<Sheet>().Select(sheet =>
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var cells = new SortedDictionary<(int Row, int Column), XlsxCell>();
            foreach (var c in worksheet.Descendants<Cell>())
            {
                var type = c.DataType?.Value;
                var text = type == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : type == CellValues.InlineString ? c.InlineString!.InnerText
                    : c.CellValue?.Text ?? "";
                var format = c.StyleIndex?.Value is { } index ? formats[(int)index] : null;
                cells.Add(Position(c.CellReference!.Value!), new XlsxCell(text, type == CellValues.SharedString || type == CellValues.InlineString,
                    c.CellFormula is not null, format?.QuotePrefix?.Value == true));
            }
            var pane = worksheet.Descendants<Pane>().SingleOrDefault(p => p.State?.Value == PaneStateValues.Frozen);
            var widths = worksheet.Descendants<Column>().Where(c => c.CustomWidth?.Value == true)
                .SelectMany(c => Enumerable.Range((int)c.Min!.Value, (int)(c.Max!.Value - c.Min.Value + 1)).Select(n => (n, c.Width!.Value)))
                .ToDictionary(w => w.n, w => w.Item2);
            return new XlsxSheet(sheet.Name!.Value!, cells, (int)(pane?.VerticalSplit?.Value ?? 0), (int)(pane?.HorizontalSplit?.Value ?? 0), widths);
        }).ToList();
    }

    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).ToArray();
        var column = letters.Aggregate(0, (n, letter) => n * 26 + (char.ToUpperInvariant(letter) - 'A' + 1));
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture), column);
    }
}
