using Dbs.Domain.Agreements;
using Dbs.Domain.Findings;
using Dbs.Domain.SubProcessors;

namespace Dbs.Domain.Seeding;

/// <summary>
/// The words the demo data is composed from: made-up Danish company and product names (no real companies), the
/// municipal task areas IT systems serve with the personal data they hold, sub-processors, findings and answers.
/// </summary>
internal static class DemoVocabulary
{
    public static readonly string[] CompanyStems =
    [
        "Fjord", "Skov", "Hede", "Lyng", "Klit", "Vester", "Øster", "Nord", "Syd", "Kyst", "Ege", "Bøge", "Rune",
        "Kilde", "Bro", "Havne", "Mølle", "Ravn", "Falk", "Trane", "Lærke", "Svane", "Ager", "Dal", "Bakke", "Sø",
        "Eng", "Mose", "Holm", "Næs", "Vig", "Strand", "Tårn", "Stjerne", "Nordlys", "Kompas", "Anker", "Fyr", "Sten",
        "Birke", "Hassel", "Pile", "Lunde", "Tjørne", "Hjorte", "Ørne", "Bølge", "Vinge", "Spire", "Kløver",
    ];

    public static readonly string[] PlaceEndings = ["borg", "holm", "dal", "bjerg", "vig", "lund", "høj", "gård", "bæk", "næs"];

    /// <summary>How the stem becomes a company name: {0} is the stem.</summary>
    public static readonly string[] CompanyPatterns =
    [
        "{0}data", "{0}soft", "{0} Systems", "{0} IT", "{0} Digital", "{0}tek", "{0} Software", "{0} Informatik",
        "{0} Consult", "{0}net",
    ];

    public static readonly string[] FirstNames =
    [
        "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Louise", "Camilla", "Julie", "Sofie",
        "Ida", "Line", "Pia", "Tina", "Charlotte", "Marianne", "Birgitte", "Karina", "Signe", "Maja", "Nanna", "Cecilie",
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Martin", "Niels", "Anders", "Rasmus",
        "Christian", "Mads", "Jesper", "Kasper", "Morten", "Frederik", "Mikkel", "Jonas", "Simon", "Andreas", "Emil", "Jakob",
    ];

