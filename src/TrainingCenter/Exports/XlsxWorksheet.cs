using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Exports;

/// <summary>
/// One sheet of an <see cref="XlsxWorkbook"/>; rows and columns count from 1. Text is always a string cell, never a
/// formula, with the quote prefix when it looks like one (<see cref="SpreadsheetText"/>); empty text leaves the cell empty.
/// </summary>
public sealed class XlsxWorksheet
{
    private readonly SortedDictionary<int, SortedDictionary<int, XlsxValue>> rows = [];
    private readonly HashSet<int> boldRows = [];
    private readonly SortedDictionary<int, double> widths = [];
    private (int Rows, int Columns) frozen;

    internal XlsxWorksheet(string name) => Name = name;

    public string Name { get; }

    public void Text(int row, int column, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        Set(row, column, new XlsxValue(text, null, null));
    }

    public void Number(int row, int column, decimal value, string format) => Set(row, column, new XlsxValue(null, value, format));

    public void Bold(int row) => boldRows.Add(row);

    public void Width(int firstColumn, int lastColumn, double width)
    {
        for (var column = firstColumn; column <= lastColumn; column++) widths[column] = width;
    }

    /// <summary>Keeps the first <paramref name="rowCount"/> rows and <paramref name="columnCount"/> columns in view when scrolling.</summary>
    public void Freeze(int rowCount, int columnCount) => frozen = (rowCount, columnCount);

    internal Worksheet ToWorksheet(XlsxStyles styles, XlsxSharedStrings strings, bool selected)
    {
        var worksheet = new Worksheet(new SheetViews(View(selected)));
        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select(w =>
                new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })));
        }
        var data = new SheetData();
        foreach (var (number, cells) in rows)
        {
            var bold = boldRows.Contains(number);
            data.Append(new Row(cells.Select(c => Cell(number, c.Key, c.Value, bold, styles, strings))) { RowIndex = (uint)number });
        }
        worksheet.Append(data);
        return worksheet;
    }

    private void Set(int row, int column, XlsxValue value)
    {
        if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
        cells[column] = value;
    }

    private SheetView View(bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (frozen is not ({ Rows: > 0 } or { Columns: > 0 })) return view;
        var topLeft = Reference(frozen.Rows + 1, frozen.Columns + 1);
        var pane = frozen switch
        {
            { Rows: > 0, Columns: > 0 } => PaneValues.BottomRight,
            { Rows: > 0 } => PaneValues.BottomLeft,
            _ => PaneValues.TopRight,
        };
        view.Append(
            new Pane
            {
                HorizontalSplit = frozen.Columns > 0 ? frozen.Columns : null,
                VerticalSplit = frozen.Rows > 0 ? frozen.Rows : null,
                TopLeftCell = topLeft,
                ActivePane = pane,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        return view;
    }

    private static Cell Cell(int row, int column, XlsxValue value, bool bold, XlsxStyles styles, XlsxSharedStrings strings)
    {
        var cell = new Cell { CellReference = Reference(row, column) };
        if (value.Text is { } text)
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings.IndexOf(text));
        }
        else
        {
            cell.CellValue = new CellValue(value.Number ?? 0);
        }
        var style = styles.IndexOf(bold, SpreadsheetText.LooksLikeFormula(value.Text), value.Format);
        if (style != 0) cell.StyleIndex = style;
        return cell;
    }

    private static string Reference(int row, int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record XlsxValue(string? Text, decimal? Number, string? Format);
}
