using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Exports;

/// <summary>
/// An XLSX file written with the OpenXML SDK, holding what the exports need: text and number cells, bold rows, column
/// widths and frozen panes. Nothing here measures text, so nothing needs GDI+.
/// </summary>
public sealed class XlsxWorkbook
{
    private readonly List<XlsxWorksheet> sheets = [];

    public XlsxWorksheet AddWorksheet(string name)
    {
        var sheet = new XlsxWorksheet(name);
        sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToArray()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var styles = new XlsxStyles();
            var strings = new XlsxSharedStrings();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheets[i].ToWorksheet(styles, strings, selected: i == 0);
                list.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
            }
            workbook.Workbook = new Workbook(list);
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.ToStylesheet();
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
        }
        return buffer.ToArray();
    }
}
