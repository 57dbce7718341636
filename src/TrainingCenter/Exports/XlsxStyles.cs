using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Exports;

/// <summary>The cell formats an <see cref="XlsxWorkbook"/> uses, each written once; format 0 is the plain default.</summary>
internal sealed class XlsxStyles
{
    // Number format ids below 164 are Excel's built-in ones.
    private const uint FirstCustomNumberFormat = 164;

    private readonly List<(bool Bold, bool QuotePrefix, string? NumberFormat)> formats = [(false, false, null)];
    private readonly List<string> numberFormats = [];

    public uint IndexOf(bool bold, bool quotePrefix, string? numberFormat)
    {
        var index = formats.IndexOf((bold, quotePrefix, numberFormat));
        if (index >= 0) return (uint)index;
        if (numberFormat is not null && !numberFormats.Contains(numberFormat)) numberFormats.Add(numberFormat);
        formats.Add((bold, quotePrefix, numberFormat));
        return (uint)(formats.Count - 1);
    }

    public Stylesheet ToStylesheet()
    {
        var stylesheet = new Stylesheet();
        if (numberFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(numberFormats.Select((code, i) =>
                new NumberingFormat { NumberFormatId = FirstCustomNumberFormat + (uint)i, FormatCode = code })) { Count = (uint)numberFormats.Count });
        }
        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats.Select(CellFormat)) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private CellFormat CellFormat((bool Bold, bool QuotePrefix, string? NumberFormat) format) => new()
    {
        NumberFormatId = format.NumberFormat is { } code ? FirstCustomNumberFormat + (uint)numberFormats.IndexOf(code) : 0,
        FontId = format.Bold ? 1u : 0u,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = format.NumberFormat is not null ? true : null,
        ApplyFont = format.Bold ? true : null,
        QuotePrefix = format.QuotePrefix ? true : null,
    };

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }
}
