using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NotificationsAnnouncementsInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Trainees who were here before the opt-out existed keep getting reminders.
            migrationBuilder.AddColumn<bool>(
                name: "WantsReminders",
                table: "Trainees",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<int>(
                name: "AnnouncementId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CertificateId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CohortId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EnrolmentId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirmInvitationId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntilUtc",
                table: "Notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MemberFirmId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NominationId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SessionId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WantsWeeklyReport",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Announcements_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FirmInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberFirmId = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirmInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FirmInvitations_MemberFirms_MemberFirmId",
                        column: x => x.MemberFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CohortId_Kind",
                table: "Notifications",
                columns: new[] { "CohortId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CreatedAtUtc",
                table: "Notifications",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EnrolmentId_Kind",
                table: "Notifications",
                columns: new[] { "EnrolmentId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SessionId_Kind",
                table: "Notifications",
                columns: new[] { "SessionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_CohortId_CreatedAtUtc",
                table: "Announcements",
                columns: new[] { "CohortId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FirmInvitations_MemberFirmId",
                table: "FirmInvitations",
                column: "MemberFirmId");

            migrationBuilder.CreateIndex(
                name: "IX_FirmInvitations_Token",
                table: "FirmInvitations",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "FirmInvitations");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_CohortId_Kind",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_CreatedAtUtc",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_EnrolmentId_Kind",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_SessionId_Kind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "WantsReminders",
                table: "Trainees");

            migrationBuilder.DropColumn(
                name: "AnnouncementId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "CertificateId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "CohortId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EnrolmentId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "FirmInvitationId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "LockedUntilUtc",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "MemberFirmId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "NominationId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "WantsWeeklyReport",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300,
                oldNullable: true);
        }
    }
}
