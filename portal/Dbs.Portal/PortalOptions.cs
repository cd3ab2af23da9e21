using System.ComponentModel.DataAnnotations;

namespace Dbs.Portal;

/// <summary>Settings of the portal, bound from the configuration section <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The secretariat's address for feedback, shown in the accessibility statement.</summary>
    [Required, EmailAddress]
    public string ContactEmail { get; set; } = "";
}
