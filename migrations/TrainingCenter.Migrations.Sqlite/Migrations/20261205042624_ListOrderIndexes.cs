using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Trainees_FullName_Id",
                table: "Trainees",
                columns: new[] { "FullName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_StartDate_Code",
                table: "Cohorts",
                columns: new[] { "StartDate", "Code" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trainees_FullName_Id",
                table: "Trainees");

            migrationBuilder.DropIndex(
                name: "IX_Cohorts_StartDate_Code",
                table: "Cohorts");
        }
    }
}
