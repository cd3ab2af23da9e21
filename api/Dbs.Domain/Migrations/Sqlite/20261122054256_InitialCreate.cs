using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dbs.Domain.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RegionName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Cvr = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    IsMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubProcessors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cvr = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ForeignRegistrationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ServiceDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TransferBasis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubProcessors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Cvr = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireSections_QuestionnaireTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "QuestionnaireTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonalData = table.Column<int>(type: "INTEGER", nullable: false),
                    DataSubjects = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisionMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SupervisionInterval = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NextSupervisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItSystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    KitosUuid = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItSystems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItSystems_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Questionnaires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEditedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastEditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnRound = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questionnaires_QuestionnaireTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "QuestionnaireTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Questionnaires_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubProcessorEngagements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubProcessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObjectionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubProcessorEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubProcessorEngagements_SubProcessorEngagements_ParentId",
                        column: x => x.ParentId,
                        principalTable: "SubProcessorEngagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubProcessorEngagements_SubProcessors_SubProcessorId",
                        column: x => x.SubProcessorId,
                        principalTable: "SubProcessors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubProcessorEngagements_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierContacts_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HelpText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClauseReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_QuestionnaireSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "QuestionnaireSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSystems",
                columns: table => new
                {
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItSystemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSystems", x => new { x.AgreementId, x.ItSystemId });
                    table.ForeignKey(
                        name: "FK_AgreementSystems_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSystems_ItSystems_ItSystemId",
                        column: x => x.ItSystemId,
                        principalTable: "ItSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItSystemUsages",
                columns: table => new
                {
                    ItSystemId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItSystemUsages", x => new { x.ItSystemId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_ItSystemUsages_ItSystems_ItSystemId",
                        column: x => x.ItSystemId,
                        principalTable: "ItSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ItSystemUsages_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Supervisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItSystemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeerReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PeerReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    PeerReviewComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedForReviewAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PeerReviewApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supervisions_ItSystems_ItSystemId",
                        column: x => x.ItSystemId,
                        principalTable: "ItSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Supervisions_Questionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "Questionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Supervisions_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementSystems",
                columns: table => new
                {
                    EngagementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItSystemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementSystems", x => new { x.EngagementId, x.ItSystemId });
                    table.ForeignKey(
                        name: "FK_EngagementSystems_ItSystems_ItSystemId",
                        column: x => x.ItSystemId,
                        principalTable: "ItSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EngagementSystems_SubProcessorEngagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "SubProcessorEngagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectionWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EngagementId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ObjectedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ObjectedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ObjectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ObjectionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectionWindows_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectionWindows_SubProcessorEngagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "SubProcessorEngagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Answers_Questionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "Questionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Answers_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Questionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "Questionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attachments_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clarifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clarifications_Questionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "Questionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Clarifications_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionOptions_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupervisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClauseReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    FollowUpDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupplierResponse = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    PlannedRemediationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Supervisions_SupervisionId",
                        column: x => x.SupervisionId,
                        principalTable: "Supervisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupervisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportAcknowledgements_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportAcknowledgements_Supervisions_SupervisionId",
                        column: x => x.SupervisionId,
                        principalTable: "Supervisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FindingHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FindingId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingHistory_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_MunicipalityId_Status",
                table: "Agreements",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status",
                table: "Agreements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SupplierId_Status",
                table: "Agreements",
                columns: new[] { "SupplierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSystems_ItSystemId",
                table: "AgreementSystems",
                column: "ItSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_QuestionId",
                table: "Answers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_QuestionnaireId_QuestionId",
                table: "Answers",
                columns: new[] { "QuestionnaireId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_QuestionId",
                table: "Attachments",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_QuestionnaireId_QuestionId",
                table: "Attachments",
                columns: new[] { "QuestionnaireId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_StorageKey",
                table: "Attachments",
                column: "StorageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EntityType_EntityId",
                table: "AuditEvents",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_UserId",
                table: "AuditEvents",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_QuestionId",
                table: "Clarifications",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_QuestionnaireId_Round_QuestionId",
                table: "Clarifications",
                columns: new[] { "QuestionnaireId", "Round", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementSystems_ItSystemId",
                table: "EngagementSystems",
                column: "ItSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingHistory_FindingId",
                table: "FindingHistory",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_FollowUpDeadline",
                table: "Findings",
                column: "FollowUpDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_Severity_Status",
                table: "Findings",
                columns: new[] { "Severity", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_Status_FollowUpDeadline",
                table: "Findings",
                columns: new[] { "Status", "FollowUpDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_SupervisionId_Status",
                table: "Findings",
                columns: new[] { "SupervisionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ItSystems_KitosUuid",
                table: "ItSystems",
                column: "KitosUuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ItSystems_Name",
                table: "ItSystems",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ItSystems_SupplierId",
                table: "ItSystems",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ItSystemUsages_MunicipalityId",
                table: "ItSystemUsages",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Code",
                table: "Municipalities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_Cvr",
                table: "Municipalities",
                column: "Cvr",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Municipalities_IsMember",
                table: "Municipalities",
                column: "IsMember");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionWindows_EngagementId_MunicipalityId",
                table: "ObjectionWindows",
                columns: new[] { "EngagementId", "MunicipalityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionWindows_MunicipalityId_Status",
                table: "ObjectionWindows",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Questionnaires_SupplierId_Year",
                table: "Questionnaires",
                columns: new[] { "SupplierId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questionnaires_TemplateId",
                table: "Questionnaires",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Questionnaires_Year_Status",
                table: "Questionnaires",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireSections_TemplateId_Order",
                table: "QuestionnaireSections",
                columns: new[] { "TemplateId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireTemplates_Year",
                table: "QuestionnaireTemplates",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionOptions_QuestionId_Key",
                table: "QuestionOptions",
                columns: new[] { "QuestionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Key",
                table: "Questions",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_SectionId_Order",
                table: "Questions",
                columns: new[] { "SectionId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportAcknowledgements_MunicipalityId_Status",
                table: "ReportAcknowledgements",
                columns: new[] { "MunicipalityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportAcknowledgements_SupervisionId_MunicipalityId",
                table: "ReportAcknowledgements",
                columns: new[] { "SupervisionId", "MunicipalityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessorEngagements_ObjectionDeadline",
                table: "SubProcessorEngagements",
                column: "ObjectionDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessorEngagements_ParentId",
                table: "SubProcessorEngagements",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessorEngagements_SubProcessorId",
                table: "SubProcessorEngagements",
                column: "SubProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessorEngagements_SupplierId_Status",
                table: "SubProcessorEngagements",
                columns: new[] { "SupplierId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessors_CountryCode",
                table: "SubProcessors",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessors_Cvr",
                table: "SubProcessors",
                column: "Cvr");

            migrationBuilder.CreateIndex(
                name: "IX_SubProcessors_Name",
                table: "SubProcessors",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_ItSystemId_Year",
                table: "Supervisions",
                columns: new[] { "ItSystemId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_QuestionnaireId",
                table: "Supervisions",
                column: "QuestionnaireId");

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_Status_Year",
                table: "Supervisions",
                columns: new[] { "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervisions_SupplierId_Year",
                table: "Supervisions",
                columns: new[] { "SupplierId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierContacts_SupplierId",
                table: "SupplierContacts",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_Cvr",
                table: "Suppliers",
                column: "Cvr",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_Name",
                table: "Suppliers",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementSystems");

            migrationBuilder.DropTable(
                name: "Answers");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "Clarifications");

            migrationBuilder.DropTable(
                name: "EngagementSystems");

            migrationBuilder.DropTable(
                name: "FindingHistory");

            migrationBuilder.DropTable(
                name: "ItSystemUsages");

            migrationBuilder.DropTable(
                name: "ObjectionWindows");

            migrationBuilder.DropTable(
                name: "QuestionOptions");

            migrationBuilder.DropTable(
                name: "ReportAcknowledgements");

            migrationBuilder.DropTable(
                name: "SupplierContacts");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "SubProcessorEngagements");

            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.DropTable(
                name: "Supervisions");

            migrationBuilder.DropTable(
                name: "SubProcessors");

            migrationBuilder.DropTable(
                name: "QuestionnaireSections");

            migrationBuilder.DropTable(
                name: "ItSystems");

            migrationBuilder.DropTable(
                name: "Questionnaires");

            migrationBuilder.DropTable(
                name: "QuestionnaireTemplates");

            migrationBuilder.DropTable(
                name: "Suppliers");
        }
    }
}
