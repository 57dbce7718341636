using TrainingCenter.Exports;

namespace TrainingCenter.Tests.Exports;

public sealed class XlsxWorkbookTests
{
    [Fact]
    public void Sheets_keep_their_names_and_order_frozen_panes_and_column_widths()
    {
        var workbook = new XlsxWorkbook();
        var report = workbook.AddWorksheet("Report");
        report.Text(1, 1, "Section");
        report.Width(1, 1, 28);
        report.Freeze(1, 0);
        var trainees = workbook.AddWorksheet("Trainees");
        trainees.Text(1, 1, "Trainee");
        trainees.Width(2, 4, 16);
        trainees.Freeze(1, 1);

        var sheets = XlsxSheet.ReadAll(workbook.ToArray());

        Assert.Equal(["Report", "Trainees"], sheets.Select(s => s.Name));
        Assert.Equal((1, 0), (sheets[0].FrozenRows, sheets[0].FrozenColumns));
        Assert.Equal((1, 1), (sheets[1].FrozenRows, sheets[1].FrozenColumns));
        Assert.Equal(new Dictionary<int, double> { [1] = 28 }, sheets[0].Widths);
        Assert.Equal(new Dictionary<int, double> { [2] = 16, [3] = 16, [4] = 16 }, sheets[1].Widths);
    }

    [Fact]
    public void Numbers_are_stored_as_numbers_and_empty_text_leaves_no_cell()
    {
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddWorksheet("Sheet");
        sheet.Number(1, 1, 68.7m, "0.0");
        sheet.Number(1, 2, 1_300_000, "#,##0");
        sheet.Text(1, 3, "");
        sheet.Text(1, 4, null);
        sheet.Bold(1);

        var read = XlsxSheet.Read(workbook.ToArray(), "Sheet");

        Assert.Equal([(1, 1), (1, 2)], read.Cells.Keys);
        Assert.Equal(68.7, read.Cell(1, 1).Number);
        Assert.Equal(1_300_000, read.Cell(1, 2).Number);
    }

    [Fact]
    public void Text_keeps_its_spaces_and_writes_control_characters_as_spreadsheets_escape_them()
    {
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddWorksheet("Sheet");
        sheet.Text(1, 1, "  Ayesha  ");
        sheet.Text(2, 1, "a\u0001b\rc");
        sheet.Text(3, 1, "_x0041_");

        var read = XlsxSheet.Read(workbook.ToArray(), "Sheet");

        Assert.Equal(["  Ayesha  ", "a_x0001_b_x000D_c", "_x005F_x0041_"], read.Column(1).Select(c => c.Text));
    }
}