    public static readonly string[] LastNames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen",
        "Lund", "Holm", "Schmidt", "Eriksen", "Nørgaard", "Bach", "Dam", "Lauridsen", "Kjær", "Vestergaard", "Bertelsen",
    ];

    public static readonly string[] ContactRoles =
    [
        "Databeskyttelsesrådgiver (DPO)", "Compliance-ansvarlig", "Informationssikkerhedschef", "Kundeansvarlig",
        "Driftschef", "Juridisk konsulent",
    ];

    public static readonly string[] SignatoryTitles = ["Administrerende direktør", "Teknisk direktør", "Økonomidirektør", "Compliance-chef"];

    public static readonly string[] DanishCities =
    [
        "Aarhus", "Aalborg", "Odense", "Viborg", "Herning", "Vejle", "Kolding", "Esbjerg", "Horsens", "Randers",
        "Silkeborg", "Ballerup", "Taastrup", "Roskilde", "Næstved", "Skanderborg",
    ];

    public static readonly string[] ProductSuffixes =
    [
        "Online", "Direkte", "Portal", "Plus", "Pro", "360", "Flow", "Link", "Go", "Base", "Connect", "Hub", "Suite",
        "Web", "Mobil", "One", "Nu", "Kommune",
    ];

    public static readonly string[] ProductPrefixes = ["Kom", "Digi", "Nem", "Fælles", "Klar", "Tryg", "Smart", "Borger", "Kvik", "Sikker"];

    public static readonly string[] ModuleNames = ["Borger", "Medarbejder", "Leder", "Analyse", "Mobil", "Integration"];

    private const PersonalDataCategories Ordinary = PersonalDataCategories.Ordinary;
    private const PersonalDataCategories Special = PersonalDataCategories.Special;
    private const PersonalDataCategories Cpr = PersonalDataCategories.CprNumbers;
    private const PersonalDataCategories Criminal = PersonalDataCategories.CriminalOffences;
    private const DataSubjectCategories Citizens = DataSubjectCategories.Citizens;
    private const DataSubjectCategories Employees = DataSubjectCategories.Employees;
    private const DataSubjectCategories Children = DataSubjectCategories.Children;

    /// <summary>Municipal task areas, the words their systems are named with, and the data they hold.</summary>
    public static readonly TaskArea[] Areas =
    [
        new("Sags- og dokumenthåndtering", ["Sag", "Journal", "Arkiv", "Dok"], Ordinary | Special | Cpr, Citizens | Employees, 3),
        new("Omsorg og hjemmepleje", ["Omsorg", "Pleje", "Care"], Ordinary | Special | Cpr, Citizens, 3),
        new("Skoleadministration", ["Skole", "Elev"], Ordinary | Special | Cpr, Children | Citizens | Employees, 3),
        new("Dagtilbud og pladsanvisning", ["Dagtilbud", "Plads", "Institution"], Ordinary | Cpr, Children | Citizens, 2),
        new("Børn og unge – socialsager", ["Barn", "Ung", "Familie"], Ordinary | Special | Cpr | Criminal, Children | Citizens, 2),
        new("Jobcenter og beskæftigelse", ["Job", "Match", "Ledig"], Ordinary | Special | Cpr, Citizens, 2),
        new("Ydelser og økonomisk hjælp", ["Ydelse", "Hjælp"], Ordinary | Special | Cpr, Citizens, 2),
        new("Løn og personale", ["Løn", "HR", "Personale"], Ordinary | Special | Cpr, Employees, 3),
        new("Rekruttering", ["Rekruttering", "Ansøg"], Ordinary, Citizens, 1),
        new("Økonomi og indkøb", ["Økonomi", "Indkøb", "Faktura"], Ordinary | Cpr, Citizens | Employees, 2),
        new("Byggesager og ejendomme", ["Byg", "Ejendom", "Plan"], Ordinary | Cpr, Citizens, 2),
        new("Tandpleje", ["Tand", "Smil"], Ordinary | Special | Cpr, Children, 1),
        new("Sundhedspleje og genoptræning", ["Sundhed", "Træning"], Ordinary | Special | Cpr, Citizens | Children, 2),
        new("Hjælpemidler og kørsel", ["Hjælpemiddel", "Kørsel", "Rute"], Ordinary | Special | Cpr, Citizens, 1),
        new("Bibliotek og kultur", ["Bibliotek", "Kultur", "Lån"], Ordinary | Cpr, Citizens | Children, 1),
        new("Booking og foreningsliv", ["Booking", "Lokale", "Forening"], Ordinary, Citizens, 1),
        new("Borgerkommunikation og SMS", ["Besked", "Kontakt", "Varsel"], Ordinary | Cpr, Citizens | Employees, 2),
        new("Misbrugsbehandling og psykiatri", ["Støtte", "Behandling"], Ordinary | Special | Cpr | Criminal, Citizens, 1),
        new("Handicap og udsatte voksne", ["Bosted", "Handicap", "Botilbud"], Ordinary | Special | Cpr, Citizens, 1),
        new("Affald og forsyning", ["Affald", "Renovation"], Ordinary | Cpr, Citizens, 1),
        new("Parkering og vej", ["Parkering", "Vej"], Ordinary, Citizens, 1),
        new("Integration og sprogundervisning", ["Sprog", "Integration"], Ordinary | Special | Cpr, Citizens, 1),
        new("Ejendomsskat og opkrævning", ["Opkrævning", "Debitor", "Skat"], Ordinary | Cpr, Citizens, 1),
        new("Sygefravær og arbejdsmiljø", ["Fravær", "Arbejdsmiljø"], Ordinary | Special | Cpr, Employees, 1),
        new("Velfærdsteknologi", ["Tryghed", "Alarm", "Skærmbesøg"], Ordinary | Special | Cpr, Citizens, 1),
        new("Medicinhåndtering", ["Medicin", "Dosis"], Ordinary | Special | Cpr, Citizens, 1),
        new("Whistleblowerordning", ["Whistleblower", "Indberetning"], Ordinary | Criminal, Employees | Citizens, 1),
        new("Politiske møder og dagsordener", ["Møde", "Dagsorden"], Ordinary, Employees, 1),
        new("Læringsplatform", ["Læring", "Opgave", "Klasse"], Ordinary | Special, Children | Employees, 2),
        new("Borgerservice og tidsbestilling", ["Tidsbestilling", "Kø", "Borgerservice"], Ordinary | Cpr, Citizens, 1),
        new("Skolekørsel og befordring", ["Befordring", "Skolebus"], Ordinary | Special | Cpr, Children, 1),
    ];

    /// <summary>Sub-processors many suppliers share: hosting, cloud, support, mail and print.</summary>
    public static readonly SubProcessorProfile[] SharedSubProcessors =
    [
        new("Cascade Cloud Services, Inc.", "US", "DE 6120445", "Offentlig cloudplatform: drift af databaser og applikationer", TransferBasis.EuUsDataPrivacyFramework),
        new("Redwood Compute LLC", "US", "DE 7734018", "Hosting og backup i offentlig cloud", TransferBasis.StandardContractualClauses),
        new("Bluepeak Email Delivery, Inc.", "US", "CA C4411872", "Udsendelse af e-mail og notifikationer", TransferBasis.EuUsDataPrivacyFramework),
        new("Summit Error Tracking, Inc.", "US", "WA 604 822 913", "Fejlsporing og overvågning af applikationer", TransferBasis.EuUsDataPrivacyFramework),
        new("Lakeside Identity Corp.", "US", "DE 5809127", "Log-in og brugerstyring som tjeneste", TransferBasis.EuUsDataPrivacyFramework),
        new("Quillon Collaboration Ltd.", "GB", "Companies House 11840257", "Ticketsystem og samarbejdsplatform til support", TransferBasis.AdequacyDecision),
        new("Helix Remote Support Ltd.", "GB", "Companies House 09312288", "Fjernsupport uden for normal arbejdstid", TransferBasis.AdequacyDecision),
        new("Alpine Backup AG", "CH", "CHE-114.512.873", "Backup uden for eget datacenter", TransferBasis.AdequacyDecision),
        new("Kestrel Software Services Pvt. Ltd.", "IN", "CIN U72200KA2012PTC063918", "Udvikling og andenlinjesupport med adgang til produktionsdata", TransferBasis.StandardContractualClauses),
        new("Sava Code d.o.o.", "RS", "MB 21455612", "Udvikling og test", TransferBasis.StandardContractualClauses),
        new("Coral Bay Helpdesk Inc.", "PH", "SEC CS201912345", "Førstelinjesupport på engelsk", TransferBasis.None),
        new("Maple Ridge Documents Inc.", "CA", "BC 1188420", "Konvertering og arkivering af dokumenter", TransferBasis.AdequacyDecision),
        new("Nordvik Drift AS", "NO", "Org.nr. 921 445 318", "Driftsovervågning", TransferBasis.WithinEea),
        new("Atlas Rechenzentrum GmbH", "DE", "HRB 204117", "Colocation og hosting", TransferBasis.WithinEea),
        new("Nordic Datahall AB", "SE", "556912-4410", "Datacenter og hosting", TransferBasis.WithinEea),
        new("Baltic Service Desk UAB", "LT", "305512877", "Førstelinjesupport", TransferBasis.WithinEea),
        new("Liffey Mail Relay Ltd.", "IE", "CRO 612284", "Videresendelse af e-mail", TransferBasis.WithinEea),
        new("Dansk Driftscenter A/S", "DK", null, "Drift og hosting i dansk datacenter", TransferBasis.WithinEea),
        new("Nordisk Backup ApS", "DK", null, "Backup og genetablering", TransferBasis.WithinEea),
        new("SMS-Centralen Danmark ApS", "DK", null, "Udsendelse af SMS", TransferBasis.WithinEea),
        new("Printhuset Fyn A/S", "DK", null, "Print og forsendelse af breve", TransferBasis.WithinEea),
        new("Postbro Integration ApS", "DK", null, "Integration til Digital Post", TransferBasis.WithinEea),
        new("Jysk Netdrift A/S", "DK", null, "Netværksdrift og overvågning", TransferBasis.WithinEea),
        new("Datacenter Vest A/S", "DK", null, "Colocation", TransferBasis.WithinEea),
    ];

    /// <summary>Services of the Danish operations companies added per scale step.</summary>
    public static readonly string[] LocalServices =
    [
        "Drift og hosting i dansk datacenter", "Backup og genetablering", "Konsulentbistand til udvikling", "Servicedesk",
        "Netværksdrift og overvågning", "Scanning og digitalisering af papirsager",
    ];

    public static readonly FindingTemplate[] Findings =
    [
        new(FindingKind.Deviation, FindingSeverity.High, "C.7", "Revisorerklæringen dækker ikke hele perioden: der mangler erklæring for de sidste fire måneder."),
        new(FindingKind.Deviation, FindingSeverity.Medium, "B.2", "En ny underdatabehandler er taget i brug, uden at kommunerne har fået varsel med den aftalte frist."),
        new(FindingKind.Deviation, FindingSeverity.Critical, "8", "Supportmedarbejdere uden for EU/EØS har adgang til produktionsdata uden et gyldigt overførselsgrundlag."),
        new(FindingKind.Deviation, FindingSeverity.High, "C.2", "Flerfaktorautentifikation er ikke indført for administratorers fjernadgang."),
        new(FindingKind.Deviation, FindingSeverity.High, "C.2", "Loggen over adgang til personoplysninger gemmes kun i 30 dage."),
        new(FindingKind.Deviation, FindingSeverity.Medium, "10", "Kommunerne blev underrettet om et brud på persondatasikkerheden senere end fristen i bilag C.3."),
        new(FindingKind.Deviation, FindingSeverity.Medium, "C.7", "Revisorerklæringen har en konklusion med forbehold om ændringsstyring."),
        new(FindingKind.Deviation, FindingSeverity.High, "11", "Der er ingen dokumenteret procedure for sletning af data, når aftalen ophører."),
        new(FindingKind.Remark, FindingSeverity.Medium, "C.4", "Slettede data fjernes først fra backup efter 180 dage, hvilket ikke fremgår af bilag C.4."),
        new(FindingKind.Remark, FindingSeverity.Low, "5", "Den årlige gennemgang af adgangsrettigheder er ikke dokumenteret for alle systemer."),
        new(FindingKind.Remark, FindingSeverity.Medium, "C.8", "Tilsynet med underdatabehandlere bygger alene på deres egne erklæringer uden stikprøver."),
        new(FindingKind.Remark, FindingSeverity.Low, "A.3", "Bilag A.3 nævner ikke CPR-numre, selv om systemet behandler dem."),
        new(FindingKind.Remark, FindingSeverity.Medium, "6", "Risikovurderingen er ikke opdateret efter skiftet af hostingleverandør."),
        new(FindingKind.Remark, FindingSeverity.Low, "4", "Proceduren for instrukser, der vurderes at være ulovlige, er ikke beskrevet skriftligt."),
        new(FindingKind.Recommendation, FindingSeverity.Low, "C.2", "Vi anbefaler, at genskabelse fra backup testes mindst én gang om året."),
        new(FindingKind.Recommendation, FindingSeverity.Low, "10", "Vi anbefaler, at proceduren for brud på persondatasikkerheden øves i en årlig beredskabsøvelse."),
        new(FindingKind.Recommendation, FindingSeverity.Medium, "C.6", "Vi anbefaler, at vurderingen af overførslens virkning opdateres efter ændringer i modtagerlandets lovgivning."),
        new(FindingKind.Recommendation, FindingSeverity.Low, "9", "Vi anbefaler en fast intern frist for bistand med indsigtsanmodninger, så kommunerne kan svare inden for en måned."),
    ];

    public static readonly string[] SupplierResponses =
    [
        "Vi har indført flerfaktorautentifikation for alle administratorkonti og vedlægger dokumentation.",
        "Proceduren er nu beskrevet og godkendt af ledelsen; den er sendt til DBS.",
        "Vi har forlænget opbevaringen af loggen til 12 måneder fra 1. i næste måned.",
        "Den manglende periode dækkes af en supplerende erklæring, som revisor afgiver inden for tre måneder.",
        "Vi har sendt varsel til alle berørte kommuner og beklager forsinkelsen.",
        "Adgangen fra supportcentret er lukket, og support gives nu fra Danmark.",
        "Bilaget er opdateret og sendt til kommunerne til underskrift.",
    ];

    public static readonly string[] PartialExplanations =
    [
        "Arbejdet er i gang og forventes afsluttet inden årets udgang.",
        "Gælder produktionsmiljøet; test- og udviklingsmiljøerne følger i næste kvartal.",
        "Dokumentationen opdateres efter skiftet af driftsleverandør.",
        "Gennemført for de største kunder; de øvrige følger ved næste release.",
        "Proceduren findes, men er ikke dokumenteret skriftligt endnu.",
    ];

    public static readonly (string QuestionKey, string Comment)[] Clarifications =
    [
        ("audit.statement-file", "Den vedhæftede erklæring dækker kun en del af perioden. Vedhæft venligst erklæringen for hele året."),
        ("security.restore-test", "Angiv venligst datoen for den seneste dokumenterede test af genskabelse fra backup."),
        ("sub-processors.list-complete", "Listen over underdatabehandlere mangler land for to af dem. Udfyld venligst."),
        ("transfers.basis", "I oplyser adgang fra et land uden for EU/EØS. Uddyb venligst overførselsgrundlaget."),
        ("deletion.backups", "Angiv venligst, hvor mange dage der går, før slettede data er væk fra backup."),
        ("breaches.description", "Beskriv venligst, hvornår kommunerne blev underrettet om bruddet."),
    ];

    public static readonly string[] FollowUpComments =
    [
        "Kommunen ønsker at se dokumentationen for, at flerfaktorautentifikation er indført.",
        "Vi beder om en opfølgning på afvigelsen om overførsel til tredjeland, før vi godkender.",
        "Kommunen har en supplerende aftale om logning, som rapporten ikke forholder sig til.",
    ];

    public static readonly string[] ObjectionReasons =
    [
        "Kommunen kan ikke acceptere overførsel af borgernes oplysninger til et land uden tilstrækkeligt beskyttelsesniveau.",
        "Underdatabehandleren er ikke dækket af kommunens risikovurdering; vi ønsker en dialog før ibrugtagning.",
        "Varslingen mangler oplysninger om, hvilke personoplysninger underdatabehandleren får adgang til.",
    ];

    public static readonly string[] Conclusions =
    [
        "Leverandøren lever samlet set op til databehandleraftalen. Der er enkelte bemærkninger.",
        "Leverandøren lever i det væsentlige op til databehandleraftalen, men der er afvigelser, som skal følges op.",
        "Tilsynet har ikke givet anledning til bemærkninger.",
    ];

    /// <summary>A municipal task area: what its IT systems do and which personal data they hold.</summary>
    public sealed record TaskArea(string Name, string[] Words, PersonalDataCategories PersonalData, DataSubjectCategories DataSubjects,
        int Weight);

    /// <summary>A sub-processor everybody knows; Danish ones get a made-up CVR.</summary>
    public sealed record SubProcessorProfile(string Name, string Country, string? ForeignRegistrationId, string Service,
        TransferBasis Basis);

    /// <summary>A finding as supervisors typically write it.</summary>
    public sealed record FindingTemplate(FindingKind Kind, FindingSeverity Severity, string Clause, string Text);
}
